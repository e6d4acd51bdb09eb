"""Pieces the training steps share: the step base class with its save-as-you-type
timer, note boxes, headings and small helpers."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from rapport.store.core import Store
    from rapport.store.trainings import TrainingFile

SAVE_DELAY_MS = 600  # notes are saved this long after the last keystroke
ERROR_STYLE = "color: #b03a2e;"


def heading(parent: QWidget, scale: float = 1.2) -> QLabel:
    label = QLabel(parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def hint(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("stepHint")
    label.setStyleSheet("color: palette(placeholder-text);")
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    return label


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(260)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def notes_box(parent: QWidget, lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def set_error(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


class Step(QWidget):
    """One step of a training. `load(file)` shows it; edits are saved after a short
    pause (`schedule_save`) and at once by `flush()` when the trainer moves on.
    `changed` tells the workspace that something was written."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.file: TrainingFile | None = None
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._save_now)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(8)

    def title(self) -> str:
        raise NotImplementedError

    def load(self, file: TrainingFile) -> None:
        self._timer.stop()
        self.file = file
        with self.loading():
            self.show_file(file)

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Fill the widgets in the block without it counting as an edit to save."""
        before, self._loading = self._loading, True
        try:
            yield
        finally:
            self._loading = before

    def show_file(self, file: TrainingFile) -> None:
        """Fill the widgets from `file` (edits made meanwhile are not saved)."""

    def schedule_save(self) -> None:
        if not self._loading and self.file is not None:
            self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Save what is waiting to be saved, now."""
        if self._timer.isActive():
            self._timer.stop()
            self._save_now()

    def _save_now(self) -> None:
        if self.file is not None and self.save():
            self.changed.emit()

    def save(self) -> bool:
        """Write the step's edits; True when something was written."""
        return False

    def retranslate(self) -> None:
        """Set every visible text."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
