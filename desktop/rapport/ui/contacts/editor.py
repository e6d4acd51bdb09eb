"""`ContactEditor`: a dialog with every field of one contact, its duplicates warning and
its history (1:1s and commitments). Saving goes through `save_contact`."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from rapport.domain.records import Contact
    from rapport.store.core import Store
    from rapport.ui.contacts.undo import Snapshot

DUPLICATE_CHECK_MS = 250


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class ContactEditor(QDialog):
    """Edit `contact` (or a new one when None); `saved(id)` after a save."""

    saved = Signal(str)

    def __init__(self, store: Store, contact_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from rapport.domain.records import Contact
        from rapport.store.contact_edits import get_contact
        from rapport.store.contacts import load_ladder
        from rapport.ui.contacts.stages import stage_labels

        self.setObjectName("contactEditor")
        self.store = store
        self.tags: list[str] = []
        # (before, after) of the last save: before is None for a new contact.
        self.last_save: tuple[Snapshot | None, Snapshot] | None = None
        found = get_contact(store, contact_id) if contact_id else None
        if found is not None:
            self.contact, self.tags = found
            self.is_new = False
        else:
            self.contact = Contact()
            self.is_new = True
        self.setWindowTitle(self.tr("New contact") if self.is_new else self.contact.display_name)
        self.setMinimumSize(620, 560)

        self.tabs = QTabWidget(self)
        details = QWidget()
        form = QFormLayout(details)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.pronouns = QLineEdit()
        self.preferred_language = QLineEdit()
        self.phones = QPlainTextEdit()
        self.phones.setObjectName("phones")
        self.emails = QPlainTextEdit()
        self.emails.setObjectName("emails")
        for box in (self.phones, self.emails):
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 14)
        self.duplicates = QLabel()
        self.duplicates.setObjectName("duplicateWarning")
        self.duplicates.setWordWrap(True)
        self.duplicates.setStyleSheet("color: #a33;")
        self.duplicates.hide()
        self.address = QLineEdit()
        self.turf = QLineEdit()
        self.how_met = QLineEdit()
        self.stage = QComboBox()
        self.stage.setObjectName("stage")
        for key, label in stage_labels(load_ladder(store)).items():
            self.stage.addItem(label, key)
        self.tag_edit = QLineEdit()
        self.tag_edit.setObjectName("tags")
        self.tag_edit.setPlaceholderText(self.tr("e.g. tenants, volunteer"))
        self.do_not_contact = QCheckBox(self.tr("Do not contact this person"))
        self.follow_up = QSpinBox()
        self.follow_up.setRange(0, 3650)
        self.follow_up.setSpecialValueText(self.tr("None"))
        self.follow_up.setSuffix(self.tr(" days"))
        rows: list[tuple[str, QWidget]] = [
            (self.tr("First name"), self.first_name),
            (self.tr("Last name"), self.last_name),
            (self.tr("Pronouns"), self.pronouns),
            (self.tr("Preferred language"), self.preferred_language),
            (self.tr("Phones (one a line)"), self.phones),
            (self.tr("Emails (one a line)"), self.emails),
            ("", self.duplicates),
            (self.tr("Address"), self.address),
            (self.tr("Turf"), self.turf),
            (self.tr("How we met"), self.how_met),
            (self.tr("Stage"), self.stage),
            (self.tr("Tags (comma-separated)"), self.tag_edit),
            (self.tr("Follow up every"), self.follow_up),
            ("", self.do_not_contact),
        ]
        for label, widget in rows:
            form.addRow(label, widget)
        self.tabs.addTab(details, self.tr("Details"))

        story = QWidget()
        story_form = QFormLayout(story)
        self.story = QPlainTextEdit()
        self.issues = QPlainTextEdit()
        self.shared_vision = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        self.private_notes = QPlainTextEdit()
        self.private_notes.setObjectName("privateNotes")
        private_hint = QLabel(
            self.tr("Private notes never leave this laptop: not in sync, not in exports.")
        )
        private_hint.setWordWrap(True)
        for label, widget in (
            (self.tr("Story"), self.story),
            (self.tr("Issues"), self.issues),
            (self.tr("Shared vision"), self.shared_vision),
            (self.tr("Notes"), self.notes),
            (self.tr("Private notes"), self.private_notes),
        ):
            widget.setTabChangesFocus(True)
            story_form.addRow(label, widget)
        story_form.addRow("", private_hint)
        self.tabs.addTab(story, self.tr("Story and notes"))

        self.history = QTreeWidget()
        self.history.setObjectName("history")
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Status")])
        history_header = self.history.header()  # what it was takes the width the others leave
        history_header.setStretchLastSection(False)
        history_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.history, self.tr("History"))

        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a33;")
        self.problems.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        self._fill()
        self._load_history()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DUPLICATE_CHECK_MS)
        self._timer.timeout.connect(self.check_duplicates)
        self.phones.textChanged.connect(self._timer.start)
        self.emails.textChanged.connect(self._timer.start)
        self.first_name.setFocus()

    def _fill(self) -> None:
        c = self.contact
        self.first_name.setText(c.first_name)
        self.last_name.setText(c.last_name)
        self.pronouns.setText(c.pronouns)
        self.preferred_language.setText(c.preferred_language)
        self.phones.setPlainText("\n".join(c.phones))
        self.emails.setPlainText("\n".join(c.emails))
        self.address.setText(c.address)
        self.turf.setText(c.turf)
        self.how_met.setText(c.how_met)
        at = self.stage.findData(c.stage)
        if at < 0:
            self.stage.addItem(c.stage, c.stage)
            at = self.stage.count() - 1
        self.stage.setCurrentIndex(at)
        self.tag_edit.setText(", ".join(self.tags))
        self.do_not_contact.setChecked(c.do_not_contact)
        self.follow_up.setValue(c.follow_up_days or 0)
        self.story.setPlainText(c.story)
        self.issues.setPlainText(c.issues)
        self.shared_vision.setPlainText(c.shared_vision)
        self.notes.setPlainText(c.notes)
        self.private_notes.setPlainText(c.private_notes)

    def _load_history(self) -> None:
        if self.is_new:
            return
        from rapport.store.contact_edits import contact_history
        from rapport.store.meetings import load_meeting_types
        from rapport.ui.calendar.labels import status_labels, type_labels
        from rapport.ui.dates import stored_day_text, stored_moment_text
        from rapport.ui.meetings.labels import commitment_status_labels

        meetings, commitments = contact_history(self.store, self.contact.id)
        kinds = type_labels(load_meeting_types(self.store))
        statuses, promised = status_labels(), commitment_status_labels()
        # One timeline, the latest first: (stored moment or day, cells, the whole "what").
        entries: list[tuple[str, list[str], str]] = []
        for meeting in meetings:
            about = meeting.purpose or kinds.get(meeting.kind, meeting.kind)
            cells = [
                stored_moment_text(meeting.starts_at),
                self.tr("1:1: %1").replace("%1", about),
                statuses.get(meeting.status, meeting.status),
            ]
            entries.append((meeting.starts_at or "", cells, about))
        for commitment in commitments:
            if commitment.due_at:
                when = stored_moment_text(commitment.due_at)
            else:
                when = stored_day_text(commitment.follow_up_on)
            cells = [
                when,
                self.tr("Commitment: %1").replace("%1", commitment.what),
                promised.get(commitment.status, commitment.status),
            ]
            moment = commitment.due_at or commitment.follow_up_on or ""
            entries.append((moment, cells, commitment.what))
        for _moment, cells, about in sorted(entries, key=lambda e: e[0], reverse=True):
            QTreeWidgetItem(self.history, cells).setToolTip(1, about)
        for column in (0, 2):
            self.history.resizeColumnToContents(column)
            self.history.setColumnWidth(column, self.history.columnWidth(column) + 12)

    def edited(self) -> tuple[Contact, list[str]]:
        """The contact as the form has it, and its tags."""
        contact = dataclasses.replace(
            self.contact,
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            pronouns=self.pronouns.text().strip(),
            preferred_language=self.preferred_language.text().strip(),
            phones=_lines(self.phones.toPlainText()),
            emails=_lines(self.emails.toPlainText()),
            address=self.address.text().strip(),
            turf=self.turf.text().strip(),
            how_met=self.how_met.text().strip(),
            stage=str(self.stage.currentData() or self.contact.stage),
            do_not_contact=self.do_not_contact.isChecked(),
            follow_up_days=self.follow_up.value() or None,
            story=self.story.toPlainText(),
            issues=self.issues.toPlainText(),
            shared_vision=self.shared_vision.toPlainText(),
            notes=self.notes.toPlainText(),
            private_notes=self.private_notes.toPlainText(),
        )
        tags = [t.strip() for t in self.tag_edit.text().split(",") if t.strip()]
        return contact, tags

    def check_duplicates(self) -> None:
        """Warn when a phone or email is another contact's too."""
        from rapport.store.duplicates import match_duplicates

        found = match_duplicates(
            self.store,
            _lines(self.phones.toPlainText()),
            _lines(self.emails.toPlainText()),
            exclude_id=self.contact.id,
        )
        if not found:
            self.duplicates.hide()
            self.duplicates.clear()
            return
        lines = []
        for match in found[:5]:
            why = ", ".join(m.value for m in match.matches)
            lines.append(
                self.tr("%1 has %2 too.")
                .replace("%1", match.contact.name or self.tr("(no name)"))
                .replace("%2", why)
            )
        self.duplicates.setText(self.tr("Possible duplicate:") + " " + " ".join(lines))
        self.duplicates.show()

    def save(self) -> None:
        from rapport.store.contact_edits import contact_problems, get_contact, save_contact

        contact, tags = self.edited()
        problems = contact_problems(contact)
        if problems:
            self.problems.setText(self.tr("Cannot save:") + " " + "; ".join(problems))
            self.problems.show()
            return
        before = get_contact(self.store, contact.id)
        save_contact(self.store, contact, tags)
        self.contact = contact
        self.last_save = (before, (contact, tags))
        self.saved.emit(contact.id)
        self.accept()
