"""`ConflictsDialog`: fields changed both here and elsewhere before the two met.

The merge kept the newest change; the other value waits here. For each conflict the
organizer keeps what was kept ("Keep this") or brings back the other value ("Use the
other value", a new edit that travels to headquarters with the next export).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rapport.ui.sync.dialogs import heading_label, settle
from rapport.ui.sync.labels import field_label, format_stamp, format_value, record_label

if TYPE_CHECKING:
    from rapport.store.core import Store
    from rapport.store.sync_book import ConflictRow

Index = QModelIndex | QPersistentModelIndex


@dataclass
class ConflictEntry:
    """One conflict with the texts shown for it."""

    row: ConflictRow
    record: str
    field: str
    kept: str
    lost: str
    lost_is_mine: bool
    kept_when: str
    lost_when: str


def _one_line(text: str, limit: int = 80) -> str:
    line = " · ".join(part for part in text.splitlines() if part.strip())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class ConflictModel(QAbstractTableModel):
    RECORD, FIELD, KEPT, LOST, WHOSE, WHEN = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[ConflictEntry] = []

    def set_entries(self, entries: list[ConflictEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.entries[row]
        self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Value kept"),
            self.tr("Value that lost"),
            self.tr("Whose it was"),
            self.tr("When"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                entry.record,
                entry.field,
                _one_line(entry.kept),
                _one_line(entry.lost),
                self.tr("Yours") if entry.lost_is_mine else self.tr("Theirs"),
                entry.lost_when,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.KEPT, self.LOST):
            return entry.kept if column == self.KEPT else entry.lost
        return None


class ConflictsDialog(QDialog):
    changed = Signal()  # a conflict was settled: counts elsewhere need refreshing

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Review conflicts"))
        self._store = store
        self.heading = heading_label(self)
        self.explain = QLabel(
            self.tr(
                "Each of these fields was changed both on this laptop and somewhere else "
                "before the two met. The newest change was kept. Keep it, or use the "
                "other value instead; your choice goes to headquarters with your next export."
            ),
            self,
        )
        self.explain.setWordWrap(True)
        self.model = ConflictModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("conflictList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column, width in enumerate((240, 110, 180, 180, 100, 140)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(ConflictModel.RECORD, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)

        self.kept_caption = QLabel(self)
        self.lost_caption = QLabel(self)
        self.kept_text = QPlainTextEdit(self)
        self.lost_text = QPlainTextEdit(self)
        for box in (self.kept_text, self.lost_text):
            box.setReadOnly(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
        details = QGridLayout()
        details.setHorizontalSpacing(16)
        details.setVerticalSpacing(4)
        details.addWidget(self.kept_caption, 0, 0)
        details.addWidget(self.lost_caption, 0, 1)
        details.addWidget(self.kept_text, 1, 0)
        details.addWidget(self.lost_text, 1, 1)

        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(self.tr("Keep this"), self)
        self.keep_button.setToolTip(self.tr("Keep the value that is there now"))
        self.use_other_button = QPushButton(self.tr("Use the other value"), self)
        self.use_other_button.setToolTip(self.tr("Replace the value with the one that lost"))
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.use_other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.keep_button.clicked.connect(lambda: self.resolve_current(keep_lost=False))
        self.use_other_button.clicked.connect(lambda: self.resolve_current(keep_lost=True))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.view, 1)
        layout.addLayout(details)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        self.view.selectionModel().currentRowChanged.connect(self._show_current)
        self.reload()
        settle(self, QSize(980, 560))

    # -- data --------------------------------------------------------------------------

    def reload(self) -> None:
        from rapport.sync.conflicts import list_conflicts

        entries = [self._entry(row) for row in list_conflicts(self._store)]
        self.model.set_entries(entries)
        self._select(0)

    def _entry(self, row: ConflictRow) -> ConflictEntry:
        return ConflictEntry(
            row=row,
            record=record_label(self._store, row.table_name, row.record_id),
            field=field_label(row.field),
            kept=format_value(row.table_name, row.field, row.kept_value),
            lost=format_value(row.table_name, row.field, row.lost_value),
            lost_is_mine=row.lost_side == "mine",
            kept_when=format_stamp(row.kept_stamp),
            lost_when=format_stamp(row.lost_stamp),
        )

    def count(self) -> int:
        return self.model.rowCount()

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        self._select(row)

    def _select(self, row: int) -> None:
        count = self.model.rowCount()
        if count:
            row = max(0, min(row, count - 1))
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.selectRow(row)
        self._show_current()

    def resolve_current(self, keep_lost: bool) -> bool:
        """Settle the selected conflict; the list moves on to the next one."""
        from rapport.sync.conflicts import resolve

        row = self.current_row()
        if row < 0:
            return False
        entry = self.model.entries[row]
        try:
            resolve(self._store, entry.row, keep_lost=keep_lost)
        except Exception as exc:  # a locked or damaged database: say so, keep the list
            self.problem.setText(self.tr("Not saved: {reason}").format(reason=exc))
            return False
        self.problem.clear()
        self.model.remove(row)
        self._select(row)
        self.changed.emit()
        return True

    # -- texts -------------------------------------------------------------------------

    def _show_current(self) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        self.heading.setText(
            self.tr("Conflicts to review: {n}").format(n=count)
            if count
            else self.tr("No conflicts left to review")
        )
        has = 0 <= row < count
        self.keep_button.setEnabled(has)
        self.use_other_button.setEnabled(has)
        if not has:
            self.kept_caption.setText(self.tr("Value kept"))
            self.lost_caption.setText(self.tr("The other value"))
            self.kept_text.clear()
            self.lost_text.clear()
            return
        entry = self.model.entries[row]
        mine, theirs = self.tr("yours"), self.tr("theirs")
        self.kept_caption.setText(
            self.tr("Value kept ({whose}, changed {when})").format(
                whose=theirs if entry.lost_is_mine else mine, when=entry.kept_when
            )
        )
        self.lost_caption.setText(
            self.tr("The other value ({whose}, changed {when})").format(
                whose=mine if entry.lost_is_mine else theirs, when=entry.lost_when
            )
        )
        self.kept_text.setPlainText(entry.kept)
        self.lost_text.setPlainText(entry.lost)
