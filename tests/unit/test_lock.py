"""One process per data folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rapport.store.lock import FolderInUseError, FolderLock


def test_a_second_lock_on_the_same_folder_is_refused_until_the_first_is_released(
    tmp_path: Path,
) -> None:
    first = FolderLock(tmp_path).acquire()
    with pytest.raises(FolderInUseError, match="in use by another Rapport"):
        FolderLock(tmp_path).acquire()
    first.release()
    FolderLock(tmp_path).acquire().release()


def test_a_killed_process_does_not_leave_the_folder_locked(tmp_path: Path) -> None:
    code = (
        "import os, sys, pathlib\n"
        "from rapport.store.lock import FolderLock\n"
        f"FolderLock(pathlib.Path({str(tmp_path)!r})).acquire()\n"
        "print('locked', flush=True)\n"
        "os.kill(os.getpid(), 9)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert "locked" in proc.stdout and proc.returncode != 0
    FolderLock(tmp_path).acquire().release()


def test_the_message_names_the_process_holding_the_folder(tmp_path: Path) -> None:
    import os

    with FolderLock(tmp_path), pytest.raises(FolderInUseError) as info:
        FolderLock(tmp_path).acquire()
    assert f"process {os.getpid()}" in str(info.value)
    assert str(tmp_path) in str(info.value)
