"""The .ics export, read back three ways: with `icalendar.Calendar.from_ical` (the
library that writes it), with the independent `ics` package (and its VTIMEZONE reader,
dateutil's `tzical`), and with a small reader of our own that unfolds lines (RFC 5545
§3.1) and checks what a phone calendar relies on: stable UIDs, TZID starts with their
VTIMEZONE, growing SEQUENCE, cancelled meetings, and no phone numbers or emails."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import ics
from dateutil.tz import tzical

from rapport.domain import scheduling as rules
from rapport.domain.records import Meeting
from rapport.interop.ical import calendar_bytes, meeting_uid, sequence_of, write_ics

CHI = "America/Chicago"
NAMES = {"c1": "Ana García", "c2": "José Núñez"}
LABELS = {"introductory": "Introductory / recruitment", "follow_up": "Follow-up"}
NOW = datetime(2026, 10, 20, 12, 0, tzinfo=UTC)


def meeting(mid: str, local: datetime, **kw: object) -> Meeting:
    values: dict[str, object] = {
        "contact_id": "c1",
        "time_zone": CHI,
        "duration_min": 45,
        "location": "Café La Esquina, 1200 S Main St; back room",
        **kw,
    }
    return Meeting(id=mid, starts_at=rules.to_utc(local, CHI), **values)  # type: ignore[arg-type]


def unfold(data: bytes) -> list[str]:
    """Content lines, unfolded; checks CRLF endings and the 75-octet limit on the way."""
    raw = data.split(b"\r\n")
    assert raw[-1] == b"", "the file ends with CRLF"
    lines: list[str] = []
    for physical in raw[:-1]:
        assert b"\n" not in physical and b"\r" not in physical
        assert len(physical) <= 75, physical
        if physical[:1] in (b" ", b"\t"):
            lines[-1] += physical[1:].decode()
        else:
            lines.append(physical.decode())
    return lines


def events(lines: list[str]) -> list[dict[str, str]]:
    """Each VEVENT's properties by name (parameters kept in the key, e.g. DTSTART;TZID=…)."""
    found: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            assert current is not None
            found.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    return found


def test_dst_weekend_keeps_local_time_and_both_parsers_agree() -> None:
    saturday = meeting("m-sat", datetime(2026, 10, 31, 18, 0))
    monday = meeting("m-mon", datetime(2026, 11, 2, 18, 0), contact_id="c2", kind="follow_up")
    data = calendar_bytes([saturday, monday], NAMES, LABELS, now=NOW)
    lines = unfold(data)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    assert "TZID:America/Chicago" in lines  # its VTIMEZONE is in the file
    ours = {e["UID"]: e for e in events(lines)}
    assert ours["m-sat@rapport"]["DTSTART;TZID=America/Chicago"] == "20261031T180000"
    assert ours["m-mon@rapport"]["DTSTART;TZID=America/Chicago"] == "20261102T180000"
    assert ours["m-mon@rapport"]["DTEND;TZID=America/Chicago"] == "20261102T184500"
    assert ours["m-sat@rapport"]["SUMMARY"] == "1:1 with Ana García (Introductory / recruitment)"
    assert ours["m-sat@rapport"]["LOCATION"] == "Café La Esquina\\, 1200 S Main St\\; back room"
    assert ours["m-sat@rapport"]["STATUS"] == "TENTATIVE"

    parsed = icalendar.Calendar.from_ical(data)
    theirs = {str(e["UID"]): e for e in parsed.walk("VEVENT")}
    assert set(theirs) == set(ours)
    for uid, m in (("m-sat@rapport", saturday), ("m-mon@rapport", monday)):
        start = theirs[uid].decoded("DTSTART")
        assert start.astimezone(UTC) == rules.parse_moment(m.starts_at or "")
        assert start.astimezone(ZoneInfo(CHI)).hour == 18
        assert theirs[uid].decoded("DTEND") - start == timedelta(minutes=45)
    # The two starts are 2 days and 1 hour apart in real time: the clocks went back.
    sat, mon = (theirs[f"m-{d}@rapport"].decoded("DTSTART").astimezone(UTC) for d in ("sat", "mon"))
    gap = mon - sat
    assert gap == timedelta(days=2, hours=1)
    assert str(theirs["m-sat@rapport"]["LOCATION"]) == saturday.location


def test_an_independent_parser_reads_each_meeting_back() -> None:
    """`ics` (not `icalendar`, which wrote the file) reads each meeting's UID, start and
    end instants, place and summary; meetings sit on both sides of the spring and the
    autumn clock changes in Chicago, and one has no zone (written in UTC)."""
    spring_before = meeting("m-mar7", datetime(2026, 3, 7, 18, 0))
    spring_after = meeting("m-mar9", datetime(2026, 3, 9, 18, 0), contact_id="c2")
    fall_before = meeting("m-oct31", datetime(2026, 10, 31, 18, 0), kind="follow_up")
    fall_after = meeting(
        "m-nov2", datetime(2026, 11, 2, 18, 0), location="Sala 2; Biblioteca Central"
    )
    in_utc = meeting("m-utc", datetime(2026, 11, 10, 18, 0), duration_min=90)
    in_utc.time_zone = ""
    held = [spring_before, spring_after, fall_before, fall_after, in_utc]
    data = calendar_bytes(held, NAMES, LABELS, now=NOW)
    ours = {e["UID"]: e for e in events(unfold(data))}

    parsed = ics.Calendar(data.decode())
    theirs = {e.uid: e for e in parsed.events}
    assert set(theirs) == {meeting_uid(m.id) for m in held}
    # The file's own VTIMEZONE, read by dateutil (what `ics` falls back to for a TZID it
    # does not know), so the block itself is checked, not only the zone's name.
    block = re.search(rb"BEGIN:VTIMEZONE\r\n.*?END:VTIMEZONE\r\n", data, re.S)
    assert block is not None
    file_zone = tzical(io.StringIO(block.group(0).decode())).get(CHI)
    for m in held:
        event = theirs[meeting_uid(m.id)]
        start = rules.parse_moment(m.starts_at or "")
        begin, end = event.begin.datetime, event.end.datetime
        assert begin.tzinfo is not None and end.tzinfo is not None
        assert begin == start, (m.id, begin)
        assert end == start + timedelta(minutes=m.duration_min), (m.id, end)
        assert event.location == m.location
        name = NAMES[m.contact_id or ""]
        assert event.name == ours[meeting_uid(m.id)]["SUMMARY"]
        assert name in event.name and LABELS[m.kind] in event.name
        if m.time_zone:
            assert begin.hour == 18, (m.id, begin)  # 18:00 on the wall, either side
            assert begin.replace(tzinfo=file_zone) == start, m.id
        else:
            assert begin.utcoffset() == timedelta(0)
    # Real time between the pairs: an hour less in spring, an hour more in autumn.
    instant = {uid: e.begin.datetime.astimezone(UTC) for uid, e in theirs.items()}
    spring = instant["m-mar9@rapport"] - instant["m-mar7@rapport"]
    fall = instant["m-nov2@rapport"] - instant["m-oct31@rapport"]
    assert spring == timedelta(days=2, hours=-1)
    assert fall == timedelta(days=2, hours=1)


def test_uid_is_stable_and_sequence_grows_with_changes() -> None:
    m = meeting("m1", datetime(2026, 11, 10, 18, 0))
    first = events(unfold(calendar_bytes([m], NAMES, LABELS, {"m1": NOW}, now=NOW)))[0]
    m.starts_at = rules.shift_minutes(m.starts_at or "", 30)
    later = NOW + timedelta(hours=2)
    second = events(
        unfold(calendar_bytes([m], NAMES, LABELS, {"m1": later}, now=later + timedelta(days=1)))
    )[0]
    assert first["UID"] == second["UID"] == meeting_uid("m1")
    assert int(second["SEQUENCE"]) > int(first["SEQUENCE"])
    assert second["LAST-MODIFIED"] == "20261020T140000Z"
    assert second["DTSTAMP"] == "20261021T140000Z"
    assert sequence_of(NOW) < 2**31


def test_cancelled_and_rescheduled_meetings_are_cancelled_events() -> None:
    gone = meeting("m1", datetime(2026, 11, 10, 18, 0), status="cancelled")
    moved = meeting("m2", datetime(2026, 11, 11, 18, 0), status="rescheduled")
    held = meeting("m3", datetime(2026, 11, 12, 18, 0), status="held")
    found = {
        e["UID"]: e for e in events(unfold(calendar_bytes([gone, moved, held], NAMES, LABELS)))
    }
    assert found["m1@rapport"]["STATUS"] == "CANCELLED"
    assert found["m2@rapport"]["STATUS"] == "CANCELLED"
    assert found["m3@rapport"]["STATUS"] == "CONFIRMED"


def test_no_phone_email_or_notes_leave_in_the_file(tmp_path: Path) -> None:
    m = meeting("m1", datetime(2026, 11, 10, 18, 0), purpose="Talk about the rent strike")
    m.summary = "PRIVATE write-up"
    m.ask = "secret ask"
    path = tmp_path / "out.ics"
    assert write_ics(path, [m, Meeting(id="no-start")], NAMES, LABELS) == 1
    text = path.read_bytes().decode()
    assert "PRIVATE" not in text and "secret" not in text
    assert "@" not in text.replace("m1@rapport", "")
    assert "Talk about the rent strike" in text


def test_a_meeting_without_a_zone_is_written_in_utc() -> None:
    m = meeting("m1", datetime(2026, 11, 10, 18, 0))
    m.time_zone = ""
    found = events(unfold(calendar_bytes([m], NAMES, LABELS)))[0]
    assert found["DTSTART"] == (m.starts_at or "").replace("-", "").replace(":", "")
