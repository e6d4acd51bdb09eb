"""The main window's menus and their actions, with standard shortcuts for each platform."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

Key = QKeySequence.StandardKey
Role = QAction.MenuRole
EDIT_KEYS = {
    "undo": Key.Undo,
    "redo": Key.Redo,
    "cut": Key.Cut,
    "copy": Key.Copy,
    "paste": Key.Paste,
    "selectAll": Key.SelectAll,
}


def _keys(*keys: Key | str) -> list[QKeySequence]:
    """The bindings for each key, standard or literal, without repeats."""
    found: list[QKeySequence] = []
    for key in keys:
        for seq in QKeySequence.keyBindings(key) if isinstance(key, Key) else [QKeySequence(key)]:
            if not seq.isEmpty() and all(seq != other for other in found):
                found.append(seq)
    return found


class Menus:
    def __init__(self, file: QMenu, edit: QMenu, view: QMenu, help_: QMenu) -> None:
        self.file = file
        self.edit = edit
        self.view = view
        self.help = help_


class WindowActions:
    """The window's actions, by purpose. (Plain classes, not dataclasses: this module is
    imported at start-up, and building a dataclass takes about a millisecond.)"""

    def __init__(self, window: QMainWindow, page_count: int) -> None:
        self.settings = QAction(window)
        self.quit = QAction(window)
        self.edit = {command: QAction(window) for command in EDIT_KEYS}
        self.page_group = QActionGroup(window)
        self.pages = [QAction(self.page_group) for _ in range(page_count)]
        self.full_screen = QAction(window)
        self.present = QAction(window)
        self.about = QAction(window)
        self.about_qt = QAction(window)
        self.menus = Menus(*(QMenu(window) for _ in range(4)))


class ActionTexts(QObject):
    """Sets the texts of the menus and actions (again, when the language changes)."""

    def apply(self, actions: WindowActions, page_titles: list[str]) -> None:
        menus = actions.menus
        menus.file.setTitle(self.tr("&File"))
        menus.edit.setTitle(self.tr("&Edit"))
        menus.view.setTitle(self.tr("&View"))
        menus.help.setTitle(self.tr("&Help"))
        actions.settings.setText(self.tr("&Settings…"))
        actions.settings.setStatusTip(self.tr("Your name, organization, goal and language"))
        actions.quit.setText(self.tr("&Quit"))
        edit_texts = {
            "undo": self.tr("&Undo"),
            "redo": self.tr("&Redo"),
            "cut": self.tr("Cu&t"),
            "copy": self.tr("&Copy"),
            "paste": self.tr("&Paste"),
            "selectAll": self.tr("Select &All"),
        }
        for command, action in actions.edit.items():
            action.setText(edit_texts[command])
        for action, title in zip(actions.pages, page_titles, strict=True):
            action.setText(title)
        actions.full_screen.setText(self.tr("&Full Screen"))
        actions.present.setText(self.tr("&Present"))
        actions.present.setStatusTip(self.tr("Show the open training's slides to the room"))
        actions.about.setText(self.tr("&About Rapport"))
        actions.about_qt.setText(self.tr("About &Qt"))


def build_actions(window: QMainWindow, page_count: int) -> WindowActions:
    """Create the actions and menus (texts are set by `ActionTexts.apply`)."""
    a = WindowActions(window, page_count)
    a.settings.setShortcuts(_keys(Key.Preferences, "Ctrl+,"))
    a.settings.setMenuRole(Role.PreferencesRole)
    a.quit.setShortcuts(_keys(Key.Quit) or _keys("Ctrl+Q"))
    a.quit.setMenuRole(Role.QuitRole)

    for command, action in a.edit.items():
        action.setShortcuts(_keys(EDIT_KEYS[command]))
        action.setObjectName(f"edit_{command}")
    a.page_group.setExclusive(True)
    for index, action in enumerate(a.pages):
        action.setCheckable(True)
        if index < 9:
            action.setShortcuts(_keys(f"Ctrl+{index + 1}"))
    a.full_screen.setCheckable(True)
    a.full_screen.setShortcuts(_keys("F11", Key.FullScreen))
    a.present.setShortcuts(_keys("F5"))
    a.present.setObjectName("present")
    a.present.setEnabled(False)  # until the Trainings screen has a training
    a.about.setMenuRole(Role.AboutRole)
    a.about_qt.setMenuRole(Role.AboutQtRole)

    bar = window.menuBar()
    menus = a.menus
    for menu in (menus.file, menus.edit, menus.view, menus.help):
        bar.addMenu(menu)
    menus.file.addAction(a.settings)
    menus.file.addSeparator()
    menus.file.addAction(a.quit)
    for group in (("undo", "redo"), ("cut", "copy", "paste"), ("selectAll",)):
        if not menus.edit.isEmpty():
            menus.edit.addSeparator()
        for command in group:
            menus.edit.addAction(a.edit[command])
    menus.view.addActions(a.pages)
    menus.view.addSeparator()
    menus.view.addAction(a.full_screen)
    menus.view.addAction(a.present)
    menus.help.addAction(a.about)
    menus.help.addAction(a.about_qt)
    return a
