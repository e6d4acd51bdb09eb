"""`Store`: an open database with this device's clock. Screens and commands hold one."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, insert, select

from rapport.domain.clock import Clock
from rapport.domain.ids import new_device_id
from rapport.store import tables
from rapport.store.engine import WRITE_OPTION, bulk_cache
from rapport.store.rows import record_from_row
from rapport.store.tables import SYNCED, ZERO_STAMP
from rapport.store.writes import Writer

R = TypeVar("R")


class Store:
    def __init__(self, engine: Engine, clock: Clock) -> None:
        self.engine = engine
        self.clock = clock
        self.device_id = clock.device_id

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self, *, bulk: bool = False) -> Iterator[Writer]:
        """One transaction: everything written inside lands together or not at all.

        `bulk` (imports of thousands of records) gives the connection a larger page
        cache for the transaction, so SQLite does not spill half-built indexes to disk
        and read them back."""
        with self.engine.connect() as conn, bulk_cache(conn, bulk):
            conn.execution_options(**{WRITE_OPTION: True})
            with conn.begin():
                next_seq = conn.execute(
                    select(tables.device.c.next_seq).where(tables.device.c.id == self.device_id)
                ).scalar_one()
                writer = Writer(conn, self.clock, next_seq)
                yield writer
                writer.finish(self.device_id)

    def save(self, record: Any) -> bool:
        with self.write() as w:
            return w.save(record)

    def delete(self, table: str, record_id: str, deleted: bool = True) -> bool:
        with self.write() as w:
            return w.set_deleted(table, record_id, deleted)

    def get(self, cls: type[R], record_id: str, *, include_deleted: bool = False) -> R | None:
        table = SYNCED[cls.TABLE]  # type: ignore[attr-defined]
        query = select(table).where(table.c.id == record_id)
        if not include_deleted:
            query = query.where(table.c.deleted == 0)
        with self.read() as conn:
            row = conn.execute(query).mappings().first()
        return None if row is None else record_from_row(cls, row)

    def stamps(self, table: str, record_id: str) -> dict[str, str]:
        """Every field's stamp for one record (the tombstone as `deleted`)."""
        t = SYNCED[table]
        with self.read() as conn:
            row = conn.execute(select(t).where(t.c.id == record_id)).mappings().one()
        return {
            key[: -len(tables.STAMP_SUFFIX)]: value
            for key, value in row.items()
            if key.endswith(tables.STAMP_SUFFIX)
        }

    def change_seq(self, table: str, record_id: str) -> int:
        t = SYNCED[table]
        with self.read() as conn:
            return int(conn.execute(select(t.c.change_seq).where(t.c.id == record_id)).scalar_one())

    def dispose(self) -> None:
        self.engine.dispose()


def ensure_device(conn: Connection) -> tuple[str, str]:
    """This database's device id and last clock stamp, made on first use."""
    row = conn.execute(select(tables.device.c.id, tables.device.c.clock_last)).first()
    if row is not None:
        return str(row[0]), str(row[1])
    device_id = new_device_id()
    conn.execute(
        insert(tables.device).values(
            id=device_id,
            name=socket.gethostname()[:100] or "laptop",
            clock_last=ZERO_STAMP,
            next_seq=1,
        )
    )
    return device_id, ZERO_STAMP
