"""`TrainingsPage`: the Trainings screen: sessions, participants and evaluations."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from rapport.ui.page import Page


class TrainingsPage(Page):
    key = "trainings"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._note = self.add_note()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Trainings")

    def retranslate(self) -> None:
        super().retranslate()
        self._note.setText(
            self.tr(
                "Running trainings and following their participants "
                "is coming in the next version of Rapport."
            )
        )
