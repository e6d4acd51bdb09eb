"""1:1s in the store: the wizard's drafts, finishing a 1:1 in one transaction, the
meeting record, the lists of the 1:1s screen, and moving a contact up the ladder.

Drafts live in the local `draft` table (never synced): the wizard's whole state as JSON,
written in one small transaction on each pause in typing, so a killed laptop loses
nothing. Finishing writes the meeting, its agenda notes and commitments, the ladder
move, and deletes the draft, all in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from rapport.domain import ladder as ladder_rules
from rapport.domain.problems import Problem
from rapport.domain.records import AgendaNote, Commitment, Contact, LadderStage, Meeting
from rapport.domain.scheduling import can_move
from rapport.store.core import Store
from rapport.store.rows import record_from_row
from rapport.store.tables import SYNCED, draft

DRAFT_PREFIX = "one_on_one:"
ANSWERS = ("yes", "no", "maybe", "counter_offer")


def now_moment() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def data_dir_of(store: Store) -> Path:
    """The data folder of an open store (where its database file is)."""
    return Path(str(store.engine.url.database)).resolve().parent


def agenda_folders(store: Store) -> list[Path]:
    """Where agenda templates are looked up: the organization's own folder in the data
    folder first, then the ones that ship with Rapport."""
    from rapport.paths import resources_dir

    return [data_dir_of(store) / "agendas", resources_dir() / "agendas"]


# --- drafts ---------------------------------------------------------------------------------


def draft_key(meeting_id: str) -> str:
    return DRAFT_PREFIX + meeting_id


def save_draft(store: Store, key: str, payload: dict[str, Any]) -> None:
    """Keep the wizard's state under `key`, replacing what was there (one transaction)."""
    values = {"key": key, "payload": orjson.dumps(payload).decode(), "saved_at": now_moment()}
    statement = sqlite_insert(draft).values(values)
    statement = statement.on_conflict_do_update(
        index_elements=[draft.c.key],
        set_={"payload": statement.excluded.payload, "saved_at": statement.excluded.saved_at},
    )
    with store.engine.connect() as conn, conn.begin():
        conn.execute(statement)


def load_draft(store: Store, key: str) -> dict[str, Any] | None:
    with store.read() as conn:
        raw = conn.execute(select(draft.c.payload).where(draft.c.key == key)).scalar()
    if raw is None:
        return None
    try:
        payload = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    return payload if isinstance(payload, dict) else None


def delete_draft(store: Store, key: str) -> None:
    with store.engine.connect() as conn, conn.begin():
        conn.execute(delete(draft).where(draft.c.key == key))


@dataclass(frozen=True, slots=True)
class DraftInfo:
    key: str
    meeting_id: str
    contact_id: str | None
    contact_name: str
    kind: str
    step: str
    saved_at: str


def list_drafts(store: Store) -> list[DraftInfo]:
    """The 1:1s left unfinished, the most recently touched first."""
    with store.read() as conn:
        rows = conn.execute(
            select(draft.c.key, draft.c.payload, draft.c.saved_at)
            .where(draft.c.key.like(DRAFT_PREFIX + "%"))
            .order_by(draft.c.saved_at.desc())
        ).all()
        names = _names(conn, [_payload(r.payload).get("contact_id") for r in rows])
    found = []
    for row in rows:
        payload = _payload(row.payload)
        contact_id = payload.get("contact_id")
        found.append(
            DraftInfo(
                key=row.key,
                meeting_id=row.key[len(DRAFT_PREFIX) :],
                contact_id=contact_id if isinstance(contact_id, str) else None,
                contact_name=names.get(contact_id, "") if isinstance(contact_id, str) else "",
                kind=str(payload.get("kind", "")),
                step=str(payload.get("step", "")),
                saved_at=row.saved_at,
            )
        )
    return found


def _payload(raw: str) -> dict[str, Any]:
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def _names(conn: Connection, ids: Sequence[object]) -> dict[str, str]:
    wanted = sorted({i for i in ids if isinstance(i, str)})
    if not wanted:
        return {}
    c = SYNCED["contact"]
    rows = conn.execute(
        select(c.c.id, c.c.first_name, c.c.last_name).where(c.c.id.in_(wanted))
    ).all()
    return {r.id: " ".join(p for p in (r.first_name, r.last_name) if p) for r in rows}


# --- finishing a 1:1 -----------------------------------------------------------------------


@dataclass(slots=True)
class StepNote:
    step: str
    text: str = ""
    checked: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CommitmentInput:
    what: str
    due_at: str | None = None  # UTC moment
    place: str = ""
    follow_up_on: str | None = None  # YYYY-MM-DD
    id: str | None = None  # an existing commitment, when a held 1:1 is edited
    status: str = "open"


@dataclass(slots=True)
class OneOnOneResult:
    """Everything the wizard gathered, ready to store."""

    meeting_id: str
    contact_id: str | None
    kind: str = "introductory"
    new_meeting: bool = False  # an unscheduled 1:1: the meeting is made on finishing
    starts_at: str | None = None
    time_zone: str = ""
    duration_min: int = 45
    location: str = ""
    notes: list[StepNote] = field(default_factory=list)
    ask: str = ""
    answer: str = ""
    counter_offer: str = ""
    summary: str = ""
    commitments: list[CommitmentInput] = field(default_factory=list)
    traits_met: list[str] = field(default_factory=list)
    went_well: list[str] = field(default_factory=list)
    do_better: list[str] = field(default_factory=list)
    raise_stage: bool = False


def result_problems(result: OneOnOneResult) -> list[str]:
    """Why this 1:1 cannot be stored as it is (empty when it can)."""
    problems: list[str] = []
    if not result.contact_id:
        problems.append(Problem("no_contact", "A 1:1 needs the person you met."))
    if result.answer not in ANSWERS:
        problems.append(
            Problem("no_answer", "Choose the answer to the ask: yes, no, maybe or a counter-offer.")
        )
    if result.answer == "counter_offer" and not result.counter_offer.strip():
        problems.append(Problem("no_counter_offer", "Write down what the person offered instead."))
    for i, c in enumerate(result.commitments, 1):
        if not c.what.strip():
            problems.append(
                Problem("commitment_no_what", f"Commitment {i} needs what the person will do.", n=i)
            )
    if result.raise_stage and result.answer != "yes":
        problems.append(Problem("raise_needs_yes", "A contact moves up the ladder on a yes."))
    return problems


class OneOnOneError(ValueError):
    """A 1:1 that cannot be stored as it is; `problems` says why (coded `Problem`s)."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = list(problems)


@dataclass(frozen=True, slots=True)
class Finished:
    meeting_id: str
    raised_to: str | None  # the contact's new stage, when the 1:1 moved them up


def finish_one_on_one(store: Store, result: OneOnOneResult) -> Finished:
    """Store a finished 1:1 and drop its draft, in one transaction."""
    problems = result_problems(result)
    if problems:
        raise OneOnOneError(problems)
    raised_to = None
    with store.write() as w:
        conn = w.conn
        meeting = _meeting(conn, result.meeting_id)
        if meeting is None:
            meeting = Meeting(
                id=result.meeting_id,
                contact_id=result.contact_id,
                kind=result.kind,
                starts_at=result.starts_at or now_moment(),
                time_zone=result.time_zone,
                duration_min=result.duration_min,
                location=result.location.strip(),
                status="held",
            )
        elif can_move(meeting.status, "held"):
            meeting.status = "held"
        meeting.ask = result.ask.strip()
        meeting.answer = result.answer
        meeting.counter_offer = (
            result.counter_offer.strip() if result.answer == "counter_offer" else ""
        )
        meeting.summary = result.summary.strip()
        meeting.went_well = [t.strip() for t in result.went_well if t.strip()]
        meeting.do_better = [t.strip() for t in result.do_better if t.strip()]
        meeting.traits_met = list(result.traits_met)
        w.save(meeting)

        existing = {n.step: n for n in _notes(conn, meeting.id)}
        for note in result.notes:
            old = existing.get(note.step)
            if old is None and not note.text.strip() and not note.checked:
                continue
            record = old or AgendaNote(meeting_id=meeting.id, step=note.step)
            record.text = note.text.strip()
            record.checked = list(note.checked)
            w.save(record)

        kept_ids = {c.id for c in result.commitments if c.id}
        for old_commitment in _commitments(conn, meeting.id):
            if old_commitment.id not in kept_ids:
                w.set_deleted("commitment", old_commitment.id)
        for c in result.commitments:
            w.save(
                Commitment(
                    **({"id": c.id} if c.id else {}),
                    contact_id=meeting.contact_id,
                    meeting_id=meeting.id,
                    what=c.what.strip(),
                    due_at=c.due_at,
                    place=c.place.strip(),
                    follow_up_on=c.follow_up_on,
                    status=c.status,
                )
            )
        if result.raise_stage and meeting.contact_id:
            raised_to = _raise(conn, w, meeting.contact_id)
        conn.execute(delete(draft).where(draft.c.key == draft_key(meeting.id)))
    return Finished(meeting.id, raised_to)


def _meeting(conn: Connection, meeting_id: str) -> Meeting | None:
    m = SYNCED["meeting"]
    row = conn.execute(select(m).where(m.c.id == meeting_id, m.c.deleted == 0)).mappings().first()
    return None if row is None else record_from_row(Meeting, row)


def _notes(conn: Connection, meeting_id: str) -> list[AgendaNote]:
    n = SYNCED["agenda_note"]
    rows = conn.execute(
        select(n).where(n.c.meeting_id == meeting_id, n.c.deleted == 0).order_by(n.c.id)
    ).mappings()
    return [record_from_row(AgendaNote, r) for r in rows]


def _commitments(conn: Connection, meeting_id: str) -> list[Commitment]:
    k = SYNCED["commitment"]
    rows = conn.execute(
        select(k).where(k.c.meeting_id == meeting_id, k.c.deleted == 0).order_by(k.c.id)
    ).mappings()
    return [record_from_row(Commitment, r) for r in rows]


# --- the ladder -----------------------------------------------------------------------------


def _ladder(conn: Connection) -> list[LadderStage]:
    t = SYNCED["ladder_stage"]
    stored = [
        record_from_row(LadderStage, r)
        for r in conn.execute(select(t).where(t.c.deleted == 0)).mappings()
    ]
    return ladder_rules.effective_ladder(stored)


def _raise(conn: Connection, w: Any, contact_id: str) -> str | None:
    c = SYNCED["contact"]
    stage = conn.execute(
        select(c.c.stage).where(c.c.id == contact_id, c.c.deleted == 0)
    ).scalar_one_or_none()
    if stage is None:
        return None
    up = ladder_rules.next_stage(_ladder(conn), stage)
    if up is not None:
        w.set_fields("contact", contact_id, {"stage": up})
    return up


@dataclass(frozen=True, slots=True)
class StageMove:
    """Where a contact stands on the ladder and the rung above (None at the top)."""

    contact_id: str
    contact_name: str
    stage: str
    next_stage: str | None
    ladder: tuple[LadderStage, ...]


def stage_move(store: Store, contact_id: str) -> StageMove | None:
    with store.read() as conn:
        c = SYNCED["contact"]
        row = conn.execute(
            select(c.c.first_name, c.c.last_name, c.c.stage).where(
                c.c.id == contact_id, c.c.deleted == 0
            )
        ).first()
        if row is None:
            return None
        ladder = _ladder(conn)
    name = " ".join(p for p in (row.first_name, row.last_name) if p)
    up = ladder_rules.next_stage(ladder, row.stage)
    return StageMove(contact_id, name, row.stage, up, tuple(ladder))


def raise_stage(store: Store, contact_id: str) -> str | None:
    """Move a contact one rung up the ladder; the new stage (None at the top)."""
    with store.write() as w:
        return _raise(w.conn, w, contact_id)


# --- reading 1:1s ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MeetingRecord:
    meeting: Meeting
    contact: Contact | None
    notes: dict[str, AgendaNote]  # by step key
    commitments: list[Commitment]
    next_meeting: Meeting | None = None  # the person's next 1:1 after this one, if set

    @property
    def contact_name(self) -> str:
        return self.contact.display_name if self.contact else ""


def meeting_record(store: Store, meeting_id: str) -> MeetingRecord | None:
    """A 1:1 with its notes and commitments, for the record view and the wizard."""
    with store.read() as conn:
        meeting = _meeting(conn, meeting_id)
        if meeting is None:
            return None
        contact = None
        if meeting.contact_id:
            c = SYNCED["contact"]
            row = conn.execute(select(c).where(c.c.id == meeting.contact_id)).mappings().first()
            contact = None if row is None else record_from_row(Contact, row)
        notes = {n.step: n for n in _notes(conn, meeting_id)}
        commitments = _commitments(conn, meeting_id)
        following = _next_meeting(conn, meeting)
    return MeetingRecord(meeting, contact, notes, commitments, following)


def _next_meeting(conn: Connection, meeting: Meeting) -> Meeting | None:
    """The same person's earliest upcoming (scheduled or confirmed) meeting that starts
    after this one: the next 1:1 set in the wizard, or any set since."""
    if not meeting.contact_id or not meeting.starts_at:
        return None
    m = SYNCED["meeting"]
    row = (
        conn.execute(
            select(m)
            .where(
                m.c.deleted == 0,
                m.c.contact_id == meeting.contact_id,
                m.c.id != meeting.id,
                m.c.status.in_(("scheduled", "confirmed")),
                m.c.starts_at > meeting.starts_at,
            )
            .order_by(m.c.starts_at)
            .limit(1)
        )
        .mappings()
        .first()
    )
    return None if row is None else record_from_row(Meeting, row)


@dataclass(frozen=True, slots=True)
class OneOnOneItem:
    """One row of the 1:1s screen's lists."""

    meeting_id: str
    contact_id: str | None
    contact_name: str
    kind: str
    starts_at: str | None
    location: str
    status: str
    answer: str


def _items(
    conn: Connection, statuses: Sequence[str], since: str | None, newest_first: bool, limit: int
) -> list[OneOnOneItem]:
    m = SYNCED["meeting"]
    c = SYNCED["contact"]
    query = (
        select(
            m.c.id,
            m.c.contact_id,
            c.c.first_name,
            c.c.last_name,
            m.c.kind,
            m.c.starts_at,
            m.c.location,
            m.c.status,
            m.c.answer,
        )
        .select_from(m.outerjoin(c, c.c.id == m.c.contact_id))
        .where(m.c.deleted == 0, m.c.status.in_(list(statuses)))
        .order_by(m.c.starts_at.desc() if newest_first else m.c.starts_at, m.c.id)
        .limit(limit)
    )
    if since is not None:
        query = query.where(m.c.starts_at >= since)
    return [
        OneOnOneItem(
            r.id,
            r.contact_id,
            " ".join(p for p in (r.first_name, r.last_name) if p),
            r.kind,
            r.starts_at,
            r.location,
            r.status,
            r.answer,
        )
        for r in conn.execute(query)
    ]


def upcoming_one_on_ones(store: Store, since: str, limit: int = 200) -> list[OneOnOneItem]:
    """Scheduled and confirmed 1:1s from `since` (a UTC moment) on, soonest first;
    pass a moment some days back to also list the ones held but not yet recorded."""
    with store.read() as conn:
        return _items(conn, ("scheduled", "confirmed"), since, False, limit)


def recent_one_on_ones(store: Store, limit: int = 200) -> list[OneOnOneItem]:
    """Held 1:1s (and no-shows), the latest first."""
    with store.read() as conn:
        return _items(conn, ("held", "no_show"), None, True, limit)
