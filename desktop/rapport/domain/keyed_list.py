"""Editable, ordered lists of named keys that sync: the ladder of engagement and the
list of 1:1 types.

Each item has a `key` that never changes once records use it, a `label` people read
(empty for the app's own defaults, whose names the window translates) and a
`position`. These rules are shared by `rapport.domain.ladder` and
`rapport.domain.meeting_types`. Pure functions only.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol, TypeVar

from rapport.domain.problems import Problem

KEY_MAX = 60
LABEL_MAX = 80
_KEY = re.compile(r"[a-z0-9_]+")


class KeyedItem(Protocol):
    key: str
    label: str
    position: int


T = TypeVar("T", bound=KeyedItem)


def ordered(items: Iterable[T]) -> list[T]:
    """By position, then key (two devices may give the same position)."""
    return sorted(items, key=lambda i: (i.position, i.key))


def renumbered(items: Sequence[T]) -> list[T]:
    """The items in the order given, with positions 0, 1, 2, …"""
    return [dataclasses.replace(item, position=n) for n, item in enumerate(items)]  # type: ignore[type-var]


def item_label(item: KeyedItem, defaults: Mapping[str, str]) -> str:
    return item.label or defaults.get(item.key) or item.key.replace("_", " ")


def label_for(items: Sequence[KeyedItem], key: str, defaults: Mapping[str, str]) -> str:
    """The label of the item with `key`, or a readable form of the key."""
    for item in items:
        if item.key == key:
            return item_label(item, defaults)
    return defaults.get(key, key.replace("_", " "))


def make_key(label: str, taken: Iterable[str] = (), fallback: str = "item") -> str:
    """A key from a label ("Had a 1:1" -> "had_a_1_1"), made unique among `taken`."""
    folded = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    base = re.sub(r"[^a-z0-9]+", "_", folded).strip("_")[: KEY_MAX - 4] or fallback
    used = set(taken)
    key, n = base, 2
    while key in used:
        key = f"{base}_{n}"
        n += 1
    return key


def check_keys(items: Sequence[KeyedItem], noun: str, empty: str) -> list[str]:
    """Why this list cannot be saved (`empty` when it has no item); [] when it can."""
    problems: list[str] = []
    if not items:
        problems.append(Problem("keys_empty", empty, noun=noun))
    seen: set[str] = set()
    for item in items:
        if not _KEY.fullmatch(item.key) or len(item.key) > KEY_MAX:
            problems.append(
                Problem(
                    "bad_key",
                    f"{noun} key {item.key!r} must be 1 to {KEY_MAX} lower-case letters, "
                    "digits or underscores",
                    noun=noun,
                    key=item.key,
                    max=KEY_MAX,
                )
            )
        if item.key in seen:
            problems.append(
                Problem(
                    "duplicate_key",
                    f"{noun} key {item.key!r} is used twice",
                    noun=noun,
                    key=item.key,
                )
            )
        seen.add(item.key)
        if len(item.label) > LABEL_MAX:
            problems.append(
                Problem(
                    "long_label",
                    f"the label of {noun} {item.key!r} is longer than {LABEL_MAX} characters",
                    noun=noun,
                    key=item.key,
                    max=LABEL_MAX,
                )
            )
    return problems
