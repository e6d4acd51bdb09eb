"""The rules of scheduling 1:1s: what a meeting needs, how its status may move, when two
meetings clash, the free slots of a block, and when a contact is due a follow-up.

Times: a meeting's `starts_at` is a UTC moment ("2026-11-24T23:00:00Z") and its
`time_zone` an IANA name; the wall-clock time the organizer sees is computed with
`zoneinfo`, so a meeting at 18:00 stays at 18:00 across a daylight-saving change.
Pure functions only: no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from rapport.domain.problems import Problem
from rapport.domain.records import Meeting

STATUSES = ("scheduled", "confirmed", "held", "no_show", "cancelled", "rescheduled")
UPCOMING = ("scheduled", "confirmed")
# Meetings that take up the organizer's time (and so can clash).
ACTIVE = ("scheduled", "confirmed", "held")
CONFIRM_OUTCOMES = ("reached", "no_answer")
DEFAULT_FOLLOW_UP_DAYS = 30  # a contact's follow-up interval unless they have their own
MIN_USUAL_MIN = 20  # a 1:1 shorter or longer than this is probably a typing slip
MAX_USUAL_MIN = 90
MAX_LENGTH_MIN = 24 * 60

# Where each status may go. A meeting moves scheduled → confirmed → held (or no-show,
# cancelled, rescheduled). Held and no-show may be swapped to correct a slip, and a
# cancelled meeting may be put back on the calendar. "rescheduled" is final: the
# meeting that replaced it carries on.
TRANSITIONS: dict[str, frozenset[str]] = {
    "scheduled": frozenset({"confirmed", "held", "no_show", "cancelled", "rescheduled"}),
    "confirmed": frozenset({"scheduled", "held", "no_show", "cancelled", "rescheduled"}),
    "held": frozenset({"no_show"}),
    "no_show": frozenset({"held", "rescheduled"}),
    "cancelled": frozenset({"scheduled", "rescheduled"}),
    "rescheduled": frozenset(),
}


class SchedulingError(ValueError):
    """A meeting that cannot be saved as it is; `problems` says why, one reason each
    (English text; most are `Problem`s whose `code` a window translates)."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = list(problems)


# --- times ----------------------------------------------------------------------------------


def is_time_zone(name: str) -> bool:
    if not name or name != name.strip():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def zone(name: str) -> ZoneInfo:
    """The zone called `name`, or UTC for an empty or unknown name."""
    return ZoneInfo(name) if is_time_zone(name) else ZoneInfo("UTC")


def parse_moment(value: str) -> datetime:
    """A stored UTC moment as an aware datetime."""
    return datetime.fromisoformat(value.removesuffix("Z")).replace(tzinfo=UTC)


def moment_text(value: datetime) -> str:
    """An aware datetime as a stored UTC moment (seconds, no fraction)."""
    if value.tzinfo is None:
        raise ValueError("a moment needs a time zone")
    return value.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def to_utc(local: datetime, tz: str) -> str:
    """The UTC moment of a wall-clock time in `tz` (naive `local`).

    In the hour skipped in spring the time is read with the offset before the change
    (02:30 becomes 03:30); in the repeated hour of autumn, the first of the two.
    """
    return moment_text(local.replace(tzinfo=zone(tz)))


def local_time(starts_at: str, tz: str) -> datetime:
    """When a UTC moment happens on the wall clock of `tz` (aware)."""
    return parse_moment(starts_at).astimezone(zone(tz))


def local_problem(local: datetime, tz: str) -> str | None:
    """Why a wall-clock time is doubtful in `tz`: skipped or repeated by a clock change."""
    z = zone(tz)
    first = local.replace(tzinfo=z, fold=0)
    second = local.replace(tzinfo=z, fold=1)
    if first.utcoffset() == second.utcoffset():
        return None
    back = first.astimezone(UTC).astimezone(z).replace(tzinfo=None)
    if back != local.replace(tzinfo=None):
        return f"{local:%H:%M} does not exist on {local:%Y-%m-%d} in {tz} (the clocks go forward)"
    return f"{local:%H:%M} happens twice on {local:%Y-%m-%d} in {tz}; the first one is used"


def day_bounds(first: date, last: date, tz: str) -> tuple[str, str]:
    """The UTC moments from the start of day `first` to the end of day `last` in `tz`."""
    z = zone(tz)
    start = datetime.combine(first, time(0), z)
    end = datetime.combine(last + timedelta(days=1), time(0), z)
    return moment_text(start), moment_text(end)


def week_start(day: date) -> date:
    """The Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


def shift_days(starts_at: str, tz: str, days: int) -> str:
    """The same wall-clock time `days` days later (or earlier), across clock changes."""
    local = local_time(starts_at, tz).replace(tzinfo=None)
    return to_utc(local + timedelta(days=days), tz)


def shift_minutes(starts_at: str, minutes: int) -> str:
    return moment_text(parse_moment(starts_at) + timedelta(minutes=minutes))


def ends_at(starts_at: str, duration_min: int) -> str:
    return shift_minutes(starts_at, duration_min)


# --- what a meeting needs -------------------------------------------------------------------


def default_length(kind: str, lengths: dict[str, int]) -> int:
    """The usual length of a meeting of this type (45 minutes for an unknown type)."""
    return lengths.get(kind, 45)


def length_warning(duration_min: int) -> str | None:
    """A warning for a length outside the usual 20-90 minutes (still allowed)."""
    if duration_min < MIN_USUAL_MIN:
        return (
            f"{duration_min} minutes is short for a 1:1 (usually {MIN_USUAL_MIN}-{MAX_USUAL_MIN})"
        )
    if duration_min > MAX_USUAL_MIN:
        return f"{duration_min} minutes is long for a 1:1 (usually {MIN_USUAL_MIN}-{MAX_USUAL_MIN})"
    return None


def meeting_problems(meeting: Meeting, kinds: Iterable[str] = ()) -> list[str]:
    """Why this meeting is not scheduled yet: a 1:1 needs a person, a time and a place."""
    problems: list[str] = []
    if not meeting.contact_id:
        problems.append(Problem("no_contact", "Choose who the 1:1 is with."))
    if not meeting.starts_at:
        problems.append(Problem("no_start", "Choose when the 1:1 starts."))
    if not meeting.location.strip():
        problems.append(
            Problem(
                "no_place", "Say where the 1:1 takes place: a meeting without a place is not set."
            )
        )
    if not 1 <= meeting.duration_min <= MAX_LENGTH_MIN:
        problems.append(
            Problem(
                "bad_length",
                f"The length must be between 1 and {MAX_LENGTH_MIN} minutes.",
                max=MAX_LENGTH_MIN,
            )
        )
    if not is_time_zone(meeting.time_zone):
        problems.append(zone_problem(meeting.time_zone))
    known = list(kinds)
    if known and meeting.kind not in known:
        problems.append(
            Problem(
                "unknown_type",
                f"{meeting.kind!r} is not a meeting type on the list.",
                kind=meeting.kind,
            )
        )
    if meeting.status not in STATUSES:
        problems.append(status_problem(meeting.status))
    return problems


def can_move(current: str, new: str) -> bool:
    return new == current or new in TRANSITIONS.get(current, frozenset())


def check_transition(current: str, new: str) -> None:
    if new not in STATUSES:
        raise SchedulingError([status_problem(new)])
    if not can_move(current, new):
        raise SchedulingError(
            [
                Problem(
                    "bad_transition",
                    f"A {_words(current)} meeting cannot become {_words(new)}.",
                    current=current,
                    new=new,
                )
            ]
        )


def zone_problem(name: str) -> Problem:
    return Problem("bad_zone", f"{name!r} is not a known time zone.", zone=name)


def status_problem(status: str) -> Problem:
    return Problem("unknown_status", f"{status!r} is not a meeting status.", status=status)


def rescheduled_status(current: str) -> str:
    """What the old meeting becomes when it is rescheduled: an upcoming meeting is
    marked "rescheduled"; a no-show or cancelled one keeps saying what happened."""
    return "rescheduled" if current in UPCOMING else current


def _words(status: str) -> str:
    return status.replace("_", "-")


# --- clashes and blocks ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of time taken by something (a meeting), in UTC."""

    id: str
    start: datetime
    end: datetime


def span(item_id: str, starts_at: str, duration_min: int) -> Span:
    start = parse_moment(starts_at)
    return Span(item_id, start, start + timedelta(minutes=duration_min))


def overlapping(spans: Iterable[Span]) -> set[str]:
    """The ids of spans that overlap another (touching end to start is no overlap)."""
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    clash: set[str] = set()
    latest: Span | None = None  # the span reaching furthest so far
    for s in ordered:
        if latest is not None and s.start < latest.end:
            clash.add(s.id)
            clash.add(latest.id)
        if latest is None or s.end > latest.end:
            latest = s
    return clash


def clashes_with(candidate: Span, others: Iterable[Span]) -> list[str]:
    """The ids of the spans `candidate` overlaps (other than itself)."""
    return [
        o.id
        for o in others
        if o.id != candidate.id and o.start < candidate.end and candidate.start < o.end
    ]


@dataclass(frozen=True, slots=True)
class Slot:
    start: str  # UTC moment
    duration_min: int
    meeting_id: str | None = None  # the meeting in it, None when free


def block_slots(starts_at: str, duration_min: int, slot_min: int, gap_min: int) -> list[str]:
    """The start of each slot that fits whole in a block, back to back (with gaps)."""
    start = parse_moment(starts_at)
    end = start + timedelta(minutes=duration_min)
    step = timedelta(minutes=slot_min + gap_min)
    length = timedelta(minutes=slot_min)
    slots = []
    at = start
    while at + length <= end:
        slots.append(moment_text(at))
        at += step
    return slots


def fill_slots(
    starts_at: str, duration_min: int, slot_min: int, gap_min: int, meetings: Iterable[Span]
) -> list[Slot]:
    """A block's slots, each with the meeting that takes it (or None when free)."""
    taken = list(meetings)
    slots = []
    for start in block_slots(starts_at, duration_min, slot_min, gap_min):
        s = span("", start, slot_min)
        hits = clashes_with(s, taken)
        slots.append(Slot(start, slot_min, hits[0] if hits else None))
    return slots


# --- follow-ups -----------------------------------------------------------------------------


def follow_up_interval(follow_up_days: int | None) -> int:
    return follow_up_days if follow_up_days else DEFAULT_FOLLOW_UP_DAYS


def follow_up_due(last_met: date, follow_up_days: int | None) -> date:
    """When a contact is due another 1:1: the interval counted from the last one."""
    return last_met + timedelta(days=follow_up_interval(follow_up_days))


def is_overdue(last_met: date, follow_up_days: int | None, today: date) -> bool:
    return follow_up_due(last_met, follow_up_days) < today


def known_time_zones() -> list[str]:
    return sorted(available_timezones())
