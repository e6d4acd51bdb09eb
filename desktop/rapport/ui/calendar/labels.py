"""What the window calls meeting types, statuses and call outcomes, translated, and the
organizer's own time zone."""

from __future__ import annotations

from collections.abc import Sequence

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


def problem_text(problem: str) -> str:
    """A scheduling problem (a `Problem` from the store or domain) in the interface
    language; text without a known code is shown as it is."""
    code = getattr(problem, "code", "")
    params: dict[str, object] = dict(getattr(problem, "params", {}))
    statuses = status_labels()
    for name in ("status", "current", "new"):
        if name in params:
            params[name] = statuses.get(str(params[name]), str(params[name]))
    texts = {
        "no_contact": Meetings.tr("Choose who the 1:1 is with."),
        "no_start": Meetings.tr("Choose when the 1:1 starts."),
        "no_place": Meetings.tr(
            "Say where the 1:1 takes place: a meeting without a place is not set."
        ),
        "bad_length": Meetings.tr("The length must be between 1 and {max} minutes."),
        "bad_zone": Meetings.tr("“{zone}” is not a known time zone."),
        "unknown_type": Meetings.tr("“{kind}” is not a meeting type on the list."),
        "unknown_status": Meetings.tr("“{status}” is not a meeting status."),
        "bad_transition": Meetings.tr("A meeting that is “{current}” cannot become “{new}”."),
        "cannot_move": Meetings.tr("A meeting that is “{status}” cannot be moved."),
        "already_rescheduled": Meetings.tr("This meeting was already rescheduled."),
        "block_no_start": Meetings.tr("Choose when the block starts."),
        "block_no_place": Meetings.tr("Say where the block takes place."),
        "block_short": Meetings.tr("The block is shorter than one slot."),
        "keys_empty": Meetings.tr("The list needs at least one meeting type."),
        "bad_key": Meetings.tr(
            "The key “{key}” must be 1 to {max} lower-case letters, digits or underscores."
        ),
        "duplicate_key": Meetings.tr("The key “{key}” is used twice."),
        "long_label": Meetings.tr("The name of “{key}” is longer than {max} characters."),
    }
    text = texts.get(code)
    if text is None:
        return str(problem)
    for name, value in params.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def problems_text(problems: Sequence[str]) -> str:
    """Problems in the interface language, one a line."""
    return "\n".join(problem_text(p) for p in problems)
