"""Health checks on a database file: SQLite's own checks and references between records."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from rapport.domain.fields import field_specs
from rapport.domain.records import RECORD_TYPES


@dataclass
class CheckReport:
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)
    dangling: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.foreign_keys


def check_database(db_path: Path) -> CheckReport:
    """Run `integrity_check` and `foreign_key_check`, count live records per table, and
    count references to records this database has not (yet) received.

    References between synced records are not enforced by SQLite: bundles may bring a
    child before its parent. They are reported here instead, for information.
    """
    report = CheckReport()
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        report.integrity = [] if rows == ["ok"] else rows
        if report.integrity:
            return report  # counting rows in a damaged file can fail half-way
        report.foreign_keys = [
            f"{table} row {rowid}: no {parent} row it refers to"
            for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")
        ]
        for cls in RECORD_TYPES:
            table = cls.TABLE
            report.counts[table] = conn.execute(
                f"SELECT count(*) FROM {table} WHERE deleted = 0"
            ).fetchone()[0]
            for spec in field_specs(cls):
                if spec.ref is None:
                    continue
                missing = conn.execute(
                    f"SELECT count(*) FROM {table} t WHERE t.{spec.name} IS NOT NULL "
                    f"AND t.{spec.name} != '' AND NOT EXISTS "
                    f"(SELECT 1 FROM {spec.ref} p WHERE p.id = t.{spec.name})"
                ).fetchone()[0]
                if missing:
                    report.dangling[f"{table}.{spec.name}"] = missing
    except sqlite3.DatabaseError as exc:
        report.integrity.append(f"SQLite could not read the file: {exc}")
    except UnicodeDecodeError as exc:  # SQLite's message quoted bytes of a damaged schema
        text = exc.object.decode("utf-8", "replace") if isinstance(exc.object, bytes) else ""
        report.integrity.append(f"SQLite could not read the file: {text}")
    finally:
        conn.close()
    return report
