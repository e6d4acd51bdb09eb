"""The fast record check and the bundle's JSON Schema give the same verdict."""

from __future__ import annotations

from typing import Any

import fastjsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.domain.fields import field_specs
from rapport.domain.records import BY_TABLE
from rapport.sync.fastcheck import CHECKS
from rapport.sync.schema import validators

STAMP = "0190a1b2c3d4-0001-aaaaaaaaaaaaaaaa"
ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10, 10),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-10, max_value=10),
    st.text(max_size=5),
    st.sampled_from(
        [
            "2026-11-22",
            "2026-11-22\n",
            "2026-13-01",
            "2026-11-22T18:30:00Z",
            "2026-11-22T18:30:00Z\n",
            "x" * 250,
            "x" * 25_000,
            STAMP + "\n",
            "a\x00b",
            STAMP.upper(),
            "",
        ]
    ),
    st.lists(st.text(max_size=3), max_size=3),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
)


def good_value(kind: str, nullable: bool) -> Any:
    return {
        "text": "Ana",
        "date": "2026-11-22",
        "datetime": "2026-11-22T18:30:00Z",
        "int": 3,
        "bool": True,
        "float": 1.5,
        "json": ["a", "b"],
    }[kind]


@st.composite
def records(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A valid record, or one with a single flaw (half of them)."""
    table = draw(st.sampled_from(sorted(BY_TABLE)))
    specs = [s for s in field_specs(BY_TABLE[table]) if not s.private]
    chosen = draw(st.lists(st.sampled_from(specs), unique_by=lambda s: s.name, min_size=1))
    fields: dict[str, Any] = {}
    for spec in chosen:
        value = good_value(spec.kind, spec.nullable)
        if spec.kind == "text" and draw(st.booleans()):
            value = "é" * spec.max_len  # right at the limit
        if spec.nullable and draw(st.integers(0, 3)) == 0:
            value = None
        fields[spec.name] = {"v": value, "hlc": STAMP}
    record: dict[str, Any] = {
        "type": "record",
        "table": table,
        "id": "0190aaaa-0000-7000-8000-000000000001",
        "fields": fields,
        "deleted": {"v": False, "hlc": STAMP},
    }
    if draw(st.booleans()):
        return table, record
    spec = draw(st.sampled_from(chosen))
    version = fields[spec.name]
    flaw = draw(st.integers(0, 9))
    if flaw == 0:
        version["v"] = draw(ODD_VALUES)
    elif flaw == 1:
        version["v"] = "x" * (spec.max_len + 1)
    elif flaw == 2:
        version["hlc"] = draw(
            st.sampled_from([STAMP + "\n", STAMP.upper(), "bad", 5, None, [STAMP], {"a": 1}])
        )
    elif flaw == 3:
        version[draw(st.sampled_from(["x", "V"]))] = 1
    elif flaw == 4:
        version.pop(draw(st.sampled_from(["v", "hlc"])))
    elif flaw == 5:
        fields[draw(st.sampled_from(["salary", "private_notes", ""]))] = {"v": 1, "hlc": STAMP}
    elif flaw == 6:
        record["id"] = draw(st.sampled_from(["", "x" * 65, 7, None]))
    elif flaw == 7:
        record.pop(draw(st.sampled_from(["id", "fields", "deleted"])))
    elif flaw == 8:
        record["deleted"] = draw(
            st.sampled_from(
                [{"v": 0, "hlc": STAMP}, {"v": True}, None, {"v": True, "hlc": [STAMP]}]
            )
        )
    else:
        version["v"] = draw(st.sampled_from([[1], ["x" * 6_000], ["a"] * 501, 1.5, True, 99]))
    return table, record


@settings(max_examples=800, deadline=None)
@given(records())
def test_fast_check_agrees_with_the_schema(case: tuple[str, dict[str, Any]]) -> None:
    table, record = case
    try:
        validators()[table](record)
        schema_ok = True
    except fastjsonschema.JsonSchemaValueException:
        schema_ok = False
    assert CHECKS[table](record) == schema_ok
