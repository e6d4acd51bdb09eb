"""`MainWindow`: the sidebar of pages, the menus, the status bar, and the Settings dialog.

The window is built and shown before the database opens; `set_store` then hands the open
store to every page. Window size and position and the current page are kept in the data
folder's ui.ini.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QCloseEvent, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from rapport.ui import ui_state
from rapport.ui.language import install_language
from rapport.ui.page import Page
from rapport.ui.pages import PAGE_CLASSES
from rapport.ui.sidebar import Sidebar
from rapport.ui.status_bar import StatusBar
from rapport.ui.window_actions import ActionTexts, build_actions

# Dialogs, edit commands and the store are imported when first used: start-up imports
# only what the first shown window needs (see the Qt practice notes in DESIGN.md).
if TYPE_CHECKING:
    from rapport.domain.settings import Settings
    from rapport.store.core import Store
    from rapport.ui.about import AboutDialog
    from rapport.ui.settings.dialog import SettingsDialog

DEFAULT_SIZE = (1100, 720)
# An explicit minimum keeps the layout from changing the window's size limits while it
# is shown (as texts change), which some platforms cannot pass on to the window system.
MINIMUM_SIZE = (720, 480)


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, ini: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.data_dir = data_dir
        self._ini = ini
        self._store: Store | None = None
        self._settings: Settings | None = None
        self._was_maximized = False
        self.setMinimumSize(*MINIMUM_SIZE)

        self._pages: list[Page] = [cls() for cls in PAGE_CLASSES]
        self.sidebar = Sidebar(self)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        for page in self._pages:
            self.sidebar.add_page(page.title())
            self.stack.addWidget(page)
        self.sidebar.fit_width()
        # Pages sit on the base colour (white in a light theme), the sidebar on the window's.
        self.stack.setBackgroundRole(QPalette.ColorRole.Base)
        self.stack.setAutoFillBackground(True)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.menu_actions = build_actions(self, len(self._pages))
        self._texts = ActionTexts(self)
        self.status = StatusBar(data_dir, self)
        self.setStatusBar(self.status)
        self._connect()
        self.menu_actions.settings.setEnabled(False)  # until the data is open
        self.retranslate()
        self._restore()

    # -- pages -------------------------------------------------------------------------

    def pages(self) -> list[Page]:
        return list(self._pages)

    def page(self, key: str) -> Page:
        for page in self._pages:
            if page.key == key:
                return page
        raise KeyError(key)

    def current_page(self) -> Page:
        return self._pages[self.stack.currentIndex()]

    def show_page(self, key: str) -> Page:
        page = self.page(key)
        self.sidebar.setCurrentRow(self._pages.index(page))
        return page

    def _on_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            self.stack.setCurrentIndex(row)
            self.menu_actions.pages[row].setChecked(True)
            self.menu_actions.present.setEnabled(self._pages[row].key == "trainings")

    # -- data --------------------------------------------------------------------------

    @property
    def store(self) -> Store | None:
        return self._store

    def set_store(self, store: Store) -> None:
        """Called once the data folder is open: every page gets the store."""
        from rapport.store.settings import load_settings

        self._store = store
        settings = load_settings(store)
        self._apply_settings(settings)
        self.menu_actions.settings.setEnabled(True)
        for page in self._pages:
            page.set_store(store)

    def set_open_failed(self) -> None:
        self.status.set_failed()

    def _apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        self.status.set_settings(settings)
        if ui_state.saved_language(self._ini) != settings.language:
            ui_state.save_language(self._ini, settings.language)
            app = QApplication.instance()
            if app is not None:
                install_language(app, settings.language)

    def _save_settings(self, settings: Settings) -> None:
        from rapport.store.settings import save_settings

        if self._store is None:
            raise ValueError(self.tr("Your data is not open yet."))
        save_settings(self._store, settings)

    def open_settings(self) -> SettingsDialog | None:
        """Open the Settings dialog (window-modal, returns at once); None before the data
        is open."""
        from PySide6.QtCore import Qt

        from rapport.ui.settings.dialog import SettingsDialog

        if self._store is None or self._settings is None:
            return None
        dialog = SettingsDialog(self._settings, self._save_settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._settings_saved(dialog))
        dialog.open()
        return dialog

    def _settings_saved(self, dialog: SettingsDialog) -> None:
        saved = dialog.saved()
        if saved is not None:
            self._apply_settings(saved)

    # -- help --------------------------------------------------------------------------

    def show_about(self) -> AboutDialog:
        """Open the About box (window-modal, returns at once)."""
        from PySide6.QtCore import Qt

        from rapport.ui.about import AboutDialog

        box = AboutDialog(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _about_qt(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.aboutQt(self, self.tr("About Qt"))

    # -- presentation mode -------------------------------------------------------------

    def presentable_training(self) -> str | None:
        """The training View → Present would show: the one selected or open on the
        Trainings screen, while that screen is shown."""
        page = self.current_page()
        current = getattr(page, "current_training_id", None)
        return current() if page.key == "trainings" and callable(current) else None

    def present(self) -> QObject | None:
        from rapport.ui.present.launch import present_training

        training_id = self.presentable_training()
        if training_id is None or self._store is None:
            self.status.showMessage(self.tr("Open or select a training to present it."), 5000)
            return None
        language = self._settings.language if self._settings is not None else "en"
        return present_training(self._store, training_id, language, self)

    # -- window ------------------------------------------------------------------------

    def _toggle_full_screen(self, on: bool) -> None:
        if on and not self.isFullScreen():
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        elif not on and self.isFullScreen():
            if self._was_maximized:
                self.showMaximized()
            else:
                self.showNormal()

    def _connect(self) -> None:
        a = self.menu_actions
        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        a.settings.triggered.connect(self.open_settings)
        a.quit.triggered.connect(self.close)
        for command, action in a.edit.items():
            action.triggered.connect(lambda _=False, c=command: _run_edit_command(c))
        a.menus.edit.aboutToShow.connect(self._update_edit_actions)
        a.menus.edit.aboutToHide.connect(self._enable_edit_actions)
        for index, action in enumerate(a.pages):
            action.triggered.connect(lambda _=False, i=index: self.sidebar.setCurrentRow(i))
        a.full_screen.toggled.connect(self._toggle_full_screen)
        # Present stays enabled while the Trainings screen is shown (see _on_row_changed);
        # with no training open or selected it says so in the status bar.
        a.present.triggered.connect(self.present)
        a.about.triggered.connect(self.show_about)
        a.about_qt.triggered.connect(self._about_qt)

    def _update_edit_actions(self) -> None:
        from rapport.ui import edit_commands

        for command, action in self.menu_actions.edit.items():
            action.setEnabled(edit_commands.available(command))

    def _enable_edit_actions(self) -> None:
        # Shortcuts must keep working once the menu is closed and focus moves on.
        for action in self.menu_actions.edit.values():
            action.setEnabled(True)

    def retranslate(self) -> None:
        titles = [page.title() for page in self._pages]
        self.sidebar.set_titles(titles)
        self._texts.apply(self.menu_actions, titles)
        self.setWindowTitle("Rapport")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.WindowStateChange:
            self.menu_actions.full_screen.setChecked(self.isFullScreen())
        super().changeEvent(event)

    def _restore(self) -> None:
        geometry = ui_state.saved_geometry(self._ini)
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_geometry()
        keys = [page.key for page in self._pages]
        saved = ui_state.saved_page(self._ini)
        self.sidebar.setCurrentRow(keys.index(saved) if saved in keys else 0)

    def _default_geometry(self) -> None:
        width, height = DEFAULT_SIZE
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.92))
            height = min(height, int(available.height() * 0.92))
            self.resize(width, height)
            frame = self.frameGeometry()
            frame.moveCenter(available.center())
            self.move(frame.topLeft())
        else:
            self.resize(width, height)

    def save_ui_state(self) -> None:
        ui_state.save_window(self._ini, self.saveGeometry(), self.current_page().key)

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self._pages:
            page.flush()  # notes typed a moment ago are saved before the data closes
        self.save_ui_state()
        super().closeEvent(event)


def _run_edit_command(command: str) -> None:
    from rapport.ui import edit_commands

    edit_commands.run_command(command)
