"""`rapport contacts list | import | export` through the real command line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.cli import rapport

CSV = """First Name,Last Name,Phone,Email,Tags
José,Núñez,555.010.1234,jose@example.org,tenant union
Ana,García,+1 555 010 9999,ana@example.org,parents; tenant union
Ana,G.,(555) 010-9999,,
Carla,,not a phone,carla@example.org,
,,,,x
"""


def rows(folder: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(folder / "rapport.sqlite3")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture
def people(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    source = tmp_path / "people.csv"
    source.write_text(CSV, encoding="utf-8")
    result = rapport("contacts", "import", str(source), data_dir=data)
    assert result.returncode == 0, result.stderr
    return data


def test_import_reports_counts_and_each_problem_with_its_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = tmp_path / "people.csv"
    source.write_text(CSV, encoding="utf-8")

    dry = rapport("contacts", "import", str(source), "--dry-run", data_dir=data)
    assert dry.returncode == 0, dry.stderr
    assert "3 new, 1 duplicate, 1 invalid. Dry run: nothing was written." in dry.stdout
    assert rows(data, "SELECT count(*) FROM contact") == [(0,)]

    done = rapport("contacts", "import", str(source), data_dir=data)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "people.csv: 3 new, 1 duplicate, 1 invalid. Added 3 contact(s)." in out
    assert "line 4: duplicate, skipped: same phone +1 555 010 9999 as line 3" in out
    assert "line 5" in out and "not a phone number" in out
    assert "invalid: line 6" in out
    assert rows(data, "SELECT count(*) FROM contact WHERE deleted = 0") == [(3,)]

    again = rapport("contacts", "import", str(source), data_dir=data)
    assert "0 new, 4 duplicate, 1 invalid" in again.stdout
    assert rows(data, "SELECT count(*) FROM contact") == [(3,)]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "is empty"),
        ("binary.csv", b"Name,Phone\nAna,\x00\x01\x02\n", "binary data"),
        ("book.csv", b"PK\x03\x04 an xlsx in disguise", "ZIP file"),
        ("people.xlsx", b"Name\nAna\n", "use a .csv or .vcf file"),
    ],
)
def test_a_bad_file_is_refused_whole_and_nothing_is_written(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    data = tmp_path / "data"
    bad = tmp_path / name
    bad.write_bytes(content)
    result = rapport("contacts", "import", str(bad), data_dir=data)
    assert result.returncode == 1
    assert message in result.stderr and "nothing was imported" in result.stderr
    assert result.stdout == ""
    assert rows(data, "SELECT count(*) FROM contact") == [(0,)]


def test_list_prints_a_table_or_json_lines_and_searches(people: Path) -> None:
    table = rapport("contacts", "list", data_dir=people)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0] == "id\tname\tphones\temails\tstage\ttags"
    assert [line.split("\t")[1] for line in lines[1:]] == ["Ana García", "Carla", "José Núñez"]
    assert "3 contact(s)." in table.stderr
    ana = lines[1].split("\t")
    assert ana[2:] == ["+1 555 010 9999", "ana@example.org", "prospect", "parents; tenant union"]

    found = rapport("contacts", "list", "--search", "jose nun", "--json", data_dir=people)
    assert found.returncode == 0, found.stderr
    [line] = found.stdout.splitlines()
    record = json.loads(line)
    assert record["name"] == "José Núñez" and record["phones"] == ["555.010.1234"]
    assert record["tags"] == ["tenant union"] and record["stage"] == "prospect"
    assert set(record) == {"id", "name", "phones", "emails", "stage", "tags"}

    by_phone = rapport("contacts", "list", "--search", "0101234", "--json", data_dir=people)
    assert [json.loads(x)["name"] for x in by_phone.stdout.splitlines()] == ["José Núñez"]
    backwards = rapport("contacts", "list", "--sort", "name", "--desc", data_dir=people)
    names = [x.split("\t")[1] for x in backwards.stdout.splitlines()[1:]]
    assert names == ["José Núñez", "Carla", "Ana García"]


@pytest.mark.parametrize("suffix", [".csv", ".vcf"])
def test_export_then_import_elsewhere_gives_the_same_people(
    people: Path, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"everyone{suffix}"
    exported = rapport("contacts", "export", str(out), data_dir=people)
    assert exported.returncode == 0, exported.stderr
    assert "Wrote 3 contact(s)" in exported.stdout
    assert not list(tmp_path.glob(".everyone*"))  # no temporary file left behind
    other = tmp_path / "other"
    imported = rapport("contacts", "import", str(out), data_dir=other)
    assert imported.returncode == 0, imported.stderr
    assert "3 new, 0 duplicate, 0 invalid" in imported.stdout
    listed = [
        {k: v for k, v in json.loads(line).items() if k != "id"}
        for line in rapport("contacts", "list", "--json", data_dir=other).stdout.splitlines()
    ]
    original = [
        {k: v for k, v in json.loads(line).items() if k != "id"}
        for line in rapport("contacts", "list", "--json", data_dir=people).stdout.splitlines()
    ]
    assert listed == original


def test_export_refuses_an_unknown_format_or_a_missing_folder(people: Path, tmp_path: Path) -> None:
    result = rapport("contacts", "export", str(tmp_path / "x.xlsx"), data_dir=people)
    assert result.returncode == 1 and ".csv or a .vcf" in result.stderr
    result = rapport("contacts", "export", str(tmp_path / "nope" / "x.csv"), data_dir=people)
    assert result.returncode == 1 and "no such folder" in result.stderr
