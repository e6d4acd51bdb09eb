"""`SelfCheckPage`: the end of the wizard: a short summary, the five traits of a good
1:1, and two things that went well and two to do better."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rapport.domain.traits import REFLECTIONS, TRAITS, reflection_problems, suggested_traits
from rapport.ui.meetings.labels import trait_labels
from rapport.ui.meetings.step_pages import StepPage

if TYPE_CHECKING:
    from rapport.ui.meetings.wizard import OneOnOneWizard


class SelfCheckPage(StepPage):
    key = "self_check"

    def __init__(self, owner: OneOnOneWizard) -> None:
        super().__init__(owner)
        self.setObjectName("step_self_check")
        self.summary_label = QLabel(self)
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(80)
        self.summary_label.setBuddy(self.summary)
        self.summary.textChanged.connect(self.edited)

        self.traits_box = QGroupBox(self)
        self.traits: dict[str, QCheckBox] = {}
        self.trait_notes: dict[str, QLabel] = {}
        grid = QGridLayout(self.traits_box)
        for i, key in enumerate(TRAITS):
            check = QCheckBox(self.traits_box)
            check.setObjectName(f"trait_{key}")
            check.toggled.connect(self._trait_toggled)
            note = QLabel(self.traits_box)
            note.setStyleSheet("color: palette(dark);")
            self.traits[key], self.trait_notes[key] = check, note
            grid.addWidget(check, i, 0)
            grid.addWidget(note, i, 1)
        grid.setColumnStretch(1, 1)

        self.well_box = QGroupBox(self)
        self.better_box = QGroupBox(self)
        self.went_well = [QLineEdit(self.well_box) for _ in range(REFLECTIONS)]
        self.do_better = [QLineEdit(self.better_box) for _ in range(REFLECTIONS)]
        for box, edits, name in (
            (self.well_box, self.went_well, "wentWell"),
            (self.better_box, self.do_better, "doBetter"),
        ):
            box_layout = QVBoxLayout(box)
            for i, edit in enumerate(edits, 1):
                edit.setObjectName(f"{name}{i}")
                edit.textChanged.connect(self.edited)
                box_layout.addWidget(edit)

        # The questions scroll when a small screen cannot hold them with the problems
        # shown, rather than being squeezed on top of each other.
        questions = QWidget(self)
        layout = QVBoxLayout(questions)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.traits_box)
        layout.addWidget(self.well_box)
        layout.addWidget(self.better_box)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(questions)
        page = QVBoxLayout(self)
        page.addWidget(scroll, 1)
        page.addWidget(self.problem)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Self-check"))
        self.summary_label.setText(self.tr("&Summary: what you learned about them, in a few lines"))
        self.traits_box.setTitle(self.tr("Which traits of a good 1:1 did this one have?"))
        for key, (name, note) in trait_labels().items():
            self.traits[key].setText(name)
            self.trait_notes[key].setText(note)
        self.well_box.setTitle(self.tr("Two things that went well"))
        self.better_box.setTitle(self.tr("Two things to do better next time"))
        for i, edit in enumerate(self.went_well, 1):
            edit.setPlaceholderText(self.tr("Went well {n}").replace("{n}", str(i)))
        for i, edit in enumerate(self.do_better, 1):
            edit.setPlaceholderText(self.tr("To do better {n}").replace("{n}", str(i)))

    def initializePage(self) -> None:
        s = self.state
        if not s["traits_touched"]:
            # Tick what the record already shows; the organizer confirms or changes it.
            notes = s["notes"]
            purpose = notes.get("purpose", {}) if isinstance(notes, dict) else {}
            s["traits_met"] = suggested_traits(
                scheduled=not s["new_meeting"],
                purpose_noted=bool(str(purpose.get("text", "")).strip() or purpose.get("checked")),
                follow_up_set=bool(s["next_meeting_id"])
                or any(c.get("follow_up_on") for c in s["commitments"] if isinstance(c, dict)),
            )
        super().initializePage()

    def _trait_toggled(self) -> None:
        if not self.loading:
            self.state["traits_touched"] = True
        self.edited()

    def load_widgets(self) -> None:
        s = self.state
        if self.summary.toPlainText() != s["summary"]:
            self.summary.setPlainText(s["summary"])
        met = set(s["traits_met"])
        for key, check in self.traits.items():
            check.setChecked(key in met)
        for edits, values in ((self.went_well, s["went_well"]), (self.do_better, s["do_better"])):
            for edit, value in zip(edits, [*values, *[""] * REFLECTIONS], strict=False):
                edit.setText(str(value))

    def store_widgets(self) -> None:
        s = self.state
        s["summary"] = self.summary.toPlainText()
        s["traits_met"] = [k for k, c in self.traits.items() if c.isChecked()]
        s["went_well"] = [e.text() for e in self.went_well]
        s["do_better"] = [e.text() for e in self.do_better]

    def validatePage(self) -> bool:
        self.store_widgets()
        missing = reflection_problems(self.state["went_well"], self.state["do_better"])
        problems = []
        if "went_well" in missing:
            problems.append(self.tr("Write two things that went well."))
        if "do_better" in missing:
            problems.append(self.tr("Write two things to do better next time."))
        return self.show_problems(problems)
