"""File › Settings: the organizer's name, organization, weekly goal and language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rapport.domain.settings import Settings
from rapport.store.settings import load_settings
from rapport.ui.main_window import MainWindow
from rapport.ui.session import Session
from rapport.ui.settings.dialog import MAX_WEEKLY_GOAL, SettingsDialog
from rapport.ui.ui_state import ui_settings


def test_saving_settings_stores_them_and_shows_the_name(qtbot: QtBot, session: Session) -> None:
    assert session.folder is not None
    dialog = session.window.open_settings()
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText("Marisol Peña")  # set directly: keyClicks cannot type "ñ"
    dialog.organization.setText("Faith in Action")
    dialog.weekly_goal.setValue(15)
    dialog.accept()
    assert not dialog.isVisible()

    assert load_settings(session.folder.store) == Settings(
        organizer_name="Marisol Peña", organization="Faith in Action", weekly_goal=15
    )
    assert session.window.status.organizer_label.text() == "Marisol Peña · Faith in Action"

    again = session.window.open_settings()  # the dialog starts from what was saved
    assert again is not None
    assert again.name.text() == "Marisol Peña"
    assert again.weekly_goal.value() == 15
    again.reject()


def test_settings_survive_a_restart(launch_window: Callable[..., Session]) -> None:
    first = launch_window()
    dialog = first.window.open_settings()
    assert dialog is not None
    dialog.name.setText("Jordan")
    dialog.accept()
    first.close()
    second = launch_window()
    assert second.window.status.organizer_label.text() == "Jordan"


def test_a_weekly_goal_above_100_cannot_be_entered(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(), lambda _settings: None)
    qtbot.addWidget(dialog)
    dialog.weekly_goal.setValue(250)
    assert dialog.weekly_goal.value() == MAX_WEEKLY_GOAL
    dialog.weekly_goal.setValue(-3)
    assert dialog.weekly_goal.value() == 0
    dialog.weekly_goal.lineEdit().setText("500")
    dialog.weekly_goal.interpretText()
    assert 0 <= dialog.settings().weekly_goal <= MAX_WEEKLY_GOAL


@pytest.mark.parametrize("goal", [101, -1])
def test_invalid_settings_are_refused_and_the_dialog_stays_open(qtbot: QtBot, goal: int) -> None:
    saved: list[Settings] = []
    dialog = SettingsDialog(Settings(), saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.settings = lambda: Settings(weekly_goal=goal)  # type: ignore[method-assign]
    dialog.accept()
    assert saved == []
    assert dialog.isVisible()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert "between 0 and 100" in dialog.problem.text()


def test_a_refused_save_is_reported_in_the_dialog(qtbot: QtBot) -> None:
    def refuse(_settings: Settings) -> None:
        raise ValueError("The disk is full.")

    dialog = SettingsDialog(Settings(organizer_name="Ana"), refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.saved() is None
    assert dialog.problem.isVisible()
    assert "The disk is full." in dialog.problem.text()


def test_settings_wait_for_the_data_to_open(qtbot: QtBot, data_dir: Path) -> None:
    window = MainWindow(data_dir, ui_settings(data_dir))
    qtbot.addWidget(window)
    assert not window.menu_actions.settings.isEnabled()
    assert window.open_settings() is None
