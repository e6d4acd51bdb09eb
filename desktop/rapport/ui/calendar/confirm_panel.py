"""`ConfirmPanel`: "Call to confirm": a day's upcoming 1:1s (tomorrow's, by default) with
each person's phone, and buttons to mark the call: confirmed, couldn't reach, or
reschedule (opens the meeting's editor to pick a new time; the old one stays in the
history)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapport.domain import scheduling as rules
from rapport.ui.dates import time_text
from rapport.ui.flow_layout import FlowLayout

if TYPE_CHECKING:
    from rapport.store.core import Store


class ConfirmPanel(QWidget):
    changed = Signal()  # a call was recorded or a meeting rescheduled

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmPanel")
        self.store: Store | None = None
        self.day = date.today() + timedelta(days=1)
        self.tz = "UTC"
        self.heading = QLabel()
        self.heading.setObjectName("confirmHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.tree = QTreeWidget()
        self.tree.setObjectName("confirmList")
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
        self.tree.setUniformRowHeights(True)
        self.empty = QLabel()
        self.empty.setObjectName("confirmEmpty")
        self.empty.setWordWrap(True)
        self.reached = QPushButton()
        self.reached.setObjectName("confirmReached")
        self.no_answer = QPushButton()
        self.no_answer.setObjectName("confirmNoAnswer")
        self.reschedule_button = QPushButton()
        self.reschedule_button.setObjectName("confirmReschedule")
        buttons = FlowLayout()  # onto two lines in a narrow side panel
        for b in (self.reached, self.no_answer, self.reschedule_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.reached.clicked.connect(lambda: self._call("reached"))
        self.no_answer.clicked.connect(lambda: self._call("no_answer"))
        self.reschedule_button.clicked.connect(self._reschedule)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.retranslate()

    def retranslate(self) -> None:
        from rapport.ui.dates import day_text

        day = day_text(self.day, "ddd d MMM")
        self.heading.setText(self.tr("Call to confirm: {day}").format(day=day))
        self.tree.setHeaderLabels(
            [self.tr("Time"), self.tr("Who"), self.tr("Phone"), self.tr("Call")]
        )
        self.empty.setText(self.tr("No 1:1s to confirm for that day."))
        self.reached.setText(self.tr("Confirmed"))
        self.reached.setToolTip(self.tr("You reached them and they will come"))
        self.no_answer.setText(self.tr("Couldn't reach"))
        self.reschedule_button.setText(self.tr("Reschedule…"))

    def set_store(self, store: Store, tz: str, day: date | None = None) -> None:
        self.store, self.tz = store, tz
        if day is not None:
            self.day = day
        self.refresh()

    def refresh(self) -> None:
        from rapport.store.today import calls_to_confirm
        from rapport.ui.calendar.labels import call_labels, status_labels

        if self.store is None:
            return
        current = self.current_id()
        self.retranslate()
        self.tree.clear()
        calls = call_labels()
        statuses = status_labels()
        for call in calls_to_confirm(self.store, self.day, self.tz):
            local = rules.local_time(call.starts_at, self.tz)
            outcome = (
                statuses["confirmed"] if call.status == "confirmed" else calls[call.confirm_call]
            )
            item = QTreeWidgetItem(
                [
                    time_text(local),
                    call.contact_name or self.tr("(no name)"),
                    ", ".join(call.phones) or self.tr("no phone"),
                    outcome,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, call.meeting_id)
            item.setToolTip(1, call.location)
            item.setToolTip(2, "\n".join(call.phones))
            self.tree.addTopLevelItem(item)
            if call.meeting_id == current:
                self.tree.setCurrentItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        # The panel is narrow: a long name and a second phone number give way (each is
        # whole in its tip) so the call's outcome stays in view.
        self.tree.setColumnWidth(1, min(self.tree.columnWidth(1), 100))
        self.tree.setColumnWidth(2, min(self.tree.columnWidth(2), 110))
        count = self.tree.topLevelItemCount()
        self.empty.setVisible(count == 0)
        if count and self.tree.currentItem() is None:
            first = self.tree.topLevelItem(0)
            if first is not None:
                self.tree.setCurrentItem(first)
        self._enable()

    def current_id(self) -> str:
        item = self.tree.currentItem()
        return "" if item is None else str(item.data(0, Qt.ItemDataRole.UserRole))

    def _enable(self) -> None:
        has = bool(self.current_id())
        for b in (self.reached, self.no_answer, self.reschedule_button):
            b.setEnabled(has)

    def _call(self, outcome: str) -> None:
        from rapport.domain.scheduling import moment_text
        from rapport.store.meetings import record_call

        meeting_id = self.current_id()
        if self.store is None or not meeting_id:
            return
        record_call(self.store, meeting_id, outcome, moment_text(datetime.now().astimezone()))
        self.refresh()
        self.changed.emit()

    def _reschedule(self) -> None:
        from rapport.ui.calendar.schedule_dialog import ScheduleDialog

        meeting_id = self.current_id()
        if self.store is None or not meeting_id:
            return
        dialog = ScheduleDialog(self.store, self, meeting_id=meeting_id)
        if dialog.exec():
            self.refresh()
            self.changed.emit()
