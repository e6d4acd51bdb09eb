"""Exporting 1:1s to an iCalendar file (.ics) from the window: all of them, a range of
days, or one meeting."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rapport.ui.dates import DAY

if TYPE_CHECKING:
    from rapport.domain.records import Meeting
    from rapport.store.core import Store


def export_meetings(store: Store, path: Path, meetings: list[Meeting]) -> int:
    """Write `meetings` to `path`; how many were written."""
    from rapport.interop.ical import Summary, write_ics
    from rapport.store.meetings import contact_names, last_changed, load_meeting_types
    from rapport.store.settings import load_settings
    from rapport.ui.calendar.labels import Meetings, type_labels

    names = contact_names(store, [m.contact_id for m in meetings])
    labels = type_labels(load_meeting_types(store))
    modified = last_changed(store, [m.id for m in meetings])
    organizer = load_settings(store).organizer_name
    summary = Summary(Meetings.tr("1:1 with {name} ({kind})"), Meetings.tr("1:1 ({kind})"))
    return write_ics(path, meetings, names, labels, modified, organizer=organizer, summary=summary)


def export_or_explain(
    parent: QWidget | None, store: Store, path: Path, meetings: list[Meeting]
) -> int | None:
    """Write `meetings` to `path`; how many, or None (after saying why) when the file
    cannot be written: a folder that is read-only, missing or full."""
    from PySide6.QtWidgets import QMessageBox

    from rapport.ui.calendar.labels import Meetings

    try:
        return export_meetings(store, path, meetings)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        text = Meetings.tr("The calendar file {file} could not be written: {reason}")
        QMessageBox.warning(
            parent,
            Meetings.tr("Export failed"),
            text.replace("{file}", str(path)).replace("{reason}", reason),
        )
        return None


class ExportDialog(QDialog):
    """Choose all meetings or a range of days, then a file."""

    def __init__(self, store: Store, tz: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("icsExportDialog")
        self.setWindowTitle(self.tr("Export 1:1s to a calendar file"))
        self.store, self.tz = store, tz
        self.resize(460, 260)
        self.everything = QRadioButton(self.tr("All 1:1s"))
        self.everything.setObjectName("exportAll")
        self.range = QRadioButton(self.tr("1:1s between these days"))
        self.range.setObjectName("exportRange")
        self.range.setChecked(True)
        today = date.today()
        self.first = QDateEdit(QDate(today.year, today.month, today.day))
        self.first.setObjectName("exportFrom")
        self.first.setCalendarPopup(True)
        self.first.setDisplayFormat(DAY)
        later = today + timedelta(days=30)
        self.last = QDateEdit(QDate(later.year, later.month, later.day))
        self.last.setObjectName("exportTo")
        self.last.setCalendarPopup(True)
        self.last.setDisplayFormat(DAY)
        note = QLabel(
            self.tr(
                "The file holds each 1:1's time, place, purpose and the person's name; "
                "no phone numbers, emails or notes. Importing a newer file into the same "
                "calendar updates the events instead of doubling them."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.everything)
        layout.addWidget(self.range)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.range.toggled.connect(self.first.setEnabled)
        self.range.toggled.connect(self.last.setEnabled)
        self.written = 0

    def chosen(self) -> list[Meeting]:
        from rapport.domain.scheduling import day_bounds
        from rapport.store.meetings import list_meetings

        if self.everything.isChecked():
            return list_meetings(self.store)
        a, b = self.first.date(), self.last.date()
        first = date(a.year(), a.month(), a.day())
        last = date(b.year(), b.month(), b.day())
        start, end = day_bounds(min(first, last), max(first, last), self.tz)
        return list_meetings(self.store, start, end)

    def export_to(self, path: Path) -> int:
        self.written = export_meetings(self.store, path, self.chosen())
        return self.written

    def accept(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), "rapport-1-1s.ics", self.tr("Calendar files (*.ics)")
        )
        if not path:
            return
        written = export_or_explain(self, self.store, Path(path), self.chosen())
        if written is None:
            return  # the dialog stays open, to choose another place
        self.written = written
        super().accept()
