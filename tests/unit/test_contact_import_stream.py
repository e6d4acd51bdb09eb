"""`rapport contacts import` builds, plans and writes each row as it comes
(`import_file`): the same counts and messages as a whole preview, one transaction."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from rapport.commands.common import CommandError
from rapport.commands.contacts import import_file
from rapport.interop.contact_rows import ImportRow
from rapport.interop.csv_contacts import read_csv, stream_csv
from rapport.store import bulk_insert
from rapport.store.contact_import import RowPlan
from rapport.store.contacts import contact_ids
from rapport.store.core import Store
from rapport.store.open import OpenFolder
from rapport.store.search import index_problems

ROWS = 1_500


def _csv(path: Path) -> Path:
    lines = ["Name,Phone,Email,Tags"]
    for i in range(1, ROWS + 1):
        if i == 1_200:
            lines.append(",,,nobody")  # nothing to make a contact of
        elif i == 1_400:
            lines.append("Otra Persona,(555) 002-0002,,")  # the phone of row 2
        else:
            lines.append(f"Persona{i} Apellido,555-{i:03d}-{i:04d},p{i}@example.org,tag{i % 3}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _count(store: Store, table: str) -> int:
    with store.read() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0)


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk_insert, "CHUNK", 200)


def test_a_streamed_import_counts_reports_and_writes_every_row(
    folder: OpenFolder, tmp_path: Path
) -> None:
    store = folder.store
    source = _csv(tmp_path / "people.csv")
    seen: list[RowPlan] = []
    dry = import_file(store, source, dry_run=True)
    assert (dry.new, dry.duplicates, dry.invalid, dry.added) == (ROWS - 2, 1, 1, 0)
    assert _count(store, "contact") == 0

    counts = import_file(store, source, report=seen.append)
    assert (counts.new, counts.duplicates, counts.invalid) == (ROWS - 2, 1, 1)
    assert counts.added == ROWS - 2 and counts.skipped == 1
    assert [p.line for p in seen] == list(range(2, ROWS + 2))  # line 1 is the header
    assert seen[1_200 - 1].action == "invalid"
    assert seen[1_400 - 1].action == "duplicate" and seen[1_400 - 1].duplicate_line == 3
    assert _count(store, "contact") == ROWS - 2
    assert _count(store, "tag") == 3
    assert _count(store, "contact_tag") == ROWS - 2
    assert len(contact_ids(store, "persona1499")) == 1
    assert len(contact_ids(store, "tag:tag1")) == len([i for i in range(1, ROWS + 1) if i % 3 == 1])
    with store.read() as conn:
        assert index_problems(conn) == []


def test_a_failure_half_way_through_a_streamed_import_writes_nothing(
    folder: OpenFolder, tmp_path: Path
) -> None:
    store = folder.store
    source = _csv(tmp_path / "people.csv")

    def report(plan: RowPlan) -> None:
        if plan.line == 1_000:  # after four chunks went to the worker
            raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        import_file(store, source, report=report)
    for table in ("contact", "tag", "contact_tag", "contact_list"):
        assert _count(store, table) == 0, table
    with store.read() as conn:
        assert index_problems(conn) == []


def test_a_bad_file_is_refused_before_anything_is_planned(
    folder: OpenFolder, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"Name,Phone\nAna,\x00\x01\x02\n")
    seen: list[RowPlan] = []
    with pytest.raises(CommandError, match="nothing was imported"):
        import_file(folder.store, bad, report=seen.append)
    assert seen == []
    assert _count(folder.store, "contact") == 0


def _shown(row: ImportRow) -> tuple[object, ...]:
    contact = None if row.contact is None else dataclasses.replace(row.contact, id="")
    return (row.line, contact, row.tags, row.problems, row.source, row.unreadable)


@pytest.mark.parametrize(
    "text",
    [
        "Name,Phone,Email,Tags\nAna López,555-010-0001,ana@example.org,a; b\n\n"
        "Bo,555-010-0002\nCy,555-010-0003,cy@example.org,c,extra\n",
        "Ana López,555-010-0001,ana@example.org\nBo Díaz,555-010-0002,bo@example.org\n",
        'First name;Last name;Notes\nAna;López;"two\nlines"\n;;\nBo;Díaz;"never closed\n',
    ],
)
def test_the_streamed_rows_are_the_rows_of_the_preview(tmp_path: Path, text: str) -> None:
    path = tmp_path / "people.csv"
    path.write_text(text, encoding="utf-8")
    rows, total = stream_csv(path)
    streamed = [_shown(r) for r in rows]
    preview = read_csv(path).rows
    assert streamed == [_shown(r) for r in preview]
    # At most the lines below the header (blank ones are counted, not imported).
    lines = text.count("\n") - (0 if "@" in text.split("\n", maxsplit=1)[0] else 1)
    assert len(preview) <= total <= lines


def test_a_row_csv_cannot_read_far_down_the_file_refuses_it_all(
    folder: OpenFolder, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as f:
        f.write("Name,Notes\n")
        f.writelines(f"Persona{i},ok\n" for i in range(2, 702))
        f.write('Beto,"')  # line 702: a value of 3,000,000 characters
        f.writelines("y" * 999 + "\n" for _ in range(3_000))
        f.write('"\nCeci,x\n')
    seen: list[RowPlan] = []
    with pytest.raises(CommandError) as refused:
        import_file(folder.store, path, report=seen.append)
    assert str(refused.value) == (
        "big.csv: line 702: a value is longer than 1,048,576 characters; "
        "this does not look like a CSV file (nothing was imported)"
    )
    # Rows were planned as they came (the reader keeps one back), then all rolled back.
    assert [plan.line for plan in seen] == list(range(2, 701))
    for table in ("contact", "contact_list", "contact_fts"):
        assert _count(folder.store, table) == 0, table
    with pytest.raises(CommandError, match="line 702"):
        import_file(folder.store, path, dry_run=True)


def test_an_import_as_big_as_the_list_makes_its_indexes_again_after(
    folder: OpenFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rapport.store import contact_import

    set_aside: list[str] = []
    real = contact_import.indexes_set_aside

    def recorded(w: object, table: str) -> object:
        set_aside.append(table)
        return real(w, table)  # type: ignore[arg-type]

    monkeypatch.setattr(contact_import, "indexes_set_aside", recorded)
    monkeypatch.setattr(contact_import, "BIG_IMPORT", 1_000)
    store = folder.store
    import_file(store, _csv(tmp_path / "people.csv"))
    assert set_aside == ["contact_list"]
    assert len(contact_ids(store, "apellido")) == ROWS - 2
    with store.read() as conn:
        assert index_problems(conn) == []
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_schema")}
    assert {"ix_contact_list_name_key", "ix_contact_list_tags_key"} <= names

    # A smaller import than the list writes into the indexes as they are.
    small = tmp_path / "few.csv"
    small.write_text("Name,Email\n" + "".join(f"Nuevo{i},n{i}@example.org\n" for i in range(1_100)))
    import_file(store, small)
    assert set_aside == ["contact_list"]
    assert len(contact_ids(store, "nuevo0")) == 1
