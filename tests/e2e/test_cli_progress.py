"""The long commands show how far they have got when run in a terminal, print only their
own output when piped, and stop cleanly on Ctrl+C."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from tests.e2e.cli import on_terminal, rapport


def people_csv(path: Path, rows: int) -> Path:
    """A CSV file of `rows` different people (no duplicates, nothing invalid)."""
    lines = ["First Name,Last Name,Phone,Email"]
    lines += [
        f"Ana{i},López,555-01{i // 10_000}-{i % 10_000:04d},ana{i}@example.org" for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def contacts_in(folder: Path) -> int:
    conn = sqlite3.connect(folder / "rapport.sqlite3")
    try:
        (count,) = conn.execute("SELECT count(*) FROM contact").fetchone()
    finally:
        conn.close()
    return int(count)


def drawn(screen: str) -> list[str]:
    """The texts the progress line showed, in order (without the blanks between)."""
    return [t.rstrip() for t in re.split(r"[\r\n]+", screen) if t.strip()]


def test_an_import_and_an_export_count_their_rows_on_the_terminal(tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = people_csv(tmp_path / "people.csv", 3_000)

    piped = rapport("contacts", "import", str(source), "--dry-run", data_dir=data)
    assert piped.returncode == 0, piped.stderr
    assert piped.stderr == ""  # no progress line where no one watches

    run = on_terminal("contacts", "import", str(source), data_dir=data)
    assert run.returncode == 0, run.screen
    shown = drawn(run.screen)
    assert shown[0] == "Importing people.csv: 500 of 3,000 rows (16%)"
    assert shown[-1] == "Importing people.csv: 3,000 of 3,000 rows (100%), finishing…"
    assert run.screen.endswith("\r" + " " * len(shown[-1]) + "\r")  # wiped at the end
    assert run.stdout == "people.csv: 3,000 new, 0 duplicate, 0 invalid. Added 3,000 contact(s).\n"
    assert contacts_in(data) == 3_000

    export = on_terminal("contacts", "export", str(tmp_path / "out.vcf"), data_dir=data)
    assert export.returncode == 0, export.screen
    assert drawn(export.screen)[-1] == (
        "Exporting to out.vcf: 3,000 of 3,000 contacts (100%), finishing…"
    )
    assert export.stdout == f"Wrote 3,000 contact(s) to {tmp_path / 'out.vcf'}.\n"
    assert (tmp_path / "out.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 3_000


def test_problem_lines_are_printed_whole_between_drawings_of_the_line(tmp_path: Path) -> None:
    source = people_csv(tmp_path / "people.csv", 1_200)
    with source.open("a", encoding="utf-8") as fh:
        fh.write("Ana0,Again,555-010-0000,\n")  # line 1,202 repeats line 2's phone
    run = on_terminal("contacts", "import", str(source), data_dir=tmp_path / "data")
    assert run.returncode == 0, run.screen
    assert run.stdout.splitlines() == [
        "line 1202: duplicate, skipped: same phone 555-010-0000 as line 2",
        "people.csv: 1,200 new, 1 duplicate, 0 invalid. Added 1,200 contact(s).",
    ]


def test_ctrl_c_stops_an_import_and_writes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = people_csv(tmp_path / "people.csv", 40_000)
    run = on_terminal(
        "contacts", "import", str(source), data_dir=data, interrupt_on="500 of 40,000 rows"
    )
    assert run.returncode == 130, run.screen
    assert "rapport: stopped (Ctrl+C)." in run.screen
    assert "Traceback" not in run.screen
    assert run.stdout == ""
    assert contacts_in(data) == 0
    after = rapport("contacts", "list", data_dir=data)  # the folder was let go
    assert after.returncode == 0, after.stderr
    assert after.stderr == "0 contact(s).\n"


def test_bundles_written_imported_and_merged_show_their_records(tmp_path: Path) -> None:
    laptop, other = tmp_path / "laptop", tmp_path / "other"
    assert rapport("demo", "--contacts", "200", data_dir=laptop).returncode == 0
    bundle = tmp_path / "laptop.json"

    written = on_terminal("sync", "export", str(bundle), "--full", data_dir=laptop)
    assert written.returncode == 0, written.screen
    last = drawn(written.screen)[-1]
    assert re.fullmatch(r"Writing laptop\.json: ([\d,]+) of \1 records \(100%\), finishing…", last)
    records = last.split(": ")[1].split(" of ")[0]

    imported = on_terminal("sync", "import", str(bundle), data_dir=other)
    assert imported.returncode == 0, imported.screen
    assert drawn(imported.screen)[-1] == (
        f"Importing laptop.json: {records} of {records} records (100%), finishing…"
    )

    hq_db = tmp_path / "hq.sqlite3"
    merged = on_terminal("hq", "merge", "--db", str(hq_db), str(bundle), data_dir=tmp_path / "x")
    assert merged.returncode == 0, merged.screen
    assert drawn(merged.screen)[-1] == f"Merging laptop.json: {records} records"
    assert merged.stdout.endswith("1 merged, 0 refused.\n")
