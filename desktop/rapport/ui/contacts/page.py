"""`ContactsPage`: the Contacts screen: everyone the organizer knows, found in a keystroke.

A search box over a table (`ContactTableModel`, read from the store a page at a time),
a count, and the actions: new contact, edit (double-click or Enter), delete with undo
(Edit → Undo reaches the table's undo stack), bulk tag, untag and stage changes, merge,
and import and export (`ContactFiles`).

Qt classes and the store are imported inside methods, so building the window at
start-up costs nothing for this screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rapport.ui.one_job import OneJob
from rapport.ui.page import Page

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView, QWidget

    from rapport.store.core import Store
    from rapport.ui.contacts.editor import ContactEditor
    from rapport.ui.contacts.file_flow import ContactFiles
    from rapport.ui.contacts.merge_dialog import MergeDialog
    from rapport.ui.contacts.model import ContactTableModel
    from rapport.ui.contacts.undo import StageCommand, TagsCommand
    from rapport.ui.sync.jobs import Work

SEARCH_DELAY_MS = 150
BULK_IN_BACKGROUND = 2_000  # contacts changed at once above which the work leaves the GUI thread


class ContactsPage(Page):
    key = "contacts"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor: ContactEditor | None = None
        self.merge_dialog: MergeDialog | None = None
        self.jobs = OneJob(self)

    def build(self) -> None:
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
        from PySide6.QtWidgets import (
            QHBoxLayout,
            QLabel,
            QLineEdit,
        )

        from rapport.ui.contacts.file_flow import ContactFiles
        from rapport.ui.contacts.model import ContactTableModel
        from rapport.ui.contacts.table import ContactTable
        from rapport.ui.flow_layout import FlowLayout

        self.files: ContactFiles = ContactFiles(self)  # import and export
        self.undo_stack: QUndoStack = QUndoStack(self)
        self.search: QLineEdit = QLineEdit(self)
        self.search.setObjectName("contactSearch")
        self.search.setClearButtonEnabled(True)
        self.count_label: QLabel = QLabel(self)
        self.count_label.setObjectName("contactCount")
        self.new_button = self._button("newContact")
        self.delete_button = self._button("deleteContacts")
        self.tag_button = self._button("tagContacts")
        self.untag_button = self._button("untagContacts")
        self.stage_button = self._button("stageContacts")
        self.undo_button = self._button("undoContacts")
        self.merge_button = self._button("mergeContacts")
        self.export_selection_button = self._button("exportSelection")
        self.import_button = self._button("importContacts")
        self.export_button = self._button("exportContacts")
        self.notice: QLabel = QLabel(self)
        self.notice.setObjectName("contactNotice")
        self.notice.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        self.body.addLayout(top)

        self.model: ContactTableModel = ContactTableModel(self)
        self.table: QTableView = ContactTable(self.undo_stack, self.model, self)
        header = self.table.horizontalHeader()
        header.sortIndicatorChanged.connect(self._sort)
        self.body.addWidget(self.table, 1)

        actions = FlowLayout()  # wraps on a narrow window instead of cutting labels short
        for button in (
            self.tag_button,
            self.untag_button,
            self.stage_button,
            self.merge_button,
            self.export_selection_button,
            self.delete_button,
            self.undo_button,
        ):
            actions.addWidget(button)
        self.body.addLayout(actions)
        self.body.addWidget(self.notice)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._run_search)
        self.table.activated.connect(self._activated)
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.delete_button.clicked.connect(self.delete_selected)
        self.tag_button.clicked.connect(self.ask_tag)
        self.untag_button.clicked.connect(self.ask_untag)
        self.stage_button.clicked.connect(self.ask_stage)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.merge_button.clicked.connect(self.merge_selected)
        self.export_selection_button.clicked.connect(lambda: self.files.ask_export(True))
        self.export_button.clicked.connect(lambda: self.files.ask_export(False))
        self.import_button.clicked.connect(self.files.ask_import)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(self._selection_changed)
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(lambda: self.open_editor(None))
        delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.activated.connect(self.delete_selected)
        self._selection_changed()
        self._update_count()

    def _button(self, name: str) -> QPushButton:
        from PySide6.QtWidgets import QPushButton

        button = QPushButton(self)
        button.setObjectName(name)
        return button

    def set_store(self, store: Store) -> None:
        super().set_store(store)
        self.model.set_store(store)

    def title(self) -> str:
        return self.tr("Contacts")

    def retranslate(self) -> None:
        super().retranslate()
        if not self.built:
            return
        self.search.setPlaceholderText(self.tr("Search by name, phone, email, turf, tag…"))
        self.new_button.setText(self.tr("New contact"))
        self.new_button.setToolTip(self.tr("Add a contact (Ctrl+N)"))
        self.delete_button.setText(self.tr("Delete"))
        self.tag_button.setText(self.tr("Tag…"))
        self.untag_button.setText(self.tr("Untag…"))
        self.stage_button.setText(self.tr("Set stage…"))
        self.undo_button.setText(self.tr("Undo"))
        self.merge_button.setText(self.tr("Merge…"))
        self.merge_button.setToolTip(self.tr("Make two selected contacts one"))
        self.export_selection_button.setText(self.tr("Export selection…"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export…"))
        self.model.retranslate()
        self._update_count()

    # -- the list ---------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        self.open_editor(self.model.contact_id(index.row()))

    def _run_search(self) -> None:
        self._search_timer.stop()
        if self.model.query != self.search.text().strip():
            self.model.set_query(self.search.text())

    def _sort(self, column: int, order: object) -> None:
        from PySide6.QtCore import Qt

        self.model.set_sort(self.model.COLUMNS[column], order == Qt.SortOrder.DescendingOrder)

    def _update_count(self) -> None:
        from PySide6.QtCore import QLocale

        total = self.model.total
        number = QLocale().toString(total)
        text = self.tr("1 contact") if total == 1 else self.tr("%1 contacts").replace("%1", number)
        self.count_label.setText(text)

    def _selection_changed(self) -> None:
        count = len(self._selected_rows())
        for button in (
            self.delete_button,
            self.tag_button,
            self.untag_button,
            self.stage_button,
            self.export_selection_button,
        ):
            button.setEnabled(count > 0)
        self.merge_button.setEnabled(count == 2)

    def _selected_rows(self) -> list[int]:
        """Selected rows in order, from the selection's ranges (whole rows are selected;
        asking for `selectedRows()` would make an index per cell)."""
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for number in range(selection.count()):
            part = selection.at(number)
            rows.update(range(part.top(), part.bottom() + 1))
        return sorted(rows)

    def selected_ids(self) -> list[str]:
        rows = self._selected_rows()
        if self.store is not None and rows and len(rows) == self.model.total > 1_000:
            # Everyone in the list (Ctrl+A): one query rather than a page read per 200.
            from rapport.store.contacts import contact_ids

            query = self.model.query or None
            return contact_ids(self.store, query, self.model.sort_key, self.model.descending)
        return [cid for cid in (self.model.contact_id(r) for r in rows) if cid is not None]

    def refresh(self) -> None:
        """Read the list again after a change, keeping the scroll position."""
        bar = self.table.verticalScrollBar()
        position = bar.value()
        self.model.refresh()
        bar.setValue(min(position, bar.maximum()))

    # -- editing ----------------------------------------------------------------------

    def open_editor(self, contact_id: str | None) -> ContactEditor | None:
        """Open the editor (not blocking); tests close it or call its `save`."""
        if self.store is None:
            return None
        from rapport.ui.contacts.editor import ContactEditor

        if self.editor is not None:
            self.editor.close()
            self.editor.deleteLater()
        self.editor = ContactEditor(self.store, contact_id, self)
        self.editor.saved.connect(self._saved)
        self.editor.open()
        return self.editor

    def _saved(self, contact_id: str) -> None:
        """Show the list again with the saved contact selected (when it is on a page read),
        and make the save undoable."""
        from rapport.ui.contacts.undo import SaveCommand

        if self.editor is not None and self.editor.last_save is not None:
            before, after = self.editor.last_save
            name = after[0].display_name
            label = (self.tr("Add %1") if before is None else self.tr("Edit %1")).replace(
                "%1", name
            )
            self.undo_stack.push(SaveCommand(self, before, after, label))
        self.refresh()
        row = self.model.row_of(contact_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.store is None:
            return
        from rapport.ui.contacts.undo import DeleteCommand

        label = self.tr("Delete %1 contacts").replace("%1", str(len(ids)))
        self.undo_stack.push(DeleteCommand(self, ids, label))

    def _ask_tags(self, title: str) -> list[str]:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self, title, self.tr("Tags (comma-separated):"))
        return [t.strip() for t in text.split(",") if t.strip()] if ok else []

    def ask_tag(self) -> None:
        tags = self._ask_tags(self.tr("Tag contacts"))
        if tags:
            self.tag_selected(tags)

    def ask_untag(self) -> None:
        tags = self._ask_tags(self.tr("Untag contacts"))
        if tags:
            self.untag_selected(tags)

    def ask_stage(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from rapport.store.contacts import load_ladder
        from rapport.ui.contacts.stages import stage_labels

        if self.store is None:
            return
        ladder = load_ladder(self.store)
        names = stage_labels(ladder)
        labels = [names[s.key] for s in ladder]
        label, ok = QInputDialog.getItem(
            self, self.tr("Set stage"), self.tr("Stage:"), labels, 0, False
        )
        if ok and label in labels:
            self.set_stage_selected(ladder[labels.index(label)].key)

    def tag_selected(self, tags: list[str]) -> int:
        """Tag the selected contacts (undoable); returns how many tags were added."""
        from rapport.ui.contacts.undo import TagsCommand

        return self._push_bulk(
            lambda ids: TagsCommand(self, ids, tags, True, self.tr("Tag contacts"))
        )

    def untag_selected(self, tags: list[str]) -> int:
        from rapport.ui.contacts.undo import TagsCommand

        return self._push_bulk(
            lambda ids: TagsCommand(self, ids, tags, False, self.tr("Untag contacts"))
        )

    def set_stage_selected(self, stage: str) -> int:
        from rapport.ui.contacts.undo import StageCommand

        return self._push_bulk(lambda ids: StageCommand(self, ids, stage, self.tr("Set stage")))

    def _push_bulk(self, make: Callable[[list[str]], TagsCommand | StageCommand]) -> int:
        ids = self.selected_ids()
        if self.store is None or not ids:
            return 0
        command = make(ids)
        self.undo_stack.push(command)
        return command.changed

    def run_change(self, label: str, size: int, work: Callable[[Store], object]) -> None:
        """Run a change to `size` contacts: at once when small, else on a worker thread
        with a progress dialog (the list is read again when it is done)."""
        if self.store is None:
            return
        if size < BULK_IN_BACKGROUND:
            work(self.store)
            self.refresh()
            return
        store = self.store
        self.run_job(label, lambda _progress, _cancelled: work(store), lambda _r: self.refresh(),
                     cancellable=False)  # fmt: skip

    # -- merge ------------------------------------------------------------------------

    def merge_selected(self) -> MergeDialog | None:
        """Open the merge dialog for the two selected contacts (the first one stays)."""
        ids = self.selected_ids()
        if len(ids) != 2 or self.store is None:
            return None
        from rapport.ui.contacts.merge_dialog import MergeDialog

        if self.merge_dialog is not None:
            self.merge_dialog.close()
            self.merge_dialog.deleteLater()
        self.merge_dialog = MergeDialog(self.store, ids[0], ids[1], self)
        self.merge_dialog.merged.connect(self._merged)
        self.merge_dialog.open()
        return self.merge_dialog

    def _merged(self, _keep_id: str) -> None:
        self.undo_stack.clear()  # a merge is not undone here; older deletes stay deleted
        self.refresh()
        self.notice.setText(self.tr("The two contacts are now one."))

    # -- long work ----------------------------------------------------------------------

    def busy(self) -> bool:
        return self.jobs.busy()

    def run_job(self, label: str, work: Work, done: Any, *, cancellable: bool = True) -> bool:
        """Start `work` as the page's one long job (False while another runs); `done`
        gets its result, a failure or a cancel is told in the notice."""
        job = self.jobs.start(label, work, cancellable=cancellable)
        if job is None:
            return False
        job.succeeded.connect(done)
        job.failed.connect(self._failed)
        job.cancelled.connect(lambda: self.notice.setText(self.tr("Cancelled.")))
        return True

    def _failed(self, exc: object) -> None:
        from rapport.interop.text_source import ImportFileError

        why = str(exc)
        if isinstance(exc, ImportFileError):
            from rapport.ui.contacts.import_labels import file_error_text

            why = file_error_text(exc.path, exc.reason)
        self.notice.setText(self.tr("That did not work: %1").replace("%1", why))
