"""`CalendarPage`: the Calendar screen: 1:1s by day, week (the default) or month, blocks
of back-to-back slots, and tomorrow's calls to confirm. The widgets live in
`rapport.ui.calendar.view`, imported when the page is built."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from rapport.ui.page import Page

if TYPE_CHECKING:
    from rapport.store.core import Store
    from rapport.ui.calendar.view import CalendarView


class CalendarPage(Page):
    key = "calendar"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: CalendarView | None = None
        self.retranslate()

    def title(self) -> str:
        return self.tr("Calendar")

    def build(self) -> None:
        from rapport.ui.calendar.view import CalendarView

        self.view = CalendarView(self)
        self.body.addWidget(self.view, 1)

    def set_store(self, store: Store) -> None:
        super().set_store(store)
        assert self.view is not None
        self.view.set_store(store)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.view is not None and self.store is not None:
            self.view.refresh()  # other screens may have changed meetings

    def retranslate(self) -> None:
        super().retranslate()
        if self.view is not None:
            self.view.retranslate()
