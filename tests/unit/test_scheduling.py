"""Scheduling rules: required fields, lengths, status moves, clashes (across midnight
and a daylight-saving weekend), blocks and their free slots, follow-up dates."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from rapport.domain import meeting_types as mt
from rapport.domain import scheduling as rules
from rapport.domain.records import Meeting, MeetingType
from rapport.domain.scheduling import SchedulingError

CHI = "America/Chicago"


def good_meeting(**changes: object) -> Meeting:
    m = Meeting(
        contact_id="c1",
        kind="introductory",
        starts_at="2026-11-24T00:00:00Z",
        time_zone=CHI,
        duration_min=40,
        location="Café La Esquina",
    )
    for key, value in changes.items():
        setattr(m, key, value)
    return m


def test_a_meeting_needs_a_person_a_time_and_a_place() -> None:
    assert rules.meeting_problems(good_meeting(), ["introductory"]) == []
    problems = rules.meeting_problems(
        good_meeting(contact_id=None, starts_at=None, location="   "), ["introductory"]
    )
    assert len(problems) == 3
    assert any("place" in p for p in problems)
    assert any("who" in p for p in problems)
    assert any("when" in p for p in problems)


def test_unknown_time_zone_type_and_status_are_refused() -> None:
    m = good_meeting(time_zone="Mars/Olympus", kind="picnic", status="maybe")
    problems = rules.meeting_problems(m, ["introductory", "follow_up"])
    assert len(problems) == 3


def test_default_length_by_type_and_warning_outside_20_to_90() -> None:
    lengths = mt.lengths(mt.default_types())
    assert rules.default_length("introductory", lengths) == 40
    assert rules.default_length("follow_up", lengths) == 30
    assert rules.default_length("leadership", lengths) == 45
    assert rules.default_length("unknown", lengths) == 45
    assert rules.length_warning(19) is not None
    assert rules.length_warning(20) is None
    assert rules.length_warning(90) is None
    assert "long" in (rules.length_warning(91) or "")


@pytest.mark.parametrize(
    ("current", "new", "allowed"),
    [
        ("scheduled", "confirmed", True),
        ("confirmed", "held", True),
        ("scheduled", "no_show", True),
        ("confirmed", "cancelled", True),
        ("scheduled", "rescheduled", True),
        ("held", "scheduled", False),
        ("held", "no_show", True),
        ("no_show", "held", True),
        ("cancelled", "scheduled", True),
        ("cancelled", "held", False),
        ("rescheduled", "scheduled", False),
        ("rescheduled", "held", False),
        ("held", "held", True),
    ],
)
def test_status_transitions(current: str, new: str, allowed: bool) -> None:
    assert rules.can_move(current, new) is allowed
    if allowed:
        rules.check_transition(current, new)
    else:
        with pytest.raises(SchedulingError):
            rules.check_transition(current, new)


def test_unknown_status_is_refused() -> None:
    with pytest.raises(SchedulingError, match="not a meeting status"):
        rules.check_transition("scheduled", "postponed")


def test_rescheduled_status_keeps_what_happened() -> None:
    assert rules.rescheduled_status("scheduled") == "rescheduled"
    assert rules.rescheduled_status("confirmed") == "rescheduled"
    assert rules.rescheduled_status("no_show") == "no_show"


def test_overlaps_flags_both_and_touching_is_fine() -> None:
    spans = [
        rules.span("a", "2026-03-03T23:00:00Z", 45),
        rules.span("b", "2026-03-03T23:30:00Z", 30),
        rules.span("c", "2026-03-04T00:00:00Z", 30),  # starts as b ends
        rules.span("d", "2026-03-04T02:00:00Z", 30),
    ]
    assert rules.overlapping(spans) == {"a", "b"}


def test_overlap_across_midnight() -> None:
    # 23:30 for 90 minutes runs to 01:00 the next day and clashes with 00:30.
    late = rules.span("late", rules.to_utc(datetime(2026, 3, 3, 23, 30), CHI), 90)
    early = rules.span("early", rules.to_utc(datetime(2026, 3, 4, 0, 30), CHI), 30)
    after = rules.span("after", rules.to_utc(datetime(2026, 3, 4, 1, 0), CHI), 30)
    assert rules.overlapping([late, early, after]) == {"late", "early"}
    assert rules.clashes_with(after, [late, early]) == []


def test_a_long_meeting_clashes_with_later_ones_it_covers() -> None:
    spans = [
        rules.span("long", "2026-03-03T17:00:00Z", 240),
        rules.span("x", "2026-03-03T18:00:00Z", 30),
        rules.span("y", "2026-03-03T20:00:00Z", 30),
    ]
    assert rules.overlapping(spans) == {"long", "x", "y"}


def test_wall_clock_is_kept_across_the_november_change() -> None:
    # Saturday 2026-10-31 18:00 CDT (UTC-5); clocks go back on Sunday 2026-11-01.
    saturday = rules.to_utc(datetime(2026, 10, 31, 18, 0), CHI)
    assert saturday == "2026-10-31T23:00:00Z"
    monday = rules.shift_days(saturday, CHI, 2)
    assert monday == "2026-11-03T00:00:00Z"  # 18:00 CST is UTC-6
    assert rules.local_time(monday, CHI).strftime("%Y-%m-%d %H:%M") == "2026-11-02 18:00"


def test_a_daylight_saving_weekend_day_has_25_hours() -> None:
    start, end = rules.day_bounds(date(2026, 11, 1), date(2026, 11, 1), CHI)
    hours = (rules.parse_moment(end) - rules.parse_moment(start)).total_seconds() / 3600
    assert hours == 25
    start, end = rules.day_bounds(date(2026, 3, 8), date(2026, 3, 8), CHI)
    assert (rules.parse_moment(end) - rules.parse_moment(start)).total_seconds() / 3600 == 23


def test_overlap_in_the_repeated_hour() -> None:
    # 01:30 happens twice on 2026-11-01 in Chicago, an hour apart in real time: an hour
    # from the first one ends as the second begins; 61 minutes clashes with it.
    first = rules.to_utc(datetime(2026, 11, 1, 1, 30), CHI)
    second = rules.moment_text(datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=rules.zone(CHI)))
    assert rules.parse_moment(second) - rules.parse_moment(first) == (
        rules.parse_moment("2026-01-01T01:00:00Z") - rules.parse_moment("2026-01-01T00:00:00Z")
    )
    assert rules.overlapping([rules.span("a", first, 60), rules.span("b", second, 30)]) == set()
    assert rules.overlapping([rules.span("a", first, 61), rules.span("b", second, 30)]) == {
        "a",
        "b",
    }


def test_local_problem_names_skipped_and_repeated_times() -> None:
    assert "does not exist" in (rules.local_problem(datetime(2026, 3, 8, 2, 30), CHI) or "")
    assert "twice" in (rules.local_problem(datetime(2026, 11, 1, 1, 30), CHI) or "")
    assert rules.local_problem(datetime(2026, 11, 1, 18, 0), CHI) is None


def test_block_slots_back_to_back_with_gaps_and_free_ones() -> None:
    start = rules.to_utc(datetime(2026, 3, 3, 17, 0), CHI)  # Tuesday 17:00-21:00
    slots = rules.block_slots(start, 240, 45, 15)
    assert [rules.local_time(s, CHI).strftime("%H:%M") for s in slots] == [
        "17:00",
        "18:00",
        "19:00",
        "20:00",
    ]
    assert len(rules.block_slots(start, 240, 45, 0)) == 5  # 17:00 ... 20:00, ends 20:45
    taken = [rules.span("m1", rules.to_utc(datetime(2026, 3, 3, 18, 10), CHI), 30)]
    filled = rules.fill_slots(start, 240, 45, 15, taken)
    assert [s.meeting_id for s in filled] == [None, "m1", None, None]


def test_follow_up_due_counts_from_the_last_meeting() -> None:
    last = date(2026, 1, 10)
    assert rules.follow_up_due(last, None) == date(2026, 2, 9)  # the default 30 days
    assert rules.follow_up_due(last, 7) == date(2026, 1, 17)
    assert not rules.is_overdue(last, 7, date(2026, 1, 17))
    assert rules.is_overdue(last, 7, date(2026, 1, 18))


def test_week_start_is_monday() -> None:
    assert rules.week_start(date(2026, 3, 8)) == date(2026, 3, 2)  # a Sunday
    assert rules.week_start(date(2026, 3, 2)) == date(2026, 3, 2)


def test_meeting_type_list_rules() -> None:
    defaults = mt.default_types()
    assert [t.key for t in defaults] == ["introductory", "follow_up", "leadership"]
    assert mt.effective_types([]) == defaults
    assert mt.label_for(defaults, "leadership") == "Leadership development"
    home = MeetingType(key=mt.make_key("Home visit", ["introductory"]), duration_min=60)
    assert home.key == "home_visit"
    assert mt.check_types([*defaults, home]) == []
    assert mt.check_types([]) != []
    assert mt.check_types([home, MeetingType(key="home_visit")]) != []
    assert [t.position for t in mt.renumbered([home, *defaults])] == [0, 1, 2, 3]
