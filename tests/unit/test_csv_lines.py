"""The two ways of reading a CSV file's rows (rapport.interop.csv_lines) agree."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rapport.interop import read_csv
from rapport.interop.csv_lines import _plain_lines
from rapport.interop.text_source import open_source

_cell_chars = st.sampled_from(list("abcñé中 ,;\"\n\r'x@.+-()0123456789"))
cells = st.text(_cell_chars, max_size=12)
headers = st.sampled_from(
    [
        ["First name", "Last name", "Phone", "Email", "Notes"],
        ["Name", "Notes", "Tags"],
        ["VanID", "LastName", "FirstName", "Phone"],
    ]
)


@st.composite
def csv_files(draw: st.DrawFn) -> tuple[bytes, str]:
    header = draw(headers)
    rows = draw(
        st.lists(
            st.lists(cells, min_size=0, max_size=len(header) + 1),  # ragged rows too
            max_size=8,
        )
    )
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    out = io.StringIO()
    writer = csv.writer(
        out, delimiter=delimiter, lineterminator=draw(st.sampled_from(["\n", "\r\n"]))
    )
    writer.writerow(header)
    writer.writerows(rows)
    text = out.getvalue()
    if draw(st.booleans()):
        text += draw(st.sampled_from(['Zoe,"never closed\nmore\n', "\n\n", "Ana,López", '"']))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig"]))
    return text.encode(encoding), encoding


def _rows(path: Path, careful: bool) -> list[tuple[object, ...]]:
    parsed = read_csv(path, careful=careful)
    return [
        (
            r.line,
            None if r.contact is None else {**dataclasses.asdict(r.contact), "id": None},
            r.tags,
            [str(p) for p in r.problems],
            r.source,
            r.unreadable,
        )
        for r in parsed.rows
    ] + [(parsed.delimiter, tuple(parsed.columns), tuple(parsed.mapping.items()))]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(csv_files())
def test_plain_and_careful_reading_give_the_same_rows(
    tmp_path: Path, file: tuple[bytes, str]
) -> None:
    data, _encoding = file
    path = tmp_path / "people.csv"
    path.write_bytes(data)
    try:
        careful = _rows(path, careful=True)
    except Exception as e:  # the file is refused: the plain path must refuse it alike
        error = str(e)
        try:
            _rows(path, careful=False)
        except Exception as plain_error:
            assert str(plain_error) == error
        else:
            raise AssertionError(f"only the careful path refused it: {error}") from e
        return
    assert _rows(path, careful=False) == careful


def test_a_plain_file_takes_the_plain_path(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("Name,Phone\nAna López,555-010-1234\n", encoding="utf-8")
    lines = _plain_lines(open_source(path, "CSV", whole=True))
    assert lines == ["Name,Phone\n", "Ana López,555-010-1234\n"]


def test_files_that_need_care_take_the_careful_path(tmp_path: Path) -> None:
    for name, data in {
        "mixed.csv": "Name\nAna López\n".encode() + "Bea Núñez\n".encode("cp1252"),
        "utf16.csv": "Name\nAna\n".encode("utf-16"),
        "mac.csv": b"Name\rAna\rBea\r",
        "dos-eof.csv": b"Name\nAna\n\x1a",
    }.items():
        path = tmp_path / name
        path.write_bytes(data)
        assert _plain_lines(open_source(path, "CSV", whole=True)) is None, name
        plain = read_csv(path)
        careful = read_csv(path, careful=True)
        assert [(r.line, r.source, [str(p) for p in r.problems]) for r in plain.rows] == [
            (r.line, r.source, [str(p) for p in r.problems]) for r in careful.rows
        ], name


@given(st.binary(max_size=200))
def test_binary_bytes_are_found_as_the_pattern_finds_them(data: bytes) -> None:
    from rapport.interop.text_source import BINARY, _has_binary

    assert _has_binary(data) == (BINARY.search(data) is not None)
    assert _has_binary(b"plain text\r\n\t" + data) == (BINARY.search(data) is not None)
