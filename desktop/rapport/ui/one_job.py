"""`OneJob`: the one long job (`rapport.ui.sync.jobs.Job`) a page runs at a time.

Light to import: pages make one when they are made, at start-up, and the job machinery
(progress dialog, worker thread) is imported only when a job starts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from rapport.ui.sync.jobs import Job, Work


class OneJob:
    """The one job a page runs at a time. When the application quits, a job still running
    is cancelled (nothing half-written) and waited for. `ended` runs after each job."""

    def __init__(self, owner: QWidget, ended: Callable[[], None] | None = None) -> None:
        self._owner = owner
        self._ended = ended
        self.job: Job | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def busy(self) -> bool:
        return self.job is not None and self.job.is_running()

    def start(self, label: str, work: Work, *, cancellable: bool = True) -> Job | None:
        """Start `work` as a new job (None while another runs); connect to its signals
        before control returns to the event loop."""
        if self.busy():
            return None
        from rapport.ui.sync.jobs import Job

        job = self.job = Job(self._owner, label, work, cancellable=cancellable)
        job.ended.connect(self._end)
        job.start()
        return job

    def _end(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        if self._ended is not None:
            self._ended()

    def stop(self) -> None:
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.job.wait()
