"""`MeetingDialog`: one 1:1 opened from the calendar or Today: its details and history,
and what to do with it: start the 1:1, edit or reschedule, record the confirmation
call, mark it held, no-show or cancelled, export it to a phone calendar, delete it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapport.domain import scheduling as rules
from rapport.ui.dates import moment_text, time_text

if TYPE_CHECKING:
    from rapport.store.core import Store


class MeetingDialog(QDialog):
    changed = Signal()

    def __init__(self, store: Store, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDialog")
        self.store = store
        self.meeting_id = meeting_id
        self.resize(580, 420)
        self.form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key in (
            "who",
            "kind",
            "when",
            "length",
            "place",
            "purpose",
            "status",
            "call",
            "history",
        ):
            label = QLabel()
            label.setObjectName(f"meeting_{key}")
            label.setWordWrap(True)
            self.fields[key] = label
        rows = (
            ("who", self.tr("With")),
            ("kind", self.tr("Type")),
            ("when", self.tr("When")),
            ("length", self.tr("Length")),
            ("place", self.tr("Place")),
            ("purpose", self.tr("Purpose")),
            ("status", self.tr("Status")),
            ("call", self.tr("Confirmation call")),
            ("history", self.tr("History")),
        )
        for key, text in rows:
            self.form.addRow(text, self.fields[key])
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        actions = (
            ("start", self.tr("Start 1:1"), self._start),
            ("edit", self.tr("Edit or reschedule…"), self._edit),
            ("reached", self.tr("Confirmed by phone"), lambda: self._call("reached")),
            ("no_answer", self.tr("Couldn't reach"), lambda: self._call("no_answer")),
            ("held", self.tr("Mark held"), lambda: self._status("held")),
            ("no_show", self.tr("No-show"), lambda: self._status("no_show")),
            ("cancelled", self.tr("Cancel meeting"), lambda: self._status("cancelled")),
            ("scheduled", self.tr("Put back on the calendar"), lambda: self._status("scheduled")),
            ("export", self.tr("Export to calendar (.ics)…"), self._export),
            ("delete", self.tr("Delete"), self._delete),
        )
        for key, text, slot in actions:
            button = QPushButton(text)
            button.setObjectName(f"meeting_{key}_button")
            button.clicked.connect(slot)
            self.buttons[key] = button
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        self.grid = grid
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addLayout(grid)
        self.refresh()

    def refresh(self) -> None:
        from rapport.store.meetings import contact_name, get_meeting, history, load_meeting_types
        from rapport.store.one_on_ones import draft_key, load_draft
        from rapport.ui.calendar.labels import (
            call_labels,
            status_labels,
            system_time_zone,
            type_label,
        )

        meeting = get_meeting(self.store, self.meeting_id)
        if meeting is None or not meeting.starts_at:
            self.fields["who"].setText(self.tr("This meeting was deleted."))
            self._lay_out_buttons({key: False for key in self.buttons})
            return
        name = contact_name(self.store, meeting.contact_id) or self.tr("(no name)")
        self.setWindowTitle(self.tr("1:1 with {name}").format(name=name))
        here = system_time_zone()
        local = rules.local_time(meeting.starts_at, meeting.time_zone)
        end = rules.local_time(
            rules.ends_at(meeting.starts_at, meeting.duration_min), meeting.time_zone
        )
        when = f"{moment_text(local)} – {time_text(end)} ({meeting.time_zone})"
        if meeting.time_zone != here:
            mine = rules.local_time(meeting.starts_at, here)
            when += "\n" + self.tr("{time} here ({zone})").format(time=moment_text(mine), zone=here)
        statuses = status_labels()
        f = self.fields
        f["who"].setText(name)
        f["kind"].setText(type_label(load_meeting_types(self.store), meeting.kind))
        f["when"].setText(when)
        f["length"].setText(self.tr("%n minutes", "", meeting.duration_min))
        f["place"].setText(meeting.location)
        f["purpose"].setText(meeting.purpose or "—")
        f["status"].setText(statuses.get(meeting.status, meeting.status))
        call = call_labels().get(meeting.confirm_call, meeting.confirm_call)
        if not meeting.confirm_call and meeting.status == "confirmed":
            call = statuses["confirmed"]  # confirmed some other way, as Today lists it
        elif not meeting.confirm_call and meeting.status not in rules.UPCOMING:
            call = "—"  # no call to make any more
        if meeting.confirm_called_at:
            called = rules.local_time(meeting.confirm_called_at, here)
            call += " " + self.tr("(called {when})").format(when=moment_text(called))
        f["call"].setText(call)
        chain = history(self.store, meeting.id)
        lines = []
        for m in chain:
            if m.starts_at:
                at = rules.local_time(m.starts_at, m.time_zone)
                mark = "▶ " if m.id == meeting.id else ""
                lines.append(f"{mark}{moment_text(at)} — {statuses.get(m.status, m.status)}")
        f["history"].setText("\n".join(lines) if len(lines) > 1 else "—")
        upcoming = meeting.status in rules.UPCOMING
        wanted = {key: True for key in self.buttons}
        for key in ("held", "no_show", "cancelled", "scheduled"):
            wanted[key] = rules.can_move(meeting.status, key) and key != meeting.status
        wanted["reached"] = meeting.status == "scheduled"  # not again once confirmed
        wanted["no_answer"] = upcoming
        wanted["edit"] = meeting.status != "rescheduled"
        wanted["start"] = meeting.status in (*rules.UPCOMING, "held")
        if meeting.status == "held":
            start = self.tr("Open the 1:1")
        elif load_draft(self.store, draft_key(meeting.id)) is not None:
            start = self.tr("Resume 1:1")  # as Today and the 1:1s screen say
        else:
            start = self.tr("Start 1:1")
        self.buttons["start"].setText(start)
        self._lay_out_buttons(wanted)

    def _lay_out_buttons(self, wanted: dict[str, bool]) -> None:
        """The buttons that apply, three a row, with no holes where others are hidden."""
        for b in [*self.buttons.values(), self.close_button]:
            self.grid.removeWidget(b)
        shown = [self.buttons[k] for k, on in wanted.items() if on] + [self.close_button]
        for n, b in enumerate(shown):
            self.grid.addWidget(b, n // 3, n % 3)
        for key, button in self.buttons.items():
            button.setVisible(wanted[key])

    def _done(self) -> None:
        self.refresh()
        self.changed.emit()

    def _start(self) -> None:
        from rapport.ui.meetings.launch import start_one_on_one

        start_one_on_one(self, self.store, self.meeting_id)
        self._done()

    def _edit(self) -> None:
        from rapport.ui.calendar.schedule_dialog import ScheduleDialog

        dialog = ScheduleDialog(self.store, self, meeting_id=self.meeting_id)
        if dialog.exec():
            self.meeting_id = dialog.meeting_id() or self.meeting_id
            self._done()

    def _call(self, outcome: str) -> None:
        from datetime import datetime

        from rapport.store.meetings import record_call

        record_call(
            self.store, self.meeting_id, outcome, rules.moment_text(datetime.now().astimezone())
        )
        self._done()

    def _status(self, status: str) -> None:
        from rapport.store.meetings import set_status

        try:
            set_status(self.store, self.meeting_id, status)
        except rules.SchedulingError as exc:
            from rapport.ui.calendar.labels import problems_text

            QMessageBox.warning(self, self.windowTitle(), problems_text(exc.problems))
        self._done()

    def _export(self) -> None:
        from pathlib import Path

        from rapport.store.meetings import get_meeting
        from rapport.ui.calendar.export import export_or_explain

        meeting = get_meeting(self.store, self.meeting_id)
        if meeting is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the 1:1"), "rapport-1-1.ics", self.tr("Calendar files (*.ics)")
        )
        if path:
            export_or_explain(self, self.store, Path(path), [meeting])

    def _delete(self) -> None:
        from rapport.store.meetings import delete_meeting

        answer = QMessageBox.question(
            self, self.windowTitle(), self.tr("Delete this 1:1? (Undo is not available.)")
        )
        if answer == QMessageBox.StandardButton.Yes:
            delete_meeting(self.store, self.meeting_id)
            self.changed.emit()
            self.accept()
