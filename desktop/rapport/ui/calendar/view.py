"""`CalendarView`: the Calendar screen's body: a tool bar (today, back, forward, the
period, day/week/month, new 1:1, new block, types, export), the day/week grid or the
month grid, and beside them the "Call to confirm" list for tomorrow."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rapport.domain import scheduling as rules
from rapport.ui.calendar.confirm_panel import ConfirmPanel
from rapport.ui.calendar.month_grid import MonthGrid
from rapport.ui.calendar.time_grid import Band, FreeSlot, TimeGrid
from rapport.ui.flow_layout import FlowLayout

if TYPE_CHECKING:
    from rapport.store.core import Store

MODES = ("day", "week", "month")


class CalendarView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from rapport.ui.calendar.labels import system_time_zone

        self.store: Store | None = None
        self.tz = system_time_zone()
        self.mode = "week"
        self.anchor = date.today()
        self._shown: tuple[date, int] | None = None  # the period last drawn
        self.today_button = QPushButton()
        self.today_button.setObjectName("calendarToday")
        self.back = QToolButton()
        self.back.setObjectName("calendarBack")
        self.back.setArrowType(Qt.ArrowType.LeftArrow)
        self.forward = QToolButton()
        self.forward.setObjectName("calendarForward")
        self.forward.setArrowType(Qt.ArrowType.RightArrow)
        self.period = QLabel()
        self.period.setObjectName("calendarPeriod")
        font = self.period.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.period.setFont(font)
        # Tool buttons, as narrow as their words: the bar must leave the period its room.
        self.mode_buttons: dict[str, QToolButton] = {}
        group = QButtonGroup(self)
        for mode in MODES:
            b = QToolButton()
            b.setObjectName(f"calendarMode_{mode}")
            b.setCheckable(True)
            group.addButton(b)
            b.clicked.connect(lambda _c=False, m=mode: self.set_mode(m))
            self.mode_buttons[mode] = b
        self.mode_buttons["week"].setChecked(True)
        self.new_button = QPushButton()
        self.new_button.setObjectName("calendarNew")
        self.block_button = QPushButton()
        self.block_button.setObjectName("calendarNewBlock")
        self.types_button = QPushButton()
        self.types_button.setObjectName("calendarTypes")
        self.export_button = QPushButton()
        self.export_button.setObjectName("calendarExport")
        bar = QHBoxLayout()
        for w in (self.today_button, self.back, self.forward, self.period):
            bar.addWidget(w)
        bar.addStretch(1)
        modes = QHBoxLayout()
        modes.setSpacing(0)
        for mode in MODES:
            modes.addWidget(self.mode_buttons[mode])
        bar.addLayout(modes)
        # What makes new things sits above the side panel, wrapping onto a second line
        # when it is narrow, so the bar keeps its room for the period it shows.
        actions = FlowLayout()
        for w in (self.new_button, self.block_button, self.types_button, self.export_button):
            actions.addWidget(w)
        self.grid = TimeGrid()
        self.month = MonthGrid()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.month)
        self.confirm = ConfirmPanel()
        self.hint = QLabel()
        self.hint.setObjectName("calendarHint")
        self.hint.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addLayout(actions)
        side_layout.addWidget(self.confirm, 1)
        side_layout.addWidget(self.hint)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.stack)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.today_button.clicked.connect(self.go_today)
        self.back.clicked.connect(lambda: self.step(-1))
        self.forward.clicked.connect(lambda: self.step(1))
        # `clicked` passes a bool, which is neither a start nor a block id.
        self.new_button.clicked.connect(lambda _checked=False: self.new_meeting())
        self.block_button.clicked.connect(lambda _checked=False: self.edit_block())
        self.types_button.clicked.connect(self.edit_types)
        self.export_button.clicked.connect(self.export)
        self.grid.openRequested.connect(self.open_meeting)
        self.grid.moveRequested.connect(self.move_meeting)
        self.grid.newRequested.connect(self._new_at)
        self.grid.blockRequested.connect(self.edit_block)
        self.month.openRequested.connect(self.open_meeting)
        self.month.moveRequested.connect(self.move_meeting)
        self.month.dayRequested.connect(self._show_day)
        self.confirm.changed.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.new_meeting())  # noqa: PLW0108
        self.retranslate()

    def retranslate(self) -> None:
        self.today_button.setText(self.tr("Today"))
        self.back.setToolTip(self.tr("Earlier"))
        self.forward.setToolTip(self.tr("Later"))
        self.mode_buttons["day"].setText(self.tr("Day"))
        self.mode_buttons["week"].setText(self.tr("Week"))
        self.mode_buttons["month"].setText(self.tr("Month"))
        self.new_button.setText(self.tr("New 1:1"))
        self.new_button.setToolTip(self.tr("Schedule a 1:1 (Ctrl+N)"))
        self.block_button.setText(self.tr("New block…"))
        self.block_button.setToolTip(self.tr("Set aside time at one place for back-to-back 1:1s"))
        self.types_button.setText(self.tr("1:1 types…"))
        self.export_button.setText(self.tr("Export .ics…"))
        self.grid.free_word = self.tr("free")
        self.month.more_text = self.tr("+{n} more")
        self.hint.setText(
            self.tr(
                "Click a 1:1 to select it, click again to open it; drag it to move it. "
                "Arrows select, Ctrl+Up/Down moves it 15 minutes (a week in the month "
                "view), Ctrl+Left/Right a day, Enter opens. Double-click an empty time or "
                "a free slot of a block to schedule a 1:1 there."
            )
        )
        self.confirm.retranslate()
        if self.store is not None:
            self.refresh()

    def set_store(self, store: Store) -> None:
        self.store = store
        self.refresh()

    # --- the period shown ---------------------------------------------------------------

    def first_day(self) -> date:
        if self.mode == "day":
            return self.anchor
        if self.mode == "week":
            return rules.week_start(self.anchor)
        return rules.week_start(self.anchor.replace(day=1))

    def day_count(self) -> int:
        return {"day": 1, "week": 7, "month": 42}[self.mode]

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.stack.setCurrentWidget(self.month if mode == "month" else self.grid)
        self.refresh()

    def step(self, direction: int) -> None:
        if self.mode == "month":
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        else:
            self.anchor += timedelta(days=direction * (1 if self.mode == "day" else 7))
        self.refresh()

    def go_today(self) -> None:
        self.anchor = date.today()
        self.refresh()

    def _show_day(self, day: date) -> None:
        self.anchor = day
        self.set_mode("day")

    def _period_text(self, first: date) -> str:
        from rapport.ui.dates import LONG_DAY, day_text

        if self.mode == "day":
            return day_text(first, LONG_DAY)
        if self.mode == "week":
            last = first + timedelta(days=6)
            return f"{day_text(first, 'd MMM')} – {day_text(last, 'd MMM yyyy')}"
        return day_text(self.anchor, "MMMM yyyy")

    def refresh(self) -> None:
        from rapport.store.meetings import blocks_between, calendar_items, load_meeting_types
        from rapport.ui.calendar.labels import type_labels
        from rapport.ui.dates import day_text

        if self.store is None:
            return
        first = self.first_day()
        days = self.day_count()
        start, end = rules.day_bounds(first, first + timedelta(days=days - 1), self.tz)
        items = calendar_items(self.store, start, end)
        self.period.setText(self._period_text(first))
        if self.mode == "month":
            names = [day_text(first + timedelta(days=i), "ddd") for i in range(7)]
            self.month.set_range(first, self.anchor.month, self.tz, names)
            self.month.set_items(items)
        else:
            names = [day_text(first + timedelta(days=i), "ddd d") for i in range(days)]
            self.grid.set_range(first, days, self.tz, names)
            self.grid.labels = type_labels(load_meeting_types(self.store))
            bands, free = self._blocks(blocks_between(self.store, start, end))
            period = (first, days)
            self.grid.set_items(items, bands, free)
            if period != self._shown:
                self._shown = period
                self.grid.scroll_to_fit()
        self.confirm.set_store(self.store, self.tz, date.today() + timedelta(days=1))

    def _blocks(self, blocks: list) -> tuple[list[Band], list[FreeSlot]]:  # type: ignore[type-arg]
        from rapport.store.meetings import block_slots

        assert self.store is not None
        bands, free = [], []
        for block in blocks:
            day, start = self.grid.local_minutes(block.starts_at)
            bands.append(Band(block.id, day, start, start + block.duration_min, block.location))
            for slot in block_slots(self.store, block):
                if slot.meeting_id is None:
                    d, m = self.grid.local_minutes(slot.start)
                    free.append(
                        FreeSlot(block.id, d, m, slot.duration_min, slot.start, block.location)
                    )
        return bands, free

    # --- actions ------------------------------------------------------------------------

    def new_meeting(self, starts_at: str | None = None, block_id: str = "") -> str:
        from rapport.store.meetings import get_block
        from rapport.ui.calendar.schedule_dialog import ScheduleDialog

        if self.store is None:
            return ""
        block = get_block(self.store, block_id) if block_id else None
        dialog = ScheduleDialog(
            self.store,
            self,
            starts_at=starts_at,
            block_id=block.id if block else None,
            duration_min=block.slot_min if block else None,
            location=block.location if block else None,
        )
        if dialog.exec():
            self.refresh()
            self.grid.select(dialog.meeting_id())
            return dialog.meeting_id()
        return ""

    def _new_at(self, starts_at: str, block_id: str) -> None:
        self.new_meeting(starts_at, block_id)

    def open_meeting(self, meeting_id: str) -> None:
        from rapport.store.meetings import get_meeting
        from rapport.ui.calendar.meeting_dialog import MeetingDialog

        if self.store is None or get_meeting(self.store, meeting_id) is None:
            return
        dialog = MeetingDialog(self.store, meeting_id, self)
        dialog.changed.connect(self.refresh)
        dialog.exec()

    def move_meeting(self, meeting_id: str, starts_at: str) -> None:
        from rapport.store.meetings import move_meeting

        if self.store is None:
            return
        try:
            move_meeting(self.store, meeting_id, starts_at)
        except rules.SchedulingError as exc:
            from rapport.ui.calendar.labels import problems_text

            QMessageBox.information(self, self.tr("Move"), problems_text(exc.problems))
            return
        local = rules.local_time(starts_at, self.tz).date()
        if not self.first_day() <= local < self.first_day() + timedelta(days=self.day_count()):
            self.anchor = local
        self.refresh()
        (self.month if self.mode == "month" else self.grid).select(meeting_id)

    def edit_block(self, block_id: str | None = None) -> None:
        from rapport.ui.calendar.block_dialog import BlockDialog

        if self.store is None:
            return
        dialog = BlockDialog(self.store, self.tz, self, block_id=block_id)
        if dialog.exec():
            self.refresh()

    def edit_types(self) -> None:
        from rapport.ui.calendar.types_dialog import MeetingTypesDialog

        if self.store is not None and MeetingTypesDialog(self.store, self).exec():
            self.refresh()

    def export(self) -> None:
        from rapport.ui.calendar.export import ExportDialog

        if self.store is not None:
            ExportDialog(self.store, self.tz, self).exec()
