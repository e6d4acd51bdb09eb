"""Help › About Rapport and About Qt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from rapport import __version__
from rapport.ui.about import AboutDialog
from rapport.ui.main_window import MainWindow


def test_about_shows_the_version_and_what_rapport_is_for(qtbot: QtBot, window: MainWindow) -> None:
    window.menu_actions.about.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AboutDialog))
    box = QApplication.activeModalWidget()
    assert isinstance(box, AboutDialog)
    assert box.heading.text() == f"Rapport {__version__}"
    assert "community organizers" in box.body.text()
    box.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


# Qt's own About Qt box changes its size limits after it is shown, which the offscreen
# platform used by the tests warns about; the box itself is fine.
@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_about_qt_opens_qts_box(window: MainWindow) -> None:
    seen: list[str] = []

    def close_it() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.windowTitle())
            box.close()

    QTimer.singleShot(0, close_it)
    window.menu_actions.about_qt.trigger()  # blocks in its own event loop until closed
    assert seen == ["About Qt"]
