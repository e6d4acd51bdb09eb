"""What the store needs of a clock; the hybrid logical clock in `rapport.sync` provides it."""

from __future__ import annotations

from typing import Protocol


class Clock(Protocol):
    device_id: str

    def now(self) -> str:
        """A new stamp, greater than every stamp this clock has made or observed."""
        ...

    def observe(self, stamp: str) -> bool:
        """Take a remote stamp into account; False when it was too far ahead to follow."""
        ...

    @property
    def last(self) -> str:
        """The greatest stamp made or observed, for persisting across restarts."""
        ...
