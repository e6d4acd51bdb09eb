"""Follow-ups: open commitments whose day to check on them has come.

A commitment is due for a follow-up on its `follow_up_on` day, or when that is empty,
on the day of its `due_at`. It stays on the list until it is marked kept, missed or
rescheduled (to a later follow-up day).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, or_, select

from rapport.store.core import Store
from rapport.store.tables import SYNCED

COMMITMENT_STATUSES = ("open", "kept", "missed", "rescheduled")


@dataclass(frozen=True, slots=True)
class FollowUp:
    commitment_id: str
    contact_id: str | None
    contact_name: str
    what: str
    due_at: str | None  # UTC moment
    follow_up_on: str | None  # YYYY-MM-DD
    place: str
    status: str
    meeting_id: str | None


def due_follow_ups(store: Store, today: date) -> list[FollowUp]:
    """Open commitments to follow up on by `today` (oldest first)."""
    k = SYNCED["commitment"]
    c = SYNCED["contact"]
    day = today.isoformat()
    # due_at is "YYYY-MM-DDTHH:MM:SSZ": its first ten characters are its (UTC) day.
    due_day = func.substr(k.c.due_at, 1, 10)
    has_day = func.coalesce(k.c.follow_up_on, "") != ""
    query = (
        select(
            k.c.id,
            k.c.contact_id,
            c.c.first_name,
            c.c.last_name,
            k.c.what,
            k.c.due_at,
            k.c.follow_up_on,
            k.c.place,
            k.c.status,
            k.c.meeting_id,
        )
        .select_from(k.outerjoin(c, and_(c.c.id == k.c.contact_id, c.c.deleted == 0)))
        .where(
            k.c.deleted == 0,
            k.c.status == "open",
            or_(
                and_(
                    k.c.follow_up_on.is_not(None), k.c.follow_up_on != "", k.c.follow_up_on <= day
                ),
                and_(
                    ~has_day,
                    k.c.due_at.is_not(None),
                    due_day <= day,
                ),
            ),
        )
        .order_by(func.coalesce(func.nullif(k.c.follow_up_on, ""), due_day), k.c.id)
    )
    with store.read() as conn:
        rows = conn.execute(query).all()
    return [
        FollowUp(
            commitment_id=r.id,
            contact_id=r.contact_id,
            contact_name=" ".join(p for p in (r.first_name, r.last_name) if p),
            what=r.what,
            due_at=r.due_at,
            follow_up_on=r.follow_up_on,
            place=r.place,
            status=r.status,
            meeting_id=r.meeting_id,
        )
        for r in rows
    ]


def mark_commitment(
    store: Store, commitment_id: str, status: str, follow_up_on: str | None = None
) -> None:
    """Mark a commitment kept, missed, rescheduled or open again; with `follow_up_on`
    (YYYY-MM-DD) also move the day to check on it (a rescheduled commitment's new day).
    """
    if status not in COMMITMENT_STATUSES:
        raise ValueError(f"{status!r} is not a commitment status")
    values: dict[str, object] = {"status": status}
    if follow_up_on is not None:
        date.fromisoformat(follow_up_on)  # raises ValueError for a bad day
        values["follow_up_on"] = follow_up_on
        if status == "rescheduled":
            # A new day to check on it: it is open again until then.
            values["status"] = "open"
    with store.write() as w:
        w.set_fields("commitment", commitment_id, values)
