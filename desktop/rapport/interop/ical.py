"""1:1 meetings to iCalendar files (.ics, RFC 5545), written with the `icalendar` library,
for a phone's or a desktop calendar.

Each meeting is one VEVENT whose UID is `<meeting id>@rapport`, so importing a newer
file again updates the events instead of adding copies; SEQUENCE and LAST-MODIFIED grow
with every change to the meeting (they come from its latest edit), and DTSTAMP is the
time of the export. Start and end carry the meeting's own time zone (TZID) with a
VTIMEZONE for it, so 18:00 in Chicago stays 18:00 across a daylight-saving change;
meetings without a valid zone are written in UTC. Cancelled meetings, and those
replaced by a rescheduled one, are STATUS:CANCELLED (a calendar then removes or
strikes them); scheduled ones TENTATIVE, the rest CONFIRMED.

What leaves the device: the type, the person's name, the place, the purpose and the
times. Never a phone number, an email, notes or the 1:1's write-up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from rapport.domain import scheduling as rules
from rapport.domain.files import atomic_writer
from rapport.domain.records import Meeting

PRODID = "-//Rapport//1:1 meetings//EN"
UID_SUFFIX = "@rapport"
# SEQUENCE is the number of seconds from this day to the meeting's last change: it
# grows with every edit and fits in the 32 bits some calendars keep it in until 2088.
SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
STATUS = {
    "scheduled": "TENTATIVE",
    "confirmed": "CONFIRMED",
    "held": "CONFIRMED",
    "no_show": "CONFIRMED",
    "cancelled": "CANCELLED",
    "rescheduled": "CANCELLED",
}


@dataclass(frozen=True, slots=True)
class Summary:
    """How an event is titled, in the caller's language: `named` holds "{name}" and
    "{kind}", `unnamed` (no person) holds "{kind}"."""

    named: str
    unnamed: str

    def text(self, name: str, kind: str) -> str:
        form = self.named if name else self.unnamed
        return form.replace("{name}", name).replace("{kind}", kind)


ENGLISH_SUMMARY = Summary("1:1 with {name} ({kind})", "1:1 ({kind})")


def meeting_uid(meeting_id: str) -> str:
    return f"{meeting_id}{UID_SUFFIX}"


def sequence_of(modified: datetime) -> int:
    return max(0, int((modified - SEQUENCE_EPOCH).total_seconds()))


def build_calendar(
    meetings: Iterable[Meeting],
    names: Mapping[str, str],
    type_labels: Mapping[str, str],
    modified: Mapping[str, datetime] | None = None,
    *,
    organizer: str = "",
    now: datetime | None = None,
    summary: Summary = ENGLISH_SUMMARY,
) -> Calendar:
    """A calendar of the meetings that have a start. `names` maps contact ids to names,
    `type_labels` type keys to what to call them, `modified` meeting ids to when each
    last changed (for SEQUENCE and LAST-MODIFIED; the export time when missing)."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"Rapport 1:1s — {organizer}" if organizer else "Rapport 1:1s")
    for meeting in meetings:
        if not meeting.starts_at:
            continue
        cal.add_component(_event(meeting, names, type_labels, modified or {}, stamp, summary))
    cal.add_missing_timezones()
    return cal


def _event(
    meeting: Meeting,
    names: Mapping[str, str],
    type_labels: Mapping[str, str],
    modified: Mapping[str, datetime],
    stamp: datetime,
    summary: Summary,
) -> Event:
    assert meeting.starts_at is not None
    start = rules.parse_moment(meeting.starts_at)
    if rules.is_time_zone(meeting.time_zone) and meeting.time_zone not in ("UTC", "Etc/UTC"):
        start = start.astimezone(ZoneInfo(meeting.time_zone))
    end = start + timedelta(minutes=meeting.duration_min)
    name = names.get(meeting.contact_id or "", "")
    kind = type_labels.get(meeting.kind, meeting.kind.replace("_", " "))
    changed = modified.get(meeting.id, stamp).astimezone(UTC).replace(microsecond=0)
    event = Event()
    event.add("uid", meeting_uid(meeting.id))
    event.add("dtstamp", stamp)
    event.add("last-modified", changed)
    event.add("sequence", sequence_of(changed))
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", summary.text(name, kind))
    if meeting.location:
        event.add("location", meeting.location)
    if meeting.purpose:
        event.add("description", meeting.purpose)
    event.add("status", STATUS.get(meeting.status, "CONFIRMED"))
    event.add(
        "transp", "TRANSPARENT" if meeting.status in ("cancelled", "rescheduled") else "OPAQUE"
    )
    event.add("categories", ["1:1"])
    return event


def calendar_bytes(
    meetings: Iterable[Meeting],
    names: Mapping[str, str],
    type_labels: Mapping[str, str],
    modified: Mapping[str, datetime] | None = None,
    *,
    organizer: str = "",
    now: datetime | None = None,
    summary: Summary = ENGLISH_SUMMARY,
) -> bytes:
    cal = build_calendar(
        meetings, names, type_labels, modified, organizer=organizer, now=now, summary=summary
    )
    data: bytes = cal.to_ical()
    return data


def write_ics(
    path: Path,
    meetings: Iterable[Meeting],
    names: Mapping[str, str],
    type_labels: Mapping[str, str],
    modified: Mapping[str, datetime] | None = None,
    *,
    organizer: str = "",
    now: datetime | None = None,
    summary: Summary = ENGLISH_SUMMARY,
) -> int:
    """Write the meetings to `path` (replaced only once fully written); how many."""
    meetings = list(meetings)
    data = calendar_bytes(
        meetings, names, type_labels, modified, organizer=organizer, now=now, summary=summary
    )
    with atomic_writer(Path(path)) as f:
        f.write(data)
    return sum(1 for m in meetings if m.starts_at)
