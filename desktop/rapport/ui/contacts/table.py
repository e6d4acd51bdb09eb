"""The contact table view: whole rows selected, fixed-height rows, sortable columns, and
undo/redo slots that Edit → Undo reaches when it has focus."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, Qt, Slot
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from rapport.ui.dates import SHORT_DAY, day_text

# Each column's width when there is room (the next step, last, takes the rest). In a
# narrower window they shrink together, down to MIN_WIDTH, so every column stays in view
# until someone sets a width by hand; the last 1:1's day (LAST_ONE_ON_ONE) keeps the
# width its longest day takes.
COLUMN_WIDTHS = (180, 125, 200, 105, 95, 135, 90)
LAST_ONE_ON_ONE = 6
NEXT_STEP_WIDTH = 160
MIN_WIDTH = 60


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
        self._fitting = False
        self.widths_set_by_hand = False
        header.sectionResized.connect(self._resized)
        longest_day = day_text(date(2026, 9, 30), SHORT_DAY)
        self.day_width = self.fontMetrics().horizontalAdvance(longest_day) + 16
        self.fit_columns(sum(COLUMN_WIDTHS) + NEXT_STEP_WIDTH)

    def fit_columns(self, width: int) -> None:
        """Share `width` among the columns in their usual proportions."""
        shared = sum(COLUMN_WIDTHS) - COLUMN_WIDTHS[LAST_ONE_ON_ONE] + NEXT_STEP_WIDTH
        scale = min(1.0, (width - self.day_width) / shared)
        self._fitting = True
        try:
            for column, usual in enumerate(COLUMN_WIDTHS):
                size = self.day_width if column == LAST_ONE_ON_ONE else int(usual * scale)
                self.horizontalHeader().resizeSection(column, max(MIN_WIDTH, size))
        finally:
            self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.widths_set_by_hand:
            self.fit_columns(self.viewport().width())

    def _resized(self, column: int, _old: int, _new: int) -> None:
        last = self.horizontalHeader().count() - 1
        if not self._fitting and column != last:  # the last one follows the window
            self.widths_set_by_hand = True

    @Slot()
    def undo(self) -> None:
        self.undo_stack.undo()

    @Slot()
    def redo(self) -> None:
        self.undo_stack.redo()
