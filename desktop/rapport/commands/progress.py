"""How far a long command has got (an import, an export, a merge), on one line of
standard error that is redrawn in place: "Importing people.csv: 45,000 of 100,000
rows (45%)".

The line is drawn only when standard error is a terminal, so a command whose output is
piped or logged prints exactly what it printed before. It is redrawn at most every
`EVERY` seconds, and wiped before the command prints anything else (`clear`) and when
the command ends.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import TextIO, TypeVar

T = TypeVar("T")

EVERY = 0.2  # seconds between two drawings of the line
COUNT_STEP = 500  # items between two reports from `counted`


class ProgressLine:
    """The line for one piece of work, named by `label`, counting `unit`s."""

    def __init__(
        self,
        label: str,
        unit: str,
        *,
        stream: TextIO | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.label = label
        self.unit = unit
        self._stream = sys.stderr if stream is None else stream
        self.shown = _is_terminal(self._stream)
        self._clock = clock
        self._width = 0  # characters on the line now
        self._text = ""
        self._next = 0.0

    def __enter__(self) -> ProgressLine:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.clear()

    def count(self, done: int, total: int | None = None) -> None:
        """Show `done` (of `total`, when known); once all are done, that it is finishing
        (an import still commits, an export still moves its file into place)."""
        if not self.shown or (self._clock() < self._next and done != total):
            return
        text = f"{self.label}: {done:,} {self.unit}"
        if total:
            shown = min(done, total)
            text = f"{self.label}: {shown:,} of {total:,} {self.unit} ({shown * 100 // total}%)"
            if done >= total:
                text += ", finishing…"
        self._draw(text)

    def clear(self) -> None:
        """Wipe the line, so the next output starts on a clean one."""
        if self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
            self._width = 0

    def _draw(self, text: str) -> None:
        if self._width and text == self._text:
            return
        self._text = text
        self._next = self._clock() + EVERY
        self._stream.write("\r" + text + " " * max(0, self._width - len(text)))
        self._stream.flush()
        self._width = len(text)


def counted(items: Iterable[T], report: Callable[[int, int], None], total: int) -> Iterator[T]:
    """`items` as they come, with `report(done, total)` every `COUNT_STEP` of them, and
    `report(total, total)` after the last (`total` is how many are expected)."""
    for done, item in enumerate(items, 1):
        if done % COUNT_STEP == 0:
            report(done, total)
        yield item
    report(total, total)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream
        return False
