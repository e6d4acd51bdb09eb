"""`rapport present ID --pdf FILE [--size WxH]` through the real command line."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from rapport.domain.records import Contact, Evaluation, Participant, Training
from rapport.workspace import open_workspace
from tests.e2e.cli import rapport
from tests.gui.helpers import pdf_text


@pytest.fixture
def data(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "data"
    opened = open_workspace(folder)
    try:
        training = Training(
            title="Summer 1:1s",
            starts_at="2026-06-09T23:00:00Z",
            place="Union Hall",
            trainer="Rosa Martínez",
            goals=["Hold a first 1:1", "Make a clear ask"],
            status="done",
        )
        other = Training(title="Spring 1:1s", starts_at="2026-03-10T23:00:00Z")
        ana = Contact(
            first_name="Ana",
            last_name="Quintanilla",
            phones=["(312) 555-0147"],
            emails=["ana.q@example.org"],
            address="1407 West Cermak Road",
            notes="Worried about her landlord raising the rent again",
        )
        beto = Contact(first_name="Beto", last_name="Sandoval", emails=["beto@example.net"])
        records = [training, other, ana, beto]
        for contact in (ana, beto):
            records.append(Participant(training_id=training.id, contact_id=contact.id))
        for rating in (4, 5, 5):
            records.append(
                Evaluation(
                    training_id=training.id,
                    learned="x",
                    rating=rating,
                    likes=["l"],
                    wishes=["w"],
                    anonymous=True,
                )
            )
        for record in records:
            opened.store.save(record)
    finally:
        opened.close()
    # The shortest prefix that names only this training (UUIDv7 ids share their start).
    n = next(i for i, (a, b) in enumerate(zip(training.id, other.id, strict=True)) if a != b)
    return folder, training.id[: n + 1]


def _plain(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_present_writes_the_slides_as_pdf(data: tuple[Path, str], tmp_path: Path) -> None:
    folder, training_id = data
    out = tmp_path / "slides.pdf"
    done = rapport("present", training_id, "--pdf", str(out), data_dir=folder)
    assert done.returncode == 0, done.stderr
    assert "Summer 1:1s: 12 slides (1920x1080)" in done.stdout
    text = _plain(pdf_text(out))
    for title in ("Summer 1:1s", "Welcome", "Today's goals", "Soft ask or hard ask?"):
        assert title in text
    assert "Hold a first 1:1" in text
    assert "Ana" in text and "Beto" in text
    assert "3 evaluations · average rating 4.7 out of 5" in text
    for private in ("Quintanilla", "Sandoval", "555", "0147", "example.org", "example.net"):
        assert private not in text
    assert "Cermak" not in text and "landlord" not in text
    pages = PdfReader(out).pages
    assert len(pages) == 12
    box = pages[0].mediabox
    assert abs(float(box.width) / float(box.height) - 16 / 9) < 0.01


def test_size_and_language(data: tuple[Path, str], tmp_path: Path) -> None:
    folder, training_id = data
    out = tmp_path / "diapositivas.pdf"
    done = rapport(
        "present",
        training_id,
        "--pdf",
        str(out),
        "--size",
        "1024x768",
        "--language",
        "es",
        data_dir=folder,
    )
    assert done.returncode == 0, done.stderr
    text = _plain(pdf_text(out))
    assert "Bienvenidos" in text and "¿Petición suave o petición firme?" in text
    box = PdfReader(out).pages[0].mediabox
    assert abs(float(box.width) / float(box.height) - 4 / 3) < 0.01


def test_clear_errors(data: tuple[Path, str], tmp_path: Path) -> None:
    folder, training_id = data
    out = tmp_path / "x.pdf"
    unknown = rapport("present", "zzz", "--pdf", str(out), data_dir=folder)
    assert unknown.returncode == 1 and "no training" in unknown.stderr
    ambiguous = rapport("present", "0", "--pdf", str(out), data_dir=folder)
    assert ambiguous.returncode == 1 and "give more characters" in ambiguous.stderr
    size = rapport("present", training_id, "--pdf", str(out), "--size", "huge", data_dir=folder)
    assert size.returncode == 1 and "--size" in size.stderr
    missing = tmp_path / "nowhere" / "x.pdf"
    folder_gone = rapport("present", training_id, "--pdf", str(missing), data_dir=folder)
    assert folder_gone.returncode == 1 and "does not exist" in folder_gone.stderr
    assert not out.exists()
