"""Presentation slides: the deck built for a training (which slides, in which order, with
what on them), in English and Spanish, and privacy: no contact's phone, email, address,
note, story or last name ever reaches a slide."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from rapport.domain import demo
from rapport.domain.agenda import builtin_template
from rapport.domain.records import Contact, Evaluation, Observation, Participant, Training
from rapport.domain.slides import (
    DeckSource,
    SlideTextError,
    build_deck,
    deck_texts,
    load_slide_text,
    parse_slide_text,
)
from rapport.domain.trainings import load_template
from rapport.store.core import Store
from rapport.store.presentation import deck_source, training_deck
from rapport.store.rows import record_from_row
from rapport.store.tables import SYNCED
from rapport.workspace import open_workspace

ORDER = [
    "title",
    "names",
    "goals",
    "agenda",
    "steps",
    "traits",
    "logistics",
    "asks",
    "scenario",
    "discussion",
    "results",
    "closing",
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    folder = open_workspace(tmp_path / "data")
    yield folder.store
    folder.close()


@pytest.fixture
def demo_store(store: Store) -> Store:
    with store.write() as writer:
        writer.insert_new(demo.generate(1, 300, date(2026, 11, 1)))
    return store


def _trainings(store: Store) -> list[Training]:
    with store.read() as conn:
        rows = conn.execute(select(SYNCED["training"])).mappings()
        return [record_from_row(Training, r) for r in rows]


def _contacts(store: Store) -> list[Contact]:
    with store.read() as conn:
        rows = conn.execute(select(SYNCED["contact"])).mappings()
        return [record_from_row(Contact, r) for r in rows]


def _source(**values: object) -> DeckSource:
    base: dict[str, object] = {
        "title": "Spring 1:1 training",
        "when": "Tuesday 10 March, 6:30 PM",
        "place": "Union Hall",
        "trainer": "Rosa Martínez",
        "goals": ("Hold a 1:1", "Make a hard ask"),
        "agenda": ("Welcome (10 min)", "Practice (40 min)"),
        "first_names": ("Beto", "ana", "Íñigo", "Zoe"),
        "ratings": (0, 1, 1, 3, 2),
        "scenario_keys": ("doubtful_tenant",),
    }
    base.update(values)
    return DeckSource(**base)  # type: ignore[arg-type]


def _deck(language: str = "en", **values: object):  # type: ignore[no-untyped-def]
    text = load_slide_text(language)
    return build_deck(
        _source(**values), text, builtin_template("introductory"), load_template(language)
    )


# --- what the deck holds --------------------------------------------------------------------


def test_deck_has_every_part_of_a_session_in_order() -> None:
    deck = _deck()
    assert deck.kinds() == ORDER
    assert deck.title == "Spring 1:1 training"
    title = deck.slides[0]
    assert title.title == "Spring 1:1 training"
    assert title.subtitle == "Tuesday 10 March, 6:30 PM · Union Hall"
    assert title.footer == "Trainer: Rosa Martínez"
    every = [s for s in deck.slides if s.kind != "discussion"]
    assert all(s.notes for s in every), "every slide has notes for the trainer"


def test_names_are_first_names_sorted_without_accents_mattering() -> None:
    names = _deck().slides[1]
    assert [line.text for line in names.lines] == ["ana", "Beto", "Íñigo", "Zoe"]
    empty = _deck(first_names=()).slides[1]
    assert empty.lines == ()
    assert "appear" in empty.subtitle or "added" in empty.subtitle


def test_goals_and_agenda_come_from_the_training_else_the_template() -> None:
    deck = _deck()
    assert [line.text for line in deck.slides[2].lines] == ["Hold a 1:1", "Make a hard ask"]
    assert [line.text for line in deck.slides[3].lines] == ["Welcome (10 min)", "Practice (40 min)"]
    assert deck.slides[3].numbered
    bare = _deck(goals=(), agenda=())
    template = load_template("en")
    assert [line.text for line in bare.slides[2].lines] == list(template.goals)
    assert [line.text for line in bare.slides[3].lines] == list(template.agenda)


def test_agenda_steps_traits_and_logistics() -> None:
    deck = _deck()
    steps = deck.slides[4]
    agenda = builtin_template("introductory")
    assert [line.text for line in steps.lines] == [s.title for s in agenda.steps]
    assert steps.lines[0].detail == agenda.steps[0].prompts[0]
    assert steps.reveal and steps.steps == len(agenda.steps)
    traits = deck.slides[5]
    assert [line.text for line in traits.lines] == [
        "Face to face",
        "Scheduled",
        "Purposeful",
        "Educational",
        "Followed up",
    ]
    assert all(line.detail for line in traits.lines)
    assert traits.visible_lines(0) == 1 and traits.visible_lines(4) == 5
    logistics = deck.slides[6]
    assert any("30" in line.text for line in logistics.lines)
    assert not logistics.reveal and logistics.steps == 1


def test_ask_exercise_reveals_one_at_a_time_then_the_ratings() -> None:
    asks = _deck().slides[7]
    assert len(asks.lines) == 5
    assert asks.steps == 6  # five asks, then the ratings
    assert [asks.visible_lines(s) for s in range(6)] == [1, 2, 3, 4, 5, 5]
    assert [asks.shows_ratings(s) for s in range(6)] == [False] * 5 + [True]
    # Every rating from very soft to hard is there once, in a mixed order.
    ratings = [line.rating for line in asks.lines]
    assert sorted(ratings) == [0, 1, 2, 3, 4]
    assert ratings != sorted(ratings)
    hard = next(line for line in asks.lines if line.rating == 4)
    assert hard.rating_text.startswith("Hard")
    soft = next(line for line in asks.lines if line.rating == 1)
    assert "missing" in soft.rating_text and "a day" in soft.rating_text


def test_scenario_is_the_one_the_training_used() -> None:
    template = load_template("en")
    scenario = _deck().slides[8]
    used = template.scenario("doubtful_tenant")
    assert used is not None and scenario.subtitle == used.title
    assert [line.detail for line in scenario.lines] == [used.person, used.situation, used.practice]
    first = _deck(scenario_keys=("no_such_key",)).slides[8]
    assert first.subtitle == template.scenarios[0].title


def test_discussion_and_results() -> None:
    deck = _deck()
    discussion = deck.slides[9]
    assert discussion.title.endswith("?") and discussion.lines == ()
    results = deck.slides[10]
    assert results.chart is not None
    assert results.chart.labels == ("1", "2", "3", "4", "5")
    assert results.chart.values == (0.0, 1.0, 1.0, 3.0, 2.0)
    assert results.subtitle == "7 evaluations · average rating 3.9 out of 5"
    none = _deck(ratings=(0, 0, 0, 0, 0)).slides[10]
    assert "No evaluations" in none.subtitle


def test_spanish_deck() -> None:
    deck = _deck("es")
    assert deck.language == "es"
    assert deck.kinds() == ORDER
    assert deck.slides[1].title == "Bienvenidos"
    assert deck.slides[5].lines[0].text == "Cara a cara"
    assert deck.slides[10].subtitle == "7 evaluaciones · calificación promedio 3,9 de 5"
    assert deck.slides[0].footer == "Imparte: Rosa Martínez"
    assert load_slide_text("fr").language == "en"


def test_bad_slide_text_is_refused_with_a_reason() -> None:
    with pytest.raises(SlideTextError, match="format"):
        parse_slide_text({"format": "other"}, "en")
    with pytest.raises(SlideTextError, match="headings"):
        parse_slide_text({"format": "rapport-slides"}, "en")


# --- from the store -------------------------------------------------------------------------


def test_deck_for_a_demo_training(demo_store: Store) -> None:
    held = next(t for t in _trainings(demo_store) if t.status == "held")
    deck = training_deck(demo_store, held.id, "en", "Tuesday")
    assert deck is not None
    assert deck.kinds() == ORDER
    assert deck.slides[0].title == held.title
    assert [line.text for line in deck.slides[2].lines] == held.goals
    with demo_store.read() as conn:
        p = SYNCED["participant"]
        count = len(
            conn.execute(select(p.c.id).where(p.c.training_id == held.id, p.c.deleted == 0)).all()
        )
        e = SYNCED["evaluation"]
        ratings = conn.execute(select(e.c.rating).where(e.c.training_id == held.id)).scalars().all()
    assert len(deck.slides[1].lines) == count
    chart = deck.slides[10].chart
    assert chart is not None and sum(chart.values) == len(ratings) > 0
    # The demo's role-plays name scenarios of the library; the slide shows one of them.
    source = deck_source(demo_store, held.id)
    assert source is not None and source.scenario_keys
    library = load_template("en")
    assert deck.slides[8].subtitle == library.scenario(source.scenario_keys[0]).title  # type: ignore[union-attr]
    assert training_deck(demo_store, "no-such-training", "en") is None


def test_deleted_participants_and_evaluations_are_left_out(store: Store) -> None:
    training = Training(title="Small group")
    ana = Contact(first_name="Ana", last_name="Quintero")
    gone = Contact(first_name="Gonzalo", last_name="Prieto")
    kept = Participant(training_id=training.id, contact_id=ana.id)
    removed = Participant(training_id=training.id, contact_id=gone.id)
    evaluation = Evaluation(training_id=training.id, learned="x", rating=5, anonymous=True)
    dropped = Evaluation(training_id=training.id, learned="y", rating=1, anonymous=True)
    play = Observation(training_id=training.id, kind="roleplay", scenario="new_neighbour")
    for record in (training, ana, gone, kept, removed, evaluation, dropped, play):
        store.save(record)
    store.delete("participant", removed.id)
    store.delete("evaluation", dropped.id)
    source = deck_source(store, training.id)
    assert source is not None
    assert source.first_names == ("Ana",)
    assert source.ratings == (0, 0, 0, 0, 1)
    assert source.scenario_keys == ("new_neighbour",)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_private_contact_data_on_any_slide(demo_store: Store, language: str) -> None:
    contacts = _contacts(demo_store)
    assert any(c.phones for c in contacts) and any(c.emails for c in contacts)
    assert any(c.address for c in contacts) and any(c.notes or c.story for c in contacts)
    for training in _trainings(demo_store):
        deck = training_deck(demo_store, training.id, language, "Tuesday")
        assert deck is not None
        texts = deck_texts(deck)
        joined = "\n".join(texts)
        folded = joined.casefold()
        words = _words(joined)
        digits = [_digits(t) for t in texts]
        # Words the training itself shows (its trainer, title, place) are not contact data.
        own = _words(" ".join((training.trainer, training.title, training.place)))
        for c in contacts:
            for phone in c.phones:
                number = _digits(phone)
                assert len(number) >= 7
                assert not any(number[-7:] in d for d in digits), phone
            for email in c.emails:
                assert email.casefold() not in folded, email
                assert email.split("@")[0].casefold() not in words, email
            for private in (
                c.address,
                c.notes,
                c.story,
                c.issues,
                c.shared_vision,
                c.how_met,
                c.private_notes,
            ):
                if len(private.strip()) >= 25:  # not a stock phrase like "house meeting"
                    assert private.strip().casefold() not in folded, private
                    # not even its first sentence
                    head = private.strip().split(".")[0].casefold()
                    if len(head) >= 25:
                        assert head not in folded, private
            for part in c.last_name.split():
                if part.casefold() not in own:
                    assert part.casefold() not in words, c.last_name
            full = f"{c.first_name} {c.last_name}".strip().casefold()
            assert full not in folded, full
    # The notes for the trainer do not carry contact data either.
    held = next(t for t in _trainings(demo_store) if t.status == "held")
    deck = training_deck(demo_store, held.id, language)
    assert deck is not None
    notes = " ".join(s.notes for s in deck.slides).casefold()
    for c in contacts:
        assert not any(e.casefold() in notes for e in c.emails)
        assert f"{c.first_name} {c.last_name}".casefold() not in notes


# --- the room's answers, kept with the training ---------------------------------------------


def test_discussion_slides_are_numbered_the_same_in_every_language() -> None:
    import dataclasses

    text = load_slide_text("en")
    two = dataclasses.replace(text, discussion=(*text.discussion, ("asks", "Why wait?", "")))
    deck = build_deck(_source(), two, builtin_template("introductory"), load_template("en"))
    indexes = deck.discussion_indexes()
    assert [deck.slides[i].kind for i in indexes] == ["discussion", "discussion"]
    assert indexes[0] < indexes[1] and deck.slides[indexes[0]].title == "Why wait?"
    assert [deck.discussion_number(i) for i in indexes] == [1, 2]
    assert deck.discussion_number(0) is None
    by_index = deck.answers_by_index({1: ["Listen"], 2: ["A date", "A place"], 3: ["lost"]})
    assert by_index == {indexes[0]: ["Listen"], indexes[1]: ["A date", "A place"]}
    spanish = _deck("es")
    assert spanish.discussion_indexes() == _deck().discussion_indexes()


def test_answers_are_kept_as_a_discussion_observation(store: Store) -> None:
    from rapport.store.presentation import discussion_answers, save_discussion_answers
    from rapport.store.trainings import load_training

    training, other = Training(title="Autumn"), Training(title="Winter")
    store.save(training)
    store.save(other)
    assert discussion_answers(store, training.id) == {}
    save_discussion_answers(store, training.id, 1, ["Name a day", "  Wait   after asking "])
    save_discussion_answers(store, training.id, 1, ["Name a day", "Wait after asking", "Listen"])
    save_discussion_answers(store, other.id, 1, ["Elsewhere"])
    assert discussion_answers(store, training.id) == {
        1: ["Name a day", "Wait after asking", "Listen"]
    }
    file = load_training(store, training.id)
    assert file is not None
    kept = [o for o in file.observations if o.kind == "discussion"]
    assert len(kept) == 1, "one observation per discussion, updated in place"
    assert kept[0].scenario == "1"
    assert kept[0].noticed == "Name a day\nWait after asking\nListen"
    assert file.observations_of("roleplay") == [] and file.observations_of("observed") == []
    save_discussion_answers(store, training.id, 1, [])
    assert discussion_answers(store, training.id) == {}
    assert discussion_answers(store, other.id) == {1: ["Elsewhere"]}
