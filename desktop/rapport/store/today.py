"""What the Today screen asks of the store: tomorrow's confirmation calls, the week's
1:1s against the organizer's goal, and contacts overdue for a follow-up 1:1."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import orjson
from sqlalchemy import text

from rapport.domain import scheduling as rules
from rapport.store.core import Store
from rapport.store.meetings import full_name


@dataclass(frozen=True, slots=True)
class ConfirmCall:
    meeting_id: str
    contact_id: str | None
    contact_name: str
    phones: list[str]
    starts_at: str
    time_zone: str
    location: str
    status: str
    confirm_call: str  # "", "reached" or "no_answer"


def calls_to_confirm(store: Store, day: date, tz: str) -> list[ConfirmCall]:
    """The upcoming meetings of `day` (tomorrow, on Today) with each person's phones."""
    start, end = rules.day_bounds(day, day, tz)
    sql = text(
        "SELECT m.id, m.contact_id, c.first_name, c.last_name, c.phones, m.starts_at, "
        "m.time_zone, m.location, m.status, m.confirm_call "
        "FROM meeting m LEFT JOIN contact c ON c.id = m.contact_id AND c.deleted = 0 "
        "WHERE m.deleted = 0 AND m.starts_at >= :s AND m.starts_at < :e "
        "AND m.status IN ('scheduled', 'confirmed') ORDER BY m.starts_at, m.id"
    )
    with store.read() as conn:
        rows = conn.execute(sql, {"s": start, "e": end}).all()
    return [
        ConfirmCall(r[0], r[1], full_name(r[2], r[3]), orjson.loads(r[4] or "[]"), *r[5:])
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class WeekProgress:
    held: int  # 1:1s held this week so far
    planned: int  # scheduled or confirmed for the rest of the week
    goal: int  # the organizer's weekly goal


def week_progress(store: Store, today: date, tz: str, goal: int) -> WeekProgress:
    monday = rules.week_start(today)
    start, end = rules.day_bounds(monday, monday + timedelta(days=6), tz)
    sql = text(
        "SELECT status, count(*) FROM meeting WHERE deleted = 0 "
        "AND starts_at >= :s AND starts_at < :e GROUP BY status"
    )
    with store.read() as conn:
        counts: dict[str, int] = {
            str(r[0]): int(r[1]) for r in conn.execute(sql, {"s": start, "e": end})
        }
    planned = counts.get("scheduled", 0) + counts.get("confirmed", 0)
    return WeekProgress(counts.get("held", 0), planned, goal)


@dataclass(frozen=True, slots=True)
class OverdueContact:
    contact_id: str
    name: str
    last_met: date
    due: date
    interval_days: int
    phone: str


def overdue_contacts(
    store: Store, today: date, tz: str, limit: int = 200
) -> tuple[int, list[OverdueContact]]:
    """Contacts not met for longer than their follow-up interval, counted from the day
    (in `tz`) of their last held 1:1, who have no 1:1 coming up (and may be
    contacted); most overdue first. The number of them, and the first `limit`."""
    offset = rules.zone(tz).utcoffset(datetime.combine(today, datetime.min.time()))
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    due = (
        f"date(cl.last_one_on_one, '{minutes:+d} minutes', "
        f"'+' || coalesce(c.follow_up_days, {rules.DEFAULT_FOLLOW_UP_DAYS}) || ' days')"
    )
    where = (
        "FROM contact_list cl JOIN contact c ON c.id = cl.contact_id "
        "WHERE cl.last_one_on_one IS NOT NULL AND c.do_not_contact = 0 "
        f"AND coalesce(cl.next_step_kind, '') != 'meeting' AND {due} < :today"
    )
    params = {"today": today.isoformat(), "limit": limit}
    with store.read() as conn:
        total = conn.execute(text(f"SELECT count(*) {where}"), params).scalar_one()
        rows = conn.execute(
            text(
                f"SELECT c.id, c.first_name, c.last_name, cl.last_one_on_one, c.follow_up_days, "
                f"c.phones {where} ORDER BY {due}, cl.name_key LIMIT :limit"
            ),
            params,
        ).all()
    found = []
    for r in rows:
        last = rules.local_time(r[3], tz).date()
        phones = orjson.loads(r[5] or "[]")
        found.append(
            OverdueContact(
                r[0],
                full_name(r[1], r[2]),
                last,
                rules.follow_up_due(last, r[4]),
                rules.follow_up_interval(r[4]),
                phones[0] if phones else "",
            )
        )
    return int(total), found
