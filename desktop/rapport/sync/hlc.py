"""Hybrid logical clock stamps.

A stamp is fixed-width text, `<48-bit ms, 12 hex>-<16-bit counter, 4 hex>-<device id>`,
so comparing two stamps as strings orders them totally: by time, then counter, then
device. The clock never goes backwards when the wall clock does, and a stamp from a
clock far in the future is accepted by the merge but does not drag this clock along
by more than `max_drift_ms`.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_MS = (1 << 48) - 1
MAX_COUNTER = 0xFFFF
DEFAULT_MAX_DRIFT_MS = 60 * 60 * 1000  # one hour
STAMP_RE = re.compile(r"^[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{16}$")
ZERO = "000000000000-0000-0000000000000000"


@dataclass(frozen=True, slots=True, order=True)
class Stamp:
    ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.ms:012x}-{self.counter:04x}-{self.device}"


def parse(stamp: str) -> Stamp:
    if not STAMP_RE.match(stamp):
        raise ValueError(f"not a clock stamp: {stamp[:60]!r}")
    ms, counter, device = stamp.split("-")
    return Stamp(int(ms, 16), int(counter, 16), device)


def is_stamp(value: object) -> bool:
    return isinstance(value, str) and STAMP_RE.match(value) is not None


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    """A per-device clock. Safe to call from several threads (a background export and
    an edit in the window)."""

    def __init__(
        self,
        device_id: str,
        last: str = ZERO,
        *,
        wall: Callable[[], int] = wall_ms,
        max_drift_ms: int = DEFAULT_MAX_DRIFT_MS,
    ) -> None:
        if not re.fullmatch(r"[0-9a-f]{16}", device_id):
            raise ValueError(f"device id must be 16 hex digits: {device_id!r}")
        self.device_id = device_id
        start = parse(last)
        self._ms = start.ms
        self._counter = start.counter
        self._wall = wall
        self.max_drift_ms = max_drift_ms
        self._lock = threading.Lock()

    @property
    def last(self) -> str:
        return f"{self._ms:012x}-{self._counter:04x}-{self.device_id}"  # str(Stamp(...))

    def now(self) -> str:
        with self._lock:
            pt = self._wall()
            if pt > self._ms:
                self._ms, self._counter = pt, 0
            else:
                self._bump()
            return self.last

    def observe(self, stamp: str) -> bool:
        """Move past a stamp seen in a bundle. Returns False (and does not follow it)
        when it lies more than `max_drift_ms` ahead of the wall clock."""
        remote = parse(stamp)
        pt = self._wall()
        if remote.ms > pt + self.max_drift_ms:
            return False
        with self._lock:
            self._ms, self._counter = max((self._ms, self._counter), (remote.ms, remote.counter))
        return True

    def is_far_ahead(self, stamp: str) -> bool:
        return parse(stamp).ms > self._wall() + self.max_drift_ms

    def _bump(self) -> None:
        if self._counter < MAX_COUNTER:
            self._counter += 1
        else:
            self._ms, self._counter = min(self._ms + 1, MAX_MS), 0
