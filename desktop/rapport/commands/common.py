"""What the headless commands share: opening the folder and reporting errors plainly.

This module is imported while the argument parser is built, before the window opens,
so it imports nothing heavy at module level.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rapport.store.open import OpenFolder

EXIT_FOLDER_PROBLEM = 3
EXIT_INTERRUPTED = 130  # what shells report for a command stopped by Ctrl+C
# Each write is one transaction: the one under way is rolled back, finished ones stay.
INTERRUPTED = (
    "stopped (Ctrl+C). What it was writing when you pressed Ctrl+C was not saved; "
    "anything it had finished before that was."
)


class CommandError(Exception):
    """A problem to print for the user, with the exit status to return."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


@contextmanager
def opened(data_dir: Path) -> Iterator[OpenFolder]:
    from rapport.store.lock import FolderInUseError
    from rapport.store.migrate import DamagedDatabaseError, NewerSchemaError
    from rapport.workspace import open_workspace

    try:
        folder = open_workspace(data_dir)
    except (FolderInUseError, NewerSchemaError, DamagedDatabaseError) as exc:
        raise CommandError(str(exc), EXIT_FOLDER_PROBLEM) from exc
    try:
        yield folder
    finally:
        folder.close()


def report(exc: CommandError) -> int:
    print(f"rapport: {exc}", file=sys.stderr)
    return exc.status
