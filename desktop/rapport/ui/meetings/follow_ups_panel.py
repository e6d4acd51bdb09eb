"""`FollowUpsPanel`: commitments whose day to check on them has come: mark each kept,
missed or rescheduled; a kept one can move the person up the ladder."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapport.ui.dates import DAY, stored_day_text, stored_moment_text

if TYPE_CHECKING:
    from rapport.store.core import Store
    from rapport.store.follow_ups import FollowUp


class RescheduleDialog(QDialog):
    """A new day to check on a commitment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rescheduleFollowUp")
        self.label = QLabel(self)
        self.day = QDateEdit(self)
        self.day.setObjectName("followUpDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(DAY)
        self.day.setDate(QDate.currentDate().addDays(7))
        self.day.setMinimumDate(QDate.currentDate())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.day)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Reschedule the follow-up"))
        self.label.setText(self.tr("When will you check on this commitment again?"))
        self.setMinimumSize(360, 140)
        self.resize(360, 140)

    def chosen(self) -> str:
        return self.day.date().toString("yyyy-MM-dd")


class FollowUpsPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.items: list[FollowUp] = []
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("followUpList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setColumnCount(5)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((120, 180, 300, 170)):
            self.tree.setColumnWidth(column, width)
        self.empty = QLabel(self)
        self.empty.setObjectName("noFollowUps")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key in ("kept", "missed", "rescheduled"):
            button = QPushButton(self)
            button.setObjectName(f"mark_{key}")
            button.clicked.connect(lambda _c=False, k=key: self.mark_selected(k))
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [
                self.tr("Follow up on"),
                self.tr("Person"),
                self.tr("Commitment"),
                self.tr("Due"),
                self.tr("Where"),
            ]
        )
        self.buttons["kept"].setText(self.tr("Mark &kept"))
        self.buttons["missed"].setText(self.tr("Mark &missed"))
        self.buttons["rescheduled"].setText(self.tr("&Reschedule…"))
        self.empty.setText(self.tr("No follow-ups due. Commitments show up here on their day."))

    def refresh(self, today: date | None = None) -> None:
        from rapport.store.follow_ups import due_follow_ups

        if self.store is None:
            return
        self.items = due_follow_ups(self.store, today or date.today())
        self.tree.clear()
        for f in self.items:
            item = QTreeWidgetItem(
                [
                    stored_day_text(f.follow_up_on or f.due_at, DAY),
                    f.contact_name,
                    f.what,
                    stored_moment_text(f.due_at),
                    f.place,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, f.commitment_id)
            self.tree.addTopLevelItem(item)
        self.empty.setVisible(not self.items)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update_buttons()

    def _update_buttons(self) -> None:
        for button in self.buttons.values():
            button.setEnabled(self.selected() is not None)

    def selected(self) -> FollowUp | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((f for f in self.items if f.commitment_id == wanted), None)

    def ask_yes_no(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def new_day(self) -> str | None:
        dialog = RescheduleDialog(self)
        return dialog.chosen() if dialog.exec() else None

    def mark_selected(self, status: str) -> None:
        from rapport.store.follow_ups import mark_commitment
        from rapport.ui.meetings.keep import mark_kept

        chosen = self.selected()
        if chosen is None or self.store is None:
            return
        if status == "rescheduled":
            day = self.new_day()
            if day is None:
                return
            mark_commitment(self.store, chosen.commitment_id, "rescheduled", follow_up_on=day)
        elif status == "kept":
            mark_kept(self.store, chosen.commitment_id, self.ask_yes_no)
        else:
            mark_commitment(self.store, chosen.commitment_id, status)
        self.refresh()
        self.changed.emit()
