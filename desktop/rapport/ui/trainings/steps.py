"""The note-taking steps of a training: plan and prepare, check-in, the observed 1:1,
and the trainer's reflection. Each saves as the trainer types."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QWidget,
)

from rapport.domain.records import Observation, Reflection
from rapport.ui.trainings.widgets import Step, heading, hint, notes_box

if TYPE_CHECKING:
    from rapport.store.core import Store
    from rapport.store.trainings import TrainingFile


def _numbered(items: list[str]) -> str:
    return "\n".join(f"{i}. {text}" for i, text in enumerate(items, 1))


class PlanStep(Step):
    """Goals, agenda and participants, and the preparation checklist to tick off."""

    edit_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.goals_title = heading(self)
        self.goals = QLabel(self)
        self.agenda_title = heading(self)
        self.agenda = QLabel(self)
        for label in (self.goals, self.agenda):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checklist_title = heading(self)
        self.checklist = QListWidget(self)
        self.checklist.setObjectName("preparationChecklist")
        self.people_title = heading(self)
        self.people = QLabel(self)
        self.people.setWordWrap(True)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editTraining")
        self.edit_button.clicked.connect(self.edit_requested)
        top = QHBoxLayout()
        top.addWidget(self.goals_title, 1)
        top.addWidget(self.edit_button)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.goals)
        self.layout_.addWidget(self.agenda_title)
        self.layout_.addWidget(self.agenda)
        self.layout_.addWidget(self.checklist_title)
        self.layout_.addWidget(self.checklist, 1)
        self.layout_.addWidget(self.people_title)
        self.layout_.addWidget(self.people)
        self.checklist.itemChanged.connect(lambda _item: self.schedule_save())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Plan and prepare")

    def retranslate(self) -> None:
        self.goals_title.setText(self.tr("Goals"))
        self.agenda_title.setText(self.tr("Agenda"))
        self.checklist_title.setText(self.tr("Preparation checklist"))
        self.people_title.setText(self.tr("Participants"))
        self.edit_button.setText(self.tr("Edit plan and participants…"))
        if self.file is not None:
            self.load(self.file)

    def show_file(self, file: TrainingFile) -> None:
        t = file.training
        self.goals.setText(_numbered(t.goals) or self.tr("No goals written yet."))
        self.agenda.setText(_numbered(t.agenda) or self.tr("No agenda yet."))
        self.checklist.clear()
        for item_text in t.preparation:
            item = QListWidgetItem(item_text, self.checklist)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            done = item_text in t.preparation_done
            item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        names = [row.name for row in file.participants]
        self.people.setText(", ".join(names) or self.tr("Nobody yet: add participants."))

    def done_items(self) -> list[str]:
        return [
            self.checklist.item(i).text()
            for i in range(self.checklist.count())
            if self.checklist.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> bool:
        from rapport.store.trainings import update_training

        assert self.file is not None
        done = self.done_items()
        if done == self.file.training.preparation_done:
            return False
        self.file.training = update_training(
            self.store, self.file.training.id, preparation_done=done
        )
        return True


class CheckinStep(Step):
    """How everyone is, the goals and agenda, questions about the material."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.prompt = hint(self)
        self.reference = QLabel(self)
        self.reference.setWordWrap(True)
        self.notes_title = heading(self, 1.0)
        self.notes = notes_box(self, 10)
        self.notes.setObjectName("checkinNotes")
        self.layout_.addWidget(self.prompt)
        self.layout_.addWidget(self.reference)
        self.layout_.addWidget(self.notes_title)
        self.layout_.addWidget(self.notes, 1)
        self.notes.textChanged.connect(self.schedule_save)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Check-in")

    def retranslate(self) -> None:
        self.prompt.setText(
            self.tr(
                "Ask how everyone is doing, go over the goals and the agenda, and ask for "
                "questions about the guide or the videos they reviewed."
            )
        )
        self.notes_title.setText(self.tr("Check-in notes"))
        self.notes.setPlaceholderText(self.tr("Who came, how they are, what they asked…"))

    def show_file(self, file: TrainingFile) -> None:
        t = file.training
        goals = "; ".join(t.goals)
        self.reference.setText(
            self.tr("Goals: %1").replace("%1", goals or "–")
            + "\n"
            + self.tr("Agenda: %1").replace("%1", " → ".join(t.agenda) or "–")
        )
        self.notes.setPlainText(t.checkin_notes)

    def save(self) -> bool:
        from rapport.store.trainings import update_training

        assert self.file is not None
        text = self.notes.toPlainText()
        t = self.file.training
        if text == t.checkin_notes:
            return False
        status = "running" if t.status == "planned" and text.strip() else t.status
        self.file.training = update_training(self.store, t.id, checkin_notes=text, status=status)
        return True


READINESS_CHOICES = ("", "ready", "observe_more")


class ObservedStep(Step):
    """The 1:1 the trainer holds while participants watch, and each one's readiness."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.observation: Observation | None = None
        self.prompt = hint(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.about = QLineEdit(self)
        self.about.setObjectName("observedAbout")
        self.went_well = notes_box(self, 3)
        self.went_well.setObjectName("observedWentWell")
        self.to_improve = notes_box(self, 3)
        self.to_improve.setObjectName("observedToImprove")
        self.noticed = notes_box(self, 3)
        self.noticed.setObjectName("observedNoticed")
        self.questions = notes_box(self, 3)
        self.questions.setObjectName("observedQuestions")
        self.labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(
            self.labels,
            (self.about, self.went_well, self.to_improve, self.noticed, self.questions),
            strict=True,
        ):
            label.setWordWrap(True)
            form.addRow(label, field)
        self.ready_title = heading(self, 1.0)
        self.ready_grid = QGridLayout()
        self.ready_grid.setColumnStretch(1, 1)
        ready_box = QWidget(self)
        ready_box.setLayout(self.ready_grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(ready_box)
        scroll.setMinimumHeight(120)
        self.readiness: dict[str, QComboBox] = {}
        self.layout_.addWidget(self.prompt)
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.ready_title)
        self.layout_.addWidget(scroll, 1)
        for box in (self.went_well, self.to_improve, self.noticed, self.questions):
            box.textChanged.connect(self.schedule_save)
        self.about.textChanged.connect(self.schedule_save)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Observe a 1:1")

    def readiness_labels(self) -> tuple[str, str, str]:
        return ("–", self.tr("Ready to try"), self.tr("Wants to observe more"))

    def retranslate(self) -> None:
        self.prompt.setText(
            self.tr(
                "Hold a real 1:1 while participants watch. Afterwards say what went well and "
                "what did not, ask what they noticed and what questions they have, and ask "
                "each one whether they feel ready to try or want to observe more."
            )
        )
        for label, text in zip(
            self.labels,
            (
                self.tr("About this 1:1"),
                self.tr("What went well"),
                self.tr("What did not go well"),
                self.tr("What participants noticed"),
                self.tr("Their questions"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.about.setPlaceholderText(self.tr("Who you met and why"))
        self.ready_title.setText(self.tr("Readiness"))
        for combo in self.readiness.values():
            for i, text in enumerate(self.readiness_labels()):
                combo.setItemText(i, text)

    def show_file(self, file: TrainingFile) -> None:
        found = file.observations_of("observed")
        self.observation = found[0] if found else None
        o = self.observation or Observation(training_id=file.training.id)
        self.about.setText(o.scenario)
        self.went_well.setPlainText(o.went_well)
        self.to_improve.setPlainText(o.to_improve)
        self.noticed.setPlainText(o.noticed)
        self.questions.setPlainText(o.questions)
        while self.ready_grid.count():
            item = self.ready_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.readiness = {}
        for row, person in enumerate(file.participants):
            name = QLabel(person.name)
            combo = QComboBox()
            combo.setObjectName(f"readiness-{row}")
            combo.addItems(list(self.readiness_labels()))
            combo.setCurrentIndex(READINESS_CHOICES.index(person.participant.readiness or ""))
            combo.currentIndexChanged.connect(
                lambda index, pid=person.id: self.set_readiness(pid, READINESS_CHOICES[index])
            )
            self.ready_grid.addWidget(name, row, 0)
            self.ready_grid.addWidget(combo, row, 1)
            self.readiness[person.id] = combo

    def set_readiness(self, participant_id: str, readiness: str) -> None:
        from rapport.store.trainings import set_readiness

        if self._loading:
            return
        set_readiness(self.store, participant_id, readiness)
        self.changed.emit()

    def save(self) -> bool:
        from rapport.store.trainings import save_observation

        assert self.file is not None
        base = self.observation or Observation(training_id=self.file.training.id, kind="observed")
        updated = dataclasses.replace(
            base,
            scenario=self.about.text().strip(),
            went_well=self.went_well.toPlainText(),
            to_improve=self.to_improve.toPlainText(),
            noticed=self.noticed.toPlainText(),
            questions=self.questions.toPlainText(),
        )
        if updated == self.observation:
            return False
        self.observation = save_observation(self.store, updated)
        return True


class ReflectionStep(Step):
    """What I did, what worked, what did not, what I will change next time."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.reflection: Reflection | None = None
        self.prompt = hint(self)
        self.layout_.addWidget(self.prompt)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.boxes = {name: notes_box(self, 4) for name in REFLECTION_FIELDS}
        self.labels = {name: QLabel(self) for name in REFLECTION_FIELDS}
        for name, box in self.boxes.items():
            box.setObjectName(f"reflection-{name}")
            self.labels[name].setWordWrap(True)
            form.addRow(self.labels[name], box)
            box.textChanged.connect(self.schedule_save)
        self.layout_.addLayout(form, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Reflection")

    def retranslate(self) -> None:
        self.prompt.setText(
            self.tr("A few lines for yourself, while the training is fresh in your mind.")
        )
        texts = (
            self.tr("What I did"),
            self.tr("What worked"),
            self.tr("What did not work"),
            self.tr("What I will change next time"),
        )
        for name, text in zip(REFLECTION_FIELDS, texts, strict=True):
            self.labels[name].setText(text)

    def show_file(self, file: TrainingFile) -> None:
        self.reflection = file.reflection
        r = file.reflection or Reflection(training_id=file.training.id)
        for name, box in self.boxes.items():
            box.setPlainText(getattr(r, name))

    def save(self) -> bool:
        from rapport.store.trainings import save_reflection

        assert self.file is not None
        base = self.reflection or Reflection(training_id=self.file.training.id)
        values = {name: box.toPlainText() for name, box in self.boxes.items()}
        updated = dataclasses.replace(base, **values)
        if updated == self.reflection:
            return False
        self.reflection = save_reflection(self.store, updated)
        self.file.reflection = self.reflection
        return True


REFLECTION_FIELDS = ("did", "worked", "did_not_work", "change_next")
