"""`rapport trainings list | report` through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rapport.domain.records import Contact, Evaluation, Participant, Reflection, Training
from rapport.interop.training_csv import read_training_csv
from rapport.workspace import open_workspace
from tests.e2e.cli import rapport
from tests.gui.helpers import pdf_text


@pytest.fixture
def data(tmp_path: Path) -> tuple[Path, str]:
    """A folder with two trainings; the second (the one reported) has three evaluations."""
    folder = tmp_path / "data"
    opened = open_workspace(folder)
    try:
        first = Training(title="Spring 1:1s", starts_at="2026-03-10T23:00:00Z", status="done")
        second = Training(
            title="Summer 1:1s",
            starts_at="2026-06-09T23:00:00Z",
            place="Union Hall",
            trainer="Rosa Martínez",
            status="done",
        )
        ana = Contact(first_name="Ana", last_name="Núñez")
        beto = Contact(first_name="Beto", last_name="Ruiz")
        pa = Participant(training_id=second.id, contact_id=ana.id)
        pb = Participant(training_id=second.id, contact_id=beto.id)
        records = [first, second, ana, beto, pa, pb]
        records.append(
            Evaluation(
                training_id=first.id,
                learned="x",
                rating=2,
                likes=["l"],
                wishes=["w"],
                anonymous=True,
            )
        )
        for participant, rating, like, wish in (
            (pa, 5, "I like watching a real one", "I wish for more practice"),
            (pb, 4, "I like the coaching", "I wish there were snacks"),
            (None, 3, "I like the handout", "I wish it started on time"),
        ):
            records.append(
                Evaluation(
                    training_id=second.id,
                    participant_id=participant.id if participant else None,
                    anonymous=participant is None,
                    learned=f"Learned {rating}",
                    rating=rating,
                    likes=[like],
                    wishes=[wish],
                )
            )
        records.append(Reflection(training_id=second.id, change_next="Start with the demo"))
        with opened.store.write() as w:
            w.insert_new(records)
    finally:
        opened.close()
    return folder, second.id


def test_list_as_table_and_json(data: tuple[Path, str]) -> None:
    folder, second = data
    table = rapport("trainings", "list", data_dir=folder)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split("\t")[:3] == ["id", "starts_at", "title"]
    assert lines[1].startswith(second) and lines[1].endswith("\t2\t3\t4.00")
    listed = rapport("trainings", "list", "--json", data_dir=folder)
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [r["title"] for r in rows] == ["Summer 1:1s", "Spring 1:1s"]
    assert rows[0]["mean_rating"] == 4.0 and rows[0]["evaluations"] == 3
    assert rows[1]["participants"] == 0


def test_report_writes_a_pdf_and_a_csv(data: tuple[Path, str], tmp_path: Path) -> None:
    folder, second = data
    pdf, csv = tmp_path / "report.pdf", tmp_path / "report.csv"
    done = rapport(
        "trainings", "report", second, "--pdf", str(pdf), "--csv", str(csv), data_dir=folder
    )
    assert done.returncode == 0, done.stderr
    assert "3 evaluations, mean rating 4.00" in done.stdout
    text = pdf_text(pdf)
    assert "Summer 1:1s" in text and "Rosa Martínez" in text
    assert "3 evaluations, mean rating 4.00 out of 5" in text
    for comment in ("I like the coaching", "I wish there were snacks", "Start with the demo"):
        assert comment in text
    assert "Spring 1:1s" in text  # the trend lists the earlier training
    summary, rows = read_training_csv(csv)
    assert summary["mean_rating"] == "4.00" and summary["evaluations"] == "3"
    assert [r["participant"] for r in rows] == ["Ana Núñez", "Beto Ruiz", ""]


def test_report_errors_are_clear(data: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = data
    missing = rapport(
        "trainings", "report", "nope", "--pdf", str(tmp_path / "x.pdf"), data_dir=folder
    )
    assert missing.returncode == 1 and "no training with id 'nope'" in missing.stderr
    prefix = rapport("trainings", "report", "0", "--pdf", str(tmp_path / "x.pdf"), data_dir=folder)
    assert prefix.returncode == 1 and "names 2 trainings" in prefix.stderr
    no_pdf = rapport("trainings", "report", "0", data_dir=folder)
    assert no_pdf.returncode == 2 and "--pdf" in no_pdf.stderr
    bad_dir = rapport(
        "trainings", "report", "0", "--pdf", str(tmp_path / "no" / "x.pdf"), data_dir=folder
    )
    assert bad_dir.returncode == 1


def test_report_follows_the_settings_language_or_language_option(
    data: tuple[Path, str], tmp_path: Path
) -> None:
    from rapport.domain.settings import Settings
    from rapport.store.settings import save_settings

    folder, second = data
    opened = open_workspace(folder)
    try:
        save_settings(opened.store, Settings(language="es"))
    finally:
        opened.close()
    spanish = tmp_path / "es.pdf"
    done = rapport("trainings", "report", second, "--pdf", str(spanish), data_dir=folder)
    assert done.returncode == 0, done.stderr
    text = pdf_text(spanish)
    assert "Cuándo" in text and "Dónde" in text and "Participantes" in text
    assert "martes, 9 de junio de 2026" in text  # dates in the Spanish locale
    assert "Where" not in text and "Trainer" not in text
    english = tmp_path / "en.pdf"
    done = rapport(
        "trainings", "report", second, "--pdf", str(english), "--language", "en", data_dir=folder
    )
    assert done.returncode == 0, done.stderr
    text = pdf_text(english)
    assert "3 evaluations, mean rating 4.00 out of 5" in text
    assert "Where" in text and "Cuándo" not in text
    wrong = rapport(
        "trainings", "report", second, "--pdf", str(english), "--language", "fr", data_dir=folder
    )
    assert wrong.returncode == 2 and "--language" in wrong.stderr


def test_report_refuses_a_file_name_of_another_kind(data: tuple[Path, str], tmp_path: Path) -> None:
    folder, second = data
    text_file = tmp_path / "report.txt"
    refused = rapport("trainings", "report", second, "--pdf", str(text_file), data_dir=folder)
    assert refused.returncode == 1
    assert "--pdf: the file name must end in .pdf, got 'report.txt'" in refused.stderr
    assert not text_file.exists()
    pdf, sheet = tmp_path / "report.pdf", tmp_path / "report.xlsx"
    refused = rapport(
        "trainings", "report", second, "--pdf", str(pdf), "--csv", str(sheet), data_dir=folder
    )
    assert refused.returncode == 1
    assert "--csv: the file name must end in .csv, got 'report.xlsx'" in refused.stderr
    assert not pdf.exists() and not sheet.exists()
    upper = tmp_path / "REPORT.PDF"
    done = rapport("trainings", "report", second, "--pdf", str(upper), data_dir=folder)
    assert done.returncode == 0, done.stderr
