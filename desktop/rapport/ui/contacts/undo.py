"""Undoable changes to contacts, for the Contacts screen's undo stack (Ctrl+Z, Ctrl+Shift+Z).

Each command holds what it needs to go both ways: a saved contact keeps its state before
and after, a bulk action keeps each contact's tags or stage before it. Undo is itself an
edit (new stamps), so it syncs like any other change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from rapport.store import contact_edits as edits
from rapport.store import contact_tags as tagging
from rapport.store import contacts as store

if TYPE_CHECKING:
    from rapport.domain.records import Contact
    from rapport.store.core import Store
    from rapport.ui.contacts.page import ContactsPage

Snapshot = tuple["Contact", list[str]]  # a contact's fields and its tag names


class _PageCommand(QUndoCommand):
    def __init__(self, page: ContactsPage, text: str) -> None:
        super().__init__(text)
        self.page = page

    def _done(self) -> None:
        self.page.refresh()

    def _change(self, size: int, work: Callable[[Store], object]) -> None:
        """Make the change: at once for a few contacts, on a worker thread behind a
        progress dialog for many (the window keeps painting)."""
        self.page.run_change(self.text(), size, work)


class DeleteCommand(_PageCommand):
    """Delete contacts; undo brings them back with their tags."""

    def __init__(self, page: ContactsPage, ids: list[str], text: str) -> None:
        super().__init__(page, text)
        self.ids = ids

    def redo(self) -> None:
        self._change(len(self.ids), lambda s: store.delete_contacts(s, self.ids))

    def undo(self) -> None:
        self._change(len(self.ids), lambda s: store.undelete_contacts(s, self.ids))


class SaveCommand(_PageCommand):
    """A contact added or edited in the editor (already saved when pushed). Undoing an
    addition deletes the new contact; undoing an edit puts the fields and tags back."""

    def __init__(
        self, page: ContactsPage, before: Snapshot | None, after: Snapshot, text: str
    ) -> None:
        super().__init__(page, text)
        self.before = before
        self.after = after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the editor saved it already
            self._first = False
            return
        if self.page.store is None:
            return
        contact, tags = self.after
        if self.before is None:
            store.undelete_contacts(self.page.store, [contact.id])
        edits.save_contact(self.page.store, contact, tags)
        self._done()

    def undo(self) -> None:
        if self.page.store is None:
            return
        if self.before is None:
            store.delete_contacts(self.page.store, [self.after[0].id])
        else:
            edits.save_contact(self.page.store, *self.before)
        self._done()


class TagsCommand(_PageCommand):
    """Tag or untag many contacts; undo gives each one the tags it had."""

    def __init__(
        self, page: ContactsPage, ids: list[str], tags: list[str], add: bool, text: str
    ) -> None:
        super().__init__(page, text)
        self.ids = ids
        self.tags = tags
        self.add = add
        self.before: dict[str, list[str]] = {}
        self.changed = 0

    def redo(self) -> None:
        self._change(len(self.ids), self._apply)

    def _apply(self, s: Store) -> None:
        self.before = tagging.tags_of(s, self.ids)
        act = tagging.tag_contacts if self.add else tagging.untag_contacts
        self.changed = act(s, self.ids, self.tags)

    def undo(self) -> None:
        self._change(len(self.ids), lambda s: tagging.set_contact_tags(s, self.before))


class StageCommand(_PageCommand):
    """Move many contacts to a stage; undo puts each one back on its own stage."""

    def __init__(self, page: ContactsPage, ids: list[str], stage: str, text: str) -> None:
        super().__init__(page, text)
        self.ids = ids
        self.stage = stage
        self.before: dict[str, str] = {}
        self.changed = 0

    def redo(self) -> None:
        self._change(len(self.ids), self._apply)

    def _apply(self, s: Store) -> None:
        self.before = store.stages_of(s, self.ids)
        self.changed = store.set_stage(s, self.ids, self.stage)

    def undo(self) -> None:
        self._change(len(self.ids), lambda s: store.restore_stages(s, self.before))
