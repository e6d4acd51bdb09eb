"""A fast accept-check for record lines, made from the same field declarations as the
bundle's JSON Schema.

Checking a million lines with a general JSON Schema validator dominates a merge, so
each line is first checked by a few direct tests per field. A line that fails them is
checked again by the schema validator, which words the error (line, field, reason).
Tests hold the two to the same verdict on generated good and bad records.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from rapport.domain.fields import LIST_ITEM_LEN, LIST_ITEMS, FieldSpec, field_specs
from rapport.domain.records import BY_TABLE
from rapport.sync.schema import (
    DATE_PATTERN,
    MOMENT_PATTERN,
    STAMP_PATTERN,
)

Check = Callable[[Any], bool]
_stamp = re.compile(STAMP_PATTERN).fullmatch
_date = re.compile(DATE_PATTERN).fullmatch
_moment = re.compile(MOMENT_PATTERN).fullmatch
RECORD_KEYS = frozenset(("type", "table", "id", "fields", "deleted"))
VERSION_KEYS = frozenset(("v", "hlc"))


def _value_check(spec: FieldSpec) -> Check:
    max_len = spec.max_len
    nullable = spec.nullable
    lo, hi = spec.minimum, spec.maximum

    def text(v: Any) -> bool:
        return (v is None and nullable) or (
            type(v) is str and len(v) <= max_len and "\x00" not in v
        )

    def date(v: Any) -> bool:
        return (v is None and nullable) or (type(v) is str and _date(v) is not None)

    def moment(v: Any) -> bool:
        return (v is None and nullable) or (type(v) is str and _moment(v) is not None)

    def integer(v: Any) -> bool:
        if v is None:
            return nullable
        if type(v) is float and v.is_integer():
            v = int(v)
        if type(v) is not int:
            return False
        return (lo is None or v >= lo) and (hi is None or v <= hi)

    def boolean(v: Any) -> bool:
        return (v is None and nullable) or type(v) is bool

    def number(v: Any) -> bool:
        return (v is None and nullable) or type(v) in (int, float)

    def array(v: Any) -> bool:
        if v is None:
            return nullable
        return (
            type(v) is list
            and len(v) <= LIST_ITEMS
            and all(type(i) is str and len(i) <= LIST_ITEM_LEN and "\x00" not in i for i in v)
        )

    checks: dict[str, Check] = {
        "text": text,
        "date": date,
        "datetime": moment,
        "int": integer,
        "bool": boolean,
        "float": number,
        "json": array,
    }
    return checks[spec.kind]


_good_stamps: set[str] = set()


def _stamp_ok(stamp: Any) -> bool:
    """Stamps repeat across a record's fields, so sound ones are remembered."""
    if type(stamp) is not str:  # (a list or dict cannot even be looked up)
        return False
    if stamp in _good_stamps:
        return True
    if _stamp(stamp) is None:
        return False
    if len(_good_stamps) > 100_000:
        _good_stamps.clear()
    _good_stamps.add(stamp)
    return True


def record_check(table: str) -> Check:
    """True when a parsed line is a valid record of `table`."""
    values = {s.name: _value_check(s) for s in field_specs(BY_TABLE[table]) if not s.private}
    good = _good_stamps

    def check(obj: Any) -> bool:
        if obj.keys() != RECORD_KEYS or obj["type"] != "record" or obj["table"] != table:
            return False
        record_id = obj["id"]
        if type(record_id) is not str or not 1 <= len(record_id) <= 64 or "\x00" in record_id:
            return False
        given = obj["fields"]
        if type(given) is not dict:
            return False
        for name, version in given.items():  # the hot loop: a million records, 18 fields
            value_ok = values.get(name)
            if value_ok is None or type(version) is not dict or len(version) != 2:
                return False
            stamp = version.get("hlc")  # with len 2, "hlc" and "v" are its only keys
            if type(stamp) is not str or (stamp not in good and not _stamp_ok(stamp)):
                return False
            if "v" not in version:
                return False
            if not value_ok(version["v"]):
                return False
        deleted = obj["deleted"]
        return (
            type(deleted) is dict
            and deleted.keys() == VERSION_KEYS
            and type(deleted["v"]) is bool
            and _stamp_ok(deleted["hlc"])
        )

    return check


CHECKS: dict[str, Check] = {table: record_check(table) for table in BY_TABLE}
