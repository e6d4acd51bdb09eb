"""A training's CSV: the summary figures, then one row per evaluation, read back."""

from __future__ import annotations

import csv
from pathlib import Path

from rapport.domain.records import Evaluation, Training
from rapport.domain.trainings import (
    EvaluationEntry,
    TrainingReport,
    TrainingTrend,
    summarize,
)
from rapport.interop.training_csv import read_training_csv, write_training_csv


def report() -> TrainingReport:
    t = Training(
        title="1:1s, José's group", starts_at="2026-05-12T23:30:00Z", place="Hall", trainer="Rosa"
    )
    evs = [
        Evaluation(
            training_id=t.id,
            participant_id="p1",
            learned="Ask, then wait",
            rating=5,
            likes=["I like the live demo", 'I like, "really", the coffee'],
            wishes=["I wish for more time"],
        ),
        Evaluation(
            training_id=t.id,
            learned="Slow down",
            rating=2,
            likes=["I like the pairs"],
            wishes=["I wish; a handout"],
            anonymous=True,
        ),
    ]
    return TrainingReport(
        training=t,
        participants=3,
        summary=summarize(evs),
        entries=(EvaluationEntry(evs[0], "Ana Núñez"), EvaluationEntry(evs[1], "")),
        trend=TrainingTrend(),
        reflection=None,
        readiness={},
    )


def test_csv_round_trip_keeps_the_figures_and_every_comment(tmp_path: Path) -> None:
    path = tmp_path / "training.csv"
    assert write_training_csv(report(), path) == 2
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets see UTF-8
    summary, rows = read_training_csv(path)
    assert summary["training"] == "1:1s, José's group"
    assert summary["evaluations"] == "2"
    assert summary["mean_rating"] == "3.50"
    assert [summary[f"rating_{r}"] for r in range(1, 6)] == ["0", "1", "0", "0", "1"]
    assert summary["participants"] == "3"
    assert rows[0]["participant"] == "Ana Núñez" and rows[0]["rating"] == "5"
    assert rows[0]["i_like"].split("\n") == ["I like the live demo", 'I like, "really", the coffee']
    assert rows[1] == {
        "participant": "",
        "anonymous": "yes",
        "rating": "2",
        "learned": "Slow down",
        "i_like": "I like the pairs",
        "i_wish": "I wish; a handout",
    }


def test_a_plain_csv_reader_sees_a_blank_line_between_the_parts(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    write_training_csv(report(), path)
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    blank = rows.index([])
    assert rows[blank + 1] == ["participant", "anonymous", "rating", "learned", "i_like", "i_wish"]
    assert len(rows) == blank + 4
