"""Converting between domain records and table rows."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import attrgetter
from typing import Any, TypeVar

import orjson

from rapport.domain.fields import FieldSpec, field_specs

R = TypeVar("R")


def to_column(spec: FieldSpec, value: object) -> object:
    """A record value as stored in its column."""
    if value is None:
        return None
    if spec.kind == "json":
        return orjson.dumps(value).decode()
    if spec.kind == "bool":
        return 1 if value else 0
    return value


def from_column(spec: FieldSpec, value: object) -> object:
    """A column value as the record holds it."""
    if value is None:
        return [] if spec.kind == "json" else None
    if spec.kind == "json":
        assert isinstance(value, str)
        return orjson.loads(value)
    if spec.kind == "bool":
        return bool(value)
    return value


def column_values(record: Any) -> list[object]:
    """A record's values as stored in their columns, in field order (taken in one go:
    imports make 100,000 rows; only json and bool fields need `to_column`)."""
    take, converted = _columns(type(record))
    values = list(take(record))
    for i, spec in converted:
        values[i] = to_column(spec, values[i])
    return values


Columns = tuple[Callable[[object], tuple[object, ...]], list[tuple[int, FieldSpec]]]
_COLUMNS: dict[type, Columns] = {}


def _columns(cls: type) -> Columns:
    """How to take a record class's column values: a getter, and the fields whose
    stored form differs (json and bool)."""
    found = _COLUMNS.get(cls)
    if found is not None:
        return found
    specs = field_specs(cls)
    names = [s.name for s in specs]
    take = attrgetter(*names) if len(names) > 1 else lambda r: (getattr(r, names[0]),)
    converted = [(i, s) for i, s in enumerate(specs) if s.kind in ("json", "bool")]
    found = _COLUMNS[cls] = (take, converted)
    return found


def record_values(record: object) -> dict[str, object]:
    """Column values of a record, keyed by field name (without id)."""
    names = [s.name for s in field_specs(type(record))]
    return dict(zip(names, column_values(record), strict=True))


def record_from_row(cls: type[R], row: Mapping[Any, Any]) -> R:
    values = {s.name: from_column(s, row[s.name]) for s in field_specs(cls)}
    make: Any = cls
    record: R = make(id=row["id"], **values)
    return record
