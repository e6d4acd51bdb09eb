"""`ContactFiles`: the Contacts screen's import and export, from choosing the file to
the notice that says how it went.

Import: the file is read and planned on a worker thread (`file_jobs`), the preview
(`ImportPreviewDialog`) shows every row and lets the columns be mapped again, and
Import writes the planned rows in one transaction. Export writes every contact, or the
selected ones, as CSV or vCard. Each runs as the page's one long job, with a progress
dialog whose Cancel stops it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject

from rapport.ui.contacts.file_jobs import (
    Planned,
    export_contacts,
    import_planned,
    read_and_plan,
    remap_and_plan,
)

if TYPE_CHECKING:
    from rapport.store.contact_import import ImportCounts
    from rapport.ui.contacts.import_dialog import ImportPreviewDialog
    from rapport.ui.contacts.page import ContactsPage


class ContactFiles(QObject):
    def __init__(self, page: ContactsPage) -> None:
        super().__init__(page)
        self._page = page
        self.import_dialog: ImportPreviewDialog | None = None
        self._folder = Path.home()  # where the last file was chosen

    # -- import -------------------------------------------------------------------------

    def ask_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(
            self._page,
            self.tr("Import contacts"),
            str(self._folder),
            self.tr("Contacts (*.csv *.vcf *.vcard);;All files (*)"),
        )
        if path:
            self._folder = Path(path).parent
            self.import_from(Path(path))

    def import_from(self, path: Path) -> bool:
        """Read `path` (.vcf/.vcard: vCard, else CSV) on the worker and preview it."""
        store = self._page.store
        if store is None:
            return False

        def work(progress: Any, cancelled: Any) -> Planned:
            return read_and_plan(store, path, progress, cancelled)

        self._page.notice.clear()
        label = self.tr("Reading %1…").replace("%1", path.name)
        return self._page.run_job(label, work, self._preview)

    def _preview(self, result: Planned) -> None:
        from rapport.ui.contacts.import_dialog import ImportPreviewDialog

        parsed, plans = result
        if self.import_dialog is not None:
            self.import_dialog.close()
            self.import_dialog.deleteLater()
        self.import_dialog = ImportPreviewDialog(parsed, plans, self._page)
        self.import_dialog.remap_requested.connect(self.remap)
        self.import_dialog.import_requested.connect(self.apply_import)
        self.import_dialog.open()

    def remap(self, mapping: dict[str, str]) -> bool:
        dialog, store = self.import_dialog, self._page.store
        if dialog is None or store is None:
            return False
        parsed = dialog.parsed

        def work(progress: Any, cancelled: Any) -> Planned:
            return remap_and_plan(store, parsed, mapping, progress, cancelled)

        def done(result: Planned) -> None:
            if self.import_dialog is not None:
                self.import_dialog.set_plans(*result)

        return self._page.run_job(self.tr("Checking the rows again…"), work, done)

    def apply_import(self, update_duplicates: bool = False) -> bool:
        dialog, store = self.import_dialog, self._page.store
        if dialog is None or store is None:
            return False
        plans = dialog.plans

        def work(progress: Any, cancelled: Any) -> ImportCounts:
            return import_planned(store, plans, update_duplicates, progress, cancelled)

        def done(counts: ImportCounts) -> None:
            if self.import_dialog is not None:
                self.import_dialog.accept()
            self._page.refresh()
            self._page.notice.setText(
                self.tr("Imported: %1 added, %2 updated, %3 duplicates skipped, %4 invalid.")
                .replace("%1", QLocale().toString(counts.added))
                .replace("%2", QLocale().toString(counts.updated))
                .replace("%3", QLocale().toString(counts.skipped))
                .replace("%4", QLocale().toString(counts.invalid))
            )

        return self._page.run_job(self.tr("Importing contacts…"), work, done)

    # -- export -------------------------------------------------------------------------

    def ask_export(self, selection: bool) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(
            self._page,
            self.tr("Export contacts"),
            str(self._folder / "contacts.csv"),
            self.tr("CSV (*.csv);;vCard (*.vcf)"),
        )
        if path:
            self._folder = Path(path).parent
            self.export_to(Path(path), self._page.selected_ids() if selection else None)

    def export_to(self, path: Path, ids: list[str] | None = None) -> bool:
        """Write every contact (or `ids`) to `path`: vCard for .vcf/.vcard, else CSV."""
        store = self._page.store
        if store is None:
            return False

        def work(progress: Any, cancelled: Any) -> int:
            return export_contacts(store, path, ids, progress, cancelled)

        def done(count: int) -> None:
            self._page.notice.setText(
                self.tr("Exported %1 contacts to %2.")
                .replace("%1", QLocale().toString(count))
                .replace("%2", str(path))
            )

        return self._page.run_job(self.tr("Exporting contacts…"), work, done)
