"""Copies of the database made with SQLite's backup API before every migration."""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

KEEP = 5
BACKUP_DIR = "backups"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    size: int
    modified: float


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def make_backup(db_path: Path, data_dir: Path, label: str, keep: int = KEEP) -> Path:
    """Copy the live database (consistently, even mid-WAL) and keep the newest `keep`."""
    folder = backup_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    target = folder / f"rapport-{stamp}-{label}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"rapport-{stamp}-{label}-{n}.sqlite3"
    partial = target.with_suffix(".partial")
    src = sqlite3.connect(db_path)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    with open(partial, "rb") as fh:
        os.fsync(fh.fileno())
    partial.replace(target)
    prune(folder, keep)
    return target


def prune(folder: Path, keep: int) -> None:
    for old in list_backups_in(folder)[keep:]:
        old.path.unlink(missing_ok=True)


def list_backups_in(folder: Path) -> list[BackupInfo]:
    """Backups, newest first."""
    if not folder.is_dir():
        return []
    found = [
        BackupInfo(p, p.stat().st_size, p.stat().st_mtime) for p in folder.glob("rapport-*.sqlite3")
    ]
    return sorted(found, key=lambda b: (b.modified, b.path.name), reverse=True)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    return list_backups_in(backup_dir(data_dir))
