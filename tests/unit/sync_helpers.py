"""Laptops for sync tests: data folders with a controllable wall clock."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rapport.store.open import DB_NAME, OpenFolder, open_folder
from rapport.sync.bundle import OpenedBundle, read_bundle_file
from rapport.sync.export import export_bundle
from rapport.sync.hlc import HybridLogicalClock
from rapport.sync.importer import ImportReport, import_bundle
from rapport.sync.state import store_state


@dataclass
class Wall:
    ms: int = 1_790_000_000_000

    def __call__(self) -> int:
        return self.ms


_TEMPLATE: list[bytes] = []


def template_copy(folder: Path) -> None:
    """Give `folder` a fresh, migrated database without running the migrations again.

    The template has no device row, so each copy makes its own device id when opened.
    """
    if not _TEMPLATE:
        import tempfile

        from rapport.store.migrate import migrate

        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / DB_NAME
            migrate(db, Path(tmp))
            _TEMPLATE.append(db.read_bytes())
    folder.mkdir(parents=True, exist_ok=True)
    (folder / DB_NAME).write_bytes(_TEMPLATE[0])


class Laptop:
    def __init__(self, folder: Path, wall: Wall | None = None) -> None:
        self.wall = wall or Wall()
        if not (folder / DB_NAME).exists():
            template_copy(folder)
        self.folder: OpenFolder = open_folder(
            folder, lambda device, last: HybridLogicalClock(device, last, wall=self.wall)
        )
        self.store = self.folder.store
        self.dir = folder
        self._n = 0

    def export(self, full: bool = False) -> Path:
        self._n += 1
        path = self.dir.parent / f"{self.dir.name}-{self._n}.bundle"
        export_bundle(self.store, path, full=full)
        return path

    def receive(self, path: Path, dry_run: bool = False) -> ImportReport:
        return import_bundle(self.store, read_bundle_file(path), dry_run=dry_run)

    def state(self) -> bytes:
        return store_state(self.store)

    def close(self) -> None:
        self.folder.close()


def opened(path: Path) -> OpenedBundle:
    return read_bundle_file(path)
