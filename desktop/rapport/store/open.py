"""Opening a data folder: take the lock, migrate if needed, and hand back a `Store`."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from rapport.domain.clock import Clock
from rapport.store.core import Store, ensure_device
from rapport.store.engine import WRITE_OPTION, make_engine
from rapport.store.lock import FolderLock
from rapport.store.migrate import DamagedDatabaseError, migrate, needs_migration

DB_NAME = "rapport.sqlite3"
ClockFactory = Callable[[str, str], Clock]


def db_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME


@dataclass
class OpenFolder:
    """A data folder this process holds: its lock and its store. Close it when done."""

    data_dir: Path
    store: Store
    lock: FolderLock
    backup: Path | None = None

    def close(self) -> None:
        self.store.dispose()
        self.lock.release()


def open_folder(
    data_dir: Path, make_clock: ClockFactory, lock: FolderLock | None = None
) -> OpenFolder:
    """Lock `data_dir` (unless `lock` already holds it), bring its database to the
    current schema, and open it.

    Raises `FolderInUseError` when another process holds the folder (nothing is
    touched), and `NewerSchemaError` for a database from a newer Rapport.
    """
    lock = lock or FolderLock(data_dir).acquire()
    path = db_path(data_dir)
    try:
        backup = migrate(path, data_dir) if needs_migration(path) else None
        engine = make_engine(path)
        try:
            with engine.connect() as conn:
                conn.execution_options(**{WRITE_OPTION: True})
                with conn.begin():
                    device_id, last = ensure_device(conn)
        except BaseException:
            engine.dispose()
            raise
        return OpenFolder(data_dir, Store(engine, make_clock(device_id, last)), lock, backup)
    except (sqlite3.DatabaseError, SQLAlchemyDatabaseError, UnicodeDecodeError) as exc:
        # (SQLite's own message about a damaged schema can hold bytes that are not UTF-8.)
        lock.release()
        raise DamagedDatabaseError(
            f"{path} cannot be read: {exc}. Nothing was changed. "
            "`rapport db check` lists the backups kept in this folder."
        ) from exc
    except BaseException:
        lock.release()
        raise
