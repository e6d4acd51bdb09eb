"""What presentation mode reads of a training: its own fields, its participants' first
names (never another field of a contact), its rating counts and the role-plays it used;
and the room's answers on the discussion slides, kept with the training.

The result is a `DeckSource`, the only thing the slide builder sees; the agenda and
training templates are loaded here too, so the window and `rapport present` build the
same deck. The answers are kept as one observation of kind "discussion" per discussion
slide, numbered in `scenario` ("1" for the first), one answer a line in `noticed`;
they are written as each answer is added or removed. Nothing here imports Qt.
"""

from __future__ import annotations

from sqlalchemy import select

from rapport.domain.agenda import load_template as load_agenda
from rapport.domain.records import Observation, Training
from rapport.domain.slides import Deck, DeckSource, build_deck, load_slide_text
from rapport.domain.trainings import load_template as load_training_template
from rapport.store.core import Store
from rapport.store.one_on_ones import agenda_folders
from rapport.store.rows import record_from_row
from rapport.store.tables import SYNCED


def deck_source(store: Store, training_id: str, when: str = "") -> DeckSource | None:
    """The training as the slides may show it (None when there is no such training).
    `when` is the date and time already written for the room."""
    t, p, c, e, o = (
        SYNCED[n] for n in ("training", "participant", "contact", "evaluation", "observation")
    )
    with store.read() as conn:
        row = conn.execute(select(t).where(t.c.id == training_id, t.c.deleted == 0)).mappings()
        found = row.first()
        if found is None:
            return None
        training = record_from_row(Training, found)
        names = conn.execute(
            select(c.c.first_name)
            .select_from(p.join(c, c.c.id == p.c.contact_id))
            .where(p.c.training_id == training_id, p.c.deleted == 0, c.c.deleted == 0)
        ).scalars()
        first_names = tuple(n for n in names if n)
        counts = [0, 0, 0, 0, 0]
        for rating in conn.execute(
            select(e.c.rating).where(e.c.training_id == training_id, e.c.deleted == 0)
        ).scalars():
            if isinstance(rating, int) and 1 <= rating <= 5:
                counts[rating - 1] += 1
        scenarios = conn.execute(
            select(o.c.scenario)
            .where(o.c.training_id == training_id, o.c.deleted == 0, o.c.kind == "roleplay")
            .order_by(o.c.id)
        ).scalars()
        scenario_keys = tuple(dict.fromkeys(s for s in scenarios if s))
    return DeckSource(
        title=training.title,
        when=when,
        place=training.place,
        trainer=training.trainer,
        goals=tuple(training.goals),
        agenda=tuple(training.agenda),
        first_names=first_names,
        ratings=(counts[0], counts[1], counts[2], counts[3], counts[4]),
        scenario_keys=scenario_keys,
    )


def starts_at(store: Store, training_id: str) -> str | None:
    t = SYNCED["training"]
    with store.read() as conn:
        value = conn.execute(select(t.c.starts_at).where(t.c.id == training_id)).scalar()
    return value if isinstance(value, str) else None


def training_deck(store: Store, training_id: str, language: str, when: str = "") -> Deck | None:
    """The slides of a training in `language` ("en" or "es")."""
    source = deck_source(store, training_id, when)
    if source is None:
        return None
    text = load_slide_text(language)
    agenda = load_agenda(agenda_folders(store), "introductory", text.language).template
    template = load_training_template(text.language)
    return build_deck(source, text, agenda, template)


DISCUSSION = "discussion"  # the observation kind that holds the room's answers


def discussion_answers(store: Store, training_id: str) -> dict[int, list[str]]:
    """The room's answers saved for a training, by discussion number (1 first)."""
    o = SYNCED["observation"]
    found: dict[int, list[str]] = {}
    with store.read() as conn:
        rows = conn.execute(
            select(o.c.scenario, o.c.noticed)
            .where(o.c.training_id == training_id, o.c.deleted == 0, o.c.kind == DISCUSSION)
            .order_by(o.c.id)
        ).all()
    for scenario, noticed in rows:
        number = int(scenario) if str(scenario or "").isdigit() else 1
        lines = [line.strip() for line in (noticed or "").splitlines() if line.strip()]
        if lines and number not in found:
            found[number] = lines
    return found


def save_discussion_answers(
    store: Store, training_id: str, number: int, answers: list[str]
) -> None:
    """Keep the room's answers to discussion `number` (1 first), one a line."""
    o = SYNCED["observation"]
    noticed = "\n".join(" ".join(a.split()) for a in answers if a.strip())
    with store.read() as conn:
        existing = conn.execute(
            select(o.c.id)
            .where(
                o.c.training_id == training_id,
                o.c.deleted == 0,
                o.c.kind == DISCUSSION,
                o.c.scenario == str(number),
            )
            .order_by(o.c.id)
        ).scalar()
    with store.write() as w:
        if existing is not None:
            w.set_fields("observation", existing, {"noticed": noticed})
        elif noticed:
            w.save(
                Observation(
                    training_id=training_id, kind=DISCUSSION, scenario=str(number), noticed=noticed
                )
            )
