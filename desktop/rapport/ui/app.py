"""Starting the window: `run_gui` (what `rapport` runs) and `launch` (shared with self-test).

Start-up order, for speed and safety: take the folder lock (a second Rapport on the same
folder is refused before anything else happens), create the application, install the
language and fonts, show the window, and only then import SQLAlchemy and open the data.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from rapport import __version__
from rapport.store.lock import FolderInUseError, FolderLock
from rapport.ui import ui_state
from rapport.ui.fonts import ensure_fonts
from rapport.ui.language import install_language
from rapport.ui.main_window import MainWindow
from rapport.ui.messages import show_problem
from rapport.ui.session import Session

EXIT_FOLDER_PROBLEM = 3
EXIT_AFTER_SHOW_ENV = "RAPPORT_EXIT_AFTER_SHOW"


def create_application() -> QApplication:
    """The application object (the existing one, if there is one)."""
    existing = QApplication.instance()
    app = cast(QApplication, existing) if existing is not None else QApplication(sys.argv[:1])
    app.setApplicationName("Rapport")
    app.setOrganizationName("Rapport")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("rapport")
    return app


def launch(app: QApplication, data_dir: Path, lock: FolderLock, open_store: bool = True) -> Session:
    """Build and show the main window for `data_dir` (whose `lock` the caller holds).

    With `open_store`, the data opens once the window is on screen; watch the session's
    `storeOpened` and `openFailed` signals.
    """
    ini = ui_state.ui_settings(data_dir)
    install_language(app, ui_state.saved_language(ini))
    ensure_fonts(app)
    window = MainWindow(data_dir, ini)
    session = Session(data_dir, lock, window)
    session.start(open_store=open_store)
    return session


def run_gui(data_dir: Path) -> int:
    """Open the window on `data_dir` and run until it is closed. Returns the exit status."""
    lock = FolderLock(data_dir)
    try:
        lock.acquire()
    except FolderInUseError as exc:
        app = create_application()
        install_language(app, ui_state.saved_language(ui_state.ui_settings(data_dir)))
        show_problem(
            None, QCoreApplication.translate("Startup", "Rapport is already open"), str(exc)
        )
        return EXIT_FOLDER_PROBLEM
    session: Session | None = None
    exit_after_show = os.environ.get(EXIT_AFTER_SHOW_ENV) == "1"
    try:
        app = create_application()
        session = launch(app, data_dir, lock, open_store=not exit_after_show)
        if exit_after_show:
            session.shown.connect(lambda: QCoreApplication.exit(0))
        session.openFailed.connect(lambda message: _give_up(session, message))
        status = app.exec()
    finally:
        if session is not None:
            session.close(close_window=not exit_after_show)
        else:
            lock.release()
    return status


def _give_up(session: Session | None, message: str) -> None:
    window = session.window if session is not None else None
    show_problem(
        window, QCoreApplication.translate("Startup", "Rapport cannot open your data"), message
    )
    QCoreApplication.exit(EXIT_FOLDER_PROBLEM)
