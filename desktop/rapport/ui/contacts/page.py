"""`ContactsPage`: the Contacts screen: everyone the organizer knows, found in a keystroke."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from rapport.ui.page import Page


class ContactsPage(Page):
    key = "contacts"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._note = self.add_note()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Contacts")

    def retranslate(self) -> None:
        super().retranslate()
        self._note.setText(self.tr("The contact list is coming in the next version of Rapport."))
