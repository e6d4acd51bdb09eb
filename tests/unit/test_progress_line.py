"""The progress line of the long commands: drawn in place on a terminal, never elsewhere."""

from __future__ import annotations

import io

import pytest

from rapport.commands.progress import EVERY, ProgressLine, counted


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_line_is_redrawn_in_place_at_most_every_few_tenths_of_a_second() -> None:
    screen, clock = Terminal(), Clock()
    line = ProgressLine("Importing people.csv", "rows", stream=screen, clock=clock)
    line.count(500, 2_000)
    line.count(1_000, 2_000)  # too soon after the first: not drawn
    clock.now += EVERY
    line.count(1_500, 2_000)
    assert screen.getvalue() == (
        "\rImporting people.csv: 500 of 2,000 rows (25%)"
        "\rImporting people.csv: 1,500 of 2,000 rows (75%)"
    )


def test_the_last_count_is_always_drawn_and_says_the_command_is_finishing() -> None:
    screen, clock = Terminal(), Clock()
    line = ProgressLine("Writing b.json", "records", stream=screen, clock=clock)
    line.count(10, 20)
    line.count(20, 20)  # at once: the end is not held back
    line.count(20, 20)  # the same text again is not drawn twice
    assert screen.getvalue().split("\r")[1:] == [
        "Writing b.json: 10 of 20 records (50%)",
        "Writing b.json: 20 of 20 records (100%), finishing…",
    ]


def test_a_shorter_text_covers_the_longer_one_and_clear_wipes_the_line() -> None:
    screen, clock = Terminal(), Clock()
    with ProgressLine("Merging a.json", "records", stream=screen, clock=clock) as line:
        line.count(1_000_000)
        clock.now += EVERY
        line.count(5)
        assert screen.getvalue().endswith("\rMerging a.json: 5 records" + " " * 8)
    width = len("Merging a.json: 5 records")  # the rest of the line is blank already
    assert screen.getvalue().endswith("\r" + " " * width + "\r")
    line.clear()  # nothing on the line: nothing written
    assert screen.getvalue().endswith("\r" + " " * width + "\r")


def test_a_count_past_the_expected_total_shows_the_total() -> None:
    screen = Terminal()
    ProgressLine("Importing a.csv", "rows", stream=screen).count(120, 100)
    assert screen.getvalue() == "\rImporting a.csv: 100 of 100 rows (100%), finishing…"


@pytest.mark.parametrize("stream", [io.StringIO(), None])
def test_nothing_is_drawn_when_standard_error_is_not_a_terminal(
    stream: io.StringIO | None, capsys: pytest.CaptureFixture[str]
) -> None:
    with ProgressLine("Importing a.csv", "rows", stream=stream) as line:
        assert not line.shown
        line.count(500, 1_000)
        line.count(1_000, 1_000)
    assert capsys.readouterr().err == ""
    assert stream is None or stream.getvalue() == ""


def test_counted_reports_every_500_items_and_the_end() -> None:
    reports: list[tuple[int, int]] = []
    items = list(counted(range(1_234), lambda d, t: reports.append((d, t)), 1_300))
    assert items == list(range(1_234))
    assert reports == [(500, 1_300), (1_000, 1_300), (1_300, 1_300)]
