"""Painting the day and week views (`TimeGrid`): only what is visible."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPen

from rapport.ui.calendar import colors
from rapport.ui.dates import hour_text

if TYPE_CHECKING:
    from rapport.ui.calendar.time_grid import TimeGrid


def paint_grid(grid: TimeGrid, p: QPainter) -> None:
    from rapport.ui.calendar.time_grid import GUTTER_W, HEADER_H, bold, status_color

    w, h = grid.width(), grid.height()
    col = grid.col_width()
    p.fillRect(0, 0, w, h, grid.palette().base())
    today = date.today()
    font = grid.font()
    fm = QFontMetrics(font)
    # Today's column, the hour lines and labels.
    for day in range(grid.days):
        if grid.first_day + timedelta(days=day) == today:
            p.fillRect(QRectF(GUTTER_W + day * col, HEADER_H, col, h), QColor(colors.TODAY_FILL))
    top_hour = int(grid.scroll_min // 60)
    p.setPen(QPen(QColor(colors.GRID_LINE)))
    for hour in range(top_hour, 25):
        y = grid.y_of(hour * 60)
        if y > h:
            break
        if y >= HEADER_H:
            p.setPen(QPen(QColor(colors.GRID_LINE)))
            p.drawLine(GUTTER_W, int(y), w, int(y))
            p.setPen(grid.palette().text().color())
            top = max(y - fm.height() / 2, HEADER_H)  # the first one never under the header
            p.drawText(
                QRectF(0, top, GUTTER_W - 8, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                hour_text(hour) if hour < 24 else "",
            )
        half = grid.y_of(hour * 60 + 30)
        if HEADER_H <= half <= h:
            p.setPen(QPen(QColor(colors.HALF_LINE)))
            p.drawLine(GUTTER_W, int(half), w, int(half))
    p.setPen(QPen(QColor(colors.GRID_LINE)))
    for day in range(grid.days + 1):
        x = int(GUTTER_W + day * col)
        p.drawLine(x, HEADER_H, x, h)
    p.setClipRect(QRectF(GUTTER_W, HEADER_H, w - GUTTER_W, h - HEADER_H))
    # Blocks, their free slots, then the meetings.
    small = grid.font()
    small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
    p.setFont(small)
    for band in grid.bands:
        r = QRectF(
            GUTTER_W + band.day * col + 1,
            grid.y_of(band.start_min),
            col - 2,
            grid.y_of(band.end_min) - grid.y_of(band.start_min),
        )
        p.fillRect(r, QColor(colors.BLOCK_FILL))
        p.setPen(QPen(QColor(colors.BLOCK_EDGE)))
        p.drawRect(r)
    for slot in grid.free:
        top = grid.y_of(slot.start_min)
        r = QRectF(
            GUTTER_W + slot.day * col + 6,
            top + 2,
            col - 12,
            slot.length_min * grid.hour_h() / 60 - 4,
        )
        p.setPen(QPen(QColor(colors.FREE_EDGE), 1, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(r)
        p.drawText(
            r.adjusted(4, 2, -4, -2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            grid.free_text(slot),
        )
    visible_top, visible_bottom = grid.scroll_min, grid.scroll_min + grid.visible_minutes()
    title_font = bold(small)
    for placed in grid.placed:
        if placed.end_min < visible_top or placed.start_min > visible_bottom:
            continue
        dragging = (
            grid._drag is not None
            and grid._drag_pos is not None
            and (grid._drag[0] == placed.item.id)
        )
        r = grid.rect_of(placed)
        fill = status_color(placed.item.status)
        if dragging:
            fill.setAlpha(90)
        p.setBrush(QBrush(fill))
        edge = colors.CLASH if placed.clash else fill.darker(130).name()
        width = 3 if placed.clash else 1
        if placed.item.id == grid.selected:
            edge, width = colors.SELECTED, 3 if not placed.clash else 4
        p.setPen(QPen(QColor(edge), width))
        p.drawRoundedRect(r, 4, 4)
        p.setPen(QPen(QColor(colors.TEXT_ON)))
        inner = r.adjusted(5, 2, -4, -2)
        line = QFontMetrics(small).height()
        p.setFont(title_font)
        title = grid.title_of(placed)
        p.drawText(
            QRectF(inner.x(), inner.y(), inner.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(title_font).elidedText(
                title, Qt.TextElideMode.ElideRight, int(inner.width())
            ),
        )
        p.setFont(small)
        small_fm = QFontMetrics(small)
        y = inner.y() + line
        details = grid.detail_of(placed)
        if inner.width() > 320:  # a wide column: type and place on one line
            details = details.replace("\n", " · ")
        for text in details.split("\n"):
            if y + line > inner.bottom() + 2:
                break
            elided = small_fm.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width()))
            p.drawText(
                QRectF(inner.x(), y, inner.width(), line), Qt.AlignmentFlag.AlignLeft, elided
            )
            y += line
    if grid._drag is not None and grid._drag_pos is not None:
        day, start = grid._drag_pos
        length = next((x.item.duration_min for x in grid.placed if x.item.id == grid._drag[0]), 30)
        r = QRectF(GUTTER_W + day * col + 2, grid.y_of(start), col - 6, length * grid.hour_h() / 60)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor(colors.SELECTED), 2, Qt.PenStyle.DashLine))
        p.drawRoundedRect(r, 4, 4)
        p.drawText(r.adjusted(4, 2, -2, -2), Qt.AlignmentFlag.AlignLeft, grid.drag_text(start))
    # The header: day names, drawn last so it stays on top.
    p.setClipping(False)
    p.fillRect(QRectF(0, 0, w, HEADER_H), grid.palette().window())
    p.setFont(bold(font))
    p.setPen(grid.palette().windowText().color())
    for day, name in enumerate(grid.day_names[: grid.days]):
        r = QRectF(GUTTER_W + day * col, 0, col, HEADER_H)
        p.drawText(r, Qt.AlignmentFlag.AlignCenter, name)
    p.setPen(QPen(QColor(colors.GRID_LINE)))
    p.drawLine(0, HEADER_H, w, HEADER_H)
