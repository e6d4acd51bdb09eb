"""Bar charts drawn with QPainter: into a widget on screen, or into a QImage for a PDF
or a slide.

`draw_bar_chart(painter, rect, labels, values, ...)` does the drawing and knows nothing
about where it draws; `BarChart` is a widget around it and `bar_chart_image` renders
it into an image. Values are plain numbers; the caption above each bar is the value
(or the text given in `captions`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOR = QColor("#2f6f8f")
TEXT_COLOR = QColor("#222222")
AXIS_COLOR = QColor("#8a8a8a")
GRID_COLOR = QColor("#e4e4e4")


def _default_caption(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.2f}"


def draw_bar_chart(
    painter: QPainter,
    rect: QRectF,
    labels: Sequence[str],
    values: Sequence[float],
    *,
    maximum: float | None = None,
    captions: Sequence[str] | None = None,
    caption: Callable[[float], str] = _default_caption,
    bar_color: QColor = BAR_COLOR,
    highlight: int | None = None,
    highlight_color: QColor | None = None,
    text_color: QColor = TEXT_COLOR,
    axis_color: QColor = AXIS_COLOR,
    grid_lines: int = 4,
    font: QFont | None = None,
    empty_text: str = "",
) -> None:
    """Draw vertical bars for `values`, named by `labels`, inside `rect`.

    `maximum` fixes the top of the scale (default: the largest value); `captions`
    replace the numbers written above the bars; `highlight` gives one bar
    `highlight_color`. With no values (or all zero and no maximum) `empty_text` is
    written in the middle instead.
    """
    if len(labels) != len(values):
        raise ValueError("labels and values must have the same length")
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if font is not None:
        painter.setFont(font)
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    top = max(maximum or 0.0, *values, 0.0) if values else (maximum or 0.0)
    if not values or top <= 0:
        painter.setPen(text_color)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, empty_text)
        painter.restore()
        return

    plot = QRectF(rect.left() + 4, rect.top() + line + 6, rect.width() - 8, 0.0)
    plot.setBottom(rect.bottom() - line - 8)
    if plot.height() <= 4:
        painter.restore()
        return
    # Faint grid lines help read the heights; the axis sits on the baseline.
    painter.setPen(QPen(GRID_COLOR, 1))
    for i in range(1, grid_lines + 1):
        y = plot.bottom() - plot.height() * i / grid_lines
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
    painter.setPen(QPen(axis_color, 1.2))
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

    count = len(values)
    slot = plot.width() / count
    bar_width = max(2.0, min(slot * 0.62, line * 6))
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        center = plot.left() + slot * (i + 0.5)
        height = plot.height() * max(value, 0.0) / top
        bar = QRectF(center - bar_width / 2, plot.bottom() - height, bar_width, height)
        color = highlight_color if (i == highlight and highlight_color is not None) else bar_color
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(bar, 2, 2)
        painter.setPen(text_color)
        text = captions[i] if captions is not None else caption(value)
        above = QRectF(center - slot / 2, bar.top() - line - 2, slot, line)
        painter.drawText(above, Qt.AlignmentFlag.AlignCenter, text)
        below = QRectF(center - slot / 2, plot.bottom() + 4, slot, line + 2)
        shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, slot - 4)
        painter.drawText(below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, shown)
    painter.restore()


def bar_chart_image(
    labels: Sequence[str],
    values: Sequence[float],
    size: QSize,
    *,
    scale: float = 2.0,
    background: QColor | None = None,
    **options: object,
) -> QImage:
    """The chart as an image `size` points large, drawn at `scale` pixels per point
    (sharp in a PDF); options as for `draw_bar_chart`."""
    image = QImage(
        int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32
    )
    image.setDevicePixelRatio(scale)
    image.fill(background if background is not None else QColor("white"))
    painter = QPainter(image)
    try:
        draw_bar_chart(
            painter,
            QRectF(0, 0, size.width(), size.height()),
            labels,
            values,
            **options,  # type: ignore[arg-type]
        )
    finally:
        painter.end()
    return image


class BarChart(QWidget):
    """A widget showing one bar chart; `set_data` replaces what it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._values: list[float] = []
        self._options: dict[str, object] = {}
        self.setMinimumSize(240, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, labels: Sequence[str], values: Sequence[float], **options: object) -> None:
        self._labels, self._values, self._options = list(labels), list(values), dict(options)
        self.update()

    def labels(self) -> list[str]:
        return list(self._labels)

    def values(self) -> list[float]:
        return list(self._values)

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            options = dict(self._options)
            options.setdefault("text_color", self.palette().windowText().color())
            draw_bar_chart(
                painter,
                QRectF(self.rect()).adjusted(6, 4, -6, -4),
                self._labels,
                self._values,
                **options,  # type: ignore[arg-type]
            )
        finally:
            painter.end()
