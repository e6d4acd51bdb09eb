"""Window size, position and current page are remembered in <data folder>/ui.ini."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QSize, QStandardPaths
from pytestqt.qtbot import QtBot

from rapport.ui.session import Session


def test_geometry_and_page_are_restored_on_the_next_start(
    launch_window: Callable[..., Session], qtbot: QtBot, data_dir: Path
) -> None:
    first = launch_window()
    window = first.window
    window.resize(QSize(760, 530))
    window.move(QPoint(23, 41))
    qtbot.waitUntil(lambda: window.size() == QSize(760, 530))
    window.show_page("trainings")
    saved_geometry = window.geometry()
    first.close()
    assert (data_dir / "ui.ini").exists()

    second = launch_window()
    assert second.window is not window
    assert second.window.current_page().key == "trainings"
    assert second.window.size() == QSize(760, 530)
    assert second.window.geometry() == saved_geometry


def test_a_new_folder_starts_on_today_at_a_sensible_size(session: Session) -> None:
    window = session.window
    assert window.current_page().key == "today"
    screen = window.screen().availableGeometry()
    assert window.width() >= 720 and window.height() >= 480
    assert window.width() <= screen.width() and window.height() <= screen.height()


def test_an_unknown_saved_page_falls_back_to_today(
    launch_window: Callable[..., Session], data_dir: Path
) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "ui.ini").write_text("[window]\npage=no-such-page\n")
    assert launch_window().window.current_page().key == "today"


def test_the_users_own_settings_are_not_touched(session: Session) -> None:
    session.window.show_page("sync")
    session.close()
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    assert not (Path(config) / "Rapport" / "Rapport.conf").exists()
