"""The wizard pages for the agenda's own steps: `AgendaStepPage` (prompts, checklist,
notes) and `AskPage` (the same, with the ask and its coach)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWizardPage,
)

from rapport.domain.agenda import AgendaStep
from rapport.ui.meetings.coach_panel import AskCoachPanel

if TYPE_CHECKING:
    from rapport.ui.meetings.wizard import OneOnOneWizard


class StepPage(QWizardPage):
    """What every page of the 1:1 wizard shares: its key, its wizard, a line for what
    keeps it from going on, and loading from the wizard's state."""

    key = ""

    def __init__(self, owner: OneOnOneWizard) -> None:
        super().__init__()
        self.owner = owner
        self.loading = False
        self.problem = QLabel(self)
        self.problem.setObjectName("stepProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b03a2e; font-weight: bold;")
        self.problem.hide()
        # Set once, before the wizard is shown: a subtitle added later changes the
        # header's height, and with it the window's minimum size.
        self.setSubTitle(owner.context_line())

    @property
    def state(self) -> dict[str, Any]:
        return self.owner.state

    def initializePage(self) -> None:
        self.load()

    def cleanupPage(self) -> None:
        """Going back keeps what was written (the default would clear fields)."""

    def load(self) -> None:
        self.loading = True
        try:
            self.load_widgets()
        finally:
            self.loading = False

    def load_widgets(self) -> None:
        raise NotImplementedError

    def edited(self) -> None:
        """A widget changed: copy the page into the state, and save a draft soon."""
        if self.loading:
            return
        self.store_widgets()
        self.show_problems([])
        self.owner.changed()

    def store_widgets(self) -> None:
        raise NotImplementedError

    def show_problems(self, problems: list[str]) -> bool:
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        return not problems

    def retranslate(self) -> None:
        """Set the page's own texts (called at creation and on a language change)."""


class AgendaStepPage(StepPage):
    def __init__(self, owner: OneOnOneWizard, step: AgendaStep) -> None:
        super().__init__(owner)
        self.step = step
        self.key = step.key
        self.setObjectName(f"step_{step.key}")
        self.setTitle(step.title)
        self.prompts = QLabel(self)
        self.prompts.setObjectName("stepPrompts")
        self.prompts.setWordWrap(True)
        self.prompts.setTextFormat(Qt.TextFormat.RichText)
        self.prompts.setText(
            "<ul style='margin-left:-20px'>"
            + "".join(f"<li style='margin-bottom:4px'>{_escape(p)}</li>" for p in step.prompts)
            + "</ul>"
        )
        self.checklist_box = QGroupBox(self)
        self.checks: dict[str, QCheckBox] = {}
        box_layout = QVBoxLayout(self.checklist_box)
        for item in step.checklist:
            check = QCheckBox(item.text, self.checklist_box)
            check.setObjectName(f"check_{item.key}")
            check.toggled.connect(self.edited)
            self.checks[item.key] = check
            box_layout.addWidget(check)
        self.checklist_box.setVisible(bool(step.checklist))
        self.notes_label = QLabel(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("stepNotes")
        self.notes.setTabChangesFocus(True)
        self.notes_label.setBuddy(self.notes)
        self.notes.textChanged.connect(self.edited)
        self.build_extra()
        self.layout_page()
        self.retranslate()

    def build_extra(self) -> None:
        """Make the widgets a kind of step adds (none for a plain step)."""

    def layout_page(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompts)
        layout.addWidget(self.checklist_box)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.problem)

    def retranslate(self) -> None:
        self.checklist_box.setTitle(self.tr("Checklist"))
        self.notes_label.setText(self.tr("&Notes: what you heard and said"))
        self.notes.setPlaceholderText(self.tr("Write as you go; every word is kept."))

    def _note(self) -> dict[str, Any]:
        notes = self.state["notes"]
        found = notes.get(self.key)
        if isinstance(found, dict):
            return found
        fresh: dict[str, Any] = {"text": "", "checked": []}
        notes[self.key] = fresh
        return fresh

    def load_widgets(self) -> None:
        note = self._note()
        if self.notes.toPlainText() != note.get("text", ""):
            self.notes.setPlainText(str(note.get("text", "")))
        checked = set(note.get("checked", []))
        for key, check in self.checks.items():
            check.setChecked(key in checked)

    def store_widgets(self) -> None:
        note = self._note()
        note["text"] = self.notes.toPlainText()
        note["checked"] = [k for k, c in self.checks.items() if c.isChecked()]


class AskPage(AgendaStepPage):
    """The ask: written out in full, rated by the coach as it is typed."""

    def build_extra(self) -> None:
        self.ask_label = QLabel(self)
        self.ask = QPlainTextEdit(self)
        self.ask.setObjectName("askText")
        self.ask.setTabChangesFocus(True)
        self.coach = AskCoachPanel(self)
        self.ask_label.setBuddy(self.ask)
        self.ask.textChanged.connect(self._ask_changed)

    def layout_page(self) -> None:
        self.ask.setMinimumHeight(90)
        self.ask.setMaximumHeight(160)
        self.coach.setMinimumWidth(340)
        left = QVBoxLayout()
        left.addWidget(self.prompts)
        left.addWidget(self.ask_label)
        left.addWidget(self.ask, 1)
        left.addWidget(self.checklist_box)
        left.addWidget(self.notes_label)
        left.addWidget(self.notes, 1)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addWidget(self.coach, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.problem)

    def retranslate(self) -> None:
        super().retranslate()
        self.ask_label.setText(self.tr("The &ask, in the words you will use"))
        self.ask.setPlaceholderText(
            self.tr("For example: Can I count on you to … on Thursday at 6 pm at …?")
        )
        self.notes_label.setText(self.tr("&Notes"))
        self.coach.retranslate()

    def _ask_changed(self) -> None:
        self.coach.update_for(self.ask.toPlainText())
        self.edited()

    def load_widgets(self) -> None:
        super().load_widgets()
        if self.ask.toPlainText() != self.state["ask"]:
            self.ask.setPlainText(self.state["ask"])
        self.coach.update_for(self.state["ask"])

    def store_widgets(self) -> None:
        super().store_widgets()
        self.state["ask"] = self.ask.toPlainText()

    def validatePage(self) -> bool:
        if not self.ask.toPlainText().strip():
            return self.show_problems(
                [self.tr("Write down the ask you made (or will make) before going on.")]
            )
        return True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
