"""The five traits of a good 1:1, and the self-check at the end of the wizard.

A good 1:1 is face to face, scheduled ahead at a firm time and place, has a clear
purpose, teaches both people something, and is followed up. After each 1:1 the
organizer ticks the traits it had and writes two things that went well and two to do
better.
"""

from __future__ import annotations

from collections.abc import Sequence

TRAITS = ("face_to_face", "scheduled", "purposeful", "educational", "followed_up")
REFLECTIONS = 2  # things that went well, and things to do better


def suggested_traits(*, scheduled: bool, purpose_noted: bool, follow_up_set: bool) -> list[str]:
    """What the wizard ticks for the organizer to confirm: what the record shows."""
    found = []
    if scheduled:
        found.append("scheduled")
    if purpose_noted:
        found.append("purposeful")
    if follow_up_set:
        found.append("followed_up")
    return found


def known_traits(keys: Sequence[str]) -> list[str]:
    """The trait keys among `keys`, in the usual order, without repeats."""
    return [t for t in TRAITS if t in keys]


def reflection_problems(went_well: Sequence[str], do_better: Sequence[str]) -> list[str]:
    """Keys of what the self-check still lacks: "went_well" and/or "do_better" when
    fewer than two things are written."""
    problems = []
    if sum(1 for t in went_well if t.strip()) < REFLECTIONS:
        problems.append("went_well")
    if sum(1 for t in do_better if t.strip()) < REFLECTIONS:
        problems.append("do_better")
    return problems
