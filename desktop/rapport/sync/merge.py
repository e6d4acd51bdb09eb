"""Merging records field by field: for each field the greatest stamp wins.

Each field (and the tombstone) is a register holding (value, stamp). Merging keeps the
version with the greater stamp; equal stamps with different values (which a sound
device never makes) are settled by comparing the values' canonical JSON, so the
result never depends on the order bundles arrive in. That makes merging idempotent,
commutative and associative.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson

from rapport.domain.fields import FieldSpec, field_specs
from rapport.domain.records import BY_TABLE
from rapport.store.rows import to_column
from rapport.store.tables import ZERO_STAMP, stamp_column

Version = tuple[Any, str]


def canonical(value: Any) -> bytes:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)


def wins(incoming: Version, local: Version) -> bool:
    """Whether the incoming version replaces the local one."""
    if incoming[1] != local[1]:
        return incoming[1] > local[1]
    return incoming[0] != local[0] and canonical(incoming[0]) > canonical(local[0])


def _same(value: Any) -> Any:
    return value


def _as_int(value: Any) -> Any:
    return int(value) if isinstance(value, float) else value


def _as_flag(value: Any) -> Any:
    return None if value is None else int(value)


def _as_json(value: Any) -> Any:
    return None if value is None else orjson.dumps(value).decode()


CONVERT: dict[str, Callable[[Any], Any]] = {"int": _as_int, "bool": _as_flag, "json": _as_json}


@dataclass(frozen=True)
class TableShape:
    """What the merge needs to know of one table, computed once."""

    name: str
    specs: tuple[FieldSpec, ...]
    shared: tuple[FieldSpec, ...]  # the fields that travel in bundles (not private)
    defaults: dict[str, Any]
    # (field, stamp column, converter to the column's form) for every shared field
    plan: tuple[tuple[str, str, Callable[[Any], Any]], ...]
    private: tuple[tuple[str, str], ...]


def _shape(table: str) -> TableShape:
    cls = BY_TABLE[table]
    specs = field_specs(cls)
    make: Any = cls
    blank = make(id="")
    defaults = {s.name: to_column(s, getattr(blank, s.name)) for s in specs}
    shared = tuple(s for s in specs if not s.private)
    plan = tuple((s.name, stamp_column(s.name), CONVERT.get(s.kind, _same)) for s in shared)
    private = tuple((s.name, stamp_column(s.name)) for s in specs if s.private)
    return TableShape(table, specs, shared, defaults, plan, private)


SHAPES: dict[str, TableShape] = {t: _shape(t) for t in BY_TABLE}


def incoming_value(spec: FieldSpec, value: Any) -> Any:
    """A bundle value in the form its column stores."""
    return CONVERT.get(spec.kind, _same)(value)


@dataclass
class Conflict:
    field: str
    kept: Version
    lost: Version
    lost_side: str  # "mine" or "theirs"


@dataclass
class RowMerge:
    row: dict[str, Any]
    is_new: bool
    changed: bool
    conflicts: list[Conflict] = field(default_factory=list)
    # The sender's version of some field lost: it must hear of ours (in a return bundle).
    sender_behind: bool = False


# (local row, field, incoming fields, incoming tombstone) -> was it changed on both sides?
ConflictRule = Callable[[dict[str, Any], str, dict[str, Any], dict[str, Any]], bool]


def new_row(
    shape: TableShape, record_id: str, fields: dict[str, dict[str, Any]], deleted: dict[str, Any]
) -> dict[str, Any]:
    """The row for a record seen for the first time (what merging it into nothing gives)."""
    row: dict[str, Any] = {"id": record_id}
    defaults = shape.defaults
    for name, key, convert in shape.plan:
        version = fields.get(name)
        if version is None:
            row[name] = defaults[name]
            row[key] = ZERO_STAMP
        else:
            value = version["v"]
            row[name] = value if convert is _same else convert(value)
            row[key] = version["hlc"]
    for name, key in shape.private:
        row[name] = defaults[name]
        row[key] = ZERO_STAMP
    row["deleted"] = int(deleted["v"])
    row["deleted__hlc"] = deleted["hlc"]
    return row


def merge_row(
    shape: TableShape,
    record_id: str,
    fields: dict[str, dict[str, Any]],
    deleted: dict[str, Any],
    local: dict[str, Any] | None,
    is_concurrent: ConflictRule | None = None,
) -> RowMerge:
    """Merge one incoming record into the local row (None when there is none yet).

    `is_concurrent(local_row, field, fields, deleted)` says whether both sides changed
    the field since they last met; when they did and the values differ, the losing
    value is reported as a conflict.
    """
    if local is None:
        return RowMerge(new_row(shape, record_id, fields, deleted), True, True)

    row = dict(local)
    changed = False
    behind = False
    conflicts: list[Conflict] = []
    for name, key, convert in shape.plan:
        version = fields.get(name)
        if version is None:
            continue
        theirs: Version = (convert(version["v"]), version["hlc"])
        mine: Version = (row[name], row[key])
        if theirs == mine:
            continue
        take = wins(theirs, mine)
        if take:
            row[name], row[key] = theirs
            changed = True
        else:
            behind = True
        if (
            is_concurrent is not None
            and theirs[0] != mine[0]
            and is_concurrent(local, name, fields, deleted)
        ):
            kept, lost = (theirs, mine) if take else (mine, theirs)
            conflicts.append(Conflict(name, kept, lost, "mine" if take else "theirs"))
    tomb: Version = (int(deleted["v"]), deleted["hlc"])
    ours: Version = (row["deleted"], row[stamp_column("deleted")])
    if tomb != ours:
        if wins(tomb, ours):
            row["deleted"], row[stamp_column("deleted")] = tomb
            changed = True
        else:
            behind = True
    return RowMerge(row, False, changed, conflicts, behind)
