"""A training's evaluations and summary as CSV, for a spreadsheet.

The file has two parts separated by a blank line: first the summary as label/value
pairs (training, date, place, trainer, participants, evaluations, mean rating, how many
gave each rating), then one row per evaluation (participant, anonymous, rating, what
they learned, their "I like"s and "I wish"es, one per line inside the cell). Anonymous
evaluations name nobody. UTF-8 with a byte-order mark so spreadsheets read accents;
the file appears only once complete.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from rapport.domain.files import atomic_writer
from rapport.domain.trainings import RATINGS, TrainingReport, format_mean

EVALUATION_COLUMNS = ("participant", "anonymous", "rating", "learned", "i_like", "i_wish")


def summary_rows(report: TrainingReport) -> list[list[str]]:
    t, s = report.training, report.summary
    rows = [
        ["training", t.title],
        ["date", t.starts_at or ""],
        ["place", t.place],
        ["trainer", t.trainer],
        ["participants", str(report.participants)],
        ["evaluations", str(s.count)],
        ["mean_rating", "" if s.mean is None else format_mean(s.mean)],
    ]
    rows += [[f"rating_{r}", str(s.distribution[r - 1])] for r in RATINGS]
    return rows


def evaluation_rows(report: TrainingReport) -> list[list[str]]:
    rows = []
    for entry in report.entries:
        ev = entry.evaluation
        rows.append(
            [
                "" if ev.anonymous else entry.name,
                "yes" if ev.anonymous else "no",
                str(ev.rating),
                ev.learned,
                "\n".join(ev.likes),
                "\n".join(ev.wishes),
            ]
        )
    return rows


def training_csv(report: TrainingReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows(summary_rows(report))
    writer.writerow([])
    writer.writerow(EVALUATION_COLUMNS)
    writer.writerows(evaluation_rows(report))
    return out.getvalue()


def write_training_csv(report: TrainingReport, path: Path) -> int:
    """Write the CSV; returns how many evaluations it holds."""
    with atomic_writer(Path(path)) as binary:
        binary.write(training_csv(report).encode("utf-8-sig"))
    return len(report.entries)


def read_training_csv(path: Path) -> tuple[dict[str, str], list[dict[str, str]]]:
    """The summary (label → value) and the evaluation rows of a file written above."""
    with Path(path).open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    blank = rows.index([])
    summary = {row[0]: row[1] for row in rows[:blank]}
    header = rows[blank + 1]
    return summary, [dict(zip(header, row, strict=True)) for row in rows[blank + 2 :]]
