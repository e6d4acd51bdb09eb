"""Words for sync screens: record types, field names, bundle kinds, times and values.

Labels are marked with `QT_TRANSLATE_NOOP` (so `make translations` finds them) and
translated when shown, so a language switch takes effect at once.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime

from rapport.ui.dates import moment_text, stored_day_text, stored_moment_text

if TYPE_CHECKING:
    from rapport.store.core import Store

CONTEXT = "SyncLabels"

_TABLES = {
    "contact": QT_TRANSLATE_NOOP("SyncLabels", "Contacts"),
    "tag": QT_TRANSLATE_NOOP("SyncLabels", "Tags"),
    "contact_tag": QT_TRANSLATE_NOOP("SyncLabels", "Tags on contacts"),
    "ladder_stage": QT_TRANSLATE_NOOP("SyncLabels", "Ladder stages"),
    "meeting": QT_TRANSLATE_NOOP("SyncLabels", "1:1s"),
    "agenda_note": QT_TRANSLATE_NOOP("SyncLabels", "Agenda notes"),
    "commitment": QT_TRANSLATE_NOOP("SyncLabels", "Commitments"),
    "training": QT_TRANSLATE_NOOP("SyncLabels", "Trainings"),
    "participant": QT_TRANSLATE_NOOP("SyncLabels", "Participants"),
    "observation": QT_TRANSLATE_NOOP("SyncLabels", "Observations"),
    "evaluation": QT_TRANSLATE_NOOP("SyncLabels", "Evaluations"),
    "reflection": QT_TRANSLATE_NOOP("SyncLabels", "Reflections"),
}

_RECORDS = {
    "contact": QT_TRANSLATE_NOOP("SyncLabels", "Contact"),
    "tag": QT_TRANSLATE_NOOP("SyncLabels", "Tag"),
    "contact_tag": QT_TRANSLATE_NOOP("SyncLabels", "Tag on a contact"),
    "ladder_stage": QT_TRANSLATE_NOOP("SyncLabels", "Ladder stage"),
    "meeting": QT_TRANSLATE_NOOP("SyncLabels", "1:1"),
    "agenda_note": QT_TRANSLATE_NOOP("SyncLabels", "Agenda note"),
    "commitment": QT_TRANSLATE_NOOP("SyncLabels", "Commitment"),
    "training": QT_TRANSLATE_NOOP("SyncLabels", "Training"),
    "participant": QT_TRANSLATE_NOOP("SyncLabels", "Participant"),
    "observation": QT_TRANSLATE_NOOP("SyncLabels", "Observation"),
    "evaluation": QT_TRANSLATE_NOOP("SyncLabels", "Evaluation"),
    "reflection": QT_TRANSLATE_NOOP("SyncLabels", "Reflection"),
}

_KINDS = {
    "delta": QT_TRANSLATE_NOOP("SyncLabels", "New changes from a laptop"),
    "full": QT_TRANSLATE_NOOP("SyncLabels", "Everything from a laptop"),
    "return": QT_TRANSLATE_NOOP("SyncLabels", "Return bundle from headquarters"),
}

_FIELDS = {
    "address": QT_TRANSLATE_NOOP("SyncLabels", "Address"),
    "agenda": QT_TRANSLATE_NOOP("SyncLabels", "Agenda"),
    "anonymous": QT_TRANSLATE_NOOP("SyncLabels", "Anonymous"),
    "answer": QT_TRANSLATE_NOOP("SyncLabels", "Answer"),
    "change_next": QT_TRANSLATE_NOOP("SyncLabels", "Change next time"),
    "checked": QT_TRANSLATE_NOOP("SyncLabels", "Checked items"),
    "checkin_notes": QT_TRANSLATE_NOOP("SyncLabels", "Check-in notes"),
    "color": QT_TRANSLATE_NOOP("SyncLabels", "Color"),
    "contact_id": QT_TRANSLATE_NOOP("SyncLabels", "Contact"),
    "did": QT_TRANSLATE_NOOP("SyncLabels", "What we did"),
    "did_not_work": QT_TRANSLATE_NOOP("SyncLabels", "What did not work"),
    "do_better": QT_TRANSLATE_NOOP("SyncLabels", "Do better"),
    "do_not_contact": QT_TRANSLATE_NOOP("SyncLabels", "Do not contact"),
    "due_at": QT_TRANSLATE_NOOP("SyncLabels", "Due"),
    "duration_min": QT_TRANSLATE_NOOP("SyncLabels", "Length (minutes)"),
    "emails": QT_TRANSLATE_NOOP("SyncLabels", "Emails"),
    "first_name": QT_TRANSLATE_NOOP("SyncLabels", "First name"),
    "follow_up_days": QT_TRANSLATE_NOOP("SyncLabels", "Follow up every (days)"),
    "follow_up_on": QT_TRANSLATE_NOOP("SyncLabels", "Follow up on"),
    "goals": QT_TRANSLATE_NOOP("SyncLabels", "Goals"),
    "how_met": QT_TRANSLATE_NOOP("SyncLabels", "How we met"),
    "issues": QT_TRANSLATE_NOOP("SyncLabels", "Issues"),
    "kind": QT_TRANSLATE_NOOP("SyncLabels", "Kind"),
    "last_name": QT_TRANSLATE_NOOP("SyncLabels", "Last name"),
    "learned": QT_TRANSLATE_NOOP("SyncLabels", "What they learned"),
    "likes": QT_TRANSLATE_NOOP("SyncLabels", "Liked"),
    "location": QT_TRANSLATE_NOOP("SyncLabels", "Location"),
    "meeting_id": QT_TRANSLATE_NOOP("SyncLabels", "1:1"),
    "name": QT_TRANSLATE_NOOP("SyncLabels", "Name"),
    "notes": QT_TRANSLATE_NOOP("SyncLabels", "Notes"),
    "participant_id": QT_TRANSLATE_NOOP("SyncLabels", "Participant"),
    "phones": QT_TRANSLATE_NOOP("SyncLabels", "Phones"),
    "place": QT_TRANSLATE_NOOP("SyncLabels", "Place"),
    "preferred_language": QT_TRANSLATE_NOOP("SyncLabels", "Preferred language"),
    "preparation": QT_TRANSLATE_NOOP("SyncLabels", "Preparation"),
    "preparation_done": QT_TRANSLATE_NOOP("SyncLabels", "Preparation done"),
    "pronouns": QT_TRANSLATE_NOOP("SyncLabels", "Pronouns"),
    "purpose": QT_TRANSLATE_NOOP("SyncLabels", "Purpose"),
    "questions": QT_TRANSLATE_NOOP("SyncLabels", "Questions"),
    "rating": QT_TRANSLATE_NOOP("SyncLabels", "Rating"),
    "readiness": QT_TRANSLATE_NOOP("SyncLabels", "Readiness"),
    "rescheduled_from": QT_TRANSLATE_NOOP("SyncLabels", "Rescheduled from"),
    "scenario": QT_TRANSLATE_NOOP("SyncLabels", "Scenario"),
    "shared_vision": QT_TRANSLATE_NOOP("SyncLabels", "Shared vision"),
    "stage": QT_TRANSLATE_NOOP("SyncLabels", "Stage"),
    "starts_at": QT_TRANSLATE_NOOP("SyncLabels", "Starts"),
    "status": QT_TRANSLATE_NOOP("SyncLabels", "Status"),
    "step": QT_TRANSLATE_NOOP("SyncLabels", "Agenda step"),
    "story": QT_TRANSLATE_NOOP("SyncLabels", "Story"),
    "summary": QT_TRANSLATE_NOOP("SyncLabels", "Summary"),
    "tag_id": QT_TRANSLATE_NOOP("SyncLabels", "Tag"),
    "text": QT_TRANSLATE_NOOP("SyncLabels", "Text"),
    "time_zone": QT_TRANSLATE_NOOP("SyncLabels", "Time zone"),
    "tips": QT_TRANSLATE_NOOP("SyncLabels", "Tips"),
    "title": QT_TRANSLATE_NOOP("SyncLabels", "Title"),
    "to_improve": QT_TRANSLATE_NOOP("SyncLabels", "To improve"),
    "trainer": QT_TRANSLATE_NOOP("SyncLabels", "Trainer"),
    "training_id": QT_TRANSLATE_NOOP("SyncLabels", "Training"),
    "traits_met": QT_TRANSLATE_NOOP("SyncLabels", "Traits seen"),
    "turf": QT_TRANSLATE_NOOP("SyncLabels", "Turf"),
    "went_well": QT_TRANSLATE_NOOP("SyncLabels", "What went well"),
    "what": QT_TRANSLATE_NOOP("SyncLabels", "What"),
    "wishes": QT_TRANSLATE_NOOP("SyncLabels", "Wishes"),
    "worked": QT_TRANSLATE_NOOP("SyncLabels", "What worked"),
    "deleted": QT_TRANSLATE_NOOP("SyncLabels", "Deleted"),
    "key": QT_TRANSLATE_NOOP("SyncLabels", "Code"),
    "label": QT_TRANSLATE_NOOP("SyncLabels", "Label"),
    "position": QT_TRANSLATE_NOOP("SyncLabels", "Position"),
    "description": QT_TRANSLATE_NOOP("SyncLabels", "Description"),
}


def _tr(text: object) -> str:
    # QT_TRANSLATE_NOOP returns its text unchanged; its stub types it as object.
    return QCoreApplication.translate(CONTEXT, str(text))


def table_label(table: str) -> str:
    """A record type in the plural, e.g. "Contacts"."""
    return _tr(_TABLES[table]) if table in _TABLES else table


def record_type_label(table: str) -> str:
    """A record type in the singular, e.g. "Contact"."""
    return _tr(_RECORDS[table]) if table in _RECORDS else table


def field_label(field: str) -> str:
    return _tr(_FIELDS[field]) if field in _FIELDS else field.replace("_", " ").capitalize()


def kind_label(kind: str) -> str:
    return _tr(_KINDS[kind]) if kind in _KINDS else kind


def table_order(tables: list[str]) -> list[str]:
    """Record types in the order people think of them (contacts first)."""
    known = list(_TABLES)
    return sorted(tables, key=lambda t: (known.index(t) if t in known else len(known), t))


# -- times ------------------------------------------------------------------------------


def format_utc(iso: str | None) -> str | None:
    """A UTC ISO time ("2026-03-01T14:05:00Z") as a local day and time."""
    return stored_moment_text(iso) if iso else None


def format_stamp(stamp: str) -> str:
    """When a version was made, from its clock stamp (12 hex digits of milliseconds)."""
    try:
        ms = int(stamp[:12], 16)
    except ValueError:
        return stamp
    return moment_text(QDateTime.fromMSecsSinceEpoch(ms).toLocalTime())


# -- values and records ------------------------------------------------------------------

_LIST_FIELDS = frozenset(
    {
        "phones",
        "emails",
        "went_well",
        "do_better",
        "traits_met",
        "checked",
        "goals",
        "agenda",
        "preparation",
        "preparation_done",
        "tips",
        "likes",
        "wishes",
    }
)
_FLAG_FIELDS = frozenset({"do_not_contact", "anonymous", "deleted"})


_EMPTY = QT_TRANSLATE_NOOP("SyncLabels", "(empty)")
_YES = QT_TRANSLATE_NOOP("SyncLabels", "Yes")
_NO = QT_TRANSLATE_NOOP("SyncLabels", "No")


def format_value(table: str, field: str, value: Any) -> str:
    """A stored value as a person reads it: lists one item per line, flags as yes/no."""
    if value is None or value == "":
        return _tr(_EMPTY)
    if field in _FLAG_FIELDS:
        return _tr(_YES) if value else _tr(_NO)
    # "went_well" is a list on a 1:1 but a paragraph on an observation.
    is_list = field in _LIST_FIELDS and not (table == "observation" and field == "went_well")
    if is_list and isinstance(value, str):
        try:
            items = json.loads(value)
        except ValueError:
            return value
        if isinstance(items, list):
            return "\n".join(str(item) for item in items) if items else _tr(_EMPTY)
    return str(value)


def record_label(store: Store, table: str, record_id: str) -> str:
    """What a record is called: "Contact: Nancy Díaz", "1:1: Nancy Díaz, 2026-03-02"."""
    name = _record_name(store, table, record_id)
    return _tr(QT_TRANSLATE_NOOP("SyncLabels", "{type}: {name}")).format(
        type=record_type_label(table), name=name
    )


def _record_name(store: Store, table: str, record_id: str, depth: int = 0) -> str:
    from rapport.domain.records import BY_TABLE

    cls = BY_TABLE.get(table)
    record: Any = None if cls is None else store.get(cls, record_id, include_deleted=True)
    if record is None or depth > 2:
        return record_id[-8:]

    def linked(link_table: str, link_id: str | None) -> str:
        return _record_name(store, link_table, link_id, depth + 1) if link_id else ""

    parts: list[str]
    if table == "contact":
        parts = [record.display_name]
    elif table == "tag":
        parts = [record.name]
    elif table == "ladder_stage":
        parts = [record.label or record.key]
    elif table == "contact_tag":
        parts = [linked("tag", record.tag_id), linked("contact", record.contact_id)]
    elif table == "meeting":
        parts = [linked("contact", record.contact_id), stored_day_text(record.starts_at)]
    elif table == "agenda_note":
        parts = [linked("meeting", record.meeting_id), record.step]
    elif table == "commitment":
        parts = [record.what]
    elif table == "training":
        parts = [record.title, stored_day_text(record.starts_at)]
    elif table == "participant":
        parts = [linked("contact", record.contact_id), linked("training", record.training_id)]
    elif table in ("observation", "evaluation", "reflection"):
        parts = [linked("training", record.training_id)]
    else:
        parts = []
    text = ", ".join(p for p in parts if p)
    return text[:120] or record_id[-8:]
