"""`ScheduleDialog`: schedule a 1:1 (or edit one): who, what type, when, how long, where
and why. A meeting without a person, a time and a place is not saved; a length outside
20-90 minutes and a clash with another meeting are warned about, not refused.

    dialog = ScheduleDialog(store, parent, contact_id=..., kind=..., starts_at=...)
    if dialog.exec():
        meeting_id = dialog.meeting_id()
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rapport.domain import scheduling as rules
from rapport.domain.records import Meeting
from rapport.ui.dates import editor_format, time_text

if TYPE_CHECKING:
    from rapport.store.core import Store

SEARCH_DELAY_MS = 150
MATCHES = 30


class ScheduleDialog(QDialog):
    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        contact_id: str | None = None,
        kind: str | None = None,
        starts_at: str | None = None,
        meeting_id: str | None = None,
        block_id: str | None = None,
        duration_min: int | None = None,
        location: str | None = None,
    ) -> None:
        super().__init__(parent)
        from rapport.store.meetings import get_meeting, load_meeting_types, recent_locations
        from rapport.ui.calendar.labels import status_labels, system_time_zone, type_labels

        self.setObjectName("scheduleDialog")
        self.store = store
        self._saved_id = ""
        found = get_meeting(store, meeting_id) if meeting_id else None
        self.is_new = found is None
        self.original = found
        self.meeting = (
            dataclasses.replace(found) if found else Meeting(time_zone=system_time_zone())
        )
        m = self.meeting
        if self.is_new:
            m.contact_id = contact_id
            m.block_id = block_id
            if location:
                m.location = location
        self.types = load_meeting_types(store)
        self.lengths = {t.key: t.duration_min for t in self.types}
        if self.is_new:
            m.kind = kind if kind in self.lengths else self.types[0].key
            m.duration_min = duration_min or rules.default_length(m.kind, self.lengths)
        self.length_touched = not self.is_new or duration_min is not None
        self.setWindowTitle(self.tr("Schedule a 1:1") if self.is_new else self.tr("Edit 1:1"))
        self.resize(600, 560)

        self.search = QLineEdit()
        self.search.setObjectName("contactSearch")
        self.search.setPlaceholderText(self.tr("Type a name, phone or email"))
        self.search.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setObjectName("contactMatches")
        self.matches.setFixedHeight(self.matches.fontMetrics().lineSpacing() * 5 + 12)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        labels = type_labels(self.types)
        for t in self.types:
            self.kind.addItem(labels[t.key], t.key)
        if self.kind.findData(m.kind) < 0:  # a type no longer on the list
            self.kind.addItem(labels.get(m.kind, m.kind.replace("_", " ")), m.kind)
        self.kind.setCurrentIndex(self.kind.findData(m.kind))
        self.start = QDateTimeEdit()
        self.start.setObjectName("start")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(editor_format())
        self.zone = QComboBox()
        self.zone.setObjectName("timeZone")
        self.zone.setEditable(True)
        self.zone.addItems(rules.known_time_zones())
        self.zone.setCurrentText(m.time_zone)
        zone_completer = self.zone.completer()
        if zone_completer is not None:
            zone_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.length = QSpinBox()
        self.length.setObjectName("length")
        self.length.setRange(5, rules.MAX_LENGTH_MIN)
        self.length.setSingleStep(5)
        self.length.setSuffix(self.tr(" min"))
        self.length.setValue(m.duration_min)
        self.location = QLineEdit(m.location)
        self.location.setObjectName("location")
        self.location.setPlaceholderText(self.tr("Where you will meet (required)"))
        completer = QCompleter(recent_locations(store), self.location)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.location.setCompleter(completer)
        self.purpose = QPlainTextEdit(m.purpose)
        self.purpose.setObjectName("purpose")
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(self.purpose.fontMetrics().lineSpacing() * 4 + 14)
        self.purpose.setPlaceholderText(self.tr("What you hope to learn or ask"))
        self.status = QComboBox()
        self.status.setObjectName("status")
        names = status_labels()
        allowed = [m.status, *sorted(rules.TRANSITIONS.get(m.status, ()), key=rules.STATUSES.index)]
        for status in allowed:
            if status != "rescheduled":  # rescheduling makes a new meeting: see below
                self.status.addItem(names[status], status)
        self.status.setCurrentIndex(max(0, self.status.findData(m.status)))
        self.keep_history = QCheckBox(self.tr("Keep the old time in the history (reschedule)"))
        self.keep_history.setObjectName("keepHistory")
        self.keep_history.setChecked(True)
        self.keep_history.hide()
        self.warnings = QLabel()
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5a00;")
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a33;")
        self.problems.hide()

        form = QFormLayout()
        form.addRow(self.tr("With"), self.search)
        form.addRow("", self.matches)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Starts"), self.start)
        form.addRow(self.tr("Time zone"), self.zone)
        form.addRow(self.tr("Length"), self.length)
        form.addRow(self.tr("Place"), self.location)
        form.addRow(self.tr("Purpose"), self.purpose)
        if not self.is_new:
            form.addRow(self.tr("Status"), self.status)
            form.addRow("", self.keep_history)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warnings)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self._set_start(starts_at if self.is_new else m.starts_at)
        self._fill_contact()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._find_contacts)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.matches.currentItemChanged.connect(lambda *_: self._check())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.length.valueChanged.connect(self._length_edited)
        for signal in (self.start.dateTimeChanged, self.zone.currentTextChanged):
            signal.connect(lambda *_: self._check())
        self.location.textChanged.connect(lambda _t: self.problems.hide())
        self._check()
        (self.search if not m.contact_id else self.location).setFocus()

    # --- filling in -------------------------------------------------------------------

    def _set_start(self, starts_at: str | None) -> None:
        tz = self.zone.currentText()
        if starts_at:
            local = rules.local_time(starts_at, tz).replace(tzinfo=None)
        else:  # the next full hour
            now = datetime.now(rules.zone(tz)).replace(tzinfo=None, minute=0, second=0)
            local = now.replace(microsecond=0) + timedelta(hours=1)
        self.start.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )

    def _fill_contact(self) -> None:
        from rapport.store.meetings import contact_name

        contact_id = self.meeting.contact_id
        if contact_id:
            name = contact_name(self.store, contact_id) or self.tr("(no name)")
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, contact_id)
            self.matches.addItem(item)
            self.matches.setCurrentItem(item)
            self.search.setText(name)

    def _find_contacts(self) -> None:
        from rapport.store.contacts import first_screen

        query = self.search.text().strip()
        self.matches.clear()
        if not query:
            return
        _count, rows = first_screen(self.store, query, limit=MATCHES)
        for row in rows:
            details = " · ".join(p for p in (row.phone, row.turf) if p)
            text = row.name or self.tr("(no name)")
            if row.do_not_contact:
                text += "  " + self.tr("(do not contact)")
            item = QListWidgetItem(f"{text}   {details}" if details else text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def _kind_changed(self) -> None:
        if not self.length_touched:
            self.length.blockSignals(True)
            self.length.setValue(rules.default_length(self.kind.currentData(), self.lengths))
            self.length.blockSignals(False)
        self._check()

    def _length_edited(self) -> None:
        self.length_touched = True
        self._check()

    # --- reading back -----------------------------------------------------------------

    def chosen_contact(self) -> str | None:
        item = self.matches.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def local_start(self) -> datetime:
        value = self.start.dateTime()
        return datetime.combine(value.date().toPython(), value.time().toPython())  # type: ignore[arg-type]

    def collected(self) -> Meeting:
        tz = self.zone.currentText().strip()
        m = dataclasses.replace(self.meeting)
        m.contact_id = self.chosen_contact()
        m.kind = self.kind.currentData()
        m.time_zone = tz
        m.starts_at = rules.to_utc(self.local_start(), tz) if rules.is_time_zone(tz) else None
        m.duration_min = self.length.value()
        m.location = self.location.text().strip()
        m.purpose = self.purpose.toPlainText().strip()
        if not self.is_new:
            m.status = self.status.currentData()
        return m

    def _moved(self, m: Meeting) -> bool:
        return (
            self.original is not None
            and self.original.starts_at != m.starts_at
            and self.original.status in rules.UPCOMING
            and m.status in rules.UPCOMING
        )

    def _check(self) -> None:
        from rapport.store.meetings import clashes

        m = self.collected()
        notes = []
        warning = rules.length_warning(m.duration_min)
        if warning:
            notes.append(
                self.tr("%n minutes is outside the usual 20-90 for a 1:1.", "", m.duration_min)
            )
        tz = self.zone.currentText().strip()
        if rules.is_time_zone(tz) and rules.local_problem(self.local_start(), tz):
            notes.append(self.tr("That time is skipped or repeated by a clock change."))
        if m.starts_at and m.status in rules.ACTIVE:
            for other in clashes(self.store, m)[:3]:
                at = time_text(rules.local_time(other.starts_at, tz))
                notes.append(
                    self.tr("Overlaps with {name} at {time}.").format(
                        name=other.contact_name or self.tr("(no name)"), time=at
                    )
                )
        self.warnings.setText("\n".join(notes))
        self.warnings.setVisible(bool(notes))
        self.keep_history.setVisible(self._moved(m))

    def accept(self) -> None:
        from rapport.domain.scheduling import SchedulingError
        from rapport.store.meetings import reschedule, save_meeting

        m = self.collected()
        problems = []
        if not m.contact_id:
            problems.append(self.tr("Choose who the 1:1 is with."))
        if not rules.is_time_zone(m.time_zone):
            problems.append(self.tr("Choose a time zone from the list."))
        if not m.location:
            problems.append(
                self.tr("Say where you will meet: a 1:1 without a time and a place is not set.")
            )
        if not problems:
            try:
                if self._moved(m) and self.keep_history.isChecked():
                    assert self.original is not None and m.starts_at is not None
                    unchanged = dataclasses.replace(m, starts_at=self.original.starts_at)
                    save_meeting(self.store, unchanged)
                    self._saved_id = reschedule(
                        self.store, m.id, m.starts_at, duration_min=m.duration_min
                    )
                else:
                    self._saved_id = save_meeting(self.store, m)
            except SchedulingError as exc:
                from rapport.ui.calendar.labels import problem_text

                problems.extend(problem_text(p) for p in exc.problems)
        if problems:
            self.problems.setText("\n".join(problems))
            self.problems.show()
            return
        super().accept()

    def meeting_id(self) -> str:
        """The saved meeting's id (after accept; empty before)."""
        return self._saved_id
