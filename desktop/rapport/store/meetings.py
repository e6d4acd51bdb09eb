"""1:1 meetings in the store: scheduling, editing, moving, rescheduling, status and
confirmation calls, blocks of back-to-back slots, the meeting type list, and the
queries the Calendar screen draws from (Today's own are in `rapport.store.today`).

Every write goes through the `Writer` (one transaction per call) after the rules in
`rapport.domain.scheduling` have passed; a refused change raises `SchedulingError`
with the reasons. Nothing here imports Qt.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Connection, select, text

from rapport.domain import meeting_types as types_rules
from rapport.domain import scheduling as rules
from rapport.domain.problems import Problem
from rapport.domain.records import Meeting, MeetingBlock, MeetingType
from rapport.domain.scheduling import SchedulingError
from rapport.store.core import Store
from rapport.store.keyed_lists import save_items, stored_items
from rapport.store.rows import record_from_row
from rapport.store.tables import SYNCED

MAX_LENGTH = timedelta(minutes=rules.MAX_LENGTH_MIN)


@dataclass(frozen=True, slots=True)
class CalendarItem:
    """What the calendar draws of one meeting (and no more)."""

    id: str
    contact_id: str | None
    contact_name: str
    kind: str
    starts_at: str
    duration_min: int
    time_zone: str
    location: str
    status: str
    block_id: str | None
    confirm_call: str


def full_name(first: str | None, last: str | None) -> str:
    """A contact's first and last name, as lists show it ("" for neither)."""
    return " ".join(p for p in (first, last) if p)


_ITEM_SQL = """
SELECT m.id, m.contact_id, c.first_name, c.last_name, m.kind, m.starts_at, m.duration_min,
       m.time_zone, m.location, m.status, m.block_id, m.confirm_call
FROM meeting m LEFT JOIN contact c ON c.id = m.contact_id AND c.deleted = 0
WHERE m.deleted = 0 AND m.starts_at >= :lo AND m.starts_at < :hi {extra}
ORDER BY m.starts_at, m.id
"""


def _items(conn: Connection, start: str, end: str, extra: str = "") -> list[CalendarItem]:
    # A meeting that started up to a day before `start` may still run into the range.
    lo = rules.moment_text(rules.parse_moment(start) - MAX_LENGTH)
    rows = conn.execute(text(_ITEM_SQL.format(extra=extra)), {"lo": lo, "hi": end}).all()
    return [
        CalendarItem(
            r[0], r[1], full_name(r[2], r[3]), r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11]
        )
        for r in rows
        if r[5] >= start or rules.ends_at(r[5], r[6]) > start
    ]


def calendar_items(
    store: Store, start: str, end: str, *, include_rescheduled: bool = False
) -> list[CalendarItem]:
    """Meetings that take up time between two UTC moments, in start order. A meeting
    replaced by another ("rescheduled") is left out unless asked for."""
    extra = "" if include_rescheduled else "AND m.status != 'rescheduled'"
    with store.read() as conn:
        return _items(conn, start, end, extra)


def day_items(store: Store, day: date, tz: str) -> list[CalendarItem]:
    """The day's 1:1s on the organizer's wall clock, in order (not the replaced ones)."""
    start, end = rules.day_bounds(day, day, tz)
    return calendar_items(store, start, end)


def get_meeting(store: Store, meeting_id: str) -> Meeting | None:
    return store.get(Meeting, meeting_id)


def contact_name(store: Store, contact_id: str | None) -> str:
    if not contact_id:
        return ""
    c = SYNCED["contact"]
    with store.read() as conn:
        row = conn.execute(
            select(c.c.first_name, c.c.last_name).where(c.c.id == contact_id)
        ).first()
    return "" if row is None else full_name(row[0], row[1])


def clashes(store: Store, meeting: Meeting) -> list[CalendarItem]:
    """Other meetings that take up some of this meeting's time."""
    if not meeting.starts_at:
        return []
    mine = rules.span(meeting.id, meeting.starts_at, meeting.duration_min)
    end = rules.moment_text(mine.end)
    items = calendar_items(store, meeting.starts_at, end)
    return [
        i
        for i in items
        if i.id != meeting.id
        and i.status in rules.ACTIVE
        and rules.clashes_with(mine, [rules.span(i.id, i.starts_at, i.duration_min)])
    ]


# --- writing meetings -----------------------------------------------------------------------


def _kinds(conn: Connection) -> list[str]:
    return [t.key for t in types_rules.effective_types(_stored_types(conn))]


def _check(conn: Connection, meeting: Meeting, old_kind: str | None = None) -> None:
    kinds = _kinds(conn)
    if old_kind is not None:
        kinds.append(old_kind)  # a type taken off the list stays on its meetings
    problems = rules.meeting_problems(meeting, kinds)
    if problems:
        raise SchedulingError(problems)


def save_meeting(store: Store, meeting: Meeting) -> str:
    """Schedule a new meeting or save an edited one; the meeting's id.

    Refused (SchedulingError) without a person, a start, a place or a known type, or
    for a status the stored meeting cannot move to.
    """
    meeting.location = meeting.location.strip()
    with store.write() as w:
        old = _get(w.conn, meeting.id)
        _check(w.conn, meeting, None if old is None else old.kind)
        if old is not None:
            rules.check_transition(old.status, meeting.status)
            if old.starts_at != meeting.starts_at and meeting.status == "confirmed":
                # A new time is not what the person confirmed.
                meeting.status, meeting.confirm_call = "scheduled", ""
        if meeting.block_id and not _in_block(w.conn, meeting.block_id, meeting):
            meeting.block_id = None
        w.save(meeting)
    return meeting.id


def _get(conn: Connection, meeting_id: str) -> Meeting | None:
    m = SYNCED["meeting"]
    row = conn.execute(select(m).where(m.c.id == meeting_id, m.c.deleted == 0)).mappings().first()
    return None if row is None else record_from_row(Meeting, row)


def _must_get(conn: Connection, meeting_id: str) -> Meeting:
    meeting = _get(conn, meeting_id)
    if meeting is None:
        raise KeyError(f"no meeting {meeting_id}")
    return meeting


def move_meeting(store: Store, meeting_id: str, starts_at: str) -> None:
    """Move an upcoming meeting to a new start. A confirmed meeting goes back to
    "scheduled" (the person confirmed the old time); one moved out of its block
    leaves the block."""
    with store.write() as w:
        meeting = _must_get(w.conn, meeting_id)
        if meeting.status not in rules.UPCOMING:
            raise SchedulingError(
                [
                    Problem(
                        "cannot_move",
                        f"A {meeting.status.replace('_', '-')} meeting cannot be moved.",
                        status=meeting.status,
                    )
                ]
            )
        if meeting.starts_at == starts_at:
            return
        meeting.starts_at = starts_at
        values: dict[str, object] = {"starts_at": starts_at}
        if meeting.status == "confirmed":
            values.update(status="scheduled", confirm_call="")
        if meeting.block_id and not _in_block(w.conn, meeting.block_id, meeting):
            values["block_id"] = None
        w.set_fields("meeting", meeting_id, values)


def reschedule(
    store: Store,
    meeting_id: str,
    starts_at: str,
    *,
    duration_min: int | None = None,
    location: str | None = None,
    block_id: str | None = None,
) -> str:
    """Replace a meeting by a new one at another time; the new meeting's id. The old
    one stays, marked "rescheduled" (a no-show or cancelled one keeps its status),
    and the new one points back to it, so the history is kept."""
    with store.write() as w:
        old = _must_get(w.conn, meeting_id)
        if old.status == "rescheduled":
            raise SchedulingError(
                [Problem("already_rescheduled", "This meeting was already rescheduled.")]
            )
        rules.check_transition(old.status, "rescheduled")
        new = Meeting(
            contact_id=old.contact_id,
            kind=old.kind,
            starts_at=starts_at,
            time_zone=old.time_zone,
            duration_min=duration_min or old.duration_min,
            location=(location if location is not None else old.location).strip(),
            purpose=old.purpose,
            status="scheduled",
            rescheduled_from=old.id,
            block_id=block_id,
        )
        _check(w.conn, new, old.kind)
        if new.block_id and not _in_block(w.conn, new.block_id, new):
            new.block_id = None
        w.set_fields("meeting", old.id, {"status": rules.rescheduled_status(old.status)})
        w.save(new)
    return new.id


def set_status(store: Store, meeting_id: str, status: str) -> None:
    with store.write() as w:
        meeting = _must_get(w.conn, meeting_id)
        rules.check_transition(meeting.status, status)
        w.set_fields("meeting", meeting_id, {"status": status})


def record_call(store: Store, meeting_id: str, outcome: str, called_at: str) -> None:
    """The confirmation call: "reached" confirms the meeting, "no_answer" notes it."""
    if outcome not in rules.CONFIRM_OUTCOMES:
        raise ValueError(f"{outcome!r} is not a call outcome")
    with store.write() as w:
        meeting = _must_get(w.conn, meeting_id)
        values: dict[str, object] = {"confirm_call": outcome, "confirm_called_at": called_at}
        if outcome == "reached" and meeting.status == "scheduled":
            values["status"] = "confirmed"
        w.set_fields("meeting", meeting_id, values)


def delete_meeting(store: Store, meeting_id: str) -> bool:
    return store.delete("meeting", meeting_id)


def history(store: Store, meeting_id: str) -> list[Meeting]:
    """The meetings this one replaced and that replaced it, oldest first."""
    m = SYNCED["meeting"]
    with store.read() as conn:
        chain: list[Meeting] = []
        current = _get(conn, meeting_id)
        seen: set[str] = set()
        while current is not None and current.id not in seen:
            seen.add(current.id)
            chain.insert(0, current)
            current = _get(conn, current.rescheduled_from) if current.rescheduled_from else None
        last = chain[-1] if chain else None
        while last is not None:
            row = (
                conn.execute(
                    select(m).where(m.c.rescheduled_from == last.id, m.c.deleted == 0).limit(1)
                )
                .mappings()
                .first()
            )
            last = None if row is None else record_from_row(Meeting, row)
            if last is None or last.id in seen:
                break
            seen.add(last.id)
            chain.append(last)
    return chain


# --- the list (command line) ----------------------------------------------------------------


def list_meetings(store: Store, start: str | None = None, end: str | None = None) -> list[Meeting]:
    """Every live meeting with a start (in a UTC range when given), in start order."""
    m = SYNCED["meeting"]
    query = select(m).where(m.c.deleted == 0, m.c.starts_at.is_not(None))
    if start is not None:
        query = query.where(m.c.starts_at >= start)
    if end is not None:
        query = query.where(m.c.starts_at < end)
    with store.read() as conn:
        rows = conn.execute(query.order_by(m.c.starts_at, m.c.id)).mappings()
        return [record_from_row(Meeting, row) for row in rows]


def contact_names(store: Store, ids: Sequence[str | None]) -> dict[str, str]:
    c = SYNCED["contact"]
    wanted = sorted({i for i in ids if i})
    found: dict[str, str] = {}
    with store.read() as conn:
        for n in range(0, len(wanted), 500):
            query = select(c.c.id, c.c.first_name, c.c.last_name).where(
                c.c.id.in_(wanted[n : n + 500])
            )
            found.update((r[0], full_name(r[1], r[2])) for r in conn.execute(query))
    return found


# --- blocks ---------------------------------------------------------------------------------


def _get_block(conn: Connection, block_id: str) -> MeetingBlock | None:
    b = SYNCED["meeting_block"]
    row = conn.execute(select(b).where(b.c.id == block_id, b.c.deleted == 0)).mappings().first()
    return None if row is None else record_from_row(MeetingBlock, row)


def _in_block(conn: Connection, block_id: str, meeting: Meeting) -> bool:
    block = _get_block(conn, block_id)
    if block is None or not block.starts_at or not meeting.starts_at:
        return False
    outer = rules.span(block.id, block.starts_at, block.duration_min)
    inner = rules.span(meeting.id, meeting.starts_at, meeting.duration_min)
    return outer.start <= inner.start and inner.end <= outer.end


def block_problems(block: MeetingBlock) -> list[str]:
    problems: list[str] = []
    if not block.starts_at:
        problems.append(Problem("block_no_start", "Choose when the block starts."))
    if not block.location.strip():
        problems.append(Problem("block_no_place", "Say where the block takes place."))
    if not rules.is_time_zone(block.time_zone):
        problems.append(rules.zone_problem(block.time_zone))
    if block.slot_min > block.duration_min:
        problems.append(Problem("block_short", "The block is shorter than one slot."))
    return problems


def save_block(store: Store, block: MeetingBlock) -> str:
    block.location = block.location.strip()
    problems = block_problems(block)
    if problems:
        raise SchedulingError(problems)
    with store.write() as w:
        w.save(block)
    return block.id


def get_block(store: Store, block_id: str) -> MeetingBlock | None:
    return store.get(MeetingBlock, block_id)


def delete_block(store: Store, block_id: str) -> None:
    """Remove a block; its meetings stay on the calendar, outside any block."""
    m = SYNCED["meeting"]
    with store.write() as w:
        ids = w.conn.execute(
            select(m.c.id).where(m.c.block_id == block_id, m.c.deleted == 0)
        ).scalars()
        for meeting_id in list(ids):
            w.set_fields("meeting", meeting_id, {"block_id": None})
        w.set_deleted("meeting_block", block_id, True)


def blocks_between(store: Store, start: str, end: str) -> list[MeetingBlock]:
    b = SYNCED["meeting_block"]
    lo = rules.moment_text(rules.parse_moment(start) - MAX_LENGTH)
    query = select(b).where(b.c.deleted == 0, b.c.starts_at >= lo, b.c.starts_at < end)
    with store.read() as conn:
        rows = conn.execute(query.order_by(b.c.starts_at)).mappings()
        blocks = [record_from_row(MeetingBlock, row) for row in rows]
    return [x for x in blocks if x.starts_at and rules.ends_at(x.starts_at, x.duration_min) > start]


def block_slots(store: Store, block: MeetingBlock) -> list[rules.Slot]:
    """The block's slots, each with the meeting that takes its time (None when free)."""
    assert block.starts_at is not None
    end = rules.ends_at(block.starts_at, block.duration_min)
    taken = [
        rules.span(i.id, i.starts_at, i.duration_min)
        for i in calendar_items(store, block.starts_at, end)
        if i.status in rules.ACTIVE
    ]
    return rules.fill_slots(
        block.starts_at, block.duration_min, block.slot_min, block.gap_min, taken
    )


# --- meeting types --------------------------------------------------------------------------


def _stored_types(conn: Connection) -> list[MeetingType]:
    return stored_items(conn, MeetingType)


def load_meeting_types(store: Store) -> list[MeetingType]:
    """The meeting types in use, in order (the defaults until the organization sets some)."""
    with store.read() as conn:
        return types_rules.effective_types(_stored_types(conn))


def save_meeting_types(store: Store, kinds: Sequence[MeetingType]) -> None:
    """Store the type list in the order given; types left out are deleted (meetings keep
    their type key, and show it by name)."""
    problems = types_rules.check_types(kinds)
    if problems:
        raise TypeListError(problems)
    with store.write() as w:
        save_items(w, MeetingType, kinds)


class TypeListError(ValueError):
    """A list of meeting types that cannot be saved; `problems` says why (English text,
    coded ones are `Problem`s)."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = list(problems)


def copy_meeting(meeting: Meeting, **changes: object) -> Meeting:
    return dataclasses.replace(meeting, **changes)  # type: ignore[arg-type]


def recent_locations(store: Store, limit: int = 40) -> list[str]:
    """Places of recent meetings and blocks, most recent first, for suggestions."""
    sql = text(
        "SELECT location FROM (SELECT location, max(starts_at) AS at FROM ("
        " SELECT location, starts_at FROM meeting WHERE deleted = 0 AND location != ''"
        " UNION ALL SELECT location, starts_at FROM meeting_block"
        " WHERE deleted = 0 AND location != '') GROUP BY location)"
        " ORDER BY at DESC LIMIT :n"
    )
    with store.read() as conn:
        return [str(r[0]) for r in conn.execute(sql, {"n": limit})]


def last_changed(store: Store, ids: Sequence[str]) -> dict[str, datetime]:
    """When each meeting last changed (its latest field stamp), for calendar exports."""
    from rapport.domain.fields import field_specs
    from rapport.store.tables import stamp_column

    columns = [stamp_column(s.name) for s in field_specs(Meeting)]
    latest = f"max({', '.join(columns)}, deleted__hlc)"
    found: dict[str, datetime] = {}
    with store.read() as conn:
        for n in range(0, len(ids), 500):
            chunk = list(ids[n : n + 500])
            marks = ", ".join(f":i{k}" for k in range(len(chunk)))
            sql = text(f"SELECT id, {latest} FROM meeting WHERE id IN ({marks})")
            rows = conn.execute(sql, {f"i{k}": v for k, v in enumerate(chunk)})
            for meeting_id, stamp in rows:
                ms_since_epoch = int(str(stamp)[:12], 16)
                found[meeting_id] = datetime.fromtimestamp(ms_since_epoch / 1000, UTC)
    return found
