"""Dates and times are written one way on every page, in the interface language."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QApplication, QDateTimeEdit

from rapport.ui.dates import (
    LONG_DAY,
    SHORT_DAY,
    day_text,
    editor_format,
    hour_text,
    minutes_text,
    moment_text,
    stored_day_text,
    stored_moment_text,
    time_text,
    to_local,
    to_moment,
)
from rapport.ui.language import install_language

NARROW_SPACE = "\u202f"  # what Qt puts before AM and PM


def plain(text: str) -> str:
    return text.replace(NARROW_SPACE, " ")


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    assert install_language(qapp, "es")
    yield
    install_language(qapp, "en")


def test_english_days_and_a_twelve_hour_clock(qapp: QApplication) -> None:
    install_language(qapp, "en")
    assert day_text(date(2026, 12, 5)) == "Sat 5 Dec 2026"
    assert day_text(QDate(2026, 12, 5), LONG_DAY) == "Saturday 5 December 2026"
    assert day_text(date(2026, 12, 5), SHORT_DAY) == "5 Dec 2026"
    assert plain(time_text(time(18, 30))) == "6:30 PM"
    assert plain(time_text(QTime(9, 5))) == "9:05 AM"
    assert plain(moment_text(datetime(2026, 12, 5, 18, 30))) == "Sat 5 Dec 2026, 6:30 PM"
    assert plain(minutes_text(18 * 60 + 30)) == "6:30 PM"
    assert plain(minutes_text(24 * 60 + 15)) == "12:15 AM"  # past midnight wraps round
    assert [plain(hour_text(h)) for h in (0, 9, 12, 18)] == ["12 AM", "9 AM", "12 PM", "6 PM"]


def test_spanish_days_and_a_twenty_four_hour_clock(spanish: None) -> None:
    assert day_text(date(2026, 12, 5), LONG_DAY) == "sábado, 5 de diciembre de 2026"
    assert day_text(date(2026, 12, 5), SHORT_DAY) == "5 dic 2026"
    assert time_text(time(18, 30)) == "18:30"
    assert moment_text(datetime(2026, 12, 5, 9, 5)).endswith(" 5 dic 2026, 9:05")
    assert [hour_text(h) for h in (0, 9, 18)] == ["0:00", "9:00", "18:00"]


def test_stored_moments_are_shown_in_this_computers_time_zone(qapp: QApplication) -> None:
    install_language(qapp, "en")
    stored = "2026-12-05T00:30:00Z"
    local = datetime(2026, 12, 5, 0, 30, tzinfo=UTC).astimezone()  # Python's own reckoning
    assert stored_moment_text(stored) == moment_text(local)
    assert stored_day_text(stored) == day_text(local.date(), SHORT_DAY)
    moment = to_local(stored)
    assert moment is not None and to_moment(moment) == stored
    assert stored_day_text("2026-10-24") == "24 Oct 2026"  # a stored day has no zone
    assert stored_day_text("2026-10-24", LONG_DAY) == "Saturday 24 October 2026"


def test_what_cannot_be_read_is_shown_as_it_is(qapp: QApplication) -> None:
    install_language(qapp, "en")
    assert stored_moment_text(None) == "" and stored_day_text(None) == ""
    assert stored_moment_text("someday") == "someday"
    assert stored_day_text("2026-13-45") == "2026-13-45"
    assert stored_day_text("2026-12-05T99:00:00Z") == "2026-12-05T99:00:00Z"
    assert to_local("not a time") is None


def test_a_date_and_time_editor_shows_and_reads_back_the_same_format(qapp: QApplication) -> None:
    install_language(qapp, "en")
    edit = QDateTimeEdit()
    edit.setDisplayFormat(editor_format())
    moment = QDateTime(QDate(2026, 12, 5), QTime(18, 30))
    edit.setDateTime(moment)
    assert plain(edit.text()) == "Sat 5 Dec 2026, 6:30 PM"  # as `moment_text` writes it
    assert QLocale().toDateTime(edit.text(), edit.displayFormat()) == moment


def test_an_evening_one_on_one_west_of_utc_is_shown_on_its_own_day() -> None:
    """6:30 PM in Chicago on 4 December is stored as 00:30 UTC on the 5th."""
    script = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from rapport.ui.dates import stored_day_text, stored_moment_text\n"
        "from rapport.ui.language import install_language\n"
        "app = QCoreApplication([])\n"
        "install_language(app, 'en')\n"
        "print(stored_day_text('2026-12-05T00:30:00Z'))\n"
        "print(stored_moment_text('2026-12-05T00:30:00Z'))\n"
    )
    env = {**os.environ, "TZ": "America/Chicago"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    day, moment = done.stdout.splitlines()
    assert day == "4 Dec 2026"
    assert plain(moment) == "Fri 4 Dec 2026, 6:30 PM"
