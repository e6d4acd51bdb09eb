"""`Presentation`: opening a training's slides on the screens, and leaving again.

With two screens the audience view fills the second one and the presenter view opens
on the laptop's (the primary) screen; with one, the audience view takes the screen and
shows the timer in a corner. `present_training` builds the deck from the store and
starts it; the main window calls it for View → Present (F5). The room's answers are
kept with the training as each one is added or removed, and shown again when the
presentation reopens, so leaving (Esc) loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QElapsedTimer,
    QLocale,
    QObject,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QScreen

from rapport.domain.slides import Deck
from rapport.ui.present.controller import PresentController
from rapport.ui.present.windows import AudienceWindow, PresenterWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from rapport.store.core import Store


def when_text(starts_at: str | None, language: str) -> str:
    """A training's stored UTC start as local date and time, written in `language`."""
    moment = QDateTime.fromString(starts_at or "", Qt.DateFormat.ISODate)
    if not moment.isValid():
        return ""
    locale = QLocale(QLocale.Language.Spanish if language == "es" else QLocale.Language.English)
    local = moment.toLocalTime()
    day = locale.toString(local.date(), QLocale.FormatType.LongFormat)
    return f"{day}, {locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


class Presentation(QObject):
    """One running presentation: the controller, its windows and the timer."""

    finished = Signal()

    def __init__(
        self,
        deck: Deck,
        parent: QObject | None = None,
        *,
        presenter_view: bool | None = None,
        full_screen: bool = True,
        deck_for: Callable[[str], Deck | None] | None = None,
        answers: dict[int, list[str]] | None = None,
        keep_answers: Callable[[int, list[str]], None] | None = None,
    ) -> None:
        """`answers` are the room's answers already kept, by discussion number (1
        first); `keep_answers(number, answers)` is called as they change."""
        super().__init__(parent)
        self.controller = PresentController(deck, self, deck.answers_by_index(answers or {}))
        self.controller.leave.connect(self.close)
        self.controller.answers_changed.connect(self._answers_changed)
        self.keep_answers = keep_answers
        self.deck_for = deck_for
        screens = QGuiApplication.screens()
        laptop = QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not laptop]
        self.room_screen: QScreen | None = others[0] if others else laptop
        self.laptop_screen = laptop
        self.two_screens = bool(others) if presenter_view is None else presenter_view
        self.full_screen = full_screen
        self.audience = AudienceWindow(self.controller, single=not self.two_screens)
        self.presenter: PresenterWindow | None = None
        aspect = 16 / 9
        if self.room_screen is not None:
            size = self.room_screen.geometry().size()
            aspect = max(size.width(), 1) / max(size.height(), 1)
        if self.two_screens:
            self.presenter = PresenterWindow(self.controller, aspect)
            self.presenter.set_language(deck.language)
            self.presenter.pause_button.clicked.connect(self.toggle_timer)
            self.presenter.reset_button.clicked.connect(self.reset_timer)
            self.presenter.export_requested.connect(self.export_handout)
            self.presenter.language_chosen.connect(self.set_language)
        else:
            self.audience.corner = self.timer_text
        self._clock = QElapsedTimer()
        self._banked = 0  # milliseconds counted before the last pause
        self._running = False
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_timer)
        self.closed = False

    # --- showing ------------------------------------------------------------------------

    def start(self) -> None:
        room = self.room_screen
        if room is not None:
            self.audience.setScreen(room)
            self.audience.setGeometry(room.geometry())
        else:
            self.audience.resize(1024, 768)
        if self.full_screen:
            self.audience.showFullScreen()
        else:
            self.audience.show()
        if self.presenter is not None:
            laptop = self.laptop_screen
            if laptop is not None:
                area = laptop.availableGeometry()
                self.presenter.setScreen(laptop)
                self.presenter.resize(min(1280, area.width()), min(800, area.height()))
                self.presenter.move(area.topLeft())
            else:
                self.presenter.resize(1280, 800)
            self.presenter.show()
            self.presenter.activateWindow()
            self.presenter.setFocus()
        else:
            self.audience.activateWindow()
            self.audience.setFocus()
        self.reset_timer()
        self._tick.start()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self._tick.stop()
        for window in (self.audience, self.presenter):
            if window is not None:
                window.close()
                window.deleteLater()
        self.finished.emit()

    def _answers_changed(self, index: int) -> None:
        number = self.controller.deck.discussion_number(index)
        if self.keep_answers is not None and number is not None:
            self.keep_answers(number, self.controller.answers_of(index))

    def set_language(self, language: str) -> None:
        deck = self.deck_for(language) if self.deck_for is not None else None
        if deck is not None:
            self.controller.set_deck(deck)

    # --- the timer ----------------------------------------------------------------------

    def elapsed_ms(self) -> int:
        return self._banked + (self._clock.elapsed() if self._running else 0)

    def timer_text(self) -> str:
        seconds = self.elapsed_ms() // 1000
        hours, rest = divmod(seconds, 3600)
        text = f"{rest // 60:02d}:{rest % 60:02d}"
        return f"{hours}:{text}" if hours else text

    def toggle_timer(self) -> None:
        if self._running:
            self._banked += self._clock.elapsed()
            self._running = False
        else:
            self._clock.start()
            self._running = True
        self._update_timer()

    def reset_timer(self) -> None:
        self._banked = 0
        self._clock.start()
        self._running = True
        self._update_timer()

    def _update_timer(self) -> None:
        if self.presenter is not None:
            clock = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            self.presenter.set_timer(self.timer_text(), clock, self._running)
        else:
            self.audience.update()

    # --- the handout --------------------------------------------------------------------

    def export_handout(self, path: Path | None = None) -> Path | None:
        """Write the slides (with the room's answers) as a PDF; asks where when `path`
        is None. Returns the file written."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from rapport.ui.present.export import write_deck_pdf

        deck = self.controller.deck
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.presenter,
                _tr("Export handout PDF"),
                f"{deck.title}.pdf",
                _tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            write_deck_pdf(path, deck, answers=self.controller.answers)
        except OSError as exc:
            QMessageBox.warning(self.presenter, _tr("Export handout PDF"), str(exc))
            return None
        return path


def training_handout(
    store: Store, training_id: str, language: str
) -> tuple[Deck, dict[int, list[str]]] | None:
    """A training's slides in `language` with the room's answers kept so far (by slide
    index), as the handout shows them; None when there is no such training."""
    from rapport.store.presentation import discussion_answers, starts_at, training_deck

    deck = training_deck(
        store, training_id, language, when_text(starts_at(store, training_id), language)
    )
    if deck is None:
        return None
    return deck, deck.answers_by_index(discussion_answers(store, training_id))


def present_training(
    store: Store, training_id: str, language: str, parent: QWidget | None = None, **options: object
) -> Presentation | None:
    """Build a training's slides and open the presentation (None: no such training)."""
    from rapport.store.presentation import (
        discussion_answers,
        save_discussion_answers,
        starts_at,
        training_deck,
    )

    moment = starts_at(store, training_id)

    def deck_for(lang: str) -> Deck | None:
        return training_deck(store, training_id, lang, when_text(moment, lang))

    def keep(number: int, answers: list[str]) -> None:
        save_discussion_answers(store, training_id, number, answers)

    deck = deck_for(language)
    if deck is None:
        return None
    presentation = Presentation(
        deck,
        parent,
        deck_for=deck_for,
        answers=discussion_answers(store, training_id),
        keep_answers=keep,
        **options,  # type: ignore[arg-type]
    )
    presentation.finished.connect(presentation.deleteLater)
    presentation.start()
    return presentation
