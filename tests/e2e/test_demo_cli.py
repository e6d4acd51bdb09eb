"""`rapport demo` through the real command line, checked with plain sqlite3."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from rapport.domain import demo
from tests.e2e.cli import rapport

STAMP = re.compile(r"^[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{16}$")


def query(folder: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(folder / "rapport.sqlite3")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def count(folder: Path, table: str, where: str = "1") -> int:
    value = query(folder, f"SELECT count(*) FROM {table} WHERE {where}")[0][0]
    assert isinstance(value, int)
    return value


def test_demo_fills_a_fresh_folder_and_db_check_passes(tmp_path: Path) -> None:
    result = rapport("demo", "--contacts", "500", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert re.search(r"^\s+contact\s+500$", result.stdout, re.M)
    assert re.search(r"^\s+meeting\s+100$", result.stdout, re.M)
    assert re.search(r"records in \d+\.\d s$", result.stdout, re.M)
    assert "already has" not in result.stdout

    assert count(tmp_path, "contact") == 500
    assert count(tmp_path, "tag") == 10
    assert count(tmp_path, "meeting") == demo.planned_meetings(500) == 100
    assert count(tmp_path, "training") == 2
    held = count(tmp_path, "meeting", "status = 'held'")
    assert held > 0
    assert count(tmp_path, "agenda_note") == 6 * held
    assert count(tmp_path, "commitment") > 0
    assert count(tmp_path, "contact_tag") > 100
    assert count(tmp_path, "evaluation") > 0 and count(tmp_path, "reflection") == 1
    assert count(tmp_path, "contact", "preferred_language = 'es'") > 50
    assert count(tmp_path, "contact", "deleted != 0") == 0
    # Every meeting points at a stored contact; stamps and sequence numbers were made
    # by the store's write path, one change_seq per record.
    assert count(tmp_path, "meeting m", "NOT EXISTS (SELECT 1 FROM contact c "
                 "WHERE c.id = m.contact_id)") == 0  # fmt: skip
    stamps = query(tmp_path, "SELECT first_name__hlc, deleted__hlc, change_seq FROM contact")
    assert all(STAMP.match(str(a)) and a == b for a, b, _ in stamps)
    total = sum(
        count(tmp_path, t)
        for t in ("contact", "tag", "contact_tag", "meeting", "agenda_note", "commitment",
                  "training", "participant", "observation", "evaluation", "reflection")
    )  # fmt: skip
    assert query(tmp_path, "SELECT next_seq FROM device")[0][0] == total + 1
    names = {str(r[0]) for r in query(tmp_path, "SELECT last_name FROM contact")}
    assert names & {"García", "Muñoz", "Ibáñez", "Núñez", "Peña"}

    check = rapport("db", "check", data_dir=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Integrity check: ok" in check.stdout
    assert "Foreign-key check: ok" in check.stdout
    assert "contact 500" in check.stdout
    assert "note:" not in check.stdout  # no dangling references


def test_a_second_run_adds_more_and_reuses_tags(tmp_path: Path) -> None:
    assert rapport("demo", "--contacts", "50", data_dir=tmp_path).returncode == 0
    first = {r[0] for r in query(tmp_path, "SELECT id FROM contact")}
    again = rapport("demo", "--contacts", "50", "--seed", "1", data_dir=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "already has 50 contacts" in again.stdout
    assert "nothing is removed" in again.stdout
    assert count(tmp_path, "contact") == 100
    assert count(tmp_path, "tag") == 10
    assert first < {r[0] for r in query(tmp_path, "SELECT id FROM contact")}
    assert rapport("db", "check", data_dir=tmp_path).returncode == 0


def test_same_seed_gives_the_same_people_in_another_folder(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert rapport("demo", "--contacts", "30", "--seed", "9", data_dir=a).returncode == 0
    assert rapport("demo", "--contacts", "30", "--seed", "9", data_dir=b).returncode == 0
    sql = "SELECT id, first_name, last_name, phones, emails, stage FROM contact ORDER BY id"
    assert query(a, sql) == query(b, sql)


def test_a_folder_in_use_is_refused(tmp_path: Path) -> None:
    from rapport.store.lock import FolderLock

    with FolderLock(tmp_path):
        result = rapport("demo", "--contacts", "10", data_dir=tmp_path)
    assert result.returncode == 3
    assert "in use" in result.stderr
    assert not (tmp_path / "rapport.sqlite3").exists()
