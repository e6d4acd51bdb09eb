"""Dates and times as the window writes them: the same way on every page, in the way of
the interface language (`QLocale()`, set from the language chosen in Settings).

- A day in a list: "Sat 5 Dec 2026" (`DAY`); in a heading or a record: "Saturday 5
  December 2026" (`LONG_DAY`); in a narrow column: "5 Dec 2026" (`SHORT_DAY`).
- A time of day: the language's own clock, "6:30 PM" in English and "18:30" in Spanish.
- A moment: its day, a comma, its time.

Moments are stored as UTC text ("2026-12-05T00:30:00Z", `ISO`) and shown in this
computer's time zone (`to_local`); the calendar converts them to the organizer's zone
itself and passes Python datetimes.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime

DAY = "ddd d MMM yyyy"
LONG_DAY = "dddd d MMMM yyyy"
SHORT_DAY = "d MMM yyyy"
ISO = "yyyy-MM-dd'T'HH:mm:ss'Z'"  # how moments are stored (UTC)
ISO_DAY = "yyyy-MM-dd"  # how days are stored

Day = date | QDate | QDateTime
Moment = datetime | QDateTime


def to_local(moment: str | None) -> QDateTime | None:
    """A stored UTC moment in this computer's time zone; None when unset or unreadable."""
    if not moment:
        return None
    value = QDateTime.fromString(moment, Qt.DateFormat.ISODate)  # "Z": UTC
    return value.toLocalTime() if value.isValid() else None


def to_moment(value: QDateTime) -> str:
    """A moment as it is stored: UTC text."""
    return value.toUTC().toString(ISO)


def clock_format() -> str:
    """The interface language's format for a time of day ("h:mm AP", "H:mm")."""
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def editor_format(day: str = DAY) -> str:
    """The display format of a date-and-time editor, matching `moment_text`."""
    return f"{day}, {clock_format()}"


def time_text(value: time | QTime | Moment) -> str:
    """A time of day: "6:30 PM" (English), "18:30" (Spanish)."""
    return QLocale().toString(_qtime(value), clock_format())


def hour_text(hour: int) -> str:
    """An hour on a time axis: "6 PM" on a 12-hour clock, "18:00" on a 24-hour one."""
    fmt = clock_format()
    if "ap" in fmt.lower():
        fmt = fmt.replace(":mm", "")
    return QLocale().toString(QTime(hour % 24, 0), fmt)


def minutes_text(minutes: float) -> str:
    """A time of day given in minutes after midnight."""
    hours, rest = divmod(int(minutes) % (24 * 60), 60)
    return time_text(QTime(hours, rest))


def day_text(value: Day, fmt: str = DAY) -> str:
    """A day ("Sat 5 Dec 2026"), or any Qt date format in the interface language."""
    if fmt == LONG_DAY:  # a language may word it its own way: "5 de diciembre de 2026"
        fmt = QCoreApplication.translate("Dates", "dddd d MMMM yyyy")
    return QLocale().toString(_qdate(value), fmt)


def moment_text(value: Moment, day: str = DAY) -> str:
    """A day and a time: "Sat 5 Dec 2026, 6:30 PM"."""
    return f"{day_text(value, day)}, {time_text(value)}"


def stored_moment_text(moment: str | None, day: str = DAY) -> str:
    """A stored UTC moment as `moment_text` in this computer's zone ("" when unset; the
    text itself when it cannot be read)."""
    local = to_local(moment)
    if local is None:
        return moment or ""
    return moment_text(local, day)


def stored_day_text(text: str | None, fmt: str = SHORT_DAY) -> str:
    """A stored day ("2026-10-24") or the day of a stored moment (in this computer's
    zone) as `day_text` ("" when unset; the text itself when it cannot be read)."""
    if not text:
        return ""
    if len(text) > len("2026-10-24"):
        local = to_local(text)
        return day_text(local, fmt) if local is not None else text
    day = QDate.fromString(text, ISO_DAY)
    return day_text(day, fmt) if day.isValid() else text


def _qdate(value: Day) -> QDate:
    if isinstance(value, QDateTime):
        return value.date()
    if isinstance(value, QDate):
        return value
    return QDate(value.year, value.month, value.day)


def _qtime(value: time | QTime | Moment) -> QTime:
    if isinstance(value, QDateTime):
        return value.time()
    if isinstance(value, QTime):
        return value
    return QTime(value.hour, value.minute)
