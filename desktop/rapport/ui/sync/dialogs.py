"""`MessageDialog`: what happened (an export written, an import done, a problem), and
`settle`, which fixes a dialog's size limits before it is shown."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QStyle,
    QVBoxLayout,
    QWidget,
)


def settle(dialog: QDialog, minimum: QSize | None = None) -> None:
    """Fix `dialog`'s minimum size from its layout (and `minimum`) before it is shown.

    An explicit minimum keeps the layout from changing the window's size limits while it
    is shown (as texts and lists change), which some platforms (offscreen, in tests)
    cannot pass on to the window system and warn about.
    """
    layout = dialog.layout()
    assert isinstance(layout, QLayout)
    layout.activate()
    size = layout.totalMinimumSize()
    if minimum is not None:
        size = size.expandedTo(minimum)
    dialog.setMinimumSize(size)
    dialog.resize(layout.totalSizeHint().expandedTo(size))


def heading_label(parent: QWidget, scale: float = 1.25) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class MessageDialog(QDialog):
    """A heading, a few paragraphs of plain text the person can select and copy, and OK.

    `problem=True` shows a warning sign instead of an information sign.
    """

    def __init__(
        self,
        title: str,
        heading: str,
        text: str,
        parent: QWidget | None = None,
        *,
        problem: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncMessage")
        self.setWindowTitle(title)
        icon = QLabel(self)
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if problem
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(self.style().standardIcon(pixmap, None, self).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = heading_label(self, 1.15)
        self.heading.setText(heading)
        self.body = QLabel(text, self)
        self.body.setObjectName("syncMessageBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setMinimumWidth(440)
        self.body.setMaximumWidth(620)
        self.body.setVisible(bool(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        self.buttons = buttons

        text_column = QVBoxLayout()
        text_column.setSpacing(10)
        text_column.addWidget(self.heading)
        text_column.addWidget(self.body)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(icon)
        row.addLayout(text_column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(16)
        layout.addLayout(row)
        layout.addWidget(buttons)
        settle(self)

    def text(self) -> str:
        """The heading and the body, as one text (for tests and the page's last result)."""
        return "\n\n".join(t for t in (self.heading.text(), self.body.text()) if t)
