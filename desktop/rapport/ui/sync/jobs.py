"""`Job`: long sync work (export, import preview, import) on a worker thread, with a
progress dialog whose Cancel button stops it.

The work is a function `work(progress, cancelled)`: it calls `progress(done, total)` now
and then and checks `cancelled()`, raising `rapport.sync.apply.Cancelled` when that turns
True (the sync functions do both). Its outcome comes back to the GUI thread as one of the
signals `succeeded(result)`, `failed(exception)` or `cancelled()`, then `ended()`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

Progress = Callable[[int, int], None]
Work = Callable[[Progress, Callable[[], bool]], Any]

PROGRESS_STEPS = 1000  # the bar's resolution, whatever the number of records
SHOW_AFTER_MS = 300  # quick jobs finish without the dialog flashing up


class _Worker(QObject):
    """Lives on the worker thread; runs the work once and reports how it went."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, work: Work, stop: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._stop = stop

    @Slot()
    def run(self) -> None:
        from rapport.sync.apply import Cancelled

        try:
            result = self._work(self.progressed.emit, self._stop.is_set)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # reported to the person, never lost
            self.failed.emit(exc)
        else:
            # Also when a cancel came too late to stop it: what was done stands.
            self.succeeded.emit(result)
        finally:
            # Back to the GUI thread before this thread ends, so that the Job's
            # deleteLater() reaches a living event loop (an object left in a finished
            # thread is destroyed from the wrong thread when Python lets it go).
            thread = self.thread()
            app = QCoreApplication.instance()
            if app is not None:
                self.moveToThread(app.thread())
            thread.quit()


class Job(QObject):
    """One run of `work` on its own thread, shown in a window-modal progress dialog."""

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()  # after whichever of the three above

    def __init__(
        self, parent: QWidget, label: str, work: Work, *, cancellable: bool = True
    ) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._running = False
        self.progress = QProgressDialog(parent)
        self.progress.setObjectName("syncProgress")
        self.progress.setWindowTitle(self.tr("Rapport"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setLabelText(label)
        self.progress.setCancelButtonText(self.tr("Cancel"))
        self.progress.setRange(0, 0)  # busy until the first report
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setMinimumWidth(420)
        self.progress.setFixedSize(self.progress.sizeHint().expandedTo(self.progress.size()))
        # Left to itself the dialog hides on Cancel; instead it stays up saying
        # "Cancelling…" until the worker has rolled back, so nothing new starts meanwhile.
        self.progress.canceled.disconnect(self.progress.cancel)
        self.progress.canceled.connect(self.cancel)
        if not cancellable:  # work that runs to its end (one short transaction)
            self.progress.setCancelButton(None)

        self._thread = QThread()
        self._thread.setObjectName("syncWorker")
        self._worker = _Worker(work, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)

    def start(self) -> None:
        self._running = True
        self._thread.start()
        QTimer.singleShot(SHOW_AFTER_MS, self, self._show_progress)

    def _show_progress(self) -> None:
        if self._running:
            self.progress.show()

    def is_running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        """Ask the work to stop (it does at its next check)."""
        if not self._running or self._stop.is_set():
            return
        self._stop.set()
        self.progress.setLabelText(self.tr("Cancelling…"))
        for button in self.progress.findChildren(QPushButton):
            button.setEnabled(False)

    def wait(self, ms: int = 30_000) -> bool:
        """Block until the thread has stopped (used on quit)."""
        return self._thread.wait(ms)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            return
        if total > 0:
            self.progress.setRange(0, PROGRESS_STEPS)
            self.progress.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // total))

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)
        self.ended.emit()

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self._finish()
        self.failed.emit(exc)
        self.ended.emit()

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish()
        self.cancelled.emit()
        self.ended.emit()

    def _finish(self) -> None:
        self._thread.wait()
        self._running = False
        self.progress.hide()
        self.progress.deleteLater()
        self._worker.deleteLater()
