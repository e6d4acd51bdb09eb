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

import re
import unicodedata
from collections.abc import Iterable, Sequence

from rapport.domain.records import DEFAULT_LADDER, LadderStage

# English names of the default stages; the window shows its own translations.
DEFAULT_LABELS: dict[str, str] = {
    "prospect": "Prospect",
    "contacted": "Contacted",
    "had_one_on_one": "Had a 1:1",
    "volunteer": "Volunteer",
    "leader": "Leader",
}
KEY_MAX = 60
_KEY = re.compile(r"[a-z0-9_]+")


def default_ladder() -> list[LadderStage]:
    return [LadderStage(key=key, position=i) for i, key in enumerate(DEFAULT_LADDER)]


def ordered(stages: Iterable[LadderStage]) -> list[LadderStage]:
    """Stages in ladder order: by position, then key (two devices may tie)."""
    return sorted(stages, key=lambda s: (s.position, s.key))


def effective_ladder(stored: Sequence[LadderStage]) -> list[LadderStage]:
    """The ladder in use: the stored stages, or the default ladder when there are none."""
    return ordered(stored) if stored else default_ladder()


def stage_label(stage: LadderStage) -> str:
    """What to call a stage (in English, for the default stages without a label)."""
    return stage.label or DEFAULT_LABELS.get(stage.key) or stage.key.replace("_", " ")


def label_for(ladder: Sequence[LadderStage], key: str) -> str:
    """The label of the stage with `key`, or the key itself when the ladder lacks it."""
    for stage in ladder:
        if stage.key == key:
            return stage_label(stage)
    return DEFAULT_LABELS.get(key, key.replace("_", " "))


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
    folded = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    base = re.sub(r"[^a-z0-9]+", "_", folded).strip("_")[: KEY_MAX - 4] or "stage"
    used = set(taken)
    key, n = base, 2
    while key in used:
        key = f"{base}_{n}"
        n += 1
    return key


def renumbered(stages: Sequence[LadderStage]) -> list[LadderStage]:
    """The stages in the order given, with positions 0, 1, 2, …"""
    return [
        LadderStage(id=s.id, key=s.key, label=s.label, position=i, description=s.description)
        for i, s in enumerate(stages)
    ]


def check_ladder(stages: Sequence[LadderStage]) -> list[str]:
    """Why this ladder cannot be saved; an empty list when it can."""
    problems: list[str] = []
    if not stages:
        problems.append("a ladder needs at least one stage")
    seen: set[str] = set()
    for stage in stages:
        if not _KEY.fullmatch(stage.key) or len(stage.key) > KEY_MAX:
            problems.append(
                f"stage key {stage.key!r} must be 1 to {KEY_MAX} lower-case letters, "
                "digits or underscores"
            )
        if stage.key in seen:
            problems.append(f"stage key {stage.key!r} is used twice")
        seen.add(stage.key)
        if len(stage.label) > 80:
            problems.append(f"the label of stage {stage.key!r} is longer than 80 characters")
    return problems
