"""`MeetingsPage`: the 1:1s screen: one-on-one meetings, their agenda and commitments."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from rapport.ui.page import Page


class MeetingsPage(Page):
    key = "meetings"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._note = self.add_note()
        self.retranslate()

    def title(self) -> str:
        return self.tr("1:1s")

    def retranslate(self) -> None:
        super().retranslate()
        self._note.setText(
            self.tr(
                "Planning and recording your 1:1 meetings is coming in the next version of Rapport."
            )
        )
