"""`PresentController`: where the presentation is (slide, reveal step, blank screen),
the room's answers on discussion slides, and the keys a trainer or a clicker sends.

Next (Right, Down, Page Down, Space, Enter, N) shows the slide's next reveal step
before moving on; Previous (Left, Up, Page Up, Backspace, P) goes back a step, or to
the previous slide fully shown. Home and End jump to the first and last slide; B (or
"." as many clickers send) blanks the screen and brings it back; Esc leaves. Every
window of the presentation sends its keys here and repaints on `changed`.
`answers_changed` (the slide's index) tells the presentation to keep the answers.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from rapport.domain.slides import Deck, Slide

Key = Qt.Key
NEXT_KEYS = {Key.Key_Right, Key.Key_Down, Key.Key_PageDown, Key.Key_Space, Key.Key_N}
ENTER_KEYS = {Key.Key_Return, Key.Key_Enter}
PREVIOUS_KEYS = {Key.Key_Left, Key.Key_Up, Key.Key_PageUp, Key.Key_Backspace, Key.Key_P}
BLANK_KEYS = {Key.Key_B, Key.Key_Period}


class PresentController(QObject):
    changed = Signal()
    leave = Signal()
    answers_changed = Signal(int)  # the index of the discussion slide

    def __init__(
        self,
        deck: Deck,
        parent: QObject | None = None,
        answers: dict[int, list[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.deck = deck
        self.index = 0
        self.step = 0
        self.blank = False
        self.answers: dict[int, list[str]] = {k: list(v) for k, v in (answers or {}).items()}

    # --- where we are -------------------------------------------------------------------

    @property
    def slide(self) -> Slide:
        return self.deck.slides[self.index]

    @property
    def next_slide(self) -> Slide | None:
        following = self.index + 1
        return self.deck.slides[following] if following < len(self.deck.slides) else None

    def answers_of(self, index: int) -> list[str]:
        return list(self.answers.get(index, []))

    def set_deck(self, deck: Deck) -> None:
        """Show another deck of the same training (another language), keeping the place."""
        self.deck = deck
        self.index = min(self.index, len(deck.slides) - 1)
        self.step = min(self.step, self.slide.steps - 1)
        self.changed.emit()

    # --- moving -------------------------------------------------------------------------

    def next(self) -> None:
        if self.blank:
            self.blank = False
        elif self.step < self.slide.steps - 1:
            self.step += 1
        elif self.index < len(self.deck.slides) - 1:
            self.index += 1
            self.step = 0
        self.changed.emit()

    def previous(self) -> None:
        if self.blank:
            self.blank = False
        elif self.step > 0:
            self.step -= 1
        elif self.index > 0:
            self.index -= 1
            self.step = self.slide.steps - 1
        self.changed.emit()

    def go_to(self, index: int, step: int = 0) -> None:
        self.index = max(0, min(index, len(self.deck.slides) - 1))
        self.step = max(0, min(step, self.slide.steps - 1))
        self.blank = False
        self.changed.emit()

    def first(self) -> None:
        self.go_to(0)

    def last(self) -> None:
        self.go_to(len(self.deck.slides) - 1)

    def toggle_blank(self) -> None:
        self.blank = not self.blank
        self.changed.emit()

    # --- the room's answers -------------------------------------------------------------

    def add_answer(self, text: str) -> bool:
        text = " ".join(text.split())
        if not text or self.slide.kind != "discussion":
            return False
        self.answers.setdefault(self.index, []).append(text)
        self.answers_changed.emit(self.index)
        self.changed.emit()
        return True

    def remove_answer(self, position: int) -> None:
        found = self.answers.get(self.index, [])
        if 0 <= position < len(found):
            del found[position]
            self.answers_changed.emit(self.index)
            self.changed.emit()

    # --- keys ---------------------------------------------------------------------------

    def handle_key(
        self, key: int, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> bool:
        """Act on a key; True when it meant something to the presentation."""
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if key in NEXT_KEYS or key in ENTER_KEYS:
            if key == Key.Key_Space and modifiers & Qt.KeyboardModifier.ShiftModifier:
                self.previous()
            else:
                self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Key.Key_Home:
            self.first()
        elif key == Key.Key_End:
            self.last()
        elif key in BLANK_KEYS:
            self.toggle_blank()
        elif key == Key.Key_Escape:
            self.leave.emit()
        elif key == Key.Key_F5:
            pass  # a clicker's "start presentation" button: we are presenting already
        else:
            return False
        return True
