"""The main window: pages from the sidebar and the keyboard, menus, status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from rapport.ui.main_window import MainWindow
from rapport.ui.session import Session

PAGE_KEYS = ["today", "contacts", "calendar", "meetings", "trainings", "sync"]


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_the_sidebar_lists_every_page_and_shows_each_one(window: MainWindow) -> None:
    assert [page.key for page in window.pages()] == PAGE_KEYS
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert titles == ["Today", "Contacts", "Calendar", "1:1s", "Trainings", "Sync"]
    for row, page in enumerate(window.pages()):
        window.sidebar.setCurrentRow(row)
        assert window.stack.currentWidget() is page
        assert page.isVisible()
        assert window.menu_actions.pages[row].isChecked()


def test_ctrl_1_to_6_switch_pages(qtbot: QtBot, window: MainWindow) -> None:
    activate(qtbot, window)
    for number in (3, 6, 1, 4, 2, 5):
        qtbot.keyClick(
            window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        assert window.current_page().key == PAGE_KEYS[number - 1]
        assert window.sidebar.currentRow() == number - 1


def test_view_menu_has_one_action_per_page_with_its_shortcut(window: MainWindow) -> None:
    view = window.menu_actions.menus.view.actions()
    page_actions = [a for a in view if a in window.menu_actions.pages]
    assert [a.text() for a in page_actions] == [p.title() for p in window.pages()]
    assert [a.shortcut().toString() for a in page_actions] == [f"Ctrl+{n}" for n in range(1, 7)]
    page_actions[4].trigger()
    assert window.current_page().key == "trainings"


def test_standard_shortcuts_are_set(window: MainWindow) -> None:
    actions = window.menu_actions
    assert "Ctrl+," in [k.toString() for k in actions.settings.shortcuts()]
    assert actions.quit.shortcut().toString() == "Ctrl+Q"
    assert actions.edit["copy"].shortcut().toString() == "Ctrl+C"
    assert actions.edit["selectAll"].shortcut().toString() == "Ctrl+A"
    assert "F11" in [k.toString() for k in actions.full_screen.shortcuts()]
    menus = [m.title() for m in (actions.menus.file, actions.menus.edit)]
    assert menus == ["&File", "&Edit"]


def test_full_screen_toggles(qtbot: QtBot, window: MainWindow) -> None:
    window.menu_actions.full_screen.trigger()
    qtbot.waitUntil(window.isFullScreen)
    window.menu_actions.full_screen.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.menu_actions.full_screen.isChecked()


def test_edit_menu_acts_on_the_focused_field(qtbot: QtBot, window: MainWindow) -> None:
    field = QLineEdit("Marisol", window.current_page())
    field.show()
    activate(qtbot, window)
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    edit = window.menu_actions.edit

    window.menu_actions.menus.edit.aboutToShow.emit()  # the menu greys out what cannot be done
    assert not edit["copy"].isEnabled()
    assert edit["selectAll"].isEnabled()
    window.menu_actions.menus.edit.aboutToHide.emit()

    edit["selectAll"].trigger()
    assert field.selectedText() == "Marisol"
    edit["copy"].trigger()
    assert QApplication.clipboard().text() == "Marisol"
    edit["cut"].trigger()
    assert field.text() == ""
    edit["undo"].trigger()
    assert field.text() == "Marisol"
    edit["redo"].trigger()
    assert field.text() == ""
    edit["paste"].trigger()
    assert field.text() == "Marisol"


def test_status_bar_shows_the_data_folder(session: Session) -> None:
    assert str(session.data_dir) in session.window.status.folder_label.text()
    assert session.window.status.organizer_label.text() == "Add your name in Settings"


def test_pages_receive_the_open_store(session: Session) -> None:
    assert session.folder is not None
    assert all(page.store is session.folder.store for page in session.window.pages())
    assert session.window.menu_actions.settings.isEnabled()


def test_quit_closes_the_window_and_saves_its_place(session: Session) -> None:
    session.window.show_page("calendar")
    session.window.menu_actions.quit.trigger()
    assert not session.window.isVisible()
    assert (session.data_dir / "ui.ini").read_text().count("calendar") == 1
