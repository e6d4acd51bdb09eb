"""Bad bundles are refused with the line and field named, and nothing is written."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import orjson
import pytest

from rapport.domain.records import Contact, Evaluation
from rapport.sync.bundle import BundleError
from rapport.sync.schema import build_schema, schema_path
from tests.unit.sync_helpers import Laptop


def test_the_schema_in_resources_is_the_one_the_records_make() -> None:
    assert json.loads(schema_path().read_text(encoding="utf-8")) == build_schema()


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop, list[bytes]]]:
    a, b = Laptop(tmp_path / "a"), Laptop(tmp_path / "b")
    a.store.save(Contact(first_name="Ana", phones=["555-0100"]))
    a.store.save(Evaluation(training_id="t1", rating=4, likes=["pace"], wishes=["snacks"]))
    lines = a.export().read_bytes().splitlines()
    yield a, b, lines
    a.close()
    b.close()


def rebuild(lines: list[bytes]) -> bytes:
    """A bundle from header and record lines, with a correct trailer."""
    body = b"".join(line + b"\n" for line in lines)
    counts: dict[str, int] = {}
    for line in lines[1:]:
        obj = orjson.loads(line)
        if isinstance(obj, dict) and isinstance(obj.get("table"), str):
            counts[obj["table"]] = counts.get(obj["table"], 0) + 1
    trailer = {
        "type": "trailer",
        "counts": counts,
        "records": len(lines) - 1,
        "sha256": hashlib.sha256(body).hexdigest(),
    }
    return body + orjson.dumps(trailer) + b"\n"


def edit_record(lines: list[bytes], index: int, change: Callable[[dict], None]) -> list[bytes]:
    obj = orjson.loads(lines[index])
    change(obj)
    return [*lines[:index], orjson.dumps(obj), *lines[index + 1 : -1]]


def refuse(b: Laptop, tmp_path: Path, data: bytes) -> BundleError:
    path = tmp_path / "bad.bundle"
    path.write_bytes(data)
    before = b.state()
    with pytest.raises(BundleError) as info:
        b.receive(path)
    assert b.state() == before
    return info.value


def rating_line(lines: list[bytes]) -> int:
    return next(i for i, line in enumerate(lines) if b'"evaluation"' in line)


def set_rating(value: object) -> Callable[[dict], None]:
    def change(obj: dict) -> None:
        obj["fields"]["rating"]["v"] = value

    return change


def set_follow_up(value: object) -> Callable[[dict], None]:
    def change(obj: dict) -> None:
        obj["fields"]["follow_up_days"]["v"] = value

    return change


CASES: dict[str, tuple[Callable[[list[bytes]], bytes], str, str]] = {
    "cut mid-line": (lambda ls: b"\n".join(ls)[:-30], "cut short", ""),
    "trailer missing": (lambda ls: b"".join(x + b"\n" for x in ls[:-1]), "last line", ""),
    "one byte changed": (
        lambda ls: b"\n".join(x.replace(b'"Ana"', b'"Ama"') for x in ls) + b"\n",
        "checksum",
        "sha256",
    ),
    "not JSON at all": (lambda ls: b"PK\x03\x04 this is a zip file\n\x00\x01\n", "JSON", ""),
    "newer schema": (
        lambda ls: rebuild([ls[0].replace(b'"bundle_schema":1', b'"bundle_schema":2'), *ls[1:-1]]),
        "Update Rapport",
        "bundle_schema",
    ),
    "rating as text": (
        lambda ls: rebuild(edit_record(ls, rating_line(ls), set_rating("five"))),
        'must be a whole number, not "five"',
        "fields.rating.v",
    ),
    "rating out of range": (
        lambda ls: rebuild(edit_record(ls, rating_line(ls), set_rating(9))),
        "must be at most 5, not 9",
        "fields.rating.v",
    ),
    "follow-up days out of range": (
        lambda ls: rebuild(edit_record(ls, 1, set_follow_up(9_999))),
        "must be at most 3,650, not 9999",
        "fields.follow_up_days.v",
    ),
    "follow-up days as text": (
        lambda ls: rebuild(edit_record(ls, 1, set_follow_up("soon"))),
        'must be a whole number or empty (null), not "soon"',
        "fields.follow_up_days.v",
    ),
    "unknown table": (
        lambda ls: rebuild(edit_record(ls, 1, lambda o: o.update(table="payroll"))),
        "unknown table",
        "table",
    ),
    "unknown field": (
        lambda ls: rebuild(
            edit_record(
                ls, rating_line(ls), lambda o: o["fields"].update(salary={"v": 1, "hlc": "x"})
            )
        ),
        "does not know",
        "fields",
    ),
    "enormous string": (
        lambda ls: rebuild(
            edit_record(
                ls, rating_line(ls), lambda o: o["fields"]["learned"].update(v="x" * 3_000_000)
            )
        ),
        "is 3,000,000 characters long; at most 20,000 are allowed",
        "fields.learned.v",
    ),
    "bad stamp": (
        lambda ls: rebuild(
            edit_record(ls, 1, lambda o: o["deleted"].update(hlc="yesterday at noon"))
        ),
        '"yesterday at noon" is not in the form this field takes',
        "deleted.hlc",
    ),
    "record count off": (
        lambda ls: (
            b"".join(x + b"\n" for x in ls[:-1])
            + ls[-1].replace(b'"records":2', b'"records":3')
            + b"\n"
        ),
        "the trailer says 3 records but the file holds 2",
        "records",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_bundles_are_refused_naming_line_and_field(
    setup: tuple[Laptop, Laptop, list[bytes]], tmp_path: Path, case: str
) -> None:
    _, b, lines = setup
    make, words, field = CASES[case]
    error = refuse(b, tmp_path, make(lines))
    assert words in str(error)
    assert str(tmp_path / "bad.bundle") in str(error)
    if field:
        assert error.field_path.startswith(field)
        assert f"field {error.field_path}" in str(error)
    if case in ("rating as text", "rating out of range", "enormous string"):
        assert error.line == rating_line(lines) + 1
        assert f"line {error.line}" in str(error)


def test_an_empty_file_is_refused(
    tmp_path: Path, setup: tuple[Laptop, Laptop, list[bytes]]
) -> None:
    _, b, _ = setup
    assert "empty" in str(refuse(b, tmp_path, b""))


def test_a_bad_line_after_good_ones_writes_nothing(
    setup: tuple[Laptop, Laptop, list[bytes]], tmp_path: Path
) -> None:
    a, b, _ = setup
    with a.store.write() as w:
        w.insert_new(Contact(first_name=f"n{i}") for i in range(5_000))
    lines = a.export(full=True).read_bytes().splitlines()
    last = max(i for i, line in enumerate(lines) if b'"table":"contact"' in line)
    bad = edit_record(lines, last, lambda o: o["fields"]["first_name"].update(v=42))
    error = refuse(b, tmp_path, rebuild(bad))
    assert error.line == last + 1
    with b.store.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM contact").scalar() == 0
