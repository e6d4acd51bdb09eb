"""The contact table view (whose undo/redo slots Edit → Undo reaches when it has
focus) and the undoable delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QTableView, QWidget

if TYPE_CHECKING:
    from rapport.ui.contacts.page import ContactsPage


class ContactTable(QTableView):
    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack

    @Slot()
    def undo(self) -> None:
        self.undo_stack.undo()

    @Slot()
    def redo(self) -> None:
        self.undo_stack.redo()


class DeleteCommand(QUndoCommand):
    """Delete contacts; undo brings them back (`undelete_contacts`)."""

    def __init__(self, page: ContactsPage, ids: list[str], text: str) -> None:
        super().__init__(text)
        self.page = page
        self.ids = ids

    def redo(self) -> None:
        from rapport.store.contacts import delete_contacts

        if self.page.store is not None:
            delete_contacts(self.page.store, self.ids)
            self.page.refresh()

    def undo(self) -> None:
        from rapport.store.contacts import undelete_contacts

        if self.page.store is not None:
            undelete_contacts(self.page.store, self.ids)
            self.page.refresh()
