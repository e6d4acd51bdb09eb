"""The Try a 1:1 step: each participant's tried 1:1 (their own view of what went well
and what they would change, at most three tips, the next 1:1 scheduled)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rapport.domain.records import Meeting, Observation
from rapport.domain.trainings import MAX_TIPS
from rapport.ui.dates import stored_moment_text
from rapport.ui.trainings.widgets import Step, heading, hint, notes_box

if TYPE_CHECKING:
    from rapport.store.core import Store
    from rapport.store.trainings import TrainingFile

ID_ROLE = Qt.ItemDataRole.UserRole


def meeting_when(store: Store, meeting_id: str | None) -> str | None:
    meeting = store.get(Meeting, meeting_id) if meeting_id else None
    if meeting is None or not meeting.starts_at:
        return None
    return stored_moment_text(meeting.starts_at)


class TriedStep(Step):
    """Each participant holds a 1:1 with the trainer watching."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.current: Observation | None = None
        self.participant_id: str | None = None
        self.prompt = hint(self)
        self.people = QListWidget(self)
        self.people.setObjectName("triedParticipants")
        self.people.setMinimumWidth(180)
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.who = heading(self.form, 1.1)
        self.went_well = notes_box(self.form, 3)
        self.went_well.setObjectName("triedWentWell")
        self.change = notes_box(self.form, 3)
        self.change.setObjectName("triedChange")
        self.tips = [QLineEdit(self.form) for _ in range(MAX_TIPS)]
        for i, tip in enumerate(self.tips):
            tip.setObjectName(f"tip-{i}")
        self.next_label = QLabel(self.form)
        self.next_label.setObjectName("nextMeeting")
        self.schedule_button = QPushButton(self.form)
        self.schedule_button.setObjectName("scheduleNext")
        self.labels = [QLabel(self.form) for _ in range(4)]
        form.addRow(self.who)
        form.addRow(self.labels[0], self.went_well)
        form.addRow(self.labels[1], self.change)
        tips_box = QVBoxLayout()
        for tip in self.tips:
            tips_box.addWidget(tip)
        form.addRow(self.labels[2], tips_box)
        next_row = QVBoxLayout()  # the button under the words: both whole on a laptop
        next_row.addWidget(self.next_label)
        next_row.addWidget(self.schedule_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.labels[3], next_row)
        for label in self.labels:
            label.setWordWrap(True)
        splitter = QSplitter(self)
        splitter.addWidget(self.people)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 600])
        self.layout_.addWidget(self.prompt)
        self.layout_.addWidget(splitter, 1)
        self.people.currentItemChanged.connect(self._choose)
        for box in (self.went_well, self.change):
            box.textChanged.connect(self.schedule_save)
        for tip in self.tips:
            tip.textChanged.connect(self.schedule_save)
        self.schedule_button.clicked.connect(self.schedule_next)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Try a 1:1")

    def retranslate(self) -> None:
        self.prompt.setText(
            self.tr(
                "Each participant holds a 1:1 while you watch. Congratulate them, ask what "
                "they think went well and what they would do differently, then give at most "
                "three constructive tips and help them schedule their next 1:1."
            )
        )
        texts = (
            self.tr("What they think went well"),
            self.tr("What they would change"),
            self.tr("Your tips (at most 3)"),
            self.tr("Next 1:1"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for i, tip in enumerate(self.tips, 1):
            tip.setPlaceholderText(self.tr("Tip %1").replace("%1", str(i)))
        self.schedule_button.setText(self.tr("Schedule next 1:1…"))
        self._show_next()

    def show_file(self, file: TrainingFile) -> None:
        keep = self.participant_id
        self.people.blockSignals(True)
        self.people.clear()
        for person in file.participants:
            done = file.tried_by(person.id) is not None
            item = QListWidgetItem(("✓ " if done else "    ") + person.name, self.people)
            item.setData(ID_ROLE, person.id)
        self.people.blockSignals(False)
        self.form.setEnabled(bool(file.participants))
        row = next(
            (i for i, p in enumerate(file.participants) if p.id == keep),
            0 if file.participants else -1,
        )
        self.participant_id = None
        self.people.setCurrentRow(row)
        if row < 0:  # nobody to show: nothing of the training shown before stays
            with self.loading():
                self.went_well.clear()
                self.change.clear()
                for tip in self.tips:
                    tip.clear()
            self.current = None
            self._show_next()
            self.who.setText(self.tr("Add participants to the training first."))

    def _choose(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self.flush()
        if item is None or self.file is None:
            return
        self.participant_id = str(item.data(ID_ROLE))
        self.current = self.file.tried_by(self.participant_id)
        o = self.current or Observation(training_id=self.file.training.id, kind="tried")
        with self.loading():
            self.who.setText(self.file.name_of(self.participant_id))
            self.went_well.setPlainText(o.went_well)
            self.change.setPlainText(o.to_improve)
            for i, tip in enumerate(self.tips):
                tip.setText(o.tips[i] if i < len(o.tips) else "")
                tip.setCursorPosition(0)  # a long tip shows its start, not its end
            self._show_next()

    def _show_next(self) -> None:
        meeting_id = self.current.meeting_id if self.current else None
        when = meeting_when(self.store, meeting_id)
        self.next_label.setText(
            self.tr("Scheduled for %1").replace("%1", when) if when else self.tr("Not scheduled")
        )

    def _updated(self) -> Observation | None:
        if self.file is None or self.participant_id is None:
            return None
        base = self.current or Observation(
            training_id=self.file.training.id, kind="tried", participant_id=self.participant_id
        )
        return dataclasses.replace(
            base,
            went_well=self.went_well.toPlainText(),
            to_improve=self.change.toPlainText(),
            tips=[t.text().strip() for t in self.tips if t.text().strip()],
        )

    def save(self) -> bool:
        from rapport.store.trainings import save_observation

        updated = self._updated()
        if updated is None or updated == self.current:
            return False
        self.current = save_observation(self.store, updated)
        assert self.file is not None
        self.file.observations = [o for o in self.file.observations if o.id != self.current.id] + [
            self.current
        ]
        item = self.people.currentItem()
        if item is not None and not item.text().startswith("✓"):
            item.setText("✓ " + item.text().strip())
        return True

    def schedule_next(self) -> bool:
        """Open the scheduling dialog for the participant's next 1:1; True if scheduled."""
        from rapport.ui.calendar.schedule_dialog import ScheduleDialog

        if self.file is None or self.participant_id is None:
            return False
        contact_id = next(
            (
                p.participant.contact_id
                for p in self.file.participants
                if p.id == self.participant_id
            ),
            None,
        )
        current = self.current.meeting_id if self.current else None
        dialog = ScheduleDialog(
            self.store, self, contact_id=contact_id, kind="follow_up", meeting_id=current
        )
        accepted = bool(dialog.exec())
        meeting_id = dialog.meeting_id() if accepted else None
        dialog.deleteLater()
        if not meeting_id:
            return False
        updated = self._updated()
        assert updated is not None
        self._timer.stop()
        self.current = dataclasses.replace(updated, meeting_id=meeting_id)
        from rapport.store.trainings import save_observation

        self.current = save_observation(self.store, self.current)
        self.file.observations = [o for o in self.file.observations if o.id != self.current.id] + [
            self.current
        ]
        self._show_next()
        self.changed.emit()
        return True
