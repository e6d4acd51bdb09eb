"""`SyncPage`: the Sync screen: bundles to and from headquarters."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from rapport.ui.page import Page


class SyncPage(Page):
    key = "sync"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._note = self.add_note()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Sync")

    def retranslate(self) -> None:
        super().retranslate()
        self._note.setText(
            self.tr(
                "Sending your work to headquarters and bringing back their updates "
                "is coming in the next version of Rapport."
            )
        )
