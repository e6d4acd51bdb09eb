"""`Session`: one data folder shown in one main window, from start-up to quit.

It holds the folder lock from before the window exists, opens the database only after
the window is on screen (importing SQLAlchemy and running migrations takes a moment),
hands the store to the window, and closes everything at the end.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from rapport.ui.first_show import FirstShow
from rapport.ui.main_window import MainWindow

if TYPE_CHECKING:
    from rapport.store.lock import FolderLock
    from rapport.store.open import OpenFolder


class Session(QObject):
    shown = Signal()  # the window is on screen
    storeOpened = Signal()  # the data is open and the pages have it
    openFailed = Signal(str)  # the data could not be opened: the reason, for the user

    def __init__(self, data_dir: Path, lock: FolderLock, window: MainWindow) -> None:
        super().__init__(window)
        self.data_dir = data_dir
        self.lock = lock
        self.window = window
        self.folder: OpenFolder | None = None
        self.problem: str | None = None
        self._closed = False
        self._first_show = FirstShow(window)
        self._first_show.shown.connect(self.shown)

    def start(self, open_store: bool = True) -> None:
        """Show the window; once it is on screen, open the data (unless told not to)."""
        if open_store:
            self.shown.connect(lambda: QTimer.singleShot(0, self.open_store))
        self.window.show()
        self._first_show.watch()

    def open_store(self) -> None:
        if self.folder is not None or self._closed:
            return
        import sqlite3

        from sqlalchemy.exc import SQLAlchemyError

        from rapport.store.lock import FolderInUseError
        from rapport.store.migrate import DamagedDatabaseError, NewerSchemaError
        from rapport.workspace import open_workspace

        try:
            folder = open_workspace(self.data_dir, self.lock)
        except (NewerSchemaError, DamagedDatabaseError, FolderInUseError) as exc:
            self._fail(str(exc))
            return
        except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
            self._fail(
                self.tr("Rapport could not open the data in {folder}: {reason}").format(
                    folder=self.data_dir, reason=exc
                )
            )
            return
        self.folder = folder
        self.window.set_store(folder.store)
        self.storeOpened.emit()

    def _fail(self, message: str) -> None:
        self.problem = message
        self.window.set_open_failed()
        self.openFailed.emit(message)

    def close(self, close_window: bool = True) -> None:
        """Close the window (saving its place), the database and the lock. Safe to repeat."""
        if self._closed:
            return
        self._closed = True
        if close_window and self.window.isVisible():
            self.window.close()
        if self.folder is not None:
            self.folder.close()
            self.folder = None
        self.lock.release()
