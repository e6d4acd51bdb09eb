"""The hybrid logical clock: monotonic, totally ordered, and bounded against far-future stamps."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapport.sync.hlc import (
    MAX_COUNTER,
    ZERO,
    HybridLogicalClock,
    Stamp,
    is_stamp,
    parse,
)

DEV_A = "aaaaaaaaaaaaaaaa"
DEV_B = "bbbbbbbbbbbbbbbb"


class FakeWall:
    def __init__(self, ms: int = 1_700_000_000_000) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


# A wall clock that jumps around: forwards, backwards, stands still.
wall_moves = st.lists(st.integers(min_value=-(10**7), max_value=10**7), min_size=1, max_size=200)


@given(wall_moves)
def test_stamps_strictly_increase_whatever_the_wall_clock_does(moves: list[int]) -> None:
    wall = FakeWall()
    clock = HybridLogicalClock(DEV_A, wall=wall)
    previous = clock.now()
    for move in moves:
        wall.ms = max(0, wall.ms + move)
        stamp = clock.now()
        assert stamp > previous
        assert parse(stamp) > parse(previous)
        previous = stamp


@given(
    st.lists(
        st.tuples(
            st.integers(0, 2**48 - 1), st.integers(0, MAX_COUNTER), st.sampled_from([DEV_A, DEV_B])
        ),
        min_size=2,
        max_size=50,
    )
)
def test_text_order_is_the_same_as_stamp_order(parts: list[tuple[int, int, str]]) -> None:
    stamps = [Stamp(*p) for p in parts]
    as_text = sorted(str(s) for s in stamps)
    assert as_text == [str(s) for s in sorted(stamps)]
    assert all(is_stamp(t) and len(t) == len(ZERO) for t in as_text)


def test_two_devices_never_make_equal_stamps_at_the_same_instant() -> None:
    wall = FakeWall()
    a = HybridLogicalClock(DEV_A, wall=wall)
    b = HybridLogicalClock(DEV_B, wall=wall)
    sa, sb = a.now(), b.now()
    assert sa != sb
    assert sorted([sb, sa]) == [sa, sb]  # the device id breaks the tie, the same way everywhere


def test_observing_a_later_stamp_moves_the_clock_past_it() -> None:
    wall = FakeWall()
    a = HybridLogicalClock(DEV_A, wall=wall)
    remote = str(Stamp(wall.ms + 5_000, 7, DEV_B))
    assert a.observe(remote)
    assert a.now() > remote


def test_a_far_future_stamp_is_not_followed() -> None:
    wall = FakeWall()
    a = HybridLogicalClock(DEV_A, wall=wall, max_drift_ms=60_000)
    remote = str(Stamp(wall.ms + 10 * 60_000, 0, DEV_B))
    assert a.is_far_ahead(remote)
    assert a.observe(remote) is False
    assert parse(a.now()).ms <= wall.ms + 60_000


@given(st.lists(st.integers(0, 10**9), max_size=30))
def test_the_clock_never_runs_more_than_the_drift_ahead_of_the_wall(offsets: list[int]) -> None:
    wall = FakeWall()
    a = HybridLogicalClock(DEV_A, wall=wall, max_drift_ms=60_000)
    for off in offsets:
        a.observe(str(Stamp(wall.ms + off, 0, DEV_B)))
        assert parse(a.now()).ms <= wall.ms + 60_000


def test_counter_overflow_carries_into_the_milliseconds() -> None:
    wall = FakeWall()
    a = HybridLogicalClock(DEV_A, str(Stamp(wall.ms, MAX_COUNTER - 1, DEV_A)), wall=wall)
    s1, s2 = a.now(), a.now()
    assert parse(s1) == Stamp(wall.ms, MAX_COUNTER, DEV_A)
    assert parse(s2) == Stamp(wall.ms + 1, 0, DEV_A)


def test_a_restarted_clock_continues_after_its_last_stamp() -> None:
    wall = FakeWall()
    first = HybridLogicalClock(DEV_A, wall=wall)
    last = first.now()
    wall.ms -= 3_600_000  # the laptop's clock was set back an hour
    again = HybridLogicalClock(DEV_A, first.last, wall=wall)
    assert again.now() > last


@pytest.mark.parametrize(
    "bad", ["", "zz", "00000000000-0000-aaaaaaaaaaaaaaaa", "000000000000-0000-AAAAAAAAAAAAAAAA"]
)
def test_malformed_stamps_are_refused(bad: str) -> None:
    assert not is_stamp(bad)
    with pytest.raises(ValueError, match="not a clock stamp"):
        parse(bad)
