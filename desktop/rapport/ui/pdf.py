"""PDF documents (a meeting record, a training report, a handout) from simple HTML.

Qt lays the HTML out with `QTextDocument` and `QPdfWriter` writes it, so no other
library is needed. Images (charts drawn with QPainter) are passed by name and referred
to in the HTML as `<img src="name">`. The file is written to a temporary name and
renamed, so a reader never sees half a PDF. Needs a QGuiApplication (offscreen will do).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from rapport.domain.files import atomic_writer

__all__ = ["escape", "write_pdf"]


def escape(text: str) -> str:
    """Text as HTML, with its line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def write_pdf(
    path: Path,
    body_html: str,
    *,
    title: str,
    images: Mapping[str, QImage] | None = None,
    page: QPageSize.PageSizeId = QPageSize.PageSizeId.A4,
) -> None:
    """Write `body_html` as a PDF at `path` (replacing it whole, or not at all)."""
    document = QTextDocument()
    document.setDefaultStyleSheet(
        "h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 14px; } "
        "p, li, td { font-size: 10.5pt; } td { padding: 2px 8px 2px 0; } "
        ".muted { color: #555555; }"
    )
    for name, image in (images or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(body_html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Rapport")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(page),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    del writer  # finishes the PDF
    with atomic_writer(Path(path)) as out:
        out.write(buffer.data().data())
