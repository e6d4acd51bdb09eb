"""Bundle files as the Sync screen's file dialogs offer them: the name suggested for an
export, the suffix added to a name typed without one, and the dialogs' file filter.
No widgets: the texts are the Sync screen's (context "SyncPage")."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from PySide6.QtCore import QCoreApplication

BUNDLE_SUFFIX = ".rapport-bundle"


def suggested_name(organizer: str, full: bool, today: dt.date | None = None) -> str:
    """`rapport-<organizer>-<date>.rapport-bundle` ("-full" for a full export)."""
    # Plain ASCII: the name must survive USB sticks, email and any operating system.
    ascii_name = unicodedata.normalize("NFKD", organizer).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    day = (today or dt.date.today()).isoformat()
    parts = ["rapport", slug[:40].strip("-") or "laptop", day] + (["full"] if full else [])
    return "-".join(parts) + BUNDLE_SUFFIX


def file_filter() -> str:
    """The open and save dialogs' filter: bundles first, then any file."""
    return ";;".join(
        (
            QCoreApplication.translate(
                "SyncPage", "Rapport bundles (*.rapport-bundle *.jsonl *.bundle)"
            ),
            QCoreApplication.translate("SyncPage", "All files (*)"),
        )
    )
