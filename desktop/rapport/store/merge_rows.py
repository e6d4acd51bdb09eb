"""Reading and writing whole rows for a merge. The merge decides; this only moves rows.

These functions copy stamps that arrived in a bundle; they never make new ones.
Local edits go through `rapport.store.writes.Writer`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from rapport.store.tables import SYNCED

ID_CHUNK = 900


def fetch_rows(conn: Connection, table_name: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The current rows for `ids` (those that exist), keyed by id."""
    table = SYNCED[table_name]
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), ID_CHUNK):
        chunk = ids[start : start + ID_CHUNK]
        for row in conn.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = dict(row)
    return found


def insert_rows(conn: Connection, table_name: str, rows: Iterable[dict[str, Any]]) -> None:
    batch = list(rows)
    if batch:
        conn.execute(insert(SYNCED[table_name]), batch)


def update_rows(conn: Connection, table_name: str, rows: Iterable[dict[str, Any]]) -> None:
    """Replace whole rows (every column given) by id."""
    batch = [{f"v_{k}": v for k, v in row.items()} for row in rows]
    if not batch:
        return
    table = SYNCED[table_name]
    columns = [c.name for c in table.columns if c.name != "id"]
    stmt = (
        update(table)
        .where(table.c.id == bindparam("v_id"))
        .values({name: bindparam(f"v_{name}") for name in columns})
    )
    conn.execute(stmt, batch)


def column_names(table_name: str) -> list[str]:
    return [c.name for c in SYNCED[table_name].columns]
