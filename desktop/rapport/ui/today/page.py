"""`TodayPage`: the Today screen: the organizer's day at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from rapport.ui.page import Page


class TodayPage(Page):
    key = "today"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._note = self.add_note()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Today")

    def retranslate(self) -> None:
        super().retranslate()
        self._note.setText(
            self.tr(
                "A view of your day, with today's 1:1s and follow-ups, "
                "is coming in the next version of Rapport."
            )
        )
