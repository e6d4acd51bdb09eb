"""Guard against the PySide6 6.12.0 / Python 3.11 bug that drops a reference to None on
every call of a Qt method returning void (the process aborts after a few thousand)."""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from rapport.ui.main_window import MainWindow

CALLS = 5000


def test_void_qt_calls_do_not_lose_references_to_none(qtbot: QtBot, window: MainWindow) -> None:
    label = window.status.folder_label
    page = window.current_page()
    before = sys.getrefcount(None)
    for i in range(CALLS // 4):
        label.setText(f"call {i}")
        label.setVisible(True)
        page.setEnabled(True)
        window.sidebar.setCurrentRow(0)
    after = sys.getrefcount(None)
    assert after >= before - 30, f"None lost {before - after} references over {CALLS} calls"
