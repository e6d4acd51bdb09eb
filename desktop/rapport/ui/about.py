"""Help › About Rapport: the version and what the app is for."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from rapport import __version__


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Rapport"))
        self.heading = QLabel(self)
        self.heading.setObjectName("aboutHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setText(self.tr("Rapport {version}").format(version=__version__))
        self.body = QLabel(self)
        self.body.setObjectName("aboutBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        paragraphs = (
            self.tr(
                "A notebook for community organizers: the people you know, "
                "your 1:1 meetings, and the trainings you run."
            ),
            self.tr(
                "It works without internet. Your notes stay on this computer until "
                "you send them to headquarters, on a USB stick or by email."
            ),
            self.tr("Free software under the GNU General Public License, version 3 or later."),
        )
        self.body.setText("".join(f"<p>{escape(text)}</p>" for text in paragraphs))
        self.body.setMinimumWidth(420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        # Settle the size limits before the window exists: changing them on a shown window
        # makes some platforms (offscreen, in tests) warn.
        layout.activate()
