"""`TimeGrid`: the day and week views, painted: one column per day, hours down the side,
each meeting a block in its time, blocks of slots shaded behind them with their free
slots outlined. Overlapping meetings are drawn side by side with a red edge.

Mouse: click a meeting to select it, click again (or double-click) to open it, drag it
to move it (15-minute steps, to another day sideways); double-click an empty time or a
free slot to schedule a 1:1 there. Keyboard: arrows select the previous or next
meeting, Ctrl+Up/Down moves the selected one by 15 minutes, Ctrl+Left/Right or
Alt+arrows by a day, Enter opens it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from rapport.domain import scheduling as rules
from rapport.ui.calendar.colors import STATUS_COLORS, TEXT_ON
from rapport.ui.dates import minutes_text, time_text

if TYPE_CHECKING:
    from rapport.store.meetings import CalendarItem

HEADER_H = 40
GUTTER_W = 56
MIN_HOUR_H = 36  # pixels an hour takes at least
DAY_HOURS = 14  # hours that fit the height when they can (08:00-22:00)
STEP_MIN = 15
DRAG_START_PX = 6


@dataclass(slots=True)
class Placed:
    item: CalendarItem
    day: int  # column
    start_min: float  # minutes from the column's midnight
    end_min: float
    lane: int = 0
    lanes: int = 1
    clash: bool = False


@dataclass(slots=True)
class FreeSlot:
    block_id: str
    day: int
    start_min: float
    length_min: int
    starts_at: str
    location: str


@dataclass(slots=True)
class Band:
    block_id: str
    day: int
    start_min: float
    end_min: float
    location: str


class TimeGrid(QWidget):
    openRequested = Signal(str)  # meeting id
    moveRequested = Signal(str, str)  # meeting id, new UTC start
    newRequested = Signal(str, str)  # UTC start, block id ("" outside a block)
    selectionChanged = Signal(str)
    blockRequested = Signal(str)  # block id: open the block

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)
        self.tz = "UTC"
        self.first_day = date.today()
        self.days = 7
        self.placed: list[Placed] = []
        self.bands: list[Band] = []
        self.free: list[FreeSlot] = []
        self.selected = ""
        self.scroll_min = 7 * 60.0  # the time at the top of the visible hours
        self.day_names: list[str] = []
        self.labels: dict[str, str] = {}  # type key → short label
        self._press: QPoint | None = None
        self._drag: tuple[str, float, int] | None = None  # id, minute offset, day
        self._drag_pos: tuple[int, float] | None = None  # day, start minute
        self._reopen = False
        self.free_word = "free"

    # --- data ---------------------------------------------------------------------------

    def set_range(self, first_day: date, days: int, tz: str, day_names: list[str]) -> None:
        self.first_day, self.days, self.tz, self.day_names = first_day, days, tz, day_names

    def set_items(
        self, items: list[CalendarItem], blocks: list[Band], free: list[FreeSlot]
    ) -> None:
        self.placed = self._place(items)
        self.bands, self.free = blocks, free
        if self.selected and not any(p.item.id == self.selected for p in self.placed):
            self.selected = ""
        self.update()

    def local_minutes(self, starts_at: str) -> tuple[int, float]:
        """Column and minutes from that day's midnight of a UTC moment, in the view's zone."""
        local = rules.local_time(starts_at, self.tz)
        day = (local.date() - self.first_day).days
        return day, local.hour * 60 + local.minute + local.second / 60

    def _place(self, items: list[CalendarItem]) -> list[Placed]:
        placed: list[Placed] = []
        clash = rules.overlapping(
            rules.span(i.id, i.starts_at, i.duration_min) for i in items if i.status in rules.ACTIVE
        )
        for item in items:
            day, start = self.local_minutes(item.starts_at)
            end = start + item.duration_min
            # A meeting across midnight is drawn in both columns.
            while day < self.days and end > 0:
                if day >= 0:
                    placed.append(
                        Placed(item, day, max(start, 0), min(end, 24 * 60), clash=item.id in clash)
                    )
                day, start, end = day + 1, start - 24 * 60, end - 24 * 60
        by_day: dict[int, list[Placed]] = {}
        for p in placed:
            by_day.setdefault(p.day, []).append(p)
        for column in by_day.values():
            _lanes(column)
        return placed

    # --- geometry -----------------------------------------------------------------------

    def col_width(self) -> float:
        return max(40.0, (self.width() - GUTTER_W) / max(1, self.days))

    def y_of(self, minutes: float) -> float:
        return HEADER_H + (minutes - self.scroll_min) * self.hour_h() / 60

    def minutes_at(self, y: float) -> float:
        return (y - HEADER_H) * 60 / self.hour_h() + self.scroll_min

    def day_at(self, x: float) -> int:
        return min(self.days - 1, max(0, int((x - GUTTER_W) // self.col_width())))

    def rect_of(self, p: Placed) -> QRectF:
        w = self.col_width()
        lane_w = (w - 6) / p.lanes
        x = GUTTER_W + p.day * w + 2 + p.lane * lane_w
        top = self.y_of(p.start_min)
        return QRectF(x, top, lane_w - 2, max(14.0, self.y_of(p.end_min) - top - 1))

    def visible_minutes(self) -> float:
        return (self.height() - HEADER_H) * 60 / self.hour_h()

    def hour_h(self) -> float:
        return max(MIN_HOUR_H, (self.height() - HEADER_H) / DAY_HOURS)

    def scroll_to_fit(self) -> None:
        """Show the period's 1:1s: from 08:00, or earlier when one starts earlier."""
        starts = [p.start_min for p in self.placed]
        self.set_scroll(min([8 * 60.0, *(s - 30 for s in starts)]))

    def set_scroll(self, minutes: float) -> None:
        top = max(0.0, 24 * 60 - self.visible_minutes())
        self.scroll_min = max(0.0, min(minutes, top))
        self.update()

    def item_at(self, pos: QPointF) -> Placed | None:
        for p in reversed(self.placed):
            if self.rect_of(p).contains(pos):
                return p
        return None

    def slot_at(self, pos: QPointF) -> FreeSlot | None:
        day, minutes = self.day_at(pos.x()), self.minutes_at(pos.y())
        for s in self.free:
            if s.day == day and s.start_min <= minutes < s.start_min + s.length_min:
                return s
        return None

    def band_at(self, pos: QPointF) -> Band | None:
        day, minutes = self.day_at(pos.x()), self.minutes_at(pos.y())
        for b in self.bands:
            if b.day == day and b.start_min <= minutes < b.end_min:
                return b
        return None

    def moment_at(self, day: int, minutes: float) -> str:
        snapped = int(round(minutes / STEP_MIN) * STEP_MIN)
        snapped = max(0, min(snapped, 24 * 60 - STEP_MIN))
        local = datetime.combine(self.first_day + timedelta(days=day), datetime.min.time())
        return rules.to_utc(local + timedelta(minutes=snapped), self.tz)

    # --- texts (the page gives translated ones) ------------------------------------------

    def title_of(self, placed: Placed) -> str:
        """Who, first: in a narrow column the box's height already says when."""
        warn = "\u26a0 " if placed.clash else ""
        return f"{warn}{placed.item.contact_name}"

    def detail_of(self, placed: Placed) -> str:
        local = rules.local_time(placed.item.starts_at, self.tz)
        kind = self.labels.get(placed.item.kind, placed.item.kind)
        return f"{time_text(local)} · {kind}\n{placed.item.location}"

    def free_text(self, slot: FreeSlot) -> str:
        return f"{minutes_text(slot.start_min)} {self.free_word}"

    def drag_text(self, start: float) -> str:
        return minutes_text(start)

    def sizeHint(self) -> QSize:
        return QSize(900, 600)

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        from rapport.ui.calendar.paint import paint_grid

        painter = QPainter(self)
        try:
            paint_grid(self, painter)
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.set_scroll(self.scroll_min)
        super().resizeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.set_scroll(self.scroll_min - event.angleDelta().y() / 120 * 30)
        event.accept()

    # --- selection and keys -------------------------------------------------------------

    def ordered_ids(self) -> list[str]:
        seen: dict[str, None] = {}
        for p in sorted(self.placed, key=lambda p: (p.item.starts_at, p.item.id)):
            seen.setdefault(p.item.id, None)
        return list(seen)

    def select(self, meeting_id: str) -> None:
        self.selected = meeting_id
        placed = next((p for p in self.placed if p.item.id == meeting_id), None)
        bottom = self.scroll_min + self.visible_minutes()
        if placed is not None and not (self.scroll_min <= placed.start_min <= bottom):
            self.set_scroll(placed.start_min - 60)
        self.selectionChanged.emit(meeting_id)
        self.update()

    def selected_item(self) -> CalendarItem | None:
        return next((p.item for p in self.placed if p.item.id == self.selected), None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        item = self.selected_item()
        if (ctrl or alt) and item is not None and key in _ARROWS:
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -STEP_MIN if key == Qt.Key.Key_Up else STEP_MIN
                self.moveRequested.emit(item.id, rules.shift_minutes(item.starts_at, step))
            else:
                days = -1 if key == Qt.Key.Key_Left else 1
                self.moveRequested.emit(
                    item.id, rules.shift_days(item.starts_at, item.time_zone or self.tz, days)
                )
            event.accept()
            return
        if key in _ARROWS:
            self._step_selection(key)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected:
            self.openRequested.emit(self.selected)
            event.accept()
            return
        super().keyPressEvent(event)

    def _step_selection(self, key: int) -> None:
        ids = self.ordered_ids()
        if not ids:
            return
        if not self.selected or self.selected not in ids:
            self.select(ids[0])
            return
        i = ids.index(self.selected)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            i = max(0, i - 1) if key == Qt.Key.Key_Up else min(len(ids) - 1, i + 1)
            self.select(ids[i])
            return
        # Left/Right: the first meeting of the previous or next day that has one.
        day = next(p.day for p in self.placed if p.item.id == self.selected)
        step = -1 if key == Qt.Key.Key_Left else 1
        columns = sorted({p.day for p in self.placed}, reverse=step < 0)
        for column in columns:
            if (column - day) * step > 0:
                first = min((p for p in self.placed if p.day == column), key=lambda p: p.start_min)
                self.select(first.item.id)
                return

    # --- mouse --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        pos = event.position()
        hit = self.item_at(pos)
        self._press = event.position().toPoint()
        self._drag = None
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            already = self.selected == hit.item.id
            self.select(hit.item.id)
            if hit.item.status in rules.UPCOMING:
                self._drag = (hit.item.id, self.minutes_at(pos.y()) - hit.start_min, hit.day)
            self._reopen = already
        else:
            self._reopen = False
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None or self._press is None:
            return
        pos = event.position()
        if (pos.toPoint() - self._press).manhattanLength() < DRAG_START_PX:
            return
        _id, offset, _day = self._drag
        start = self.minutes_at(pos.y()) - offset
        self._drag_pos = (self.day_at(pos.x()), round(start / STEP_MIN) * STEP_MIN)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, target = self._drag, self._drag_pos
        self._drag = self._drag_pos = None
        self._press = None
        if drag is not None and target is not None:
            self.moveRequested.emit(drag[0], self.moment_at(*target))
        elif self._reopen:
            self.openRequested.emit(self.selected)
        self.update()
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        hit = self.item_at(pos)
        if hit is not None:
            self.openRequested.emit(hit.item.id)
        elif pos.x() > GUTTER_W and pos.y() > HEADER_H:
            slot = self.slot_at(pos)
            band = self.band_at(pos)
            if slot is not None:
                self.newRequested.emit(slot.starts_at, slot.block_id)
            elif band is not None:
                self.blockRequested.emit(band.block_id)
            else:
                minutes = (self.minutes_at(pos.y()) // 30) * 30
                self.newRequested.emit(self.moment_at(self.day_at(pos.x()), minutes), "")
        event.accept()


_ARROWS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)


def _lanes(column: list[Placed]) -> None:
    """Side-by-side lanes for meetings that overlap in one day's column."""
    column.sort(key=lambda p: (p.start_min, -p.end_min))
    cluster: list[Placed] = []
    cluster_end = -1.0
    lane_ends: list[float] = []
    for p in column:
        if p.start_min >= cluster_end and cluster:
            for q in cluster:
                q.lanes = len(lane_ends)
            cluster, lane_ends = [], []
        for i, end in enumerate(lane_ends):
            if end <= p.start_min:
                p.lane, lane_ends[i] = i, p.end_min
                break
        else:
            p.lane = len(lane_ends)
            lane_ends.append(p.end_min)
        cluster.append(p)
        cluster_end = max(cluster_end, p.end_min)
    for q in cluster:
        q.lanes = len(lane_ends)


def bold(font: QFont) -> QFont:
    f = QFont(font)
    f.setBold(True)
    return f


def status_color(status: str) -> QColor:
    return QColor(STATUS_COLORS.get(status, "#5b7fa6"))


def text_pen() -> QPen:
    return QPen(QColor(TEXT_ON))
