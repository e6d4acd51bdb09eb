"""`TodayView`: where the organizer starts the day: today's 1:1s in order, tomorrow's
calls to confirm, follow-ups due (commitments whose day has come), this week's 1:1s
against the weekly goal, and contacts not met for longer than their follow-up
interval."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapport.domain import scheduling as rules
from rapport.ui.calendar.confirm_panel import ConfirmPanel
from rapport.ui.dates import DAY, LONG_DAY, SHORT_DAY, day_text, stored_day_text, time_text

if TYPE_CHECKING:
    from rapport.store.core import Store

ID_ROLE = Qt.ItemDataRole.UserRole
LATER_DAYS = 7  # "follow up later" moves the day to check on a commitment a week on


def _tree(name: str, columns: int) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setColumnCount(columns)
    tree.setAlternatingRowColors(True)
    return tree


class TodayView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from rapport.ui.calendar.labels import system_time_zone

        self.store: Store | None = None
        self.tz = system_time_zone()
        self.today = date.today()
        self.day_label = QLabel()
        self.day_label.setObjectName("todayDate")
        self.week_label = QLabel()
        self.week_label.setObjectName("weekProgress")
        self.week_bar = QProgressBar()
        self.week_bar.setObjectName("weekBar")
        self.week_bar.setTextVisible(False)
        self.week_bar.setMaximumWidth(260)
        top = QHBoxLayout()
        top.addWidget(self.day_label)
        top.addStretch(1)
        top.addWidget(self.week_label)
        top.addWidget(self.week_bar)
        # A 1:1 left unfinished (window closed, laptop died): resume it from here.
        self.drafts_label = QLabel()
        self.drafts_label.setObjectName("unfinishedOneOnOnes")
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("resumeOneOnOne")
        drafts_row = QHBoxLayout()
        drafts_row.addWidget(self.drafts_label)
        drafts_row.addWidget(self.resume_button)
        drafts_row.addStretch(1)
        self._latest_draft: str | None = None

        self.meetings_box = QGroupBox()
        self.meetings = _tree("todayMeetings", 4)
        self.meetings_empty = QLabel()
        self.new_button = QPushButton()
        self.new_button.setObjectName("todayNew")
        box = QVBoxLayout(self.meetings_box)
        box.addWidget(self.meetings, 1)
        box.addWidget(self.meetings_empty)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        box.addLayout(row)

        self.calls_box = QGroupBox()
        self.confirm = ConfirmPanel()
        self.confirm.heading.hide()  # the box's title says it
        QVBoxLayout(self.calls_box).addWidget(self.confirm)

        self.follow_box = QGroupBox()
        self.follow = _tree("followUps", 3)
        # What was committed to takes the room the others leave, so the day stays in view
        # (the place is in its tip: this panel is half a laptop's width).
        follow_header = self.follow.header()
        follow_header.setStretchLastSection(False)
        follow_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.follow_empty = QLabel()
        self.kept = QPushButton()
        self.kept.setObjectName("followKept")
        self.missed = QPushButton()
        self.missed.setObjectName("followMissed")
        self.later = QPushButton()
        self.later.setObjectName("followLater")
        box = QVBoxLayout(self.follow_box)
        box.addWidget(self.follow, 1)
        box.addWidget(self.follow_empty)
        row = QHBoxLayout()
        for b in (self.kept, self.missed, self.later):
            row.addWidget(b)
        row.addStretch(1)
        box.addLayout(row)

        self.overdue_box = QGroupBox()
        self.overdue = _tree("overdueContacts", 4)
        self.overdue_empty = QLabel()
        self.schedule_button = QPushButton()
        self.schedule_button.setObjectName("overdueSchedule")
        box = QVBoxLayout(self.overdue_box)
        box.addWidget(self.overdue, 1)
        box.addWidget(self.overdue_empty)
        row = QHBoxLayout()
        row.addWidget(self.schedule_button)
        row.addStretch(1)
        box.addLayout(row)

        grid = QGridLayout()
        grid.addWidget(self.meetings_box, 0, 0)
        grid.addWidget(self.calls_box, 0, 1)
        grid.addWidget(self.follow_box, 1, 0)
        grid.addWidget(self.overdue_box, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(drafts_row)
        layout.addLayout(grid, 1)

        self.meetings.itemActivated.connect(
            lambda item, _c: self.open_meeting(item.data(0, ID_ROLE))
        )
        self.new_button.clicked.connect(lambda _c=False: self.schedule())
        self.confirm.changed.connect(self.refresh)
        self.kept.clicked.connect(lambda: self.mark("kept"))
        self.missed.clicked.connect(lambda: self.mark("missed"))
        self.later.clicked.connect(lambda: self.mark("rescheduled"))
        self.schedule_button.clicked.connect(self._schedule_overdue)
        self.resume_button.clicked.connect(self.resume_latest)
        self.overdue.itemActivated.connect(lambda *_: self._schedule_overdue())
        self.retranslate()

    def retranslate(self) -> None:
        self.meetings_box.setTitle(self.tr("Today's 1:1s"))
        self.meetings.setHeaderLabels(
            [self.tr("Time"), self.tr("Who"), self.tr("Place"), self.tr("Status")]
        )
        self.meetings_empty.setText(self.tr("No 1:1s today."))
        self.new_button.setText(self.tr("Schedule a 1:1…"))
        self.calls_box.setTitle(self.tr("Calls to confirm for tomorrow"))
        self.follow_box.setTitle(self.tr("Follow-ups due"))
        self.follow.setHeaderLabels(
            [self.tr("Who"), self.tr("Committed to"), self.tr("Follow up on")]
        )
        self.follow_empty.setText(self.tr("No follow-ups due."))
        self.kept.setText(self.tr("Kept"))
        self.missed.setText(self.tr("Missed"))
        self.later.setText(self.tr("Follow up in a week"))
        self.overdue_box.setTitle(self.tr("Time to meet again"))
        self.overdue.setHeaderLabels(
            [self.tr("Who"), self.tr("Phone"), self.tr("Last 1:1"), self.tr("Due since")]
        )
        self.overdue_empty.setText(
            self.tr("Everyone has been met within their follow-up interval.")
        )
        self.schedule_button.setText(self.tr("Schedule a 1:1 with them…"))
        self.resume_button.setText(self.tr("Resume"))
        self.confirm.retranslate()
        if self.store is not None:
            self.refresh()

    def set_store(self, store: Store) -> None:
        self.store = store
        self.refresh()

    def refresh(self) -> None:
        from rapport.store.follow_ups import due_follow_ups
        from rapport.store.meetings import day_items
        from rapport.store.settings import load_settings
        from rapport.store.today import overdue_contacts, week_progress
        from rapport.ui.calendar.labels import status_labels

        if self.store is None:
            return
        self.today = date.today()
        store, tz = self.store, self.tz
        self.day_label.setText(f"<b>{day_text(self.today, LONG_DAY)}</b>")
        self._show_drafts(store)
        goal = load_settings(store).weekly_goal
        week = week_progress(store, self.today, tz, goal)
        self.week_label.setText(
            self.tr("This week: {held} held, {planned} planned — goal {goal}").format(
                held=week.held, planned=week.planned, goal=goal
            )
        )
        self.week_bar.setRange(0, max(1, goal))
        self.week_bar.setValue(min(max(1, goal), week.held + week.planned))
        statuses = status_labels()
        self.meetings.clear()
        for item in day_items(store, self.today, tz):
            local = rules.local_time(item.starts_at, tz)
            row = QTreeWidgetItem(
                [time_text(local), item.contact_name, item.location, statuses.get(item.status, "")]
            )
            row.setData(0, ID_ROLE, item.id)
            self.meetings.addTopLevelItem(row)
        self.meetings_empty.setVisible(self.meetings.topLevelItemCount() == 0)
        self.confirm.set_store(store, tz, self.today + timedelta(days=1))
        self.follow.clear()
        for f in due_follow_ups(store, self.today):
            due = stored_day_text(f.follow_up_on or f.due_at, DAY)  # as the 1:1s tab writes it
            row = QTreeWidgetItem([f.contact_name, f.what, due])
            row.setData(0, ID_ROLE, f.commitment_id)
            row.setToolTip(1, f"{f.what} · {f.place}" if f.place else f.what)
            row.setToolTip(0, f.contact_name)
            self.follow.addTopLevelItem(row)
        self.follow_empty.setVisible(self.follow.topLevelItemCount() == 0)
        self.overdue.clear()
        total, rows = overdue_contacts(store, self.today, tz, limit=100)
        for o in rows:
            row = QTreeWidgetItem(
                # the number to call beside the name, the days after
                [o.name, o.phone, day_text(o.last_met, SHORT_DAY), day_text(o.due, SHORT_DAY)]
            )
            row.setData(0, ID_ROLE, o.contact_id)
            row.setToolTip(3, self.tr("Every %n days", "", o.interval_days))
            row.setToolTip(0, o.name)
            self.overdue.addTopLevelItem(row)
        self.overdue_box.setTitle(self.tr("Time to meet again ({n})").format(n=total))
        self.overdue_empty.setVisible(total == 0)
        for tree in (self.meetings, self.follow, self.overdue):
            if tree.topLevelItemCount() == 0:
                continue  # an empty list keeps its even columns, not its headings' widths
            for column in range(tree.columnCount() - 1):
                tree.resizeColumnToContents(column)
        self.follow.resizeColumnToContents(2)
        # Names give way (each is whole in its tip) to what was committed to, and to the
        # phone number to call.
        self.follow.setColumnWidth(0, min(self.follow.columnWidth(0), 120))
        self.overdue.setColumnWidth(0, min(self.overdue.columnWidth(0), 120))

    def _show_drafts(self, store: Store) -> None:
        from rapport.store.one_on_ones import list_drafts

        drafts = list_drafts(store)
        self._latest_draft = drafts[0].meeting_id if drafts else None
        if drafts:
            latest = drafts[0].contact_name or self.tr("someone")
            text = (
                self.tr("Your 1:1 with {name} is unfinished.").format(name=latest)
                if len(drafts) == 1
                else self.tr(
                    "{count} 1:1s are unfinished (see 1:1s); the latest is with {name}."
                ).format(count=len(drafts), name=latest)
            )
            self.drafts_label.setText(text)
        self.drafts_label.setVisible(bool(drafts))
        self.resume_button.setVisible(bool(drafts))

    # --- actions ------------------------------------------------------------------------

    def resume_latest(self) -> None:
        """Open the most recently touched unfinished 1:1 at the step where it stopped."""
        from rapport.ui.meetings.launch import start_one_on_one

        if self.store is not None and self._latest_draft is not None:
            start_one_on_one(self, self.store, self._latest_draft)

    def open_meeting(self, meeting_id: str) -> None:
        from rapport.ui.calendar.meeting_dialog import MeetingDialog

        if self.store is None:
            return
        dialog = MeetingDialog(self.store, meeting_id, self)
        dialog.changed.connect(self.refresh)
        dialog.exec()

    def schedule(self, contact_id: str | None = None) -> str:
        from rapport.ui.calendar.schedule_dialog import ScheduleDialog

        if self.store is None:
            return ""
        dialog = ScheduleDialog(self.store, self, contact_id=contact_id)
        if dialog.exec():
            self.refresh()
            return dialog.meeting_id()
        return ""

    def _schedule_overdue(self) -> None:
        item = self.overdue.currentItem()
        if item is not None:
            self.schedule(str(item.data(0, ID_ROLE)))

    def ask_yes_no(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def mark(self, status: str) -> None:
        from rapport.store.follow_ups import mark_commitment
        from rapport.ui.meetings.keep import mark_kept

        item = self.follow.currentItem()
        if self.store is None or item is None:
            return
        commitment_id = str(item.data(0, ID_ROLE))
        if status == "kept":
            mark_kept(self.store, commitment_id, self.ask_yes_no)
        else:
            later = (
                (self.today + timedelta(days=LATER_DAYS)).isoformat()
                if status == "rescheduled"
                else None
            )
            mark_commitment(self.store, commitment_id, status, later)
        self.refresh()
