"""Draw Rapport's application icon with QPainter: two overlapping speech bubbles, a
conversation between two people. Writes packaging/icons/rapport.png (256x256) and a
multi-size rapport.ico (for a Windows build).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ICONS = Path(__file__).resolve().with_name("icons")
SIZE = 256
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int = SIZE) -> QImage:
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / SIZE, size / SIZE)

    # A rounded tile in Rapport's blue.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor("#1f4e79")))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)

    def bubble(rect: QRectF, tail_left: bool) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(rect, 30, 30)
        tail = QPainterPath()
        bottom = rect.bottom() - 2
        if tail_left:
            x = rect.left() + 34
            tail.moveTo(QPointF(x, bottom))
            tail.lineTo(QPointF(x - 26, bottom + 34))
            tail.lineTo(QPointF(x + 26, bottom))
        else:
            x = rect.right() - 34
            tail.moveTo(QPointF(x, bottom))
            tail.lineTo(QPointF(x + 26, bottom + 34))
            tail.lineTo(QPointF(x - 26, bottom))
        tail.closeSubpath()
        return path.united(tail)

    back = bubble(QRectF(36, 44, 132, 96), tail_left=True)
    front = bubble(QRectF(88, 108, 132, 96), tail_left=False)
    outline = QPen(QColor("#1f4e79"), 10)
    outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)

    painter.setPen(outline)
    painter.setBrush(QBrush(QColor("#f2b632")))
    painter.drawPath(back)
    painter.setBrush(QBrush(QColor("#ffffff")))
    painter.drawPath(front)

    # Three dots in the front bubble: someone is talking.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor("#1f4e79")))
    for cx in (124, 154, 184):
        painter.drawEllipse(QPointF(cx, 156), 10, 10)
    painter.end()
    return image


def write_ico(path: Path, images: list[QImage]) -> None:
    """An .ico holding PNG-compressed images (Windows Vista and later read these)."""
    import struct

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    blobs = []
    for image in images:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes; Qt takes str
        buffer.close()
        blobs.append(bytes(data.data()))
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for image, blob in zip(images, blobs, strict=True):
        side = image.width()
        dim = 0 if side >= SIZE else side  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    path.write_bytes(header + entries + b"".join(blobs))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(exist_ok=True)
    png = ICONS / "rapport.png"
    if not draw().save(str(png)):
        print(f"could not write {png}", file=sys.stderr)
        return 1
    write_ico(ICONS / "rapport.ico", [draw(side) for side in ICO_SIZES])
    print(f"wrote {png} and {ICONS / 'rapport.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
