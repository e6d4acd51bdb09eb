"""Schema migrations at start-up: back up, check, migrate in one transaction, check again.

The revision a database is at is read with plain sqlite3, so an up-to-date database
opens without loading Alembic at all.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from rapport.store.backup import make_backup
from rapport.store.engine import WRITE_OPTION

if TYPE_CHECKING:
    from sqlalchemy import Connection

# The newest revision under migrations/versions; a test keeps the two in step.
HEAD = "0007"
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class NewerSchemaError(RuntimeError):
    pass


class DamagedDatabaseError(RuntimeError):
    pass


def current_revision(db_path: Path) -> str | None:
    """The revision a database is at, or None for a new (or empty) file."""
    if not db_path.exists():
        return None
    conn = sqlite3.connect(db_path)
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    finally:
        conn.close()


def quick_check(db_path: Path) -> list[str]:
    """SQLite's quick_check; an empty list means the file is sound."""
    conn = sqlite3.connect(db_path)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def needs_migration(db_path: Path) -> bool:
    revision = current_revision(db_path)
    if revision is not None and revision not in REVISIONS:
        raise NewerSchemaError(
            f"{db_path} was written by a newer version of Rapport (database schema "
            f"{revision}; this version knows up to {HEAD}). Install the newer Rapport to "
            "open it; this version will not change it."
        )
    return revision != HEAD


def migrate(db_path: Path, data_dir: Path, target: str = HEAD) -> Path | None:
    """Bring the database to `target`. Returns the backup made first, if any."""
    revision = current_revision(db_path)
    backup = None
    if revision is not None:
        problems = quick_check(db_path)
        if problems:
            raise DamagedDatabaseError(
                f"{db_path} failed SQLite's quick check before migrating: {'; '.join(problems[:5])}"
            )
        backup = make_backup(db_path, data_dir, f"before-{target}")
    _run_alembic(db_path, target)
    problems = quick_check(db_path)
    if problems:
        raise DamagedDatabaseError(
            f"{db_path} failed SQLite's quick check after migrating: {'; '.join(problems[:5])}. "
            f"The copy made before is {backup}."
        )
    return backup


def _run_alembic(db_path: Path, target: str) -> None:
    from rapport.store.engine import make_engine

    engine = make_engine(db_path)
    try:
        with engine.connect() as connection:
            connection.execution_options(**{WRITE_OPTION: True})
            with connection.begin():
                upgrade_connection(connection, target)
    finally:
        engine.dispose()


def upgrade_connection(connection: Connection, target: str = HEAD) -> None:
    """Run the migrations on an open connection, inside the caller's transaction
    (SQLite or PostgreSQL alike)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, target)


def revision_of(connection: Connection) -> str | None:
    """The revision of a database reached through any SQLAlchemy connection."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    found = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if found is None else str(found)
