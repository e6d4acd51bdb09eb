"""Painting one slide with QPainter into any rectangle: the audience window, the
presenter's previews, a PNG or a PDF page all use `paint_slide`, so they match.

Type scales with the rectangle (sizes are given for a 1920x1080 screen and scaled by
`scale_for`), and a slide whose text would not fit is drawn smaller, step by step,
rather than cut off. Two high-contrast themes: "dark" (white and yellow on black, for
projectors) and "light" (black on white, for paper).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from rapport.domain.slides import Slide
from rapport.ui.charts import draw_bar_chart

FAMILY = "DejaVu Sans"
WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
CENTER_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
# Sizes in pixels on a 1920x1080 screen.
TITLE, SUBTITLE, BODY, DETAIL, SMALL = 76.0, 42.0, 50.0, 36.0, 26.0
SMALLEST = 0.5  # text is never drawn below half its size


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    background: QColor
    text: QColor
    muted: QColor
    accent: QColor


THEMES = {
    # White on black: about 21:1; the grey still reaches 13:1, the yellow 15:1.
    "dark": Theme(
        "dark", QColor("#000000"), QColor("#ffffff"), QColor("#d4d4d4"), QColor("#ffd23f")
    ),
    # Black on white for paper: the grey reaches 12:1, the blue 9:1.
    "light": Theme(
        "light", QColor("#ffffff"), QColor("#000000"), QColor("#333333"), QColor("#0b4f8a")
    ),
}
_FONTS: list[str] = []  # the bundled families, once registered


def ensure_font() -> str:
    """Make the bundled DejaVu Sans available (once), so slides look alike everywhere."""
    if not _FONTS:
        from rapport.ui.fonts import register_bundled_fonts

        _FONTS.extend(register_bundled_fonts() or [FAMILY])
    return FAMILY


def scale_for(rect: QRectF) -> float:
    """How much larger than on a 1920x1080 screen the type is drawn (4:3 screens are
    limited by their width)."""
    return max(0.1, min(rect.height() / 1080.0, rect.width() / 1440.0))


def font(pixels: float, bold: bool = False) -> QFont:
    f = QFont(ensure_font())
    f.setPixelSize(max(1, round(pixels)))
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


@dataclass(frozen=True, slots=True)
class Painted:
    """What was drawn, for tests and the presenter: the title's pixel size, the body
    text's factor after shrinking to fit, and whether everything fitted."""

    title_pixels: int
    body_factor: float
    fits: bool


@dataclass(slots=True)
class _Block:
    text: str
    font: QFont
    color: QColor
    indent: float
    gap: float  # space above
    marker: str = ""  # "•", "1." …
    shown: bool = True
    height: float = 0.0
    cells: tuple[str, ...] = ()  # a row of a grid (the names of the room)


def _height(painter: QPainter, f: QFont, text: str, width: float, flags: int = WRAP) -> float:
    metrics = QFontMetricsF(f, painter.device())
    return metrics.boundingRect(QRectF(0, 0, max(width, 1.0), 1e7), flags, text).height()


def paint_slide(
    painter: QPainter,
    rect: QRectF,
    slide: Slide,
    step: int,
    theme: Theme,
    *,
    answers: Sequence[str] = (),
    number: int = 0,
    total: int = 0,
    corner: str = "",
    blank: bool = False,
) -> Painted:
    """Draw `slide` as it looks at `step` (what reveal steps have shown) into `rect`."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(rect, QColor("#000000") if blank else theme.background)
    u = scale_for(rect)
    if blank:
        painted = Painted(round(TITLE * u), 1.0, True)
    else:
        painted = _paint(painter, rect, slide, step, theme, u, answers)
        if total:
            painter.setFont(font(SMALL * u))
            painter.setPen(theme.muted)
            box = QRectF(rect.left(), rect.bottom() - 0.05 * rect.height(), rect.width(), 0)
            box.setBottom(rect.bottom())
            box.adjust(0, 0, -0.035 * rect.width(), 0)
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{number} / {total}",
            )
    if corner:
        _paint_corner(painter, rect, corner, theme, u)
    painter.restore()
    return painted


def _paint_corner(painter: QPainter, rect: QRectF, text: str, theme: Theme, u: float) -> None:
    f = font(SMALL * u, bold=True)
    metrics = QFontMetricsF(f, painter.device())
    width = metrics.horizontalAdvance(text) + 24 * u
    box = QRectF(
        rect.right() - width - 16 * u, rect.top() + 16 * u, width, metrics.height() + 12 * u
    )
    back = QColor(theme.background)
    back.setAlpha(220)
    painter.setPen(theme.muted)
    painter.setBrush(back)
    painter.drawRoundedRect(box, 8 * u, 8 * u)
    painter.setFont(f)
    painter.setPen(theme.text)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _paint(
    painter: QPainter,
    rect: QRectF,
    slide: Slide,
    step: int,
    theme: Theme,
    u: float,
    answers: Sequence[str],
) -> Painted:
    left = rect.left() + 0.065 * rect.width()
    width = rect.width() * (1 - 2 * 0.065)
    top = rect.top() + 0.075 * rect.height()
    bottom = rect.bottom() - 0.08 * rect.height()
    if slide.kind == "title":
        return _paint_title(painter, rect, slide, theme, u)

    # The heading: as large as it can be while taking at most a third of the height.
    title_px = TITLE * u
    title_flags = WRAP
    while title_px > TITLE * u * SMALLEST and (
        _height(painter, font(title_px, True), slide.title, width, title_flags)
        > (bottom - top) * (0.45 if slide.kind == "discussion" else 0.3)
    ):
        title_px *= 0.92
    title_font = font(title_px, True)
    title_h = _height(painter, title_font, slide.title, width)
    painter.setFont(title_font)
    painter.setPen(theme.text)
    painter.drawText(QRectF(left, top, width, title_h + 2), WRAP, slide.title)
    y = top + title_h + 14 * u
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.accent)
    painter.drawRect(QRectF(left, y, 140 * u, 7 * u))
    y += 7 * u + 26 * u

    footer = slide.footer
    if slide.kind == "discussion" and answers:
        footer = ""
    body = QRectF(left, y, width, bottom - y)
    factor = 1.0
    while True:
        blocks, footer_block = _blocks(
            painter, slide, step, theme, u * factor, answers, footer, width
        )
        needed = sum(b.gap + b.height for b in blocks)
        if footer_block is not None:
            needed += footer_block.gap + footer_block.height
        if slide.chart is not None:
            needed += body.height() * 0.55
        if needed <= body.height() or factor <= SMALLEST:
            break
        factor *= 0.93
    fits = needed <= body.height() + 0.5
    y = body.top()
    columns = 2 if slide.kind == "discussion" and len(answers) > 6 and blocks else 1
    if columns == 2:
        half = (len(blocks) + 1) // 2
        column_width = (width - 40 * u) / 2
        _draw_blocks(painter, blocks[:half], left, y, column_width, theme, u * factor)
        _draw_blocks(
            painter, blocks[half:], left + column_width + 40 * u, y, column_width, theme, u * factor
        )
    else:
        y = _draw_blocks(painter, blocks, left, y, width, theme, u * factor)
    if slide.chart is not None:
        chart_rect = QRectF(left, y + 10 * u, width, bottom - y - 10 * u)
        if footer_block is not None:
            chart_rect.setBottom(chart_rect.bottom() - footer_block.height - footer_block.gap)
        _paint_chart(painter, chart_rect, slide, theme, u)
    if footer_block is not None:
        painter.setFont(footer_block.font)
        painter.setPen(footer_block.color)
        painter.drawText(
            QRectF(left, bottom - footer_block.height, width, footer_block.height + 2),
            WRAP,
            footer_block.text,
        )
    return Painted(round(title_px), factor, fits)


def _blocks(
    painter: QPainter,
    slide: Slide,
    step: int,
    theme: Theme,
    u: float,
    answers: Sequence[str],
    footer: str,
    width: float,
) -> tuple[list[_Block], _Block | None]:
    blocks: list[_Block] = []
    if slide.subtitle:
        blocks.append(_Block(slide.subtitle, font(SUBTITLE * u), theme.muted, 0, 0))
    visible = slide.visible_lines(step)
    ratings = slide.shows_ratings(step)
    marker_width = (BODY * u) * (1.7 if slide.numbered else 1.0)
    if slide.kind == "names":
        names = [line.text for line in slide.lines]
        columns = 3 if len(names) <= 18 else 4
        for start in range(0, len(names), columns):
            row = tuple(names[start : start + columns])
            gap = (30 if not start else 16) * u
            name_font = font(BODY * 1.1 * u, True)
            blocks.append(
                _Block("", name_font, theme.text, 0, gap, cells=row + ("",) * (columns - len(row)))
            )
    elif slide.kind == "discussion":
        for answer in answers:
            blocks.append(_Block(answer, font(BODY * u), theme.text, marker_width, 18 * u, "•"))
    else:
        for i, line in enumerate(slide.lines):
            shown = i < visible
            strong = bool(line.detail)
            marker = f"{i + 1}." if slide.numbered else "•"
            gap = (30 if i or slide.subtitle else 0) * u
            blocks.append(
                _Block(
                    line.text, font(BODY * u, strong), theme.text, marker_width, gap, marker, shown
                )
            )
            if line.detail:
                blocks.append(
                    _Block(
                        line.detail, font(DETAIL * u), theme.muted, marker_width, 6 * u, "", shown
                    )
                )
            if line.rating is not None:
                meter = "●" * (line.rating + 1) + "○" * (4 - line.rating)
                blocks.append(
                    _Block(
                        f"{meter}  {line.rating_text}",
                        font(DETAIL * u, True),
                        theme.accent,
                        marker_width,
                        6 * u,
                        "",
                        ratings,
                    )
                )
    for block in blocks:
        if block.cells:
            block.height = QFontMetricsF(block.font, painter.device()).height()
        else:
            block.height = _height(painter, block.font, block.text, width - block.indent)
    footer_block = None
    if footer:
        footer_block = _Block(footer, font(DETAIL * u), theme.muted, 0, 24 * u)
        footer_block.height = _height(painter, footer_block.font, footer, width)
    if slide.kind == "discussion" and not answers and footer_block is not None:
        footer_block.font.setItalic(True)
    return blocks, footer_block


def _draw_blocks(
    painter: QPainter,
    blocks: Sequence[_Block],
    left: float,
    top: float,
    width: float,
    theme: Theme,
    u: float,
) -> float:
    y = top
    for block in blocks:
        y += block.gap
        if block.shown and block.cells:
            _draw_cells(painter, block, left, y, width)
        elif block.shown:
            if block.marker:
                _draw_marker(painter, block, left, y, theme)
            painter.setFont(block.font)
            painter.setPen(block.color)
            area = QRectF(left + block.indent, y, width - block.indent, block.height + 2)
            painter.drawText(area, WRAP, block.text)
        y += block.height
    return y


def _draw_cells(painter: QPainter, block: _Block, left: float, y: float, width: float) -> None:
    metrics = QFontMetricsF(block.font, painter.device())
    cell = width / len(block.cells)
    painter.setFont(block.font)
    painter.setPen(block.color)
    for i, text in enumerate(block.cells):
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, cell - 16)
        painter.drawText(QRectF(left + i * cell, y, cell, block.height + 2), WRAP, shown)


def _draw_marker(painter: QPainter, block: _Block, left: float, y: float, theme: Theme) -> None:
    metrics = QFontMetricsF(block.font, painter.device())
    if block.marker == "•":
        size = block.font.pixelSize() * 0.26
        center = QPointF(left + size, y + metrics.ascent() - metrics.xHeight() / 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.accent)
        painter.drawEllipse(center, size / 2 + 1, size / 2 + 1)
        return
    marker_font = QFont(block.font)
    marker_font.setBold(True)
    painter.setFont(marker_font)
    painter.setPen(theme.accent)
    painter.drawText(QRectF(left, y, block.indent, metrics.height() + 2), WRAP, block.marker)


def _paint_title(painter: QPainter, rect: QRectF, slide: Slide, theme: Theme, u: float) -> Painted:
    width = rect.width() * 0.84
    left = rect.left() + (rect.width() - width) / 2
    title_px = TITLE * 1.25 * u
    while title_px > TITLE * u * SMALLEST and (
        _height(painter, font(title_px, True), slide.title, width, CENTER_WRAP)
        > rect.height() * 0.45
    ):
        title_px *= 0.92
    parts = [
        (slide.title, font(title_px, True), theme.text, 0.0),
        (slide.subtitle, font(SUBTITLE * 1.1 * u), theme.muted, 40 * u),
        (slide.footer, font(DETAIL * u), theme.muted, 24 * u),
    ]
    parts = [p for p in parts if p[0]]
    heights = [_height(painter, f, text, width, CENTER_WRAP) for text, f, _, _ in parts]
    total = sum(heights) + sum(gap for *_, gap in parts) + 40 * u
    y = rect.top() + (rect.height() - total) / 2
    for (text, f, color, gap), h in zip(parts, heights, strict=True):
        y += gap
        painter.setFont(f)
        painter.setPen(color)
        painter.drawText(QRectF(left, y, width, h + 2), CENTER_WRAP, text)
        y += h
        if f.pixelSize() == round(title_px):
            y += 24 * u
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.accent)
            painter.drawRect(QRectF(rect.center().x() - 90 * u, y, 180 * u, 8 * u))
            y += 8 * u
    return Painted(round(title_px), 1.0, total <= rect.height())


def _paint_chart(painter: QPainter, area: QRectF, slide: Slide, theme: Theme, u: float) -> None:
    chart = slide.chart
    assert chart is not None
    caption_font = font(DETAIL * 0.9 * u)
    caption_h = _height(painter, caption_font, chart.caption, area.width()) if chart.caption else 0
    plot = QRectF(
        area.left() + area.width() * 0.1,
        area.top(),
        area.width() * 0.8,
        area.height() - caption_h - 12 * u,
    )
    draw_bar_chart(
        painter,
        plot,
        list(chart.labels),
        list(chart.values),
        maximum=max(1.0, *chart.values),
        caption=lambda v: f"{v:g}",
        bar_color=theme.accent,
        text_color=theme.text,
        axis_color=theme.muted,
        grid_lines=0,
        font=font(DETAIL * u, True),
    )
    if chart.caption:
        painter.setFont(caption_font)
        painter.setPen(theme.muted)
        painter.drawText(
            QRectF(area.left(), plot.bottom() + 12 * u, area.width(), caption_h + 2),
            CENTER_WRAP,
            chart.caption,
        )
