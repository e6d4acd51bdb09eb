"""`MeetingTypesDialog`: edit the list of 1:1 types: name, usual length and description,
their order, new types and removed ones. Meetings keep the type they have."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapport.domain.records import MeetingType

if TYPE_CHECKING:
    from rapport.store.core import Store

KEY_ROLE = Qt.ItemDataRole.UserRole


class MeetingTypesDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from rapport.store.meetings import load_meeting_types
        from rapport.ui.calendar.labels import default_type_labels, type_labels

        self.setObjectName("meetingTypesDialog")
        self.setWindowTitle(self.tr("1:1 types"))
        self.store = store
        self.resize(640, 380)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("typesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Type"), self.tr("Usual length (min)"), self.tr("Description")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.table.resizeColumnToContents(1)  # as wide as its heading, in any language
        types = load_meeting_types(store)
        labels = type_labels(types)
        for t in types:
            self._add_row(t.key, labels[t.key], t.duration_min, t.description)
        add = QPushButton(self.tr("Add"))
        add.setObjectName("typesAdd")
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("typesRemove")
        up = QPushButton(self.tr("Move up"))
        down = QPushButton(self.tr("Move down"))
        add.clicked.connect(lambda: self._add_row("", self.tr("New type"), 45, ""))
        remove.clicked.connect(self._remove)
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        side = QHBoxLayout()
        for b in (add, remove, up, down):
            side.addWidget(b)
        side.addStretch(1)
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #a33;")
        self.problems.setWordWrap(True)
        self.problems.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(side)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self._defaults = default_type_labels()

    def _add_row(self, key: str, label: str, minutes: int, description: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(label)
        name.setData(KEY_ROLE, key)
        length = QTableWidgetItem()
        length.setData(Qt.ItemDataRole.EditRole, minutes)
        self.table.setItem(row, 0, name)
        self.table.setItem(row, 1, length)
        self.table.setItem(row, 2, QTableWidgetItem(description))
        self.table.setCurrentCell(row, 0)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem("")
            self.table.setItem(row, column, item)
        return item

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        items = [self.table.takeItem(row, c) for c in range(3)]
        others = [self.table.takeItem(target, c) for c in range(3)]
        for c in range(3):
            self.table.setItem(target, c, items[c])
            self.table.setItem(row, c, others[c])
        self.table.setCurrentCell(target, 0)

    def collected(self) -> list[MeetingType]:
        from rapport.domain.meeting_types import make_key

        taken = {
            str(self._cell(r, 0).data(KEY_ROLE))
            for r in range(self.table.rowCount())
            if self._cell(r, 0).data(KEY_ROLE)
        }
        types = []
        for r in range(self.table.rowCount()):
            name = self._cell(r, 0)
            label = name.text().strip()
            key = str(name.data(KEY_ROLE) or "")
            if not key:
                key = make_key(label, taken)
                taken.add(key)
            try:
                minutes = int(self._cell(r, 1).data(Qt.ItemDataRole.EditRole))
            except (TypeError, ValueError):
                minutes = 45
            # A default type keeps an empty label while its name is not changed, so it
            # shows in each person's own language.
            stored_label = "" if self._defaults.get(key) == label else label
            description = self._cell(r, 2).text().strip()
            types.append(
                MeetingType(
                    key=key, label=stored_label, duration_min=minutes, description=description
                )
            )
        return types

    def accept(self) -> None:
        from rapport.store.meetings import TypeListError, save_meeting_types
        from rapport.ui.calendar.labels import problems_text

        try:
            save_meeting_types(self.store, self.collected())
        except TypeListError as exc:
            self.problems.setText(problems_text(exc.problems))
            self.problems.show()
            return
        super().accept()
