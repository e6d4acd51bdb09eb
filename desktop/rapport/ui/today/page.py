"""`TodayPage`: the Today screen: the organizer's day at a glance. The widgets live in
`rapport.ui.today.view`, imported when the page is built."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from rapport.ui.page import Page

if TYPE_CHECKING:
    from rapport.store.core import Store
    from rapport.ui.today.view import TodayView


class TodayPage(Page):
    key = "today"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: TodayView | None = None
        self.retranslate()

    def title(self) -> str:
        return self.tr("Today")

    def build(self) -> None:
        from rapport.ui.today.view import TodayView

        self.view = TodayView(self)
        self.body.addWidget(self.view, 1)

    def set_store(self, store: Store) -> None:
        super().set_store(store)
        assert self.view is not None
        self.view.set_store(store)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.view is not None and self.store is not None:
            self.view.refresh()  # the day may have changed, or other screens the data

    def retranslate(self) -> None:
        super().retranslate()
        if self.view is not None:
            self.view.retranslate()
