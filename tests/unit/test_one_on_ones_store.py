"""1:1s in the store: drafts, finishing in one transaction, the record, the lists and
the ladder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from rapport.domain.records import Commitment, Contact, Meeting
from rapport.store import one_on_ones as ones
from rapport.store.core import Store
from rapport.store.open import OpenFolder
from rapport.store.tables import SYNCED, draft
from rapport.workspace import open_workspace


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[OpenFolder]:
    f = open_workspace(tmp_path / "data")
    yield f
    f.close()


@pytest.fixture
def store(folder: OpenFolder) -> Store:
    return folder.store


def _people(store: Store) -> tuple[Contact, Meeting]:
    ana = Contact(first_name="Ana", last_name="Pérez", stage="contacted")
    store.save(ana)
    meeting = Meeting(
        contact_id=ana.id,
        starts_at="2026-03-03T23:00:00Z",
        location="Café Luna",
        kind="introductory",
    )
    store.save(meeting)
    return ana, meeting


def _result(meeting: Meeting, **changes: object) -> ones.OneOnOneResult:
    result = ones.OneOnOneResult(
        meeting_id=meeting.id,
        contact_id=meeting.contact_id,
        notes=[
            ones.StepNote("purpose", "Met at the rally", ["how_met"]),
            ones.StepNote("stories", ""),
        ],
        ask="Can I count on you to phone bank Friday at 6pm at the office?",
        answer="yes",
        commitments=[
            ones.CommitmentInput("Phone bank", "2026-03-06T00:00:00Z", "Office", "2026-03-05")
        ],
        traits_met=["face_to_face", "scheduled"],
        went_well=["Listened", "Clear ask"],
        do_better=["Shorter intro", ""],
        summary="Retired nurse, cares about housing.",
    )
    for key, value in changes.items():
        setattr(result, key, value)
    return result


def test_drafts_save_replace_list_and_delete(store: Store) -> None:
    ana, meeting = _people(store)
    key = ones.draft_key(meeting.id)
    assert ones.load_draft(store, key) is None
    ones.save_draft(
        store,
        key,
        {"contact_id": ana.id, "kind": "introductory", "step": "ask", "ask": "Can I count on you?"},
    )
    ones.save_draft(
        store,
        key,
        {
            "contact_id": ana.id,
            "kind": "introductory",
            "step": "ask",
            "ask": "Can I count on you Friday?",
        },
    )
    assert ones.load_draft(store, key) == {
        "contact_id": ana.id,
        "kind": "introductory",
        "step": "ask",
        "ask": "Can I count on you Friday?",
    }
    [info] = ones.list_drafts(store)
    assert (info.meeting_id, info.contact_name, info.step) == (meeting.id, "Ana Pérez", "ask")
    ones.delete_draft(store, key)
    assert ones.list_drafts(store) == []


def test_a_draft_never_bumps_the_sync_counter(store: Store) -> None:
    _, meeting = _people(store)
    with store.read() as conn:
        before = conn.execute(select(func.max(SYNCED["meeting"].c.change_seq))).scalar()
    ones.save_draft(store, ones.draft_key(meeting.id), {"step": "purpose"})
    assert store.change_seq("meeting", meeting.id) == before


def test_finishing_writes_everything_and_drops_the_draft(store: Store) -> None:
    ana, meeting = _people(store)
    ones.save_draft(store, ones.draft_key(meeting.id), {"step": "self_check"})
    finished = ones.finish_one_on_one(store, _result(meeting, raise_stage=True))
    assert finished.raised_to == "had_one_on_one"
    record = ones.meeting_record(store, meeting.id)
    assert record is not None
    m = record.meeting
    assert (m.status, m.answer, m.ask) == (
        "held",
        "yes",
        "Can I count on you to phone bank Friday at 6pm at the office?",
    )
    assert m.do_better == ["Shorter intro"] and m.went_well == ["Listened", "Clear ask"]
    assert set(record.notes) == {"purpose"}  # an empty step leaves no note
    assert record.notes["purpose"].checked == ["how_met"]
    [c] = record.commitments
    assert (c.what, c.contact_id, c.follow_up_on, c.status) == (
        "Phone bank",
        ana.id,
        "2026-03-05",
        "open",
    )
    assert store.get(Contact, ana.id).stage == "had_one_on_one"  # type: ignore[union-attr]
    with store.read() as conn:
        assert conn.execute(select(func.count()).select_from(draft)).scalar() == 0


def test_editing_a_held_one_updates_notes_and_removes_dropped_commitments(store: Store) -> None:
    _, meeting = _people(store)
    ones.finish_one_on_one(store, _result(meeting))
    record = ones.meeting_record(store, meeting.id)
    assert record is not None
    kept = record.commitments[0]
    edit = _result(
        meeting,
        notes=[ones.StepNote("purpose", "Met at the rally in May", [])],
        commitments=[ones.CommitmentInput("Bring a friend", None, "", None)],
        answer="counter_offer",
        counter_offer="Will bring her neighbor instead",
    )
    ones.finish_one_on_one(store, edit)
    again = ones.meeting_record(store, meeting.id)
    assert again is not None
    assert again.notes["purpose"].text == "Met at the rally in May"
    assert [c.what for c in again.commitments] == ["Bring a friend"]
    assert store.get(Commitment, kept.id) is None  # deleted (a tombstone)
    assert again.meeting.counter_offer == "Will bring her neighbor instead"


def test_an_unscheduled_one_on_one_is_made_on_finishing(store: Store) -> None:
    ana, _ = _people(store)
    new = Meeting(contact_id=ana.id)
    result = _result(
        new,
        new_meeting=True,
        starts_at="2026-03-04T15:00:00Z",
        location="Her porch",
        kind="follow_up",
    )
    ones.finish_one_on_one(store, result)
    got = store.get(Meeting, new.id)
    assert got is not None
    assert (got.status, got.location, got.kind, got.starts_at) == (
        "held",
        "Her porch",
        "follow_up",
        "2026-03-04T15:00:00Z",
    )


@pytest.mark.parametrize(
    ("changes", "problem", "code"),
    [
        ({"answer": ""}, "Choose the answer", "no_answer"),
        (
            {"answer": "counter_offer", "counter_offer": " "},
            "what the person offered",
            "no_counter_offer",
        ),
        (
            {"commitments": [ones.CommitmentInput(" ")]},
            "Commitment 1 needs what",
            "commitment_no_what",
        ),
        ({"answer": "no", "raise_stage": True}, "moves up the ladder on a yes", "raise_needs_yes"),
    ],
)
def test_an_incomplete_result_is_refused_and_nothing_is_written(
    store: Store, changes: dict[str, object], problem: str, code: str
) -> None:
    _, meeting = _people(store)
    with pytest.raises(ones.OneOnOneError, match=problem) as caught:
        ones.finish_one_on_one(store, _result(meeting, **changes))
    assert [getattr(p, "code", "") for p in caught.value.problems] == [code]
    assert store.get(Meeting, meeting.id).status == "scheduled"  # type: ignore[union-attr]


def test_a_failure_inside_the_transaction_leaves_the_draft(store: Store) -> None:
    _, meeting = _people(store)
    key = ones.draft_key(meeting.id)
    ones.save_draft(store, key, {"step": "self_check"})
    bad = _result(meeting, commitments=[ones.CommitmentInput("x" * 5_000)])
    with pytest.raises(ValueError, match="what"):
        ones.finish_one_on_one(store, bad)
    assert ones.load_draft(store, key) == {"step": "self_check"}
    assert ones.meeting_record(store, meeting.id).notes == {}  # type: ignore[union-attr]


def test_lists_of_upcoming_and_held(store: Store) -> None:
    _, meeting = _people(store)
    later = Meeting(contact_id=meeting.contact_id, starts_at="2026-03-10T23:00:00Z")
    store.save(later)
    upcoming = ones.upcoming_one_on_ones(store, "2026-03-01T00:00:00Z")
    assert [i.meeting_id for i in upcoming] == [meeting.id, later.id]
    assert upcoming[0].contact_name == "Ana Pérez"
    ones.finish_one_on_one(store, _result(meeting))
    assert [i.meeting_id for i in ones.upcoming_one_on_ones(store, "2026-03-01T00:00:00Z")] == [
        later.id
    ]
    [held] = ones.recent_one_on_ones(store)
    assert (held.meeting_id, held.answer) == (meeting.id, "yes")


def test_raising_stops_at_the_top_of_the_ladder(store: Store) -> None:
    lea = Contact(first_name="Lea", stage="volunteer")
    store.save(lea)
    assert ones.raise_stage(store, lea.id) == "leader"
    move = ones.stage_move(store, lea.id)
    assert move is not None and (move.stage, move.next_stage) == ("leader", None)
    assert ones.raise_stage(store, lea.id) is None
    assert store.get(Contact, lea.id).stage == "leader"  # type: ignore[union-attr]


def test_agenda_folders_put_the_data_folder_first(folder: OpenFolder) -> None:
    first, second = ones.agenda_folders(folder.store)
    assert first == folder.data_dir.resolve() / "agendas"
    assert second.name == "agendas" and (second / "introductory.en.json").is_file()


def test_the_record_finds_the_next_one_on_one(store: Store) -> None:
    ana, meeting = _people(store)
    ones.finish_one_on_one(store, _result(meeting))
    assert ones.meeting_record(store, meeting.id).next_meeting is None  # type: ignore[union-attr]
    other = Contact(first_name="Beto")
    store.save(other)

    def later(starts_at: str, contact: Contact = ana, status: str = "scheduled") -> Meeting:
        m = Meeting(contact_id=contact.id, starts_at=starts_at, location="Library", status=status)
        store.save(m)
        return m

    later("2026-03-01T17:00:00Z")  # before this 1:1
    later("2026-03-10T17:00:00Z", contact=other)  # someone else
    later("2026-03-11T17:00:00Z", status="cancelled")
    gone = later("2026-03-12T17:00:00Z")
    store.delete("meeting", gone.id)
    wanted = later("2026-03-20T17:00:00Z", status="confirmed")
    later("2026-04-20T17:00:00Z")
    found = ones.meeting_record(store, meeting.id).next_meeting  # type: ignore[union-attr]
    assert found is not None and found.id == wanted.id
