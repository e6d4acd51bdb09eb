"""How a synced record's fields are declared, and what the store and sync read from them.

Each synced record is a dataclass whose fields carry metadata made by the helpers
below. That one declaration gives the table's columns, the bundle schema, the checks
on incoming values, and which fields are private (never leave the device).
"""

from __future__ import annotations

import dataclasses
import functools
import typing
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, Protocol

Kind = Literal["text", "int", "bool", "float", "date", "datetime", "json"]

SHORT = 200
LONG = 20_000
LIST_ITEMS = 500  # a list field holds at most this many texts
LIST_ITEM_LEN = 5_000  # of at most this many characters each


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    kind: Kind
    nullable: bool = False
    max_len: int = SHORT
    private: bool = False
    ref: str | None = None
    minimum: int | None = None
    maximum: int | None = None


class SyncedRecord(Protocol):
    """What every synced record has: a table name and a UUID id."""

    TABLE: ClassVar[str]
    id: str


def text(default: str = "", *, max_len: int = SHORT, private: bool = False) -> Any:
    return dataclasses.field(
        default=default, metadata={"kind": "text", "max_len": max_len, "private": private}
    )


def long_text(*, private: bool = False) -> Any:
    return text(max_len=LONG, private=private)


def ref(table: str, *, required: bool = False) -> Any:
    default = "" if required else None
    return dataclasses.field(default=default, metadata={"kind": "text", "ref": table})


def integer(
    default: int | None = 0, *, minimum: int | None = None, maximum: int | None = None
) -> Any:
    return dataclasses.field(
        default=default, metadata={"kind": "int", "minimum": minimum, "maximum": maximum}
    )


def flag(default: bool = False) -> Any:
    return dataclasses.field(default=default, metadata={"kind": "bool"})


def day(default: str | None = None) -> Any:
    """An ISO date, YYYY-MM-DD."""
    return dataclasses.field(default=default, metadata={"kind": "date"})


def moment(default: str | None = None) -> Any:
    """An ISO date and time in UTC, YYYY-MM-DDTHH:MM:SSZ."""
    return dataclasses.field(default=default, metadata={"kind": "datetime"})


def items(*, max_len: int = LONG) -> Any:
    """A JSON list (strings, or small objects), stored as JSON text."""
    return dataclasses.field(default_factory=list, metadata={"kind": "json", "max_len": max_len})


class InvalidRecordError(ValueError):
    """A record with a value its declaration does not allow; names the field."""

    def __init__(self, table: str, field: str, problem: str) -> None:
        super().__init__(f"{table}.{field} {problem}")
        self.table = table
        self.field = field
        self.problem = problem


def validate_record(record: SyncedRecord) -> None:
    """Raise `InvalidRecordError` for the first field whose value is not allowed.

    The text fields are checked together first (an import writes 100,000 records):
    when each is a string within its length and none holds a NUL or a lone surrogate,
    `check_value` could find nothing wrong with them, and only the other fields are
    checked one by one."""
    cls = type(record)
    texts, others = _text_fields(cls)
    values = [getattr(record, spec.name) for spec in texts]
    plain = all(
        type(v) is str and len(v) <= spec.max_len for v, spec in zip(values, texts, strict=True)
    ) and plain_texts(values)
    for spec in others if plain else field_specs(cls):
        problem = check_value(spec, getattr(record, spec.name))
        if problem is not None:
            raise InvalidRecordError(record.TABLE, spec.name, problem)


@functools.cache
def _text_fields(cls: type) -> tuple[tuple[FieldSpec, ...], tuple[FieldSpec, ...]]:
    """A record class's plain text fields, and the others."""
    specs = field_specs(cls)
    texts = tuple(s for s in specs if s.kind == "text")
    return texts, tuple(s for s in specs if s.kind != "text")


def field_specs(cls: type) -> tuple[FieldSpec, ...]:
    """The synced fields of a record class, in declaration order, without `id`."""
    cached: tuple[FieldSpec, ...] | None = cls.__dict__.get("_field_specs")
    if cached is not None:
        return cached
    hints = typing.get_type_hints(cls)
    specs = []
    for f in dataclasses.fields(cls):
        if f.name == "id":
            continue
        meta = f.metadata
        kind: Kind = meta.get("kind", "text")
        nullable = type(None) in typing.get_args(hints[f.name])
        specs.append(
            FieldSpec(
                name=f.name,
                kind=kind,
                nullable=nullable,
                max_len=meta.get("max_len", LONG if kind == "json" else SHORT),
                private=meta.get("private", False),
                ref=meta.get("ref"),
                minimum=meta.get("minimum"),
                maximum=meta.get("maximum"),
            )
        )
    result = tuple(specs)
    type.__setattr__(cls, "_field_specs", result)
    return result


def check_value(spec: FieldSpec, value: object) -> str | None:
    """Why `value` is not acceptable for the field, or None when it is."""
    if (  # the common case first, quickly: ordinary text within its length
        type(value) is str
        and spec.kind == "text"
        and len(value) <= spec.max_len
        and "\x00" not in value
        and value.isascii()
    ):
        return None
    if value is None:
        return None if spec.nullable else "must not be empty (null)"
    expected: tuple[type, ...]
    if spec.kind in ("text", "date", "datetime"):
        expected = (str,)
    elif spec.kind == "int":
        expected = (int,)
    elif spec.kind == "bool":
        expected = (bool,)
    elif spec.kind == "float":
        expected = (int, float)
    else:
        expected = (list,)
    if not isinstance(value, expected) or (
        spec.kind in ("int", "float") and isinstance(value, bool)
    ):
        return f"must be {_kind_words[spec.kind]}, not {type(value).__name__}"
    if isinstance(value, str):
        if len(value) > spec.max_len:
            return f"is {len(value):,} characters long; at most {spec.max_len:,} are allowed"
        if "\x00" in value:
            return "contains a NUL character, which is not allowed in text"
        if not _is_unicode(value):
            return "is not valid Unicode text (it holds a lone surrogate)"
        if spec.kind == "date" and not _is_iso_date(value):
            return f"must be a date as YYYY-MM-DD, not {value[:40]!r}"
        if spec.kind == "datetime" and not _is_iso_moment(value):
            return f"must be a UTC time as YYYY-MM-DDTHH:MM:SSZ, not {value[:40]!r}"
    if isinstance(value, list):
        for item in value:
            if (
                not isinstance(item, str)
                or len(item) > LIST_ITEM_LEN
                or "\x00" in item
                or not _is_unicode(item)
            ):
                return f"must be a list of texts of at most {LIST_ITEM_LEN:,} characters each"
        if len(value) > LIST_ITEMS:
            return f"has {len(value)} items; at most {LIST_ITEMS} are allowed"
    if isinstance(value, int) and not isinstance(value, bool):
        if spec.minimum is not None and value < spec.minimum:
            return f"must be at least {spec.minimum}, not {value}"
        if spec.maximum is not None and value > spec.maximum:
            return f"must be at most {spec.maximum}, not {value}"
    return None


_kind_words = {
    "text": "text",
    "date": "text",
    "datetime": "text",
    "int": "a whole number",
    "bool": "true or false",
    "float": "a number",
    "json": "a list",
}


def plain_texts(values: Iterable[str]) -> bool:
    """Whether `check_value` can object to none of these strings in a text field but
    for their length: no NUL and no lone surrogate in any (checked all at once)."""
    joined = "".join(values)
    return "\x00" not in joined and _is_unicode(joined)


def _is_unicode(value: str) -> bool:
    """False for text holding a lone surrogate, which no file or database can store."""
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_iso_date(value: str) -> bool:
    import datetime as dt

    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _is_iso_moment(value: str) -> bool:
    import datetime as dt

    if len(value) != 20 or not value.endswith("Z"):
        return False
    try:
        dt.datetime.fromisoformat(value[:-1])
    except ValueError:
        return False
    return True
