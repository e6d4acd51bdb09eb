"""The sidebar: the list of pages on the left of the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QFrame, QListWidget, QListWidgetItem, QWidget

from rapport.paths import resources_dir

STYLE_SHEET = "styles/sidebar.qss"


class Sidebar(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        style = resources_dir() / STYLE_SHEET
        if style.exists():
            self.setStyleSheet(style.read_text(encoding="utf-8"))

    def add_page(self, title: str) -> QListWidgetItem:
        self.addItem(title)
        return self.item(self.count() - 1)

    def set_titles(self, titles: list[str]) -> None:
        for row, title in enumerate(titles):
            self.item(row).setText(title)
        self.fit_width()

    def fit_width(self) -> None:
        """As wide as the longest title (which varies with the language), plus padding."""
        longest = max(
            (
                self.fontMetrics().horizontalAdvance(self.item(i).text())
                for i in range(self.count())
            ),
            default=0,
        )
        self.setFixedWidth(max(190, longest + 84))  # item and list padding (sidebar.qss)
