"""The Summary step: the figures, the rating chart, every "I like" and "I wish", the
trend across trainings, and export to PDF and CSV."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QWidget,
)

from rapport.domain.trainings import RATINGS
from rapport.ui.charts import BarChart
from rapport.ui.trainings.report import HIGHLIGHT, local_mean, short_day
from rapport.ui.trainings.widgets import Step, heading

if TYPE_CHECKING:
    from rapport.domain.trainings import TrainingReport
    from rapport.store.core import Store
    from rapport.store.trainings import TrainingFile


def _file_stem(title: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return "-".join(keep.split())[:60] or "training"


class SummaryStep(Step):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.report: TrainingReport | None = None
        self.folder = Path.home()
        self.figures = heading(self, 1.15)
        self.figures.setObjectName("summaryFigures")
        self.figures.setWordWrap(True)  # a long one wraps on a small screen, never cut
        self.readiness = QLabel(self)
        self.readiness.setWordWrap(True)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("exportPdf")
        self.csv_button = QPushButton(self)
        self.csv_button.setObjectName("exportCsv")
        self.notice = QLabel(self)
        self.notice.setObjectName("exportNotice")
        self.notice.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.figures, 1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.csv_button)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.readiness)
        self.layout_.addWidget(self.notice)

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        self.chart_title = heading(self, 1.0)
        self.chart = BarChart(self)
        self.chart.setObjectName("ratingChart")
        self.trend_title = heading(self, 1.0)
        self.trend = BarChart(self)
        self.trend.setObjectName("trendChart")
        self.likes_title = heading(self, 1.0)
        self.likes = QListWidget(self)
        self.likes.setObjectName("summaryLikes")
        self.wishes_title = heading(self, 1.0)
        self.wishes = QListWidget(self)
        self.wishes.setObjectName("summaryWishes")
        for lst in (self.likes, self.wishes):
            lst.setWordWrap(True)
            lst.setAlternatingRowColors(True)
        grid.addWidget(self.chart_title, 0, 0)
        grid.addWidget(self.trend_title, 0, 1)
        grid.addWidget(self.chart, 1, 0)
        grid.addWidget(self.trend, 1, 1)
        grid.addWidget(self.likes_title, 2, 0)
        grid.addWidget(self.wishes_title, 2, 1)
        grid.addWidget(self.likes, 3, 0)
        grid.addWidget(self.wishes, 3, 1)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.layout_.addLayout(grid, 1)
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.csv_button.clicked.connect(self.ask_csv)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Summary")

    def retranslate(self) -> None:
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.chart_title.setText(self.tr("Ratings"))
        self.trend_title.setText(self.tr("Mean rating across trainings"))
        self.likes_title.setText(self.tr("I like"))
        self.wishes_title.setText(self.tr("I wish"))
        if self.file is not None:
            self.load(self.file)

    def show_file(self, file: TrainingFile) -> None:
        from rapport.store.trainings import training_report

        self.report = training_report(self.store, file.training.id)
        if self.report is None:
            return
        r, s = self.report, self.report.summary
        if s.count:
            self.figures.setText(
                self.tr("%1 evaluations · mean rating %2 out of 5")
                .replace("%1", str(s.count))
                .replace("%2", local_mean(s.mean))
            )
        else:
            self.figures.setText(self.tr("No evaluations yet"))
        self.readiness.setText(
            self.tr("%1 participants: %2 ready to try, %3 want to observe more.")
            .replace("%1", str(r.participants))
            .replace("%2", str(r.readiness.get("ready", 0)))
            .replace("%3", str(r.readiness.get("observe_more", 0)))
        )
        self.chart.set_data(
            [str(n) for n in RATINGS],
            [float(n) for n in s.distribution],
            empty_text=self.tr("No evaluations yet"),
        )
        points = r.trend.rated
        current = next((i for i, p in enumerate(points) if p.training_id == r.training.id), None)
        self.trend.set_data(
            [short_day(p.starts_at) for p in points],
            [p.mean or 0.0 for p in points],
            maximum=5.0,
            captions=[local_mean(p.mean) for p in points],
            highlight=current,
            highlight_color=HIGHLIGHT,
            empty_text=self.tr("No rated trainings yet"),
        )
        self.trend.setToolTip("\n".join(f"{short_day(p.starts_at)}: {p.title}" for p in points))
        self.likes.clear()
        self.likes.addItems(list(s.likes))
        self.wishes.clear()
        self.wishes.addItems(list(s.wishes))
        self.pdf_button.setEnabled(True)
        self.csv_button.setEnabled(True)

    def ask_pdf(self) -> None:
        path = self._ask_path(self.tr("Export the summary as PDF"), ".pdf", self.tr("PDF (*.pdf)"))
        if path is not None:
            self.export_pdf(path)

    def ask_csv(self) -> None:
        path = self._ask_path(self.tr("Export evaluations as CSV"), ".csv", self.tr("CSV (*.csv)"))
        if path is not None:
            self.export_csv(path)

    def _ask_path(self, caption: str, suffix: str, kind: str) -> Path | None:
        if self.report is None:
            return None
        start = self.folder / (_file_stem(self.report.training.title) + suffix)
        chosen, _ = QFileDialog.getSaveFileName(self, caption, str(start), kind)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.folder = path.parent
        return path

    def export_pdf(self, path: Path) -> bool:
        from rapport.ui.trainings.report import write_report_pdf

        return self._export(path, write_report_pdf)

    def export_csv(self, path: Path) -> bool:
        from rapport.interop.training_csv import write_training_csv

        return self._export(path, write_training_csv)

    def _export(self, path: Path, write: Callable[[TrainingReport, Path], object]) -> bool:
        """Write the report with `write`, and say where it went (or why it could not)."""
        if self.report is None:
            return False
        try:
            write(self.report, path)
        except OSError as exc:
            self.notice.setText(
                self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", str(exc))
            )
            return False
        self.notice.setText(self.tr("Saved %1").replace("%1", str(path)))
        return True
