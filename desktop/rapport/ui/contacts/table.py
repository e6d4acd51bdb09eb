"""The contact table view: whole rows selected, fixed-height rows, sortable columns, and
undo/redo slots that Edit → Undo reaches when it has focus."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

COLUMN_WIDTHS = (180, 125, 200, 105, 95, 135, 90)  # the last column stretches


class ContactTable(QTableView):
    def __init__(
        self, undo_stack: QUndoStack, model: QAbstractItemModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.setObjectName("contactTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)

    @Slot()
    def undo(self) -> None:
        self.undo_stack.undo()

    @Slot()
    def redo(self) -> None:
        self.undo_stack.redo()
