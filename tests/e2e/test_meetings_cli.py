"""`rapport meetings list | export` through the real command line."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import icalendar
import pytest

from rapport.domain import scheduling as rules
from rapport.domain.records import Contact, Meeting
from tests.e2e.cli import rapport

CHI = "America/Chicago"
PHONE = "555 010 1234"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    from rapport.store.meetings import save_meeting
    from rapport.workspace import open_workspace

    data = tmp_path / "data"
    opened = open_workspace(data)
    try:
        ana = Contact(first_name="Ana", last_name="García", phones=[PHONE])
        opened.store.save(ana)
        for day, hour in ((31, 18), (2, 18), (3, 23)):
            month = 10 if day == 31 else 11
            save_meeting(
                opened.store,
                Meeting(
                    contact_id=ana.id,
                    starts_at=rules.to_utc(datetime(2026, month, day, hour, 0), CHI),
                    time_zone=CHI,
                    duration_min=45,
                    location="Café La Esquina",
                ),
            )
    finally:
        opened.close()
    return data


def test_list_in_a_range_as_json(folder: Path) -> None:
    done = rapport(
        "meetings",
        "list",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-02",
        "--tz",
        CHI,
        "--json",
        data_dir=folder,
    )
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["local_start"] for r in rows] == ["2026-11-02T18:00-06:00"]
    assert rows[0]["contact"] == "Ana García" and rows[0]["status"] == "scheduled"


def test_list_everything_as_a_table(folder: Path) -> None:
    done = rapport("meetings", "list", "--tz", CHI, data_dir=folder)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split("\t")[:3] == ["id", "start", "minutes"]
    assert [line.split("\t")[1] for line in lines[1:]] == [
        "2026-10-31 18:00",
        "2026-11-02 18:00",
        "2026-11-03 23:00",
    ]


def test_export_writes_an_ics_that_reads_back(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "mine.ics"
    done = rapport("meetings", "export", str(out), data_dir=folder)
    assert done.returncode == 0, done.stderr
    assert "Wrote 3 1:1s" in done.stdout
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    starts = sorted(e.decoded("DTSTART") for e in cal.walk("VEVENT"))
    assert [(s.hour, str(s.tzinfo)) for s in starts] == [(18, CHI), (18, CHI), (23, CHI)]
    # Not the phone in any form (ids are random hex, so not just "no 555").
    assert not re.search(r"010\D{0,2}1234", out.read_text())
    # Exporting again gives the same UIDs: a phone updates instead of duplicating.
    again = tmp_path / "again.ics"
    assert rapport("meetings", "export", str(again), data_dir=folder).returncode == 0
    uids = {str(e["UID"]) for e in cal.walk("VEVENT")}
    assert uids == {
        str(e["UID"]) for e in icalendar.Calendar.from_ical(again.read_bytes()).walk("VEVENT")
    }


def test_export_range_and_errors(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "range.ics"
    done = rapport(
        "meetings",
        "export",
        str(out),
        "--from",
        "2026-11-03",
        "--to",
        "2026-11-03",
        "--tz",
        CHI,
        data_dir=folder,
    )
    assert done.returncode == 0 and "Wrote 1 1:1 " in done.stdout
    bad = rapport("meetings", "export", str(tmp_path / "x.txt"), data_dir=folder)
    assert bad.returncode != 0 and ".ics" in bad.stderr
    backwards = rapport(
        "meetings", "list", "--from", "2026-11-03", "--to", "2026-11-01", data_dir=folder
    )
    assert backwards.returncode != 0 and "before" in backwards.stderr
    zone = rapport("meetings", "list", "--tz", "Mars/Base", data_dir=folder)
    assert zone.returncode != 0 and "time zone" in zone.stderr
    date_typo = rapport("meetings", "list", "--from", "3 Nov", data_dir=folder)
    assert date_typo.returncode == 2 and "YYYY-MM-DD" in date_typo.stderr


def test_export_titles_events_in_the_settings_language(folder: Path, tmp_path: Path) -> None:
    from rapport.domain.settings import Settings
    from rapport.store.settings import save_settings
    from rapport.workspace import open_workspace

    english = tmp_path / "en.ics"
    assert rapport("meetings", "export", str(english), data_dir=folder).returncode == 0
    summaries = {
        str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(english.read_bytes()).walk("VEVENT")
    }
    assert summaries == {"1:1 with Ana García (Introductory / recruitment)"}
    opened = open_workspace(folder)
    try:
        save_settings(opened.store, Settings(language="es"))
    finally:
        opened.close()
    spanish = tmp_path / "es.ics"
    assert rapport("meetings", "export", str(spanish), data_dir=folder).returncode == 0
    summaries = {
        str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(spanish.read_bytes()).walk("VEVENT")
    }
    assert all(s.startswith("1:1 con Ana García (") for s in summaries), summaries
