"""PDFs written from HTML read back with their text and their pages."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from rapport.ui.pdf import escape, write_pdf
from tests.gui.helpers import pdf_text


def test_a_pdf_holds_its_text_title_and_images(app: QApplication, tmp_path: Path) -> None:
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.darkBlue))
    body = (
        "<h1>Evaluación</h1><p>"
        + escape("Ana García <ana@example.org>\nsecond line")
        + '</p><img src="chart">'
        + "".join(f"<p>paragraph {n}</p>" for n in range(120))
    )
    target = tmp_path / "report.pdf"
    write_pdf(target, body, title="Training report", images={"chart": image})
    reader = PdfReader(target)
    text = pdf_text(target)
    assert "Evaluación" in text and "Ana García <ana@example.org>" in text
    assert "paragraph 119" in text
    assert len(reader.pages) > 1
    assert reader.metadata is not None and reader.metadata.title == "Training report"
    assert any(page.images for page in reader.pages)
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temporary left
