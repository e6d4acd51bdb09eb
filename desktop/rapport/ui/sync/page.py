"""`SyncPage`: the Sync screen: bundles to and from headquarters.

It shows where this laptop stands with HQ, and offers export (changes since HQ's last
acknowledgement, or everything), import (a preview first, then the real thing), HQ's
public key for encrypted exports, and the review of conflicts.

Export and import run on a worker thread (`jobs.Job`) with a progress dialog that can
cancel them. The file dialogs only choose a path and hand it to `export_to`,
`import_from` or `import_key_from`, which tests call directly.

The sync modules (and SQLAlchemy behind them) are imported when first used, so building
the window at start-up does not wait for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapport.ui.one_job import OneJob
from rapport.ui.page import Page
from rapport.ui.sync.bundle_files import BUNDLE_SUFFIX, file_filter, suggested_name

# Qt classes are imported where they are used: importing them here would build their
# types before the window is first shown, and start-up must stay quick.
if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent
    from PySide6.QtWidgets import QLabel, QWidget

    from rapport.store.core import Store
    from rapport.store.sync_status import SyncStatus
    from rapport.sync.bundle import OpenedBundle
    from rapport.sync.export import ExportSummary
    from rapport.sync.importer import ImportReport
    from rapport.ui.sync.conflicts import ConflictsDialog
    from rapport.ui.sync.dialogs import MessageDialog
    from rapport.ui.sync.jobs import Job
    from rapport.ui.sync.preview import ImportPreviewDialog

CONTENT_WIDTH = 760  # a comfortable line length on wide windows


class SyncPage(Page):
    key = "sync"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: SyncStatus | None = None
        self.fingerprint: str | None = None
        self.jobs = OneJob(self, ended=self.refresh)
        self.message_dialog: MessageDialog | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self._folder = Path.home()
        self._encrypt_choice: bool | None = None  # the person's own choice, once made

    def build(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import (
            QCheckBox,
            QFrame,
            QGridLayout,
            QGroupBox,
            QLabel,
            QPushButton,
            QScrollArea,
            QVBoxLayout,
            QWidget,
        )

        from rapport.ui.sync.status import StatusPanel

        content = QWidget(self)
        content.setObjectName("syncContent")
        self.intro = QLabel(content)
        self.intro.setObjectName("pageNote")
        self.intro.setWordWrap(True)
        self.panel = StatusPanel(content)

        self.send_box = QGroupBox(content)
        self.export_button = QPushButton(self.send_box)
        self.export_button.setObjectName("exportForHq")
        self.export_all_button = QPushButton(self.send_box)
        self.export_all_button.setObjectName("exportEverything")
        self.encrypt_box = QCheckBox(self.send_box)
        self.encrypt_box.setObjectName("encryptForHq")
        self.receive_box = QGroupBox(content)
        self.import_button = QPushButton(self.receive_box)
        self.import_button.setObjectName("importBundle")
        self.key_button = QPushButton(self.receive_box)
        self.key_button.setObjectName("importHqKey")
        self.conflicts_button = QPushButton(self.receive_box)
        self.conflicts_button.setObjectName("reviewConflicts")
        # Each action with a line saying what it is for.
        self.hints: dict[QWidget, QLabel] = {}
        for box, widgets in (
            (self.send_box, (self.export_button, self.export_all_button, self.encrypt_box)),
            (self.receive_box, (self.import_button, self.key_button, self.conflicts_button)),
        ):
            grid = QGridLayout(box)
            grid.setContentsMargins(16, 12, 16, 12)
            grid.setHorizontalSpacing(16)
            grid.setVerticalSpacing(8)
            grid.setColumnStretch(1, 1)
            for row, widget in enumerate(widgets):
                hint = QLabel(box)
                hint.setWordWrap(True)
                hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                self.hints[widget] = hint
                grid.addWidget(widget, row, 0)
                grid.addWidget(hint, row, 1)

        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        for part in (self.intro, self.panel, self.send_box, self.receive_box):
            part.setMaximumWidth(CONTENT_WIDTH)
            column.addWidget(part)
        column.addStretch(1)
        # Small windows scroll rather than squeeze the panel and the buttons.
        scroll = QScrollArea(self)
        scroll.setObjectName("syncScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        scroll.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        self.body.addWidget(scroll, 1)

        self.export_button.clicked.connect(lambda: self.choose_export(full=False))
        self.export_all_button.clicked.connect(lambda: self.choose_export(full=True))
        self.encrypt_box.toggled.connect(self._encrypt_toggled)
        self.import_button.clicked.connect(self.choose_import)
        self.key_button.clicked.connect(self.choose_key)
        self.conflicts_button.clicked.connect(self.open_conflicts)
        self._update_actions()

    def title(self) -> str:
        return self.tr("Sync")

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        if not self.built:
            return
        from PySide6.QtCore import QLocale
        from PySide6.QtWidgets import QPushButton

        self.intro.setText(
            self.tr(
                "Carry your work to headquarters on a USB stick or by email, and bring "
                "back their updates. Nothing leaves this laptop until you export it, "
                "and private notes never do."
            )
        )
        self.send_box.setTitle(self.tr("Send to headquarters"))
        self.receive_box.setTitle(self.tr("Bring in"))
        self.export_button.setText(self.tr("Export for HQ…"))
        self.hints[self.export_button].setText(
            self.tr("The changes headquarters has not confirmed yet. Use this every time.")
        )
        self.export_all_button.setText(self.tr("Export everything…"))
        self.hints[self.export_all_button].setText(
            self.tr("Every record, when headquarters asks for it or for a new HQ.")
        )
        self.encrypt_box.setText(self.tr("Encrypt for HQ"))
        self.hints[self.encrypt_box].setText(
            self.tr("Only headquarters can read an encrypted file.")
            if self.fingerprint
            else self.tr("Import HQ's key first.")
        )
        self.import_button.setText(self.tr("Import a bundle…"))
        self.hints[self.import_button].setText(
            self.tr(
                "A return bundle from headquarters, or a bundle from another organizer. "
                "You see what it would change before anything is written."
            )
        )
        self.key_button.setText(self.tr("Import HQ's key…"))
        self.hints[self.key_button].setText(
            self.tr("HQ's public key file, so that your exports can be encrypted.")
        )
        conflicts = self.status.open_conflicts if self.status is not None else 0
        self.conflicts_button.setText(
            self.tr("Review conflicts ({n})").format(n=QLocale().toString(conflicts))
        )
        self.hints[self.conflicts_button].setText(
            self.tr("Fields changed both here and elsewhere: choose which value to keep.")
            if conflicts
            else self.tr("Nothing to review.")
        )
        buttons = [b for b in self.hints if isinstance(b, QPushButton)]
        width = max(b.sizeHint().width() for b in buttons)
        for button in buttons:
            button.setMinimumWidth(width)
        self.panel.retranslate()

    # -- data --------------------------------------------------------------------------

    def set_store(self, store: Store) -> None:
        super().set_store(store)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Other screens and Settings change what the panel shows (pending changes, name).
        if self.store is not None and not self.busy():
            self.refresh()

    def refresh(self) -> None:
        """Read the status again and update the panel and the buttons."""
        if self.store is None:
            return
        from rapport.store.sync_status import sync_status

        self.status = sync_status(self.store)
        self.fingerprint = None
        if self.status.public_key:
            from rapport.sync.crypto import CryptoError, fingerprint

            try:
                self.fingerprint = fingerprint(self.status.public_key.encode("ascii"))
            except (CryptoError, UnicodeEncodeError):
                self.fingerprint = None
        self.panel.show_status(self.status, self.fingerprint)
        self._update_actions()
        self.retranslate()

    def busy(self) -> bool:
        return self.jobs.busy()

    def _update_actions(self) -> None:
        ready = self.store is not None and not self.busy()
        for button in (
            self.export_button,
            self.export_all_button,
            self.import_button,
            self.key_button,
        ):
            button.setEnabled(ready)
        has_key = self.fingerprint is not None
        self.encrypt_box.setEnabled(ready and has_key)
        self.encrypt_box.blockSignals(True)
        self.encrypt_box.setChecked(has_key and self._encrypt_choice is not False)
        self.encrypt_box.blockSignals(False)
        conflicts = self.status.open_conflicts if self.status is not None else 0
        self.conflicts_button.setEnabled(ready and conflicts > 0)

    def _encrypt_toggled(self, on: bool) -> None:
        self._encrypt_choice = on

    def _show_result(self, title: str, heading: str, text: str, problem: bool = False) -> None:
        from PySide6.QtCore import Qt

        from rapport.ui.sync.dialogs import MessageDialog

        dialog = MessageDialog(title, heading, text, self, problem=problem)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_dialog = dialog
        dialog.finished.connect(lambda _result: self._forget_message(dialog))
        dialog.open()

    def _forget_message(self, dialog: MessageDialog) -> None:
        if self.message_dialog is dialog:
            self.message_dialog = None

    def _start(self, label: str, work: Any) -> Job:
        job = self.jobs.start(label, work)
        assert job is not None, "callers check busy() first"
        self._update_actions()
        return job

    # -- export ------------------------------------------------------------------------

    def suggested_path(self, full: bool) -> Path:
        organizer = self.status.organizer if self.status is not None else ""
        return self._folder / suggested_name(organizer, full)

    def choose_export(self, full: bool) -> None:
        from PySide6.QtWidgets import QFileDialog

        caption = self.tr("Export everything") if full else self.tr("Export for HQ")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, caption, str(self.suggested_path(full)), file_filter()
        )
        if chosen:
            path = Path(chosen)
            if not path.suffix:
                path = path.with_name(path.name + BUNDLE_SUFFIX)
            self.export_to(path, full)

    def export_to(self, path: Path, full: bool = False) -> Job | None:
        """Write a bundle to `path` on the worker thread: the changes HQ has not
        confirmed, or everything with `full`. Encrypted when "Encrypt for HQ" is on."""
        store = self.store
        if store is None or self.busy():
            return None
        from rapport.sync.export import export_bundle

        self._folder = path.parent
        encrypt = self.encrypt_box.isEnabled() and self.encrypt_box.isChecked()

        def work(progress: Any, cancelled: Any) -> ExportSummary:
            return export_bundle(
                store, path, full=full, encrypt=encrypt, progress=progress, cancelled=cancelled
            )

        job = self._start(self.tr("Writing {file}…").format(file=path.name), work)
        job.succeeded.connect(self._exported)
        job.failed.connect(self._export_failed)
        job.cancelled.connect(self._cancelled)
        return job

    def _exported(self, summary: ExportSummary) -> None:
        from rapport.ui.sync.results import export_result

        self._show_result(self.tr("Export"), *export_result(summary))

    def _export_failed(self, exc: BaseException) -> None:
        from rapport.ui.sync.results import failure_reason

        reason = failure_reason(exc)
        self._show_result(self.tr("Export"), self.tr("Nothing was exported"), reason, problem=True)

    def _cancelled(self) -> None:
        self._show_result(self.tr("Cancelled"), self.tr("Cancelled; nothing was written."), "")

    # -- import ------------------------------------------------------------------------

    def choose_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a bundle"), str(self._folder), file_filter()
        )
        if chosen:
            self.import_from(Path(chosen))

    def import_from(self, path: Path) -> Job | None:
        """Read the bundle at `path` and preview what importing it would change (on the
        worker thread, writing nothing); the preview dialog then offers to import it."""
        store = self.store
        if store is None or self.busy():
            return None
        from rapport.sync.bundle import read_bundle_file
        from rapport.sync.importer import import_bundle

        self._folder = path.parent

        def work(progress: Any, cancelled: Any) -> tuple[OpenedBundle, ImportReport]:
            bundle = read_bundle_file(path)
            total = bundle.trailer.records
            report = import_bundle(
                store,
                bundle,
                dry_run=True,
                progress=lambda done: progress(done, total),
                cancelled=cancelled,
            )
            return bundle, report

        job = self._start(self.tr("Reading {file}…").format(file=path.name), work)
        job.succeeded.connect(self._previewed)
        job.failed.connect(self._import_failed)
        job.cancelled.connect(self._cancelled)
        return job

    def _previewed(self, result: tuple[OpenedBundle, ImportReport]) -> None:
        from PySide6.QtCore import Qt

        from rapport.ui.sync.preview import ImportPreviewDialog

        bundle, report = result
        dialog = ImportPreviewDialog(bundle.header, report, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_dialog = dialog
        dialog.accepted.connect(lambda: self._confirmed(bundle))
        dialog.finished.connect(lambda _result: self._forget_preview(dialog))
        dialog.open()

    def _forget_preview(self, dialog: ImportPreviewDialog) -> None:
        if self.preview_dialog is dialog:
            self.preview_dialog = None

    def _confirmed(self, bundle: OpenedBundle) -> None:
        store = self.store
        if store is None:
            return
        from rapport.sync.importer import import_bundle

        def work(progress: Any, cancelled: Any) -> ImportReport:
            total = bundle.trailer.records
            return import_bundle(
                store, bundle, progress=lambda done: progress(done, total), cancelled=cancelled
            )

        name = Path(bundle.source).name or bundle.source
        job = self._start(self.tr("Importing {file}…").format(file=name), work)
        job.succeeded.connect(self._imported)
        job.failed.connect(self._import_failed)
        job.cancelled.connect(self._cancelled)

    def _imported(self, report: ImportReport) -> None:
        from rapport.ui.sync.results import import_result

        self._show_result(self.tr("Import"), *import_result(report))

    def _import_failed(self, exc: BaseException) -> None:
        from rapport.sync.bundle import BundleError

        if isinstance(exc, BundleError):
            from rapport.ui.sync.bundle_labels import bundle_problem_text

            heading = self.tr("This bundle cannot be imported; nothing was written")
            body = bundle_problem_text(exc)
        else:
            heading = self.tr("The import failed; nothing was written")
            body = str(exc)
        self._show_result(self.tr("Import"), heading, body, problem=True)

    # -- HQ's key ----------------------------------------------------------------------

    def choose_key(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import HQ's key"),
            str(self._folder),
            ";;".join((self.tr("Public keys (*.pem *.pub *.key)"), self.tr("All files (*)"))),
        )
        if chosen:
            self.import_key_from(Path(chosen))

    def import_key_from(self, path: Path) -> str | None:
        """Import HQ's public key from `path`; returns its fingerprint (None on a problem,
        which is shown)."""
        store = self.store
        if store is None or self.busy():
            return None
        from rapport.sync.conflicts import import_hq_key
        from rapport.sync.crypto import CryptoError
        from rapport.ui.sync.bundle_labels import key_problem_text

        title = self.tr("HQ's key")
        try:
            pem = path.read_bytes()
            fingerprint = import_hq_key(store, pem)
        except OSError as exc:
            self._show_result(
                title, self.tr("The key was not imported"), f"{path}: {exc.strerror}", True
            )
            return None
        except (CryptoError, UnicodeDecodeError) as exc:
            reason = (
                key_problem_text(exc) if isinstance(exc, CryptoError) else self.tr("not a key file")
            )
            self._show_result(title, self.tr("The key was not imported"), reason, True)
            return None
        self._encrypt_choice = None  # encrypt from now on, unless turned off again
        self.refresh()
        self._show_result(
            title,
            self.tr("Imported HQ's key"),
            self.tr(
                "Fingerprint: {fingerprint}\n\nCall headquarters and check that they read "
                "you the same fingerprint. Exports are now encrypted so that only "
                "headquarters can read them."
            ).format(fingerprint=fingerprint),
        )
        return fingerprint

    # -- conflicts ---------------------------------------------------------------------

    def open_conflicts(self) -> ConflictsDialog | None:
        """Open the conflicts review (window-modal; returns at once)."""
        from PySide6.QtCore import Qt

        if self.store is None or self.busy():
            return None
        from rapport.ui.sync.conflicts import ConflictsDialog

        dialog = ConflictsDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.refresh)
        dialog.finished.connect(lambda _result: self._forget_conflicts(dialog))
        self.conflicts_dialog = dialog
        dialog.open()
        return dialog

    def _forget_conflicts(self, dialog: ConflictsDialog) -> None:
        if self.conflicts_dialog is dialog:
            self.conflicts_dialog = None
        self.refresh()
