"""`CalendarPage`: the Calendar screen: scheduled 1:1s and trainings."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from rapport.ui.page import Page


class CalendarPage(Page):
    key = "calendar"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._note = self.add_note()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Calendar")

    def retranslate(self) -> None:
        super().retranslate()
        self._note.setText(
            self.tr(
                "A calendar of your 1:1s and trainings is coming in the next version of Rapport."
            )
        )
