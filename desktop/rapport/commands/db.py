"""`rapport db check`: SQLite's checks, record counts, and the list of backups."""

from __future__ import annotations

import argparse
import time

from rapport.commands.common import EXIT_FOLDER_PROBLEM, CommandError
from rapport.store.backup import list_backups
from rapport.store.check import check_database
from rapport.store.lock import FolderInUseError, FolderLock
from rapport.store.open import db_path


def run(args: argparse.Namespace) -> int:
    path = db_path(args.data_dir)
    if not path.exists():
        raise CommandError(f"There is no Rapport database in {args.data_dir} yet.", 2)
    try:
        lock = FolderLock(args.data_dir).acquire()  # checks read only: no migration
    except FolderInUseError as exc:
        raise CommandError(str(exc), EXIT_FOLDER_PROBLEM) from exc
    try:
        report = check_database(path)
    finally:
        lock.release()
    print(f"Database: {path}")
    print("Integrity check: " + ("ok" if not report.integrity else "FAILED"))
    for line in report.integrity[:50]:
        print(f"  {line}")
    print("Foreign-key check: " + ("ok" if not report.foreign_keys else "FAILED"))
    for line in report.foreign_keys[:50]:
        print(f"  {line}")
    print("Records: " + ", ".join(f"{t} {n}" for t, n in report.counts.items()))
    for ref, n in report.dangling.items():
        print(f"  note: {n} {ref} reference(s) to records not received yet")
    backups = list_backups(args.data_dir)
    print(f"Backups ({len(backups)}):")
    for b in backups:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(b.modified))
        print(f"  {b.path}  {b.size / 1024:,.0f} KiB  {when}")
    return 0 if report.ok else 1
