"""GUI test fixtures: a fresh data folder per test, and the main window opened on it the
way `rapport` opens it (lock, window shown, then the store)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rapport.store.lock import FolderLock
from rapport.ui.app import create_application, launch
from rapport.ui.language import install_language
from rapport.ui.main_window import MainWindow
from rapport.ui.session import Session
from tests.gui.helpers import save_language

Launcher = Callable[..., Session]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    return create_application()


@pytest.fixture
def launch_window(app: QApplication, qtbot: QtBot, data_dir: Path) -> Iterator[Launcher]:
    """Open the main window on `data_dir` (optionally with a saved interface language),
    wait until the store is open, and close everything at teardown."""
    sessions: list[Session] = []

    def open_window(language: str | None = None, wait_for_store: bool = True) -> Session:
        if language is not None:
            save_language(data_dir, language)
        lock = FolderLock(data_dir).acquire()
        session = launch(app, data_dir, lock)
        sessions.append(session)
        qtbot.waitExposed(session.window)
        if wait_for_store:
            qtbot.waitUntil(lambda: session.folder is not None or session.problem is not None)
            assert session.problem is None, session.problem
        return session

    yield open_window
    for session in sessions:
        session.close()
        session.window.deleteLater()
    # Delete the windows now: a window left for later would still get the language
    # change below (or a later test's) and refresh from a folder that is closed.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    install_language(app, "en")


@pytest.fixture
def session(launch_window: Launcher) -> Session:
    return launch_window()


@pytest.fixture
def window(session: Session) -> MainWindow:
    return session.window
