"""Starting `rapport` for real, in a subprocess: the folder lock, a newer database, the
start-up benchmark switch, and the self-test."""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from rapport.commands import selftest
from rapport.store.lock import FolderLock
from rapport.workspace import open_workspace

DB_NAME = "rapport.sqlite3"


def rapport(data_dir: Path | None, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "rapport"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        [*cmd, *args], capture_output=True, text=True, env=full_env, timeout=120, check=False
    )


def test_a_second_rapport_on_the_same_folder_is_refused_and_touches_nothing(
    data_dir: Path,
) -> None:
    open_workspace(data_dir).close()
    db = data_dir / DB_NAME
    before = db.read_bytes()
    with FolderLock(data_dir):
        result = rapport(data_dir)
    assert result.returncode == 3
    assert "in use" in result.stderr
    assert db.read_bytes() == before
    assert not (data_dir / "ui.ini").exists()


def test_a_database_from_a_newer_rapport_is_refused_with_a_clear_message(
    data_dir: Path,
) -> None:
    data_dir.mkdir(parents=True)
    db = data_dir / DB_NAME
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    conn.close()
    before = db.read_bytes()
    result = rapport(data_dir)
    assert result.returncode == 3
    assert "newer version of Rapport" in result.stderr
    assert db.read_bytes() == before


def test_exit_after_show_quits_without_opening_the_database(data_dir: Path) -> None:
    result = rapport(data_dir, RAPPORT_EXIT_AFTER_SHOW="1")
    assert result.returncode == 0, result.stderr
    assert not (data_dir / DB_NAME).exists()
    assert (data_dir / "rapport.lock").exists()  # it did take the lock first


def test_self_test_passes(data_dir: Path) -> None:
    result = rapport(data_dir, "self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert not [line for line in lines if line.startswith("FAIL")]
    for expected in ("main window shown", "page 'Sync' shown", "text renders", "no Qt warnings"):
        assert any(expected in line for line in lines), expected
    assert not data_dir.exists()  # it used a temporary folder, not this one


def test_self_test_runs_in_process_too(
    app: QApplication, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert selftest.run(argparse.Namespace(data_dir=data_dir)) == 0, capsys.readouterr().out
    assert "no Qt warnings" in capsys.readouterr().out
