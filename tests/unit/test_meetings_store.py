"""The meetings store: scheduling, moving, rescheduling with history, status and calls,
blocks, meeting types, and the queries behind the Calendar and Today screens."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from rapport.domain import scheduling as rules
from rapport.domain.records import Commitment, Contact, Meeting, MeetingBlock, MeetingType
from rapport.domain.scheduling import SchedulingError
from rapport.store import meetings as ms
from rapport.store import today as today_store
from rapport.store.core import Store
from rapport.store.follow_ups import due_follow_ups, mark_commitment
from rapport.store.open import OpenFolder

CHI = "America/Chicago"


@pytest.fixture
def store(folder: OpenFolder) -> Store:
    return folder.store


def person(store: Store, first: str, phones: list[str] | None = None, **kw: object) -> str:
    c = Contact(first_name=first, last_name="Test", phones=phones or [], **kw)  # type: ignore[arg-type]
    store.save(c)
    return c.id


def at(y: int, mo: int, d: int, h: int, mi: int = 0, tz: str = CHI) -> str:
    return rules.to_utc(datetime(y, mo, d, h, mi), tz)


def schedule(store: Store, contact_id: str, starts_at: str, **kw: object) -> str:
    values: dict[str, object] = {
        "time_zone": CHI,
        "duration_min": 45,
        "location": "Blue Door Coffee",
        **kw,
    }
    m = Meeting(contact_id=contact_id, starts_at=starts_at, **values)  # type: ignore[arg-type]
    return ms.save_meeting(store, m)


def test_schedule_refuses_a_meeting_without_a_place(store: Store) -> None:
    ana = person(store, "Ana")
    with pytest.raises(SchedulingError) as caught:
        schedule(store, ana, at(2026, 3, 3, 18), location="  ")
    assert any("place" in p for p in caught.value.problems)
    assert ms.list_meetings(store) == []


def test_schedule_refuses_an_unknown_type_but_accepts_edited_list(store: Store) -> None:
    ana = person(store, "Ana")
    with pytest.raises(SchedulingError):
        schedule(store, ana, at(2026, 3, 3, 18), kind="home_visit")
    ms.save_meeting_types(
        store, [*ms.load_meeting_types(store), MeetingType(key="home_visit", duration_min=60)]
    )
    assert [t.key for t in ms.load_meeting_types(store)][-1] == "home_visit"
    assert schedule(store, ana, at(2026, 3, 3, 18), kind="home_visit")
    # Taking the type off the list keeps meetings that use it editable.
    ms.save_meeting_types(store, ms.load_meeting_types(store)[:3])
    meeting = ms.list_meetings(store)[0]
    meeting.purpose = "still fine"
    ms.save_meeting(store, meeting)


def test_calendar_items_cover_meetings_running_into_the_range(store: Store) -> None:
    ana = person(store, "Ana")
    late = schedule(store, ana, at(2026, 3, 3, 23, 30), duration_min=90)
    next_day = schedule(store, ana, at(2026, 3, 4, 9))
    start, end = rules.day_bounds(date(2026, 3, 4), date(2026, 3, 4), CHI)
    items = ms.calendar_items(store, start, end)
    assert [i.id for i in items] == [late, next_day]
    assert items[0].contact_name == "Ana Test"
    assert [i.id for i in ms.day_items(store, date(2026, 3, 3), CHI)] == [late]


def test_clashes_are_found_and_cancelled_meetings_do_not_clash(store: Store) -> None:
    ana, beto = person(store, "Ana"), person(store, "Beto")
    first = schedule(store, ana, at(2026, 3, 3, 18))
    probe = Meeting(
        contact_id=beto,
        starts_at=at(2026, 3, 3, 18, 30),
        time_zone=CHI,
        duration_min=30,
        location="x",
    )
    assert [c.id for c in ms.clashes(store, probe)] == [first]
    ms.set_status(store, first, "cancelled")
    assert ms.clashes(store, probe) == []


def test_move_keeps_status_rules(store: Store) -> None:
    ana = person(store, "Ana")
    mid = schedule(store, ana, at(2026, 3, 3, 18))
    ms.record_call(store, mid, "reached", "2026-03-02T20:00:00Z")
    assert ms.get_meeting(store, mid).status == "confirmed"  # type: ignore[union-attr]
    ms.move_meeting(store, mid, at(2026, 3, 3, 19))
    moved = ms.get_meeting(store, mid)
    assert moved is not None
    assert (moved.status, moved.confirm_call) == ("scheduled", "")
    assert rules.local_time(moved.starts_at or "", CHI).hour == 19
    ms.set_status(store, mid, "held")
    with pytest.raises(SchedulingError):
        ms.move_meeting(store, mid, at(2026, 3, 4, 19))


def test_reschedule_keeps_the_history(store: Store) -> None:
    ana = person(store, "Ana")
    old = schedule(store, ana, at(2026, 3, 3, 18), purpose="Meet Ana")
    new = ms.reschedule(store, old, at(2026, 3, 5, 18))
    assert ms.get_meeting(store, old).status == "rescheduled"  # type: ignore[union-attr]
    again = ms.reschedule(store, new, at(2026, 3, 6, 18))
    latest = ms.get_meeting(store, again)
    assert latest is not None
    assert (latest.rescheduled_from, latest.purpose, latest.status) == (
        new,
        "Meet Ana",
        "scheduled",
    )
    assert [m.id for m in ms.history(store, new)] == [old, new, again]
    with pytest.raises(SchedulingError):
        ms.reschedule(store, old, at(2026, 3, 7, 18))  # already replaced
    # The calendar shows the meeting in force, not the ones it replaced.
    start, end = rules.day_bounds(date(2026, 3, 1), date(2026, 3, 8), CHI)
    assert [i.id for i in ms.calendar_items(store, start, end)] == [again]


def test_a_no_show_rescheduled_stays_a_no_show(store: Store) -> None:
    ana = person(store, "Ana")
    old = schedule(store, ana, at(2026, 3, 3, 18))
    ms.set_status(store, old, "no_show")
    new = ms.reschedule(store, old, at(2026, 3, 10, 18))
    assert ms.get_meeting(store, old).status == "no_show"  # type: ignore[union-attr]
    assert ms.get_meeting(store, new).rescheduled_from == old  # type: ignore[union-attr]


def test_status_transitions_are_enforced_in_the_store(store: Store) -> None:
    ana = person(store, "Ana")
    mid = schedule(store, ana, at(2026, 3, 3, 18))
    ms.set_status(store, mid, "held")
    with pytest.raises(SchedulingError):
        ms.set_status(store, mid, "scheduled")
    meeting = ms.get_meeting(store, mid)
    assert meeting is not None
    meeting.status = "confirmed"
    with pytest.raises(SchedulingError):
        ms.save_meeting(store, meeting)


def test_calls_to_confirm_tomorrow_with_phones(store: Store) -> None:
    ana = person(store, "Ana", ["(555) 010-1234"])
    beto = person(store, "Beto")
    a = schedule(store, ana, at(2026, 3, 4, 18))
    b = schedule(store, beto, at(2026, 3, 4, 19))
    schedule(store, ana, at(2026, 3, 5, 18))  # the day after: not tomorrow
    gone = schedule(store, beto, at(2026, 3, 4, 20))
    ms.set_status(store, gone, "cancelled")
    calls = today_store.calls_to_confirm(store, date(2026, 3, 4), CHI)
    assert [(c.meeting_id, c.phones) for c in calls] == [(a, ["(555) 010-1234"]), (b, [])]
    ms.record_call(store, b, "no_answer", "2026-03-03T22:00:00Z")
    after = {
        c.meeting_id: (c.status, c.confirm_call)
        for c in today_store.calls_to_confirm(store, date(2026, 3, 4), CHI)
    }
    assert after[b] == ("scheduled", "no_answer")
    with pytest.raises(ValueError):
        ms.record_call(store, a, "maybe", "2026-03-03T22:00:00Z")


def test_week_progress_counts_held_and_planned(store: Store) -> None:
    ana = person(store, "Ana")
    held = schedule(store, ana, at(2026, 3, 2, 18))  # Monday
    ms.set_status(store, held, "held")
    schedule(store, ana, at(2026, 3, 6, 18))  # Friday
    schedule(store, ana, at(2026, 3, 8, 23, 30))  # Sunday night, still this week
    schedule(store, ana, at(2026, 3, 9, 9))  # next Monday
    progress = today_store.week_progress(store, date(2026, 3, 4), CHI, 10)
    assert (progress.held, progress.planned, progress.goal) == (1, 2, 10)


def test_overdue_contacts_restart_at_the_last_meeting(store: Store) -> None:
    ana = person(store, "Ana", follow_up_days=7)
    beto = person(store, "Beto")  # default interval, 30 days
    carla = person(store, "Carla", do_not_contact=True)
    person(store, "Dora")  # never met: not on the list
    for who in (ana, beto, carla):
        ms.set_status(store, schedule(store, who, at(2026, 1, 5, 18)), "held")
    total, rows = today_store.overdue_contacts(store, date(2026, 1, 20), CHI)
    assert (total, [r.contact_id for r in rows]) == (1, [ana])
    assert rows[0].due == date(2026, 1, 12) and rows[0].interval_days == 7
    total, rows = today_store.overdue_contacts(store, date(2026, 2, 10), CHI)
    assert [r.contact_id for r in rows] == [ana, beto]
    # A new 1:1 with Ana restarts her interval; one coming up takes Beto off the list.
    ms.set_status(store, schedule(store, ana, at(2026, 2, 6, 18)), "held")
    schedule(store, beto, at(2026, 2, 20, 18))
    assert today_store.overdue_contacts(store, date(2026, 2, 10), CHI)[0] == 0


def test_blocks_and_free_slots(store: Store) -> None:
    ana = person(store, "Ana")
    block = MeetingBlock(
        starts_at=at(2026, 3, 3, 17), time_zone=CHI, duration_min=240, location="Café", slot_min=45
    )
    with pytest.raises(SchedulingError):
        ms.save_block(store, MeetingBlock(starts_at=None, time_zone=CHI, location=""))
    ms.save_block(store, block)
    slots = ms.block_slots(store, block)
    assert len(slots) == 5 and all(s.meeting_id is None for s in slots)
    mid = schedule(store, ana, slots[1].start, block_id=block.id)
    assert ms.get_meeting(store, mid).block_id == block.id  # type: ignore[union-attr]
    assert [s.meeting_id for s in ms.block_slots(store, block)] == [None, mid, None, None, None]
    start, end = rules.day_bounds(date(2026, 3, 3), date(2026, 3, 3), CHI)
    assert [b.id for b in ms.blocks_between(store, start, end)] == [block.id]
    # Moved out of the block, the meeting leaves it.
    ms.move_meeting(store, mid, at(2026, 3, 3, 22))
    assert ms.get_meeting(store, mid).block_id is None  # type: ignore[union-attr]
    ms.delete_block(store, block.id)
    assert ms.blocks_between(store, start, end) == []


def test_follow_ups_due_and_marking(store: Store) -> None:
    ana = person(store, "Ana")
    today = date(2026, 3, 4)
    on_day = Commitment(contact_id=ana, what="Bring two neighbours", follow_up_on="2026-03-04")
    by_due = Commitment(contact_id=ana, what="Call the landlord", due_at="2026-03-01T19:00:00Z")
    later = Commitment(contact_id=ana, what="Later", follow_up_on="2026-03-20")
    kept = Commitment(contact_id=ana, what="Done", follow_up_on="2026-03-01", status="kept")
    for c in (on_day, by_due, later, kept):
        store.save(c)
    due = due_follow_ups(store, today)
    assert [f.commitment_id for f in due] == [by_due.id, on_day.id]
    assert due[0].contact_name == "Ana Test"
    mark_commitment(store, by_due.id, "kept")
    mark_commitment(store, on_day.id, "rescheduled", "2026-03-11")
    assert due_follow_ups(store, today) == []
    assert [f.commitment_id for f in due_follow_ups(store, date(2026, 3, 11))] == [on_day.id]
    with pytest.raises(ValueError):
        mark_commitment(store, on_day.id, "forgotten")


def test_refusals_carry_codes_for_the_window_and_english_text(store: Store) -> None:
    ana = person(store, "Ana")
    with pytest.raises(SchedulingError) as caught:
        schedule(store, ana, at(2026, 3, 3, 18), location=" ", time_zone="Mars/Base")
    assert [(p, getattr(p, "code", "")) for p in caught.value.problems] == [
        ("Say where the 1:1 takes place: a meeting without a place is not set.", "no_place"),
        ("'Mars/Base' is not a known time zone.", "bad_zone"),
    ]
    mid = schedule(store, ana, at(2026, 3, 3, 18))
    ms.set_status(store, mid, "held")
    with pytest.raises(SchedulingError, match=r"A held meeting cannot be moved\.") as moved:
        ms.move_meeting(store, mid, at(2026, 3, 4, 18))
    problem = moved.value.problems[0]
    assert (problem.code, problem.params) == ("cannot_move", {"status": "held"})  # type: ignore[attr-defined]
    twice = [MeetingType(key="visit"), MeetingType(key="visit")]
    with pytest.raises(ms.TypeListError, match="type key 'visit' is used twice") as typed:
        ms.save_meeting_types(store, twice)
    assert [getattr(p, "code", "") for p in typed.value.problems] == ["duplicate_key"]
    with pytest.raises(SchedulingError) as blocked:
        ms.save_block(store, MeetingBlock(starts_at=at(2026, 3, 3, 18), time_zone=CHI))
    assert [getattr(p, "code", "") for p in blocked.value.problems] == ["block_no_place"]
