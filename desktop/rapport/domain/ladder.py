"""The ladder of engagement: the stages a person moves through with the organization.

By default: prospect → contacted → had a 1:1 → volunteer → leader. An organization can
rename, reorder, add and remove stages. The ladder is stored as `LadderStage` records
(`rapport.domain.records`), a synced record type, so headquarters can edit it once and
send it to every laptop; while none is stored, the default ladder applies.

A contact's `stage` holds a stage's `key`, which never changes once contacts use it;
its `label` is what people read (empty for the default stages, whose names the window
translates). Pure functions only: the store reads and writes the records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapport.domain import keyed_list
from rapport.domain.keyed_list import KEY_MAX, ordered, renumbered
from rapport.domain.records import DEFAULT_LADDER, LadderStage

__all__ = [
    "DEFAULT_LABELS",
    "KEY_MAX",
    "check_ladder",
    "default_ladder",
    "effective_ladder",
    "first_stage",
    "label_for",
    "make_key",
    "next_stage",
    "ordered",
    "renumbered",
    "stage_label",
]

# English names of the default stages; the window shows its own translations.
DEFAULT_LABELS: dict[str, str] = {
    "prospect": "Prospect",
    "contacted": "Contacted",
    "had_one_on_one": "Had a 1:1",
    "volunteer": "Volunteer",
    "leader": "Leader",
}


def default_ladder() -> list[LadderStage]:
    return [LadderStage(key=key, position=i) for i, key in enumerate(DEFAULT_LADDER)]


def effective_ladder(stored: Sequence[LadderStage]) -> list[LadderStage]:
    """The ladder in use: the stored stages, or the default ladder when there are none."""
    return ordered(stored) if stored else default_ladder()


def stage_label(stage: LadderStage) -> str:
    """What to call a stage (in English, for the default stages without a label)."""
    return keyed_list.item_label(stage, DEFAULT_LABELS)


def label_for(ladder: Sequence[LadderStage], key: str) -> str:
    """The label of the stage with `key`, or the key itself when the ladder lacks it."""
    return keyed_list.label_for(ladder, key, DEFAULT_LABELS)


def first_stage(ladder: Sequence[LadderStage]) -> str:
    """Where a new contact starts: the lowest rung."""
    return ordered(ladder)[0].key if ladder else DEFAULT_LADDER[0]


def next_stage(ladder: Sequence[LadderStage], key: str) -> str | None:
    """The rung above `key`, or None at the top (or for a key not on the ladder)."""
    keys = [s.key for s in ordered(ladder)]
    if key not in keys:
        return None
    i = keys.index(key)
    return keys[i + 1] if i + 1 < len(keys) else None


def make_key(label: str, taken: Iterable[str] = ()) -> str:
    """A key for a new stage from its label: "Had a 1:1" -> "had_a_1_1", unique."""
    return keyed_list.make_key(label, taken, fallback="stage")


def check_ladder(stages: Sequence[LadderStage]) -> list[str]:
    """Why this ladder cannot be saved; an empty list when it can."""
    return keyed_list.check_keys(stages, "stage", "a ladder needs at least one stage")
