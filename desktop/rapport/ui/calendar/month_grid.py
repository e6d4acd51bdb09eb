"""`MonthGrid`: the month view, painted: six weeks of days, each listing its 1:1s by
time ("18:00 Ana") with "+N more" when they do not fit. Click a meeting to select it,
click it again or press Enter to open it; double-click a day to see it in the day view.
Arrows select the previous or next meeting; Ctrl+Left/Right moves the selected one a day,
Ctrl+Up/Down a week, and dragging it to another day moves it there (same time)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from rapport.domain import scheduling as rules
from rapport.ui.calendar import colors
from rapport.ui.dates import time_text

if TYPE_CHECKING:
    from rapport.store.meetings import CalendarItem

HEADER_H = 28
WEEKS = 6
DRAG_START_PX = 6
_DAY_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}


class MonthGrid(QWidget):
    openRequested = Signal(str)
    moveRequested = Signal(str, str)  # meeting id, new UTC start
    dayRequested = Signal(object)  # a date
    selectionChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.first_day = date.today()
        self.month = date.today().month
        self.tz = "UTC"
        self.items: list[CalendarItem] = []
        self.by_day: dict[int, list[CalendarItem]] = {}
        self.clash: set[str] = set()
        self.selected = ""
        self.weekday_names: list[str] = []
        self.more_text = "+{n} more"
        self._hits: list[tuple[QRectF, str]] = []
        self._press: QPointF | None = None
        self._drag = ""  # the meeting being dragged
        self._drop: date | None = None  # the day it would land on
        self._reopen = False

    def set_range(self, first_day: date, month: int, tz: str, weekday_names: list[str]) -> None:
        self.first_day, self.month, self.tz, self.weekday_names = (
            first_day,
            month,
            tz,
            weekday_names,
        )

    def set_items(self, items: list[CalendarItem]) -> None:
        self.items = items
        self.by_day = {}
        for item in items:
            day = (rules.local_time(item.starts_at, self.tz).date() - self.first_day).days
            self.by_day.setdefault(day, []).append(item)
        self.clash = rules.overlapping(
            rules.span(i.id, i.starts_at, i.duration_min) for i in items if i.status in rules.ACTIVE
        )
        if self.selected not in {i.id for i in items}:
            self.selected = ""
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, 600)

    def cell(self, index: int) -> QRectF:
        w = self.width() / 7
        h = (self.height() - HEADER_H) / WEEKS
        return QRectF((index % 7) * w, HEADER_H + (index // 7) * h, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            self._paint(p)
        finally:
            p.end()

    def _paint(self, p: QPainter) -> None:
        p.fillRect(self.rect(), self.palette().base())
        fm = QFontMetrics(self.font())
        line = fm.height() + 2
        small = self.font()
        bold = self.font()
        bold.setBold(True)
        today = date.today()
        self._hits = []
        p.setFont(bold)
        for i, name in enumerate(self.weekday_names[:7]):
            r = QRectF(i * self.width() / 7, 0, self.width() / 7, HEADER_H)
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, name)
        for index in range(7 * WEEKS):
            day = self.first_day + timedelta(days=index)
            r = self.cell(index)
            if day == today:
                p.fillRect(r, QColor(colors.TODAY_FILL))
            p.setPen(QPen(QColor(colors.GRID_LINE)))
            p.drawRect(r)
            if day == self._drop:
                p.setPen(QPen(QColor(colors.SELECTED), 2, Qt.PenStyle.DashLine))
                p.drawRect(r.adjusted(1, 1, -1, -1))
            other_month = day.month != self.month
            p.setFont(bold)
            p.setPen(
                self.palette().placeholderText().color()
                if other_month
                else self.palette().text().color()
            )
            p.drawText(r.adjusted(6, 3, -6, -3), Qt.AlignmentFlag.AlignRight, str(day.day))
            p.setFont(small)
            items = self.by_day.get(index, [])
            room = max(0, int((r.height() - line - 4) // line))
            shown = items if len(items) <= room else items[: max(0, room - 1)]
            y = r.y() + line + 2
            for item in shown:
                row = QRectF(r.x() + 3, y, r.width() - 6, line - 1)
                fill = QColor(colors.STATUS_COLORS.get(item.status, "#5b7fa6"))
                p.fillRect(row, fill)
                if item.id == self.selected or item.id in self.clash:
                    edge = colors.SELECTED if item.id == self.selected else colors.CLASH
                    p.setPen(QPen(QColor(edge), 2))
                    p.drawRect(row)
                p.setPen(QColor(colors.TEXT_ON))
                local = rules.local_time(item.starts_at, self.tz)
                warn = "\u26a0 " if item.id in self.clash else ""
                # Who first: a narrow day shows the name, and the chips go in time order.
                text = fm.elidedText(
                    f"{warn}{item.contact_name} {time_text(local)}",
                    Qt.TextElideMode.ElideRight,
                    int(row.width() - 6),
                )
                p.drawText(row.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, text)
                self._hits.append((row, item.id))
                y += line
            if len(shown) < len(items):
                p.setPen(self.palette().text().color())
                p.drawText(
                    QRectF(r.x() + 4, y, r.width() - 8, line),
                    Qt.AlignmentFlag.AlignLeft,
                    self.more_text.format(n=len(items) - len(shown)),
                )

    def _item_at(self, pos: QPointF) -> str:
        return next((mid for rect, mid in self._hits if rect.contains(pos)), "")

    def _day_at(self, pos: QPointF) -> date | None:
        if pos.y() < HEADER_H:
            return None
        col = int(pos.x() // (self.width() / 7))
        row = int((pos.y() - HEADER_H) // ((self.height() - HEADER_H) / WEEKS))
        return self.first_day + timedelta(days=min(6, col) + 7 * min(WEEKS - 1, row))

    def select(self, meeting_id: str) -> None:
        self.selected = meeting_id
        self.selectionChanged.emit(meeting_id)
        self.update()

    def item(self, meeting_id: str) -> CalendarItem | None:
        return next((i for i in self.items if i.id == meeting_id), None)

    def day_of(self, item: CalendarItem) -> date:
        return rules.local_time(item.starts_at, self.tz).date()

    def cell_of(self, day: date) -> QRectF:
        return self.cell((day - self.first_day).days)

    def _moved(self, item: CalendarItem, days: int) -> str:
        """The item's start `days` days later, at the same wall-clock time."""
        return rules.shift_days(item.starts_at, item.time_zone or self.tz, days)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        hit = self._item_at(event.position())
        self._press, self._drag, self._drop, self._reopen = None, "", None, False
        if hit and event.button() == Qt.MouseButton.LeftButton:
            self._reopen = hit == self.selected
            self.select(hit)
            item = self.item(hit)
            if item is not None and item.status in rules.UPCOMING:
                self._press, self._drag = event.position(), hit
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._drag or self._press is None:
            return
        pos = event.position()
        if (pos - self._press).manhattanLength() < DRAG_START_PX:
            return
        self._drop = self._day_at(pos)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        item, drop = self.item(self._drag), self._drop
        self._press, self._drag, self._drop = None, "", None
        if item is not None and drop is not None:
            days = (drop - self.day_of(item)).days
            if days:
                self.moveRequested.emit(item.id, self._moved(item, days))
        elif self._reopen and self.selected:
            self.openRequested.emit(self.selected)
        self._reopen = False
        self.update()
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self._item_at(event.position()):
            day = self._day_at(event.position())
            if day is not None:
                self.dayRequested.emit(day)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ids = [i.id for i in self.items]
        key = event.key()
        mods = event.modifiers()
        moving = mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        item = self.item(self.selected)
        if moving and key in _DAY_STEPS:
            if item is not None:
                self.moveRequested.emit(item.id, self._moved(item, _DAY_STEPS[Qt.Key(key)]))
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected:
            self.openRequested.emit(self.selected)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Right) and ids:
            back = key in (Qt.Key.Key_Up, Qt.Key.Key_Left)
            if self.selected in ids:
                i = ids.index(self.selected) + (-1 if back else 1)
                self.select(ids[max(0, min(len(ids) - 1, i))])
            else:
                self.select(ids[0])
        else:
            super().keyPressEvent(event)
            return
        event.accept()
