"""Reading and saving the organization's editable lists (the ladder, the 1:1 types):
synced records whose order is their `position` (see `rapport.domain.keyed_list`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, select

from rapport.domain.keyed_list import renumbered
from rapport.store.rows import record_from_row
from rapport.store.tables import SYNCED
from rapport.store.writes import Writer

R = TypeVar("R")


def stored_items(conn: Connection, cls: type[R]) -> list[R]:
    """The live records of the list, in no particular order."""
    table = SYNCED[cls.TABLE]  # type: ignore[attr-defined]
    rows = conn.execute(select(table).where(table.c.deleted == 0)).mappings()
    return [record_from_row(cls, row) for row in rows]


def save_items(w: Writer, cls: type[Any], items: Sequence[Any]) -> None:
    """Store the list in the order given (positions renumbered); items left out are
    deleted, items given back are brought back."""
    kept = set()
    for item in renumbered(items):
        w.save(item)
        w.set_deleted(cls.TABLE, item.id, False)
        kept.add(item.id)
    for old in stored_items(w.conn, cls):
        if old.id not in kept:
            w.set_deleted(cls.TABLE, old.id, True)
