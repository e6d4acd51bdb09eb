"""Trainings in the store: the list, one training with everything recorded during it,
and the writes the Trainings screen and `rapport trainings` make.

Every write goes through the `Writer`, one transaction per call, after the rules in
`rapport.domain.trainings` accept it (they raise `TrainingInputError` naming the fields).
Nothing here imports Qt.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Table, func, select

from rapport.domain.records import (
    Contact,
    Evaluation,
    Observation,
    Participant,
    Reflection,
    Training,
)
from rapport.domain.trainings import (
    READINESS,
    STATUSES,
    EvaluationEntry,
    TrainingInputError,
    TrainingReport,
    clean_lines,
    cleaned_evaluation,
    evaluation_problems,
    normal_status,
    observation_problems,
    summarize,
    training_problems,
    trend,
)
from rapport.store.core import Store
from rapport.store.rows import record_from_row
from rapport.store.tables import SYNCED

NO_CONTACT = "(no contact)"


@dataclass(frozen=True, slots=True)
class TrainingRow:
    """One line of the trainings list."""

    id: str
    title: str
    starts_at: str | None
    place: str
    trainer: str
    status: str
    participants: int
    evaluations: int
    mean: float | None


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    participant: Participant
    name: str

    @property
    def id(self) -> str:
        return self.participant.id


@dataclass(slots=True)
class TrainingFile:
    """A training and everything recorded during it (live records only)."""

    training: Training
    participants: list[ParticipantRow]
    observations: list[Observation]
    evaluations: list[Evaluation]
    reflection: Reflection | None

    def name_of(self, participant_id: str | None) -> str:
        for row in self.participants:
            if row.id == participant_id:
                return row.name
        return ""

    def observations_of(self, kind: str) -> list[Observation]:
        return [o for o in self.observations if o.kind == kind]

    def tried_by(self, participant_id: str) -> Observation | None:
        for o in self.observations:
            if o.kind == "tried" and o.participant_id == participant_id:
                return o
        return None


# --- reading ------------------------------------------------------------------------------


def _live(conn: Connection, cls: type, **where: str) -> list:  # type: ignore[type-arg]
    table: Table = SYNCED[cls.TABLE]  # type: ignore[attr-defined]
    query = select(table).where(table.c.deleted == 0)
    for name, value in where.items():
        query = query.where(table.c[name] == value)
    return [record_from_row(cls, row) for row in conn.execute(query).mappings()]


def list_trainings(store: Store) -> list[TrainingRow]:
    """Every live training, the newest date first (undated ones at the top)."""
    t = SYNCED["training"]
    p = SYNCED["participant"]
    e = SYNCED["evaluation"]
    people = (
        select(func.count()).where(p.c.training_id == t.c.id, p.c.deleted == 0).scalar_subquery()
    )
    evals = (
        select(func.count()).where(e.c.training_id == t.c.id, e.c.deleted == 0).scalar_subquery()
    )
    mean = (
        select(func.avg(e.c.rating))
        .where(e.c.training_id == t.c.id, e.c.deleted == 0)
        .scalar_subquery()
    )
    query = (
        select(
            t.c.id,
            t.c.title,
            t.c.starts_at,
            t.c.place,
            t.c.trainer,
            t.c.status,
            people,
            evals,
            mean,
        )
        .where(t.c.deleted == 0)
        .order_by(t.c.starts_at.is_(None).desc(), t.c.starts_at.desc(), t.c.id)
    )
    with store.read() as conn:
        return [
            TrainingRow(
                id=r[0],
                title=r[1] or "",
                starts_at=r[2],
                place=r[3] or "",
                trainer=r[4] or "",
                status=normal_status(r[5] or ""),
                participants=int(r[6]),
                evaluations=int(r[7]),
                mean=None if r[8] is None else round(float(r[8]), 2),
            )
            for r in conn.execute(query)
        ]


def _names(conn: Connection, contact_ids: Iterable[str | None]) -> dict[str, str]:
    ids = sorted({i for i in contact_ids if i})
    if not ids:
        return {}
    c = SYNCED["contact"]
    names: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(select(c.c.id, c.c.first_name, c.c.last_name).where(c.c.id.in_(chunk)))
        for cid, first, last in rows:
            names[cid] = Contact(first_name=first or "", last_name=last or "").display_name
    return names


def load_training(store: Store, training_id: str) -> TrainingFile | None:
    with store.read() as conn:
        found: list[Training] = _live(conn, Training, id=training_id)
        if not found:
            return None
        found[0].status = normal_status(found[0].status)
        participants: list[Participant] = _live(conn, Participant, training_id=training_id)
        names = _names(conn, (p.contact_id for p in participants))
        rows = [ParticipantRow(p, names.get(p.contact_id or "", NO_CONTACT)) for p in participants]
        rows.sort(key=lambda r: (r.name.casefold(), r.id))
        observations = _live(conn, Observation, training_id=training_id)
        observations.sort(key=lambda o: o.id)  # ids are time-ordered (UUIDv7)
        evaluations = _live(conn, Evaluation, training_id=training_id)
        evaluations.sort(key=lambda e: e.id)
        reflections = sorted(_live(conn, Reflection, training_id=training_id), key=lambda r: r.id)
    return TrainingFile(
        training=found[0],
        participants=rows,
        observations=observations,
        evaluations=evaluations,
        reflection=reflections[0] if reflections else None,
    )


def training_report(store: Store, training_id: str) -> TrainingReport | None:
    """The summary of one training, with the trend of every training up to its date."""
    file = load_training(store, training_id)
    if file is None:
        return None
    with store.read() as conn:
        trainings = _live(conn, Training)
        evaluations = _live(conn, Evaluation)
    entries = tuple(
        EvaluationEntry(ev, "" if ev.anonymous else file.name_of(ev.participant_id))
        for ev in file.evaluations
    )
    readiness = {key: 0 for key in READINESS}
    for row in file.participants:
        readiness[row.participant.readiness if row.participant.readiness in readiness else ""] += 1
    return TrainingReport(
        training=file.training,
        participants=len(file.participants),
        summary=summarize(file.evaluations),
        entries=entries,
        trend=trend(trainings, evaluations, upto=training_id),
        reflection=file.reflection,
        readiness=readiness,
    )


# --- writing ------------------------------------------------------------------------------


def save_training(
    store: Store, training: Training, contact_ids: Sequence[str] | None = None
) -> Training:
    """Create or update a training; with `contact_ids`, make its participants exactly
    those contacts (a participant taken off and put back keeps what was recorded)."""
    problems = training_problems(training)
    if problems:
        raise TrainingInputError(problems)
    training = dataclasses.replace(
        training,
        title=training.title.strip(),
        goals=clean_lines(training.goals),
        agenda=clean_lines(training.agenda),
        preparation=clean_lines(training.preparation),
    )
    training.preparation_done = [i for i in training.preparation_done if i in training.preparation]
    p = SYNCED["participant"]
    with store.write() as w:
        w.save(training)
        if contact_ids is None:
            return training
        wanted = list(dict.fromkeys(contact_ids))
        rows = w.conn.execute(
            select(p.c.id, p.c.contact_id, p.c.deleted).where(p.c.training_id == training.id)
        ).all()
        by_contact: dict[str, tuple[str, bool]] = {}
        for pid, cid, deleted in sorted(rows, key=lambda r: (r[2], r[0])):
            if cid and cid not in by_contact:
                by_contact[cid] = (pid, bool(deleted))
            elif cid and not deleted:  # a second live row for one contact (two devices)
                w.set_deleted("participant", pid)
        for cid, (pid, deleted) in by_contact.items():
            keep = cid in wanted
            if deleted == keep:
                w.set_deleted("participant", pid, not keep)
        for cid in wanted:
            if cid not in by_contact:
                w.save(Participant(training_id=training.id, contact_id=cid))
    return training


def update_training(store: Store, training_id: str, **values: object) -> Training:
    """Change some fields of a training (status, check-in notes, checklist ticks …)."""
    training = store.get(Training, training_id)
    if training is None:
        raise KeyError(f"no training {training_id}")
    training.status = normal_status(training.status)
    training = dataclasses.replace(training, **values)  # type: ignore[arg-type]
    problems = training_problems(training)
    if problems:
        raise TrainingInputError(problems)
    store.save(training)
    return training


def set_status(store: Store, training_id: str, status: str) -> Training:
    if status not in STATUSES:
        raise TrainingInputError({"status": f"The status must be one of {', '.join(STATUSES)}."})
    return update_training(store, training_id, status=status)


def set_readiness(store: Store, participant_id: str, readiness: str) -> None:
    if readiness not in READINESS:
        raise TrainingInputError({"readiness": "Choose ready to try, or observe more."})
    with store.write() as w:
        w.set_fields("participant", participant_id, {"readiness": readiness})


def save_observation(store: Store, observation: Observation) -> Observation:
    """Save notes from the observed 1:1, a tried 1:1 or a role-play (at most 3 tips)."""
    problems = observation_problems(observation)
    if problems:
        raise TrainingInputError(problems)
    observation = dataclasses.replace(observation, tips=clean_lines(observation.tips))
    store.save(observation)
    return observation


def save_evaluation(store: Store, evaluation: Evaluation) -> Evaluation:
    """Save one participant's evaluation after checking it (see `evaluation_problems`)."""
    evaluation = cleaned_evaluation(dataclasses.replace(evaluation))
    problems = evaluation_problems(evaluation)
    if evaluation.participant_id and not problems:
        owner = store.get(Participant, evaluation.participant_id)
        if owner is None or owner.training_id != evaluation.training_id:
            problems["participant_id"] = "This person is not a participant of the training."
    if problems:
        raise TrainingInputError(problems)
    store.save(evaluation)
    return evaluation


def save_reflection(store: Store, reflection: Reflection) -> Reflection:
    """The trainer's reflection; a training keeps one (the first one made)."""
    with store.read() as conn:
        existing = sorted(
            _live(conn, Reflection, training_id=reflection.training_id), key=lambda r: r.id
        )
    if existing and existing[0].id != reflection.id:
        reflection = dataclasses.replace(reflection, id=existing[0].id)
    store.save(reflection)
    return reflection


def delete_record(store: Store, table: str, record_id: str, deleted: bool = True) -> bool:
    """Delete (or bring back) an observation, an evaluation or a participant."""
    if table not in ("observation", "evaluation", "participant", "reflection"):
        raise ValueError(f"not a training record: {table}")
    return store.delete(table, record_id, deleted)


def delete_training(store: Store, training_id: str) -> None:
    """Delete a training with everything recorded during it."""
    with store.write() as w:
        for name in ("participant", "observation", "evaluation", "reflection"):
            table = SYNCED[name]
            ids = w.conn.execute(
                select(table.c.id).where(table.c.training_id == training_id, table.c.deleted == 0)
            ).scalars()
            for record_id in list(ids):
                w.set_deleted(name, record_id)
        w.set_deleted("training", training_id)
