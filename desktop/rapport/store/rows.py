"""Converting between domain records and table rows."""

from __future__ import annotations

from collections.abc import Mapping
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


def record_values(record: object) -> dict[str, object]:
    """Column values of a record, keyed by field name (without id)."""
    return {s.name: to_column(s, getattr(record, s.name)) for s in field_specs(type(record))}


def record_from_row(cls: type[R], row: Mapping[Any, Any]) -> R:
    values = {s.name: from_column(s, row[s.name]) for s in field_specs(cls)}
    make: Any = cls
    record: R = make(id=row["id"], **values)
    return record
