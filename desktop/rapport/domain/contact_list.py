"""The columns the contact list can be sorted by (shared by the screen, the store and
the command line)."""

from __future__ import annotations

from typing import Literal

SortKey = Literal["name", "phone", "email", "turf", "stage", "tags", "last_one_on_one", "next_step"]
SORT_KEYS: tuple[SortKey, ...] = (
    "name",
    "phone",
    "email",
    "turf",
    "stage",
    "tags",
    "last_one_on_one",
    "next_step",
)
