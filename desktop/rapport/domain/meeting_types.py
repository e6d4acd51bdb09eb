"""The list of 1:1 types (introductory, follow-up, leadership development, ...).

Like the ladder (`rapport.domain.ladder`), an editable, synced list: stored as
`MeetingType` records; while none is stored the defaults apply. A meeting's `kind`
holds a type's `key`, which never changes; `label` is what people read (empty for the
default types, whose names the window translates). Pure functions only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapport.domain import keyed_list
from rapport.domain.keyed_list import KEY_MAX, ordered, renumbered
from rapport.domain.records import DEFAULT_MEETING_TYPES, MeetingType

__all__ = [
    "DEFAULT_LABELS",
    "KEY_MAX",
    "check_types",
    "default_types",
    "effective_types",
    "label_for",
    "lengths",
    "make_key",
    "ordered",
    "renumbered",
    "type_label",
]

DEFAULT_LABELS: dict[str, str] = {
    "introductory": "Introductory / recruitment",
    "follow_up": "Follow-up",
    "leadership": "Leadership development",
}


def default_types() -> list[MeetingType]:
    return [
        MeetingType(key=key, position=i, duration_min=minutes)
        for i, (key, minutes) in enumerate(DEFAULT_MEETING_TYPES)
    ]


def effective_types(stored: Sequence[MeetingType]) -> list[MeetingType]:
    """The types in use: the stored ones, or the defaults when there are none."""
    return ordered(stored) if stored else default_types()


def type_label(kind: MeetingType) -> str:
    return keyed_list.item_label(kind, DEFAULT_LABELS)


def label_for(types: Sequence[MeetingType], key: str) -> str:
    return keyed_list.label_for(types, key, DEFAULT_LABELS)


def lengths(types: Sequence[MeetingType]) -> dict[str, int]:
    """Each type's usual length in minutes."""
    return {t.key: t.duration_min for t in types}


def make_key(label: str, taken: Iterable[str] = ()) -> str:
    """A key for a new type from its label ("Home visit" -> "home_visit"), unique."""
    return keyed_list.make_key(label, taken, fallback="type")


def check_types(types: Sequence[MeetingType]) -> list[str]:
    """Why this list of types cannot be saved; empty when it can."""
    problems = keyed_list.check_keys(types, "type", "the list needs at least one meeting type")
    problems += [
        f"the length of type {kind.key!r} must be 1 to 1440 minutes"
        for kind in types
        if not 1 <= kind.duration_min <= 24 * 60
    ]
    return problems
