"""Marking a commitment kept, then offering to move its person up the ladder: one path
for the Today screen and the 1:1s Follow-ups tab."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rapport.ui.meetings.labels import OneOnOne

if TYPE_CHECKING:
    from rapport.store.core import Store

Ask = Callable[[str, str], bool]  # (title, question) -> yes?


def mark_kept(store: Store, commitment_id: str, ask: Ask) -> str | None:
    """Mark the commitment kept; when its person can move up the ladder, ask (with
    `ask`) and move them on a yes. The person's new stage, or None."""
    from rapport.domain.records import Commitment
    from rapport.store.follow_ups import mark_commitment

    mark_commitment(store, commitment_id, "kept")
    commitment = store.get(Commitment, commitment_id)
    if commitment is None or not commitment.contact_id:
        return None
    return offer_raise(store, commitment.contact_id, ask)


def offer_raise(store: Store, contact_id: str, ask: Ask) -> str | None:
    from rapport.store.one_on_ones import raise_stage, stage_move
    from rapport.ui.contacts.stages import stage_labels

    move = stage_move(store, contact_id)
    if move is None or move.next_stage is None:
        return None
    labels = stage_labels(move.ladder)
    text = (
        OneOnOne.tr("{name} kept their word. Move them up the ladder from {old} to {new}?")
        .replace("{name}", move.contact_name or OneOnOne.tr("This person"))
        .replace("{old}", labels.get(move.stage, move.stage))
        .replace("{new}", labels.get(move.next_stage, move.next_stage))
    )
    if ask(OneOnOne.tr("Move up the ladder?"), text):
        return raise_stage(store, contact_id)
    return None
