"""Opens a data folder with this device's hybrid logical clock: what the CLI and GUI call."""

from __future__ import annotations

from pathlib import Path

from rapport.store.lock import FolderLock
from rapport.store.open import OpenFolder, open_folder
from rapport.sync.hlc import HybridLogicalClock


def open_workspace(data_dir: Path, lock: FolderLock | None = None) -> OpenFolder:
    """Lock (unless `lock` is given), migrate and open the data folder."""
    return open_folder(data_dir, HybridLogicalClock, lock)
