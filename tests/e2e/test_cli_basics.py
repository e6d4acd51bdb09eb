"""The command line: version, data folder selection, db check, and the folder lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from rapport import __version__
from rapport.store.lock import FolderLock
from tests.e2e.cli import rapport


def test_version() -> None:
    result = rapport("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Rapport {__version__}"


def test_db_check_on_a_fresh_folder_reports_ok(tmp_path: Path) -> None:
    from rapport.workspace import open_workspace

    open_workspace(tmp_path).close()
    result = rapport("db", "check", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Integrity check: ok" in result.stdout
    assert "Foreign-key check: ok" in result.stdout
    assert "Backups (0)" in result.stdout


def test_db_check_lists_backups_and_counts(tmp_path: Path) -> None:
    from rapport.domain.records import Contact
    from rapport.store.backup import make_backup
    from rapport.store.open import db_path
    from rapport.workspace import open_workspace

    opened = open_workspace(tmp_path)
    opened.store.save(Contact(first_name="Marisol"))
    opened.close()
    backup = make_backup(db_path(tmp_path), tmp_path, "manual")
    result = rapport("db", "check", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "contact 1" in result.stdout
    assert "Backups (1)" in result.stdout and backup.name in result.stdout


def test_db_check_reports_a_damaged_file(tmp_path: Path) -> None:
    from rapport.store.open import db_path
    from rapport.workspace import open_workspace

    opened = open_workspace(tmp_path)
    with opened.store.write() as w:
        from rapport.domain.records import Contact

        w.insert_new(Contact(first_name=f"n{i}", notes="x" * 500) for i in range(2000))
    opened.close()
    path = db_path(tmp_path)
    data = bytearray(path.read_bytes())
    for offset in range(8192, len(data) - 4096, 4096):  # scribble over b-tree pages
        data[offset + 100 : offset + 140] = b"\xff" * 40
    path.write_bytes(bytes(data))
    result = rapport("db", "check", data_dir=tmp_path)
    assert result.returncode != 0
    assert "quick check" in (result.stdout + result.stderr).lower() or "FAILED" in result.stdout


def test_the_data_dir_comes_from_the_environment_when_not_given(tmp_path: Path) -> None:
    from rapport.workspace import open_workspace

    open_workspace(tmp_path).close()
    result = rapport("db", "check", env={"RAPPORT_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert str(tmp_path / "rapport.sqlite3") in result.stdout


def test_a_command_on_a_folder_in_use_is_refused_and_touches_nothing(tmp_path: Path) -> None:
    from rapport.workspace import open_workspace

    open_workspace(tmp_path).close()
    db = tmp_path / "rapport.sqlite3"
    before = db.read_bytes()
    with FolderLock(tmp_path):
        result = rapport("db", "check", data_dir=tmp_path)
    assert result.returncode == 3
    assert "in use" in result.stderr
    assert db.read_bytes() == before
    assert sqlite3.connect(db).execute("PRAGMA quick_check").fetchone()[0] == "ok"
