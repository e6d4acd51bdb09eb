"""What to call a stage of the ladder on screen: its own label, or for the default
stages without one, the window's translation of their name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from rapport.domain.records import LadderStage


def default_labels() -> dict[str, str]:
    return {
        "prospect": QCoreApplication.translate("Stages", "Prospect"),
        "contacted": QCoreApplication.translate("Stages", "Contacted"),
        "had_one_on_one": QCoreApplication.translate("Stages", "Had a 1:1"),
        "volunteer": QCoreApplication.translate("Stages", "Volunteer"),
        "leader": QCoreApplication.translate("Stages", "Leader"),
    }


def stage_labels(ladder: Sequence[LadderStage]) -> dict[str, str]:
    """Stage key → what the window calls it."""
    from rapport.domain.ladder import stage_label

    defaults = default_labels()
    return {s.key: s.label or defaults.get(s.key) or stage_label(s) for s in ladder}
