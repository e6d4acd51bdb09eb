"""`Page`: one screen of the main window (Today, Contacts, ...), shown from the sidebar.

A screen subclasses `Page`, gives a stable `key` and a translated `title()`, builds its
widgets in `build()` (under the title, in `self.body`), sets its texts in
`retranslate()`, and starts reading data in `set_store()`, which the window calls once
the database is open. `build()` runs when the page has its store and is shown (or gets
its store while shown): the first window shows only the page's title, and a screen with
many widgets costs nothing at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from rapport.store.core import Store


class Page(QWidget):
    key: ClassVar[str] = ""  # stable id: remembered in ui.ini, used in object names

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{self.key}Page")
        self.store: Store | None = None
        self._title = QLabel(self)
        self._title.setObjectName("pageTitle")
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self._title.setFont(font)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 28, 36, 28)
        outer.setSpacing(14)
        outer.addWidget(self._title)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        outer.addLayout(self.body, 1)
        self.built = False

    def build(self) -> None:
        """Make the page's widgets. Screens with more than a line of text override this."""

    def ensure_built(self) -> None:
        if not self.built:
            self.built = True
            self.build()
            self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        if self.store is not None:  # before the data folder is open, the title is enough
            self.ensure_built()
        super().showEvent(event)

    def title(self) -> str:
        """The page's name in the sidebar, the View menu and its heading."""
        raise NotImplementedError

    def set_store(self, store: Store) -> None:
        """Called once the data folder is open. Screens override this to load their data."""
        self.ensure_built()
        self.store = store

    def flush(self) -> None:
        """Save at once any edit still waiting to be saved (the window calls this before
        it closes). Screens that save as you type override this."""

    def retranslate(self) -> None:
        """Set every visible text; called at creation and when the language changes."""
        self._title.setText(self.title())

    def add_note(self) -> QLabel:
        """A paragraph of plain text under the title (followed by free space)."""
        note = QLabel(self)
        note.setObjectName("pageNote")
        note.setWordWrap(True)
        note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        font = note.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        note.setFont(font)
        note.setMaximumWidth(760)  # a comfortable line length on wide windows
        self.body.addWidget(note)
        self.body.addStretch(1)
        return note

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ViewPage(Page):
    """A screen whose body is one view widget (Today, Calendar): the view's class,
    named by `VIEW` as "module:Class", is imported when the page is built; the view
    gets the store, is refreshed each time the page is shown (the day may have changed,
    or other screens the data) and retranslated with the page."""

    VIEW: ClassVar[str] = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: Any = None
        self.retranslate()

    def build(self) -> None:
        module, _, name = self.VIEW.partition(":")
        self.view = getattr(importlib.import_module(module), name)(self)
        self.body.addWidget(self.view, 1)

    def set_store(self, store: Store) -> None:
        super().set_store(store)
        self.view.set_store(store)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.view is not None and self.store is not None:
            self.view.refresh()

    def retranslate(self) -> None:
        super().retranslate()
        if self.view is not None:
            self.view.retranslate()
