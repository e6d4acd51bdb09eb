"""The Contacts screen's file jobs (no Qt): reading and planning a file, planning it
again with other columns, and exporting all report their progress as they go and stop
at the next report once Cancel is pressed, leaving nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapport.domain.records import Contact
from rapport.store.open import OpenFolder
from rapport.sync.apply import Cancelled
from rapport.ui.contacts.file_jobs import (
    BUILD_SHARE,
    STEP,
    export_contacts,
    read_and_plan,
    remap_and_plan,
)

ROWS = 2_300  # several reports, the last one short of a whole STEP


class Reports:
    """A job's `progress` and `cancelled`, with a Cancel pressed after `stop_after`
    reports (never when None)."""

    def __init__(self, stop_after: int | None = None) -> None:
        self.seen: list[tuple[int, int]] = []
        self.stop_after = stop_after

    def progress(self, done: int, total: int) -> None:
        self.seen.append((done, total))

    def cancelled(self) -> bool:
        return self.stop_after is not None and len(self.seen) >= self.stop_after


def write_people(path: Path, rows: int = ROWS) -> Path:
    lines = "".join(f"Persona {i},555{i:07d},p{i}@example.org\n" for i in range(rows))
    path.write_text("Name,Phone,Email\n" + lines, encoding="utf-8")
    return path


def test_reading_a_csv_file_reports_building_then_planning(
    tmp_path: Path, folder: OpenFolder
) -> None:
    reports = Reports()
    parsed, plans = read_and_plan(
        folder.store, write_people(tmp_path / "people.csv"), reports.progress, reports.cancelled
    )
    assert len(parsed.rows) == len(plans) == ROWS
    assert all(p.action == "new" for p in plans)
    total = ROWS * (BUILD_SHARE + 1)
    assert {t for _d, t in reports.seen} == {total}
    done = [d for d, _t in reports.seen]
    assert done == sorted(done) and done[0] == 0
    # Building reports every STEP rows in the bar's first parts, planning in the last.
    building = [d for d in done if d < ROWS * BUILD_SHARE]
    planning = [d for d in done if d >= ROWS * BUILD_SHARE]
    assert building == [i * BUILD_SHARE for i in range(0, ROWS, STEP)]
    assert planning == [ROWS * BUILD_SHARE + i for i in range(0, ROWS, STEP)]


def test_cancel_while_building_rows_stops_the_reading(tmp_path: Path, folder: OpenFolder) -> None:
    reports = Reports(stop_after=2)
    with pytest.raises(Cancelled):
        read_and_plan(
            folder.store, write_people(tmp_path / "people.csv"), reports.progress, reports.cancelled
        )
    assert len(reports.seen) == 2  # stopped at the next report after the Cancel


def test_cancel_while_planning_stops_too(tmp_path: Path, folder: OpenFolder) -> None:
    building_reports = -(-ROWS // STEP)
    reports = Reports(stop_after=building_reports + 1)
    with pytest.raises(Cancelled):
        read_and_plan(
            folder.store, write_people(tmp_path / "people.csv"), reports.progress, reports.cancelled
        )
    assert reports.seen[-1][0] == ROWS * BUILD_SHARE  # the first report of the planning


def test_planning_again_with_other_columns_reports_and_can_be_cancelled(
    tmp_path: Path, folder: OpenFolder
) -> None:
    parsed, _plans = read_and_plan(
        folder.store, write_people(tmp_path / "people.csv"), lambda d, t: None, lambda: False
    )
    mapping = {**parsed.mapping, "Email": ""}
    reports = Reports()
    again, plans = remap_and_plan(
        folder.store, parsed, mapping, reports.progress, reports.cancelled
    )
    assert again.mapping["Email"] == ""
    assert all(p.contact is not None and p.contact.emails == [] for p in plans)
    assert reports.seen and reports.seen[-1][1] == ROWS * (BUILD_SHARE + 1)
    with pytest.raises(Cancelled):
        remap_and_plan(folder.store, parsed, mapping, lambda d, t: None, lambda: True)


def test_a_vcard_file_reports_its_planning(tmp_path: Path, folder: OpenFolder) -> None:
    path = tmp_path / "phone.vcf"
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Persona {i}\r\nTEL:555{i:07d}\r\nEND:VCARD\r\n"
            for i in range(1_200)
        ),
        encoding="utf-8",
    )
    reports = Reports()
    _parsed, plans = read_and_plan(folder.store, path, reports.progress, reports.cancelled)
    assert len(plans) == 1_200
    assert reports.seen == [(0, 1_200), (500, 1_200), (1_000, 1_200)]


def test_export_reports_and_a_cancel_leaves_no_file(tmp_path: Path, folder: OpenFolder) -> None:
    with folder.store.write() as w:
        w.insert_new(Contact(first_name="Persona", last_name=str(i)) for i in range(1_100))
    out = tmp_path / "out"
    out.mkdir()
    reports = Reports()
    done = out / "all.csv"
    assert export_contacts(folder.store, done, None, reports.progress, reports.cancelled) == 1_100
    assert reports.seen == [(0, 1_100), (500, 1_100), (1_000, 1_100)]
    assert len(done.read_text(encoding="utf-8-sig").splitlines()) == 1_101

    for name in ("stopped.csv", "stopped.vcf"):
        stopped = out / name
        with pytest.raises(Cancelled):
            export_contacts(folder.store, stopped, None, lambda d, t: None, lambda: True)
        assert not stopped.exists()
    assert sorted(p.name for p in out.iterdir()) == ["all.csv"]  # no temporary left
