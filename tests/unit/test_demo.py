"""The demo-data generator (rapport.domain.demo) and the `rapport demo` command in-process."""

from __future__ import annotations

import argparse
import itertools
import re
import sqlite3
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.commands import demo as demo_command
from rapport.domain import demo
from rapport.domain.fields import SyncedRecord, check_value, field_specs
from rapport.domain.records import (
    DEFAULT_LADDER,
    AgendaNote,
    Commitment,
    Contact,
    ContactTag,
    Evaluation,
    Meeting,
    Observation,
    Participant,
    Reflection,
    Tag,
    Training,
)

TODAY = date(2026, 3, 10)  # two days after the switch to daylight time in Chicago
MOMENT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def records(seed: int = 1, n: int = 400, **kwargs: object) -> list[SyncedRecord]:
    return list(demo.generate(seed, n, TODAY, **kwargs))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def sample() -> list[SyncedRecord]:
    return records()


T = TypeVar("T")


def of(sample: list[SyncedRecord], cls: type[T]) -> list[T]:
    return [r for r in sample if isinstance(r, cls)]


def at_local(meeting: Meeting) -> datetime:
    assert meeting.starts_at is not None
    utc = datetime.strptime(meeting.starts_at, "%Y-%m-%dT%H:%M:%SZ")
    return utc + timedelta(hours=demo.central_offset_hours(utc.date()))


# --- determinism and ids ------------------------------------------------------------------


def test_same_inputs_give_equal_records_ids_included() -> None:
    assert records(seed=5, n=120) == records(seed=5, n=120)


def test_another_seed_or_day_gives_other_records() -> None:
    first = records(seed=5, n=50)
    assert first != records(seed=6, n=50)
    assert first != list(demo.generate(5, 50, TODAY + timedelta(days=1)))


def test_a_salt_gives_fresh_ids() -> None:
    plain = {r.id for r in records(n=200)}
    salted = {r.id for r in records(n=200, salt=200)}
    assert not plain & salted


def test_ids_are_unique_uuid7_shaped_and_increase(sample: list[SyncedRecord]) -> None:
    ids = [r.id for r in sample]
    assert len(set(ids)) == len(ids)
    made = [r.id for r in sample if not isinstance(r, ContactTag)]
    for record_id in made:
        parsed = uuid.UUID(record_id)
        assert str(parsed) == record_id
        assert parsed.version == 7
        assert parsed.variant == uuid.RFC_4122
    assert made == sorted(made)
    links = of(sample, ContactTag)
    assert links
    assert all(uuid.UUID(r.id).version == 5 for r in links)


# --- validity -----------------------------------------------------------------------------


def assert_valid(sample: list[SyncedRecord]) -> None:
    seen: dict[str, str] = {}
    for record in sample:
        for spec in field_specs(type(record)):
            value = getattr(record, spec.name)
            problem = check_value(spec, value)
            assert problem is None, f"{record.TABLE}.{spec.name} {problem}: {value!r}"
            if spec.ref and value:
                # Parents come first, and a reference names a record of the right table.
                assert seen.get(value) == spec.ref, f"{record.TABLE}.{spec.name} -> {value}"
        seen[record.id] = record.TABLE


def test_every_value_fits_its_field_and_parents_come_first(sample: list[SyncedRecord]) -> None:
    assert_valid(sample)


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(-(2**40), 2**40), n=st.integers(0, 60), salt=st.integers(0, 10**6))
def test_any_seed_and_size_gives_valid_records(seed: int, n: int, salt: int) -> None:
    sample = list(demo.generate(seed, n, TODAY, salt=salt))
    assert_valid(sample)
    assert len(of(sample, Contact)) == n
    assert len(of(sample, Meeting)) == demo.planned_meetings(n)
    assert len(of(sample, Training)) == demo.planned_trainings(n)


# --- sizes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "meetings"),
    [(0, 0), (4, 0), (10, 2), (19, 3), (20, 20), (99, 20), (100, 20), (300, 60), (10_000, 2_000),
     (25_000, 5_000), (100_000, 5_000)],
)  # fmt: skip
def test_meeting_count_scales_with_contacts(n: int, meetings: int) -> None:
    assert demo.planned_meetings(n) == meetings


def test_counts_match_the_plan(sample: list[SyncedRecord]) -> None:
    counts = Counter(r.TABLE for r in sample)
    assert counts["contact"] == 400
    assert counts["tag"] == len(demo.TAG_NAMES) == 10
    assert counts["meeting"] == demo.planned_meetings(400) == 80
    assert counts["training"] == 2
    assert counts["reflection"] == 1
    held = sum(1 for m in of(sample, Meeting) if m.status == "held")
    assert counts["agenda_note"] == held * len(demo.AGENDA_STEPS)
    assert 0.3 * 400 < counts["contact_tag"] < 2 * 400


def test_no_contacts_still_gives_tags_and_a_training() -> None:
    sample = records(n=0)
    assert Counter(r.TABLE for r in sample) == {"tag": 10, "training": 1, "observation": 1,
                                                "reflection": 1}  # fmt: skip


# --- contacts -----------------------------------------------------------------------------


def test_ladder_stages_spread_most_prospects_fewest_leaders(sample: list[SyncedRecord]) -> None:
    stages = Counter(c.stage for c in of(sample, Contact))
    assert set(stages) == set(DEFAULT_LADDER)
    in_order = [stages[s] for s in DEFAULT_LADDER]
    assert in_order == sorted(in_order, reverse=True)
    assert stages["prospect"] > 0.35 * 400
    assert 0 < stages["leader"] < 0.1 * 400


def test_names_mix_english_and_spanish_with_accents(sample: list[SyncedRecord]) -> None:
    contacts = of(sample, Contact)
    firsts = {c.first_name for c in contacts}
    lasts = {c.last_name for c in contacts}
    assert firsts & set(demo.FIRST_ES)
    assert firsts & set(demo.FIRST_EN)
    assert {"García", "Muñoz", "Ibáñez"} & lasts
    accented = [c for c in contacts if re.search(r"[áéíóúñüëÁÉÍÓÚÑ]", c.display_name)]
    assert len(accented) > 0.2 * len(contacts)
    languages = Counter(c.preferred_language for c in contacts)
    assert set(languages) == {"en", "es"}
    assert languages["es"] > 0.15 * len(contacts)
    spanish_stories = [c for c in contacts if c.preferred_language == "es" and c.story]
    assert spanish_stories
    assert any(re.search(r"[áéíóúñ]", c.story + c.issues) for c in spanish_stories)


def test_contact_details_are_varied_and_fictional(sample: list[SyncedRecord]) -> None:
    contacts = of(sample, Contact)
    phones = [p for c in contacts for p in c.phones]
    digits = [re.sub(r"\D", "", p).removeprefix("1") for p in phones]
    assert all(re.fullmatch(r"55501\d{5}", d) for d in digits), digits[:5]
    shapes = {re.sub(r"\d", "9", p) for p in phones}
    assert {"+9 (999) 999-9999", "999.999.9999", "9999999999"} <= shapes
    first_numbers = [re.sub(r"\D", "", c.phones[0]) for c in contacts if c.phones]
    assert len({n[-10:] for n in first_numbers}) == len(first_numbers)
    emails = [e for c in contacts for e in c.emails]
    assert len(set(emails)) == len(emails)
    assert {e.split("@")[1] for e in emails} == set(demo.DOMAINS)
    assert all(e.isascii() for e in emails)
    assert {c.turf for c in contacts} <= set(demo.TURFS)
    assert len({c.how_met for c in contacts}) > 8
    assert 0 < sum(c.do_not_contact for c in contacts) < 0.1 * len(contacts)
    assert any(c.follow_up_days for c in contacts)
    assert 0 < sum(bool(c.private_notes) for c in contacts) < 0.2 * len(contacts)
    assert 0.1 * len(contacts) < sum(bool(c.story) for c in contacts) < 0.8 * len(contacts)


def test_tags_already_in_the_folder_are_reused() -> None:
    existing = {"tenant union": "019c0000-0000-7000-8000-000000000001"}
    sample = records(n=200, tag_ids=existing)
    names = {t.name for t in of(sample, Tag)}
    assert names == set(demo.TAG_NAMES) - {"tenant union"}
    tag_ids = {t.id for t in of(sample, Tag)} | set(existing.values())
    links = of(sample, ContactTag)
    assert {link.tag_id for link in links} <= tag_ids
    assert any(link.tag_id == existing["tenant union"] for link in links)


# --- meetings -----------------------------------------------------------------------------


def test_meetings_around_today(sample: list[SyncedRecord]) -> None:
    meetings = of(sample, Meeting)
    contacts = {c.id: c for c in of(sample, Contact)}
    assert {m.kind for m in meetings} == set(demo.MEETING_KINDS)
    past = [m for m in meetings if at_local(m).date() < TODAY]
    upcoming = [m for m in meetings if at_local(m).date() >= TODAY]
    assert {m.status for m in past} == set(demo.PAST_STATUSES)
    assert {m.status for m in upcoming} <= set(demo.UPCOMING_STATUSES)
    assert 0 < len(upcoming) < len(past)
    for m in meetings:
        assert MOMENT.match(m.starts_at or "")
        assert m.time_zone == "America/Chicago"
        assert m.location and m.purpose
        assert 30 <= m.duration_min <= 45
        local = at_local(m)
        assert local.weekday() != 6
        assert 9 <= local.hour <= 21
        assert not contacts[m.contact_id or ""].do_not_contact
    held = [m for m in meetings if m.status == "held"]
    assert {m.answer for m in held} <= set(demo.ANSWERS)
    assert all(m.summary and m.traits_met is not None for m in held)
    assert all(not m.answer for m in meetings if m.status != "held")
    for m in held:
        stage = contacts[m.contact_id or ""].stage
        assert DEFAULT_LADDER.index(stage) >= DEFAULT_LADDER.index("had_one_on_one")


def test_meetings_come_in_back_to_back_blocks(sample: list[SyncedRecord]) -> None:
    blocks: dict[tuple[date, str], list[Meeting]] = defaultdict(list)
    for m in of(sample, Meeting):
        blocks[(at_local(m).date(), m.location)].append(m)
    sizes = Counter(len(b) for b in blocks.values())
    assert max(sizes) >= 3
    for block in blocks.values():
        block.sort(key=at_local)
        for before, after in itertools.pairwise(block):
            assert at_local(after) - at_local(before) == timedelta(minutes=before.duration_min)


def test_evening_slots_use_chicago_time() -> None:
    assert demo.utc_text(date(2026, 3, 7), datetime.min.time().replace(hour=18)) == (
        "2026-03-08T00:00:00Z"
    )
    assert demo.utc_text(date(2026, 3, 9), datetime.min.time().replace(hour=18)) == (
        "2026-03-09T23:00:00Z"
    )
    assert demo.central_offset_hours(date(2026, 10, 31)) == -5
    assert demo.central_offset_hours(date(2026, 11, 2)) == -6


def test_held_meetings_have_the_agenda_and_commitments(sample: list[SyncedRecord]) -> None:
    notes: dict[str, list[AgendaNote]] = defaultdict(list)
    for note in of(sample, AgendaNote):
        notes[note.meeting_id].append(note)
    meetings = {m.id: m for m in of(sample, Meeting)}
    for meeting_id, steps in notes.items():
        assert meetings[meeting_id].status == "held"
        assert [n.step for n in steps] == list(demo.AGENDA_STEPS)
        assert all(n.text for n in steps)
    commitments = of(sample, Commitment)
    assert commitments
    for c in commitments:
        meeting = meetings[c.meeting_id or ""]
        assert meeting.status == "held" and meeting.answer in ("yes", "maybe", "counter_offer")
        assert c.contact_id == meeting.contact_id
        assert c.what and c.place
        assert c.due_at and c.follow_up_on and c.due_at > (meeting.starts_at or "")
        assert c.follow_up_on < c.due_at[:10] or c.follow_up_on == c.due_at[:10]
        if c.due_at[:10] > TODAY.isoformat():
            assert c.status == "open"
    assert {c.status for c in commitments} == set(demo.COMMITMENT_STATUSES)


def test_held_meetings_speak_the_apps_own_steps_and_answers(sample: list[SyncedRecord]) -> None:
    """The 1:1 screens show notes by the agenda's step keys and answers by the store's
    keys: the demo's must be theirs, or its notes land under headings of their own."""
    from rapport.domain.agenda import builtin_template
    from rapport.store.one_on_ones import ANSWERS

    meetings = {m.id: m for m in of(sample, Meeting)}
    steps: dict[str, list[str]] = defaultdict(list)
    for note in of(sample, AgendaNote):
        steps[note.meeting_id].append(note.step)
    assert steps
    for meeting_id, keys in steps.items():
        kind = meetings[meeting_id].kind
        assert keys == [step.key for step in builtin_template(kind).steps]
    held = [m for m in meetings.values() if m.status == "held"]
    assert {m.answer for m in held} == set(ANSWERS)
    commitments = defaultdict(list)
    for c in of(sample, Commitment):
        commitments[c.meeting_id].append(c.what)
    for m in held:
        assert bool(m.counter_offer) == (m.answer == "counter_offer")
        if m.answer == "counter_offer":
            assert commitments[m.id][0] == m.counter_offer  # what they offered to do


def test_cancelled_meetings_are_sometimes_rescheduled() -> None:
    sample = records(n=2_000)
    meetings = {m.id: m for m in of(sample, Meeting)}
    moved = [m for m in meetings.values() if m.rescheduled_from]
    assert moved
    for m in moved:
        old = meetings[m.rescheduled_from or ""]
        assert old.status == "cancelled" and old.contact_id == m.contact_id
        assert (old.starts_at or "") < (m.starts_at or "")


# --- trainings ----------------------------------------------------------------------------


def test_trainings_have_participants_observations_evaluations(
    sample: list[SyncedRecord],
) -> None:
    trainings = of(sample, Training)
    held = [t for t in trainings if t.status == "held"]
    assert len(held) == 1 and len(trainings) == 2
    for t in trainings:
        assert t.title and t.goals and t.agenda and t.preparation and t.place and t.trainer
        assert set(t.preparation_done) <= set(t.preparation)
    participants = of(sample, Participant)
    contact_ids = {c.id for c in of(sample, Contact)}
    assert {p.training_id for p in participants} == {t.id for t in trainings}
    assert all(p.contact_id in contact_ids for p in participants)
    assert len({p.contact_id for p in participants}) == len(participants)
    observations = of(sample, Observation)
    assert {o.kind for o in observations} == set(demo.OBSERVATION_KINDS)
    assert all(len(o.tips) <= 3 for o in observations)
    assert all(o.training_id == held[0].id for o in observations)
    evaluations = of(sample, Evaluation)
    assert evaluations
    assert all(1 <= e.rating <= 5 and e.learned and e.likes and e.wishes for e in evaluations)
    for e in evaluations:
        assert (e.participant_id is None) == e.anonymous
    reflections = of(sample, Reflection)
    assert len(reflections) == 1 and reflections[0].training_id == held[0].id
    assert all(getattr(reflections[0], f) for f in ("did", "worked", "did_not_work"))


def test_some_evaluations_are_anonymous() -> None:
    anonymous = [e for s in range(1, 6) for e in of(records(seed=s, n=60), Evaluation)]
    assert any(e.anonymous for e in anonymous) and not all(e.anonymous for e in anonymous)


# --- the command, in-process --------------------------------------------------------------


def run_demo(folder: Path, contacts: int, seed: int = 1) -> int:
    args = argparse.Namespace(data_dir=folder, contacts=contacts, seed=seed)
    return demo_command.run(args)


def table_counts(folder: Path) -> dict[str, int]:
    conn = sqlite3.connect(folder / "rapport.sqlite3")
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("contact", "tag", "contact_tag", "meeting", "agenda_note", "training")
        }
    finally:
        conn.close()


def test_a_failure_mid_insert_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = demo.generate

    def breaks_late(*args: object, **kwargs: object) -> Iterator[SyncedRecord]:
        for count, record in enumerate(real(*args, **kwargs), 1):  # type: ignore[arg-type]
            if count > 12_000:  # past two full batches of 5,000 contacts
                raise RuntimeError("disk unplugged")
            yield record

    monkeypatch.setattr(demo, "generate", breaks_late)
    with pytest.raises(RuntimeError, match="disk unplugged"):
        run_demo(tmp_path, 10_000)
    assert set(table_counts(tmp_path).values()) == {0}
    conn = sqlite3.connect(tmp_path / "rapport.sqlite3")
    assert conn.execute("SELECT next_seq FROM device").fetchone()[0] == 1
    conn.close()


def test_two_fresh_folders_get_equal_records_and_a_second_run_adds_more(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert run_demo(one, 40) == 0
    assert run_demo(two, 40) == 0

    def ids(folder: Path, table: str) -> set[str]:
        conn = sqlite3.connect(folder / "rapport.sqlite3")
        try:
            return {r[0] for r in conn.execute(f"SELECT id FROM {table}")}
        finally:
            conn.close()

    for table in ("contact", "meeting", "agenda_note", "tag"):
        assert ids(one, table) == ids(two, table)
    first_contacts = ids(one, "contact")
    capsys.readouterr()
    assert run_demo(one, 40) == 0
    out = capsys.readouterr().out
    assert "already has 40 contacts" in out
    counts = table_counts(one)
    assert counts["contact"] == 80 and counts["tag"] == 10 and counts["training"] == 4
    assert first_contacts < ids(one, "contact")
