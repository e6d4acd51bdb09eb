"""The SQLite engine: WAL journal, foreign keys, a busy timeout, and real transactions.

pysqlite's own transaction handling is switched off so that SQLAlchemy's `begin()`
emits BEGIN itself: reads and writes of one unit of work share one transaction, and
a write transaction takes the write lock at once (BEGIN IMMEDIATE).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event

BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "rapport_write"
BULK_CACHE_KIB = 128 * 1024  # page cache of a bulk write (SQLite's default is 2 MiB)
# The page size of a new database (SQLite's default is 4 KiB). A contact row with its
# stamps (about 1 KB) and a block of the search index (4 KB) are written in fewer
# pages: a 100,000-row import spends some 3% less time writing and 40% less committing.
# A database that exists keeps the size it was made with (SQLite ignores the setting
# once a database holds anything).
PAGE_SIZE = 16 * 1024


def configure_connection(
    dbapi_connection: sqlite3.Connection, cache_kib: int | None = None
) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # before WAL: see PAGE_SIZE
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        if cache_kib is not None:
            cursor.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
    finally:
        cursor.close()


@contextmanager
def bulk_cache(conn: Connection, bulk: bool = True) -> Iterator[None]:
    """A larger page cache on `conn` for the block (SQLite only; none when not `bulk`)."""
    if not bulk or conn.dialect.name != "sqlite":
        yield
        return
    raw = conn.connection.driver_connection  # outside SQLAlchemy's transaction handling
    assert isinstance(raw, sqlite3.Connection)
    (before,) = raw.execute("PRAGMA cache_size").fetchone()
    raw.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size = {int(before)}")


def sqlite_connection(conn: Connection) -> sqlite3.Connection | None:
    """The sqlite3 connection under `conn`; None for PostgreSQL."""
    if conn.dialect.name != "sqlite":
        return None
    raw = conn.connection.dbapi_connection
    return raw if isinstance(raw, sqlite3.Connection) else None


def make_engine(path: Path, cache_kib: int | None = None) -> Engine:
    """An engine on the database file; `cache_kib` sets every connection's page cache
    (headquarters merges all day long: BULK_CACHE_KIB)."""
    engine = create_engine(f"sqlite+pysqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        configure_connection(dbapi_connection, cache_kib)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
