"""The training report as a PDF: figures, the rating chart, every "I like" and "I wish",
what participants learned, the trend across trainings and the trainer's reflection.

Used by the Summary step and by `rapport trainings report`. Needs a QGuiApplication.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSize
from PySide6.QtGui import QColor, QImage

from rapport.domain.trainings import RATINGS, TrainingReport
from rapport.ui.charts import bar_chart_image
from rapport.ui.dates import LONG_DAY, SHORT_DAY, stored_day_text, stored_moment_text
from rapport.ui.pdf import escape, write_pdf

HIGHLIGHT = QColor("#c0392b")


class TrainingPdf:
    """The translation context of the report's texts (`TrainingPdf.tr("...")`, which
    lupdate finds)."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate("TrainingPdf", text, disambiguation or None, n)


def local_mean(mean: float | None) -> str:
    """A mean rating as the interface language writes numbers ("4.29", "4,29")."""
    return "–" if mean is None else QLocale().toString(mean, "f", 2)


def local_when(starts_at: str | None) -> str:
    """A stored UTC moment as local day and time, written out in full."""
    if not starts_at:
        return TrainingPdf.tr("no date set")
    return stored_moment_text(starts_at, LONG_DAY)


def short_day(starts_at: str | None) -> str:
    """The local day of a stored UTC moment, short ("5 Dec 2026")."""
    if not starts_at:
        return TrainingPdf.tr("no date")
    return stored_day_text(starts_at, SHORT_DAY)


CHART_SIZE = QSize(460, 210)


def rating_chart(report: TrainingReport, size: QSize = CHART_SIZE) -> QImage:
    s = report.summary
    return bar_chart_image(
        [str(r) for r in RATINGS],
        [float(n) for n in s.distribution],
        size,
        empty_text=TrainingPdf.tr("No evaluations yet"),
    )


def trend_chart(report: TrainingReport, size: QSize = CHART_SIZE) -> QImage:
    points = report.trend.rated
    labels = [short_day(p.starts_at) for p in points]
    current = next((i for i, p in enumerate(points) if p.training_id == report.training.id), None)
    return bar_chart_image(
        labels,
        [p.mean or 0.0 for p in points],
        size,
        maximum=5.0,
        captions=[local_mean(p.mean) for p in points],
        highlight=current,
        highlight_color=HIGHLIGHT,
        empty_text=TrainingPdf.tr("No rated trainings yet"),
    )


def _items(entries: tuple[str, ...], none: str) -> str:
    if not entries:
        return f"<p class='muted'>{escape(none)}</p>"
    return "<ul>" + "".join(f"<li>{escape(e)}</li>" for e in entries) + "</ul>"


def report_html(report: TrainingReport) -> str:
    t, s = report.training, report.summary
    parts = [f"<h1>{escape(t.title)}</h1>"]
    facts = [
        (TrainingPdf.tr("When"), local_when(t.starts_at)),
        (TrainingPdf.tr("Where"), t.place or "–"),
        (TrainingPdf.tr("Trainer"), t.trainer or "–"),
        (TrainingPdf.tr("Participants"), str(report.participants)),
    ]
    parts.append(
        "<table>"
        + "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts)
        + "</table>"
    )
    if t.goals:
        parts.append(
            "<h2>" + escape(TrainingPdf.tr("Goals")) + "</h2>" + _items(tuple(t.goals), "")
        )

    parts.append("<h2>" + escape(TrainingPdf.tr("Evaluations")) + "</h2>")
    if s.count:
        line = TrainingPdf.tr("%n evaluations, mean rating %1 out of 5", "", s.count).replace(
            "%1", local_mean(s.mean)
        )
    else:
        line = TrainingPdf.tr("No evaluations yet.")
    parts.append(f"<p><b>{escape(line)}</b></p>")
    parts.append("<p><img src='rating-chart' width='460' height='210'></p>")
    parts.append(
        "<table><tr><td><b>"
        + escape(TrainingPdf.tr("Rating"))
        + "</b></td>"
        + "".join(f"<td>{r}</td>" for r in RATINGS)
        + "</tr><tr><td><b>"
        + escape(TrainingPdf.tr("Evaluations"))
        + "</b></td>"
        + "".join(f"<td>{n}</td>" for n in s.distribution)
        + "</tr></table>"
    )
    parts.append(
        "<h2>"
        + escape(TrainingPdf.tr("I like"))
        + "</h2>"
        + _items(s.likes, TrainingPdf.tr("None written."))
    )
    parts.append(
        "<h2>"
        + escape(TrainingPdf.tr("I wish"))
        + "</h2>"
        + _items(s.wishes, TrainingPdf.tr("None written."))
    )
    parts.append(
        "<h2>"
        + escape(TrainingPdf.tr("What participants learned"))
        + "</h2>"
        + _items(s.learned, TrainingPdf.tr("None written."))
    )

    parts.append("<h2>" + escape(TrainingPdf.tr("Trend across trainings")) + "</h2>")
    if len(report.trend.rated) > 1:
        parts.append("<p><img src='trend-chart' width='460' height='210'></p>")
    rows = "".join(
        f"<tr><td>{escape(short_day(p.starts_at))}</td><td>{escape(p.title)}</td>"
        f"<td>{p.count}</td><td>{escape(local_mean(p.mean))}</td></tr>"
        for p in report.trend.points
    )
    parts.append(
        "<table><tr><td><b>"
        + escape(TrainingPdf.tr("Date"))
        + "</b></td><td><b>"
        + escape(TrainingPdf.tr("Training"))
        + "</b></td>"
        "<td><b>"
        + escape(TrainingPdf.tr("Evaluations"))
        + "</b></td><td><b>"
        + escape(TrainingPdf.tr("Mean"))
        + f"</b></td></tr>"
        f"{rows}</table>"
    )

    r = report.reflection
    if r is not None and any((r.did, r.worked, r.did_not_work, r.change_next)):
        parts.append("<h2>" + escape(TrainingPdf.tr("Trainer’s reflection")) + "</h2>")
        for label, text in (
            (TrainingPdf.tr("What I did"), r.did),
            (TrainingPdf.tr("What worked"), r.worked),
            (TrainingPdf.tr("What did not work"), r.did_not_work),
            (
                TrainingPdf.tr("What I will change next time"),
                r.change_next,
            ),
        ):
            if text.strip():
                parts.append(f"<p><b>{escape(label)}</b><br>{escape(text)}</p>")
    return "\n".join(parts)


def write_report_pdf(report: TrainingReport, path: Path) -> None:
    images = {"rating-chart": rating_chart(report), "trend-chart": trend_chart(report)}
    write_pdf(path, report_html(report), title=report.training.title, images=images)
