"""The windows of a presentation: the audience view (the room's screen) and the
presenter view (the laptop: current and next slide, notes, timer, the room's answers).

Both paint with `paint_slide` and send their keys to the `PresentController`; neither
reads the store.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rapport.ui.present.controller import PresentController
from rapport.ui.present.paint import THEMES, Painted, Theme, paint_slide

LETTERBOX = QColor("#202020")


def fit_rect(area: QRectF, aspect: float) -> QRectF:
    """The largest rectangle of `aspect` (width / height) centred in `area`."""
    width = min(area.width(), area.height() * aspect)
    height = width / aspect
    return QRectF(
        area.left() + (area.width() - width) / 2,
        area.top() + (area.height() - height) / 2,
        width,
        height,
    )


class SlideCanvas(QWidget):
    """Paints the controller's current slide (or, with `following`, the next one)."""

    def __init__(
        self,
        controller: PresentController,
        parent: QWidget | None = None,
        *,
        following: bool = False,
        theme: Theme = THEMES["dark"],
        aspect: float = 16 / 9,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.following = following
        self.theme = theme
        self.aspect = aspect
        self.corner: Callable[[], str] | None = None
        self.last_painted: Painted | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        controller.changed.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(480, 270)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 90)

    def slide_rect(self) -> QRectF:
        return fit_rect(QRectF(self.rect()), self.aspect)

    def paintEvent(self, event: QPaintEvent) -> None:
        c = self.controller
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), LETTERBOX)
            rect = self.slide_rect()
            if self.following:
                index = c.index + 1
                if c.next_slide is None:
                    painter.setPen(QColor("#e0e0e0"))
                    painter.drawText(
                        rect, Qt.AlignmentFlag.AlignCenter, self.tr("End of the slides")
                    )
                    return
                slide, step, blank = c.next_slide, 0, False
            else:
                index, slide, step, blank = c.index, c.slide, c.step, c.blank
            self.last_painted = paint_slide(
                painter,
                rect,
                slide,
                step,
                self.theme,
                answers=c.answers_of(index),
                number=index + 1,
                total=len(c.deck.slides),
                corner=self.corner() if self.corner is not None else "",
                blank=blank,
            )
        finally:
            painter.end()


class AudienceWindow(SlideCanvas):
    """The room's view: the slide filling the screen. With one screen it also shows the
    timer in a corner and takes the room's answers itself (Tab or A on a discussion
    slide opens a box at the bottom; Enter adds the answer, Esc closes the box)."""

    def __init__(self, controller: PresentController, *, single: bool = False) -> None:
        super().__init__(controller, None)
        self.setObjectName("audienceView")
        self.setWindowTitle(self.tr("Rapport — audience"))
        self.single = single
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setMinimumSize(320, 240)
        self.entry = QLineEdit(self)
        self.entry.setObjectName("audienceAnswer")
        self.entry.hide()
        self.entry.installEventFilter(self)
        controller.changed.connect(self._slide_changed)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.aspect = max(self.width(), 1) / max(self.height(), 1)
        super().paintEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        height = max(36, self.height() // 14)
        self.entry.setGeometry(
            self.width() // 10, self.height() - height * 2, self.width() * 8 // 10, height
        )
        font = QFont(self.entry.font())
        font.setPixelSize(max(12, height // 2))
        self.entry.setFont(font)

    def open_entry(self) -> bool:
        if not self.single or self.controller.slide.kind != "discussion":
            return False
        self.entry.clear()
        self.entry.setPlaceholderText(self.tr("Type an answer, press Enter; Esc when done"))
        self.entry.show()
        self.entry.setFocus()
        return True

    def _slide_changed(self) -> None:
        if self.entry.isVisible() and self.controller.slide.kind != "discussion":
            self.entry.hide()
            self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_A) and self.open_entry():
            return
        if not self.controller.handle_key(event.key(), event.modifiers()):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.entry and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.controller.add_answer(self.entry.text())
                self.entry.clear()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.entry.hide()
                self.setFocus()
                return True
        return super().eventFilter(watched, event)


class PresenterWindow(QWidget):
    """The laptop's view. Keys go to the controller, except while typing an answer."""

    export_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, controller: PresentController, aspect: float = 16 / 9) -> None:
        super().__init__(None)
        self.setObjectName("presenterView")
        self.controller = controller
        self.current = SlideCanvas(controller, self, aspect=aspect)
        self.current.setObjectName("currentSlide")
        self.following = SlideCanvas(controller, self, following=True, aspect=aspect)
        self.following.setObjectName("nextSlide")
        self.position = QLabel(self)
        self.position.setObjectName("slidePosition")
        self.timer = QLabel(self)
        self.timer.setObjectName("presentTimer")
        big = QFont(self.timer.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        self.timer.setFont(big)
        self.clock = QLabel(self)
        self.pause_button = self._button("pauseTimer")
        self.reset_button = self._button("resetTimer")
        self.blank_button = self._button("blankScreen")
        self.blank_button.setCheckable(True)
        self.previous_button = self._button("previousSlide")
        self.next_button = self._button("nextSlide")
        self.export_button = self._button("exportHandout")
        self.end_button = self._button("endPresentation")
        self.language = QComboBox(self)
        self.language.setObjectName("slideLanguage")
        self.language.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        self.next_label = QLabel(self)
        self.notes_label = QLabel(self)
        self.notes = QTextBrowser(self)
        self.notes.setObjectName("presenterNotes")
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        notes_font = QFont(self.notes.font())
        notes_font.setPointSizeF(notes_font.pointSizeF() * 1.35)
        self.notes.setFont(notes_font)
        self.answers_label = QLabel(self)
        self.answer = QLineEdit(self)
        self.answer.setObjectName("answerEntry")
        self.answer.installEventFilter(self)
        self.add_button = self._button("addAnswer")
        self.remove_button = self._button("removeAnswer")
        self.answer_list = QListWidget(self)
        self.answer_list.setObjectName("answerList")
        self.answer_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.answer_list.setMaximumHeight(130)
        # An explicit minimum keeps the layout from changing the window's size limits
        # while it is shown (as the timer and labels change).
        self.setMinimumSize(720, 480)
        self._layout()
        self._connect()
        self.retranslate()
        self.refresh()

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must reach the slides
        return button

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.timer)
        top.addWidget(self.pause_button)
        top.addWidget(self.reset_button)
        top.addSpacing(12)
        top.addWidget(self.clock)
        top.addStretch(1)
        top.addWidget(self.position)
        top.addSpacing(12)
        top.addWidget(self.language)
        top.addWidget(self.export_button)
        top.addWidget(self.end_button)
        side = QVBoxLayout()
        side.addWidget(self.next_label)
        side.addWidget(self.following, 2)
        side.addWidget(self.notes_label)
        side.addWidget(self.notes, 3)
        left = QVBoxLayout()
        left.addWidget(self.current, 1)
        moves = QHBoxLayout()
        moves.addWidget(self.previous_button)
        moves.addWidget(self.blank_button)
        moves.addWidget(self.next_button)
        left.addLayout(moves)
        entry = QHBoxLayout()
        entry.addWidget(self.answers_label)
        entry.addWidget(self.answer, 1)
        entry.addWidget(self.add_button)
        entry.addWidget(self.remove_button)
        left.addLayout(entry)
        left.addWidget(self.answer_list)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(side, 2)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addLayout(body, 1)

    def _connect(self) -> None:
        c = self.controller
        c.changed.connect(self.refresh)
        self.previous_button.clicked.connect(c.previous)
        self.next_button.clicked.connect(c.next)
        self.blank_button.clicked.connect(c.toggle_blank)
        self.end_button.clicked.connect(c.leave)
        self.add_button.clicked.connect(self.add_answer)
        self.remove_button.clicked.connect(self._remove_answer)
        self.export_button.clicked.connect(self.export_requested)
        self.language.activated.connect(
            lambda i: self.language_chosen.emit(str(self.language.itemData(i)))
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rapport — presenter"))
        self.pause_button.setText(self.tr("Pause"))
        self.reset_button.setText(self.tr("Reset"))
        self.blank_button.setText(self.tr("Blank (B)"))
        self.previous_button.setText(self.tr("← Previous"))
        self.next_button.setText(self.tr("Next →"))
        self.export_button.setText(self.tr("Export handout PDF…"))
        self.end_button.setText(self.tr("End (Esc)"))
        self.next_label.setText(self.tr("Next"))
        self.notes_label.setText(self.tr("Notes"))
        self.answers_label.setText(self.tr("The room's answers:"))
        self.answer.setPlaceholderText(self.tr("Type what the room says, then Enter"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))

    def set_language(self, language: str) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(language)))

    def set_timer(self, elapsed: str, clock: str, running: bool) -> None:
        self.timer.setText(elapsed)
        self.clock.setText(clock)
        self.pause_button.setText(self.tr("Pause") if running else self.tr("Resume"))

    def refresh(self) -> None:
        c = self.controller
        slide = c.slide
        where = self.tr("Slide %1 of %2").replace("%1", str(c.index + 1))
        where = where.replace("%2", str(len(c.deck.slides)))
        if slide.steps > 1:
            step = self.tr("step %1 of %2").replace("%1", str(c.step + 1))
            where += " · " + step.replace("%2", str(slide.steps))
        if c.blank:
            where += " · " + self.tr("screen blank")
        self.position.setText(where)
        self.notes.setPlainText(slide.notes)
        self.blank_button.setChecked(c.blank)
        discussing = slide.kind == "discussion"
        for widget in (
            self.answers_label,
            self.answer,
            self.add_button,
            self.remove_button,
            self.answer_list,
        ):
            widget.setVisible(discussing)
        answers = c.answers_of(c.index)
        if [self.answer_list.item(i).text() for i in range(self.answer_list.count())] != answers:
            self.answer_list.clear()
            self.answer_list.addItems(answers)
        if not discussing and self.answer.hasFocus():
            self.setFocus()

    def add_answer(self) -> None:
        if self.controller.add_answer(self.answer.text()):
            self.answer.clear()

    def _remove_answer(self) -> None:
        self.controller.remove_answer(self.answer_list.currentRow())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.controller.handle_key(event.key(), event.modifiers()):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.answer and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_answer()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.setFocus()  # leave the box; a second Esc leaves the presentation
                return True
        return super().eventFilter(watched, event)
