"""What the window calls meeting types, statuses and call outcomes, translated, and the
organizer's own time zone."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimeZone

from rapport.domain.records import MeetingType


class Meetings:
    """The translation context of these texts (`Meetings.tr("...")`, found by lupdate)."""

    @staticmethod
    def tr(text: str, n: int = -1) -> str:
        return QCoreApplication.translate("Meetings", text, None, n)


def default_type_labels() -> dict[str, str]:
    return {
        "introductory": Meetings.tr("Introductory / recruitment"),
        "follow_up": Meetings.tr("Follow-up"),
        "leadership": Meetings.tr("Leadership development"),
    }


def type_labels(types: Sequence[MeetingType]) -> dict[str, str]:
    """Type key → what the window calls it."""
    from rapport.domain.meeting_types import type_label

    defaults = default_type_labels()
    return {t.key: t.label or defaults.get(t.key) or type_label(t) for t in types}


def type_label(types: Sequence[MeetingType], key: str) -> str:
    return type_labels(types).get(key) or default_type_labels().get(key) or key.replace("_", " ")


def status_labels() -> dict[str, str]:
    return {
        "scheduled": Meetings.tr("Scheduled"),
        "confirmed": Meetings.tr("Confirmed"),
        "held": Meetings.tr("Held"),
        "no_show": Meetings.tr("No-show"),
        "cancelled": Meetings.tr("Cancelled"),
        "rescheduled": Meetings.tr("Rescheduled"),
    }


def call_labels() -> dict[str, str]:
    return {
        "": Meetings.tr("Not called yet"),
        "reached": Meetings.tr("Reached"),
        "no_answer": Meetings.tr("Couldn't reach"),
    }


def system_time_zone() -> str:
    """The IANA name of this computer's time zone (UTC when Qt cannot tell)."""
    from rapport.domain.scheduling import is_time_zone

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if is_time_zone(name) else "UTC"


def hm(value: datetime) -> str:
    return f"{value:%H:%M}"
