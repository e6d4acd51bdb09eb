"""The deck as a PDF handout (one page per slide, everything revealed) or as images.

Pages are painted with `paint_slide`, the code that draws the audience window, so the
handout matches the screen. The PDF is written to memory and then to disk atomically:
a failure leaves no half-written file. Needs a QGuiApplication.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from rapport.domain.files import atomic_writer
from rapport.domain.slides import Deck
from rapport.ui.present.paint import THEMES, paint_slide

DEFAULT_SIZE = QSize(1920, 1080)
PDF_DPI = 96  # one slide pixel is one PDF pixel at 96 per inch
MIN_SIZE = QSize(320, 240)
MAX_SIZE = QSize(7680, 4320)


def parse_size(text: str) -> QSize:
    """ "1920x1080" → QSize; ValueError with a plain reason otherwise."""
    parts = text.lower().replace("×", "x").split("x")
    if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
        raise ValueError(f"expected a size like 1920x1080, got {text!r}")
    size = QSize(int(parts[0]), int(parts[1]))
    if not (MIN_SIZE.width() <= size.width() <= MAX_SIZE.width()) or not (
        MIN_SIZE.height() <= size.height() <= MAX_SIZE.height()
    ):
        raise ValueError(
            f"the size must be between {MIN_SIZE.width()}x{MIN_SIZE.height()} and "
            f"{MAX_SIZE.width()}x{MAX_SIZE.height()}, got {text!r}"
        )
    return size


def deck_pdf_bytes(
    deck: Deck,
    size: QSize = DEFAULT_SIZE,
    theme: str = "light",
    answers: Mapping[int, Sequence[str]] | None = None,
) -> bytes:
    """The PDF of `deck`: one page per slide at `size` pixels, every step shown;
    `answers` holds the room's answers typed on discussion slides, by slide index."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(deck.title)
    writer.setCreator("Rapport")
    writer.setResolution(PDF_DPI)
    points = QSizeF(size.width() * 72 / PDF_DPI, size.height() * 72 / PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(points, QPageSize.Unit.Point, "slide", QPageSize.SizeMatchPolicy.ExactMatch),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("cannot start the PDF")
    try:
        total = len(deck.slides)
        for index, slide in enumerate(deck.slides):
            if index:
                writer.newPage()
            rect = QRectF(0, 0, writer.width(), writer.height())
            paint_slide(
                painter,
                rect,
                slide,
                slide.steps - 1,
                THEMES[theme],
                answers=(answers or {}).get(index, ()),
                number=index + 1,
                total=total,
            )
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def write_deck_pdf(
    path: Path,
    deck: Deck,
    size: QSize = DEFAULT_SIZE,
    theme: str = "light",
    answers: Mapping[int, Sequence[str]] | None = None,
) -> None:
    content = deck_pdf_bytes(deck, size, theme, answers)
    with atomic_writer(path) as fh:
        fh.write(content)


def slide_image(
    deck: Deck,
    index: int,
    size: QSize = DEFAULT_SIZE,
    step: int | None = None,
    theme: str = "dark",
    answers: Sequence[str] = (),
) -> QImage:
    """One slide as an image (the last step unless `step` is given)."""
    slide = deck.slides[index]
    image = QImage(size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        paint_slide(
            painter,
            QRectF(0, 0, size.width(), size.height()),
            slide,
            slide.steps - 1 if step is None else step,
            THEMES[theme],
            answers=answers,
            number=index + 1,
            total=len(deck.slides),
        )
    finally:
        painter.end()
    return image
