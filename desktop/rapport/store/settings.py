"""Reading and writing the organizer's settings (a local table, never synced)."""

from __future__ import annotations

import dataclasses
import json

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from rapport.domain.settings import Settings
from rapport.store import tables
from rapport.store.core import Store


def read_settings(conn: Connection) -> Settings:
    stored = {
        key: json.loads(value)
        for key, value in conn.execute(select(tables.setting.c.key, tables.setting.c.value))
    }
    known = {f.name for f in dataclasses.fields(Settings)}
    return Settings(**{k: v for k, v in stored.items() if k in known})


def load_settings(store: Store) -> Settings:
    with store.read() as conn:
        return read_settings(conn)


def save_settings(store: Store, settings: Settings) -> None:
    problems = settings.problems()
    if problems:
        raise ValueError(" ".join(problems))
    rows = [
        {"key": key, "value": json.dumps(value, ensure_ascii=False)}
        for key, value in dataclasses.asdict(settings).items()
    ]
    stmt = sqlite_insert(tables.setting)
    stmt = stmt.on_conflict_do_update(index_elements=["key"], set_={"value": stmt.excluded.value})
    with store.write() as w:
        w.conn.execute(stmt, rows)
