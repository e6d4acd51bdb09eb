"""`TrainingWorkspace`: one training, run step by step.

A header (back to the list, title, date, place, trainer, status) over the steps on
the left (with "Export handout PDF…" under them: the slides with the room's answers,
for one screen or none) and the current step on the right: plan and prepare, check-in, observe a
1:1, try a 1:1, role-play, evaluations, reflection, summary. Moving to another step
saves what is pending and shows the step with fresh data.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rapport.domain.trainings import STATUSES
from rapport.ui.trainings.report import local_when
from rapport.ui.trainings.widgets import Step, heading

if TYPE_CHECKING:
    from rapport.domain.trainings import TrainingTemplate
    from rapport.store.core import Store
    from rapport.store.trainings import TrainingFile
    from rapport.ui.trainings.editor import TrainingEditor

STEP_KEYS = (
    "plan",
    "checkin",
    "observed",
    "tried",
    "roleplay",
    "evaluations",
    "reflection",
    "summary",
)


class TrainingWorkspace(QWidget):
    back = Signal()
    changed = Signal()  # something was written (the list's counts may differ)

    def __init__(self, store: Store, template: TrainingTemplate, parent: QWidget | None = None):
        super().__init__(parent)
        from rapport.ui.trainings.evaluations import EvaluationsStep
        from rapport.ui.trainings.practice import TriedStep
        from rapport.ui.trainings.roleplay import RoleplayStep
        from rapport.ui.trainings.steps import CheckinStep, ObservedStep, PlanStep, ReflectionStep
        from rapport.ui.trainings.summary import SummaryStep

        self.setObjectName("trainingWorkspace")
        self.store = store
        self.template = template
        self.file: TrainingFile | None = None
        self.editor: TrainingEditor | None = None
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backToTrainings")
        self.title = heading(self, 1.3)
        self.title.setObjectName("trainingHeading")
        self.title.setWordWrap(True)  # a long title wraps on a small screen, never cut
        self.meta = QLabel(self)
        self.meta.setObjectName("trainingMeta")
        self.meta.setWordWrap(True)
        self.status = QComboBox(self)
        self.status.setObjectName("trainingStatus")
        self.status.addItems(["", "", ""])
        self.handout_button = QPushButton(self)
        self.handout_button.setObjectName("exportHandout")
        self.handout_notice = QLabel(self)
        self.handout_notice.setObjectName("handoutNotice")
        self.handout_notice.setWordWrap(True)
        self.handout_notice.setFixedWidth(190)
        self.handout_notice.hide()
        self.handout_folder = Path.home()
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(8)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.title)
        names.addWidget(self.meta)
        top.addLayout(names, 1)
        top.addWidget(self.status)

        self.plan = PlanStep(store, self)
        self.steps: dict[str, Step] = {
            "plan": self.plan,
            "checkin": CheckinStep(store, self),
            "observed": ObservedStep(store, self),
            "tried": TriedStep(store, self),
            "roleplay": RoleplayStep(store, template, self),
            "evaluations": EvaluationsStep(store, self),
            "reflection": ReflectionStep(store, self),
            "summary": SummaryStep(store, self),
        }
        self.step_list = QListWidget(self)
        self.step_list.setObjectName("trainingSteps")
        self.step_list.setFixedWidth(190)
        self.step_list.setSpacing(2)
        self.stack = QStackedWidget(self)
        for key in STEP_KEYS:
            self.step_list.addItem("")
            self.stack.addWidget(self.steps[key])
            self.steps[key].changed.connect(self.changed)
        body = QHBoxLayout()
        body.setSpacing(16)
        side = QVBoxLayout()
        side.addWidget(self.step_list, 1)
        side.addWidget(self.handout_button)
        side.addWidget(self.handout_notice)
        body.addLayout(side)
        body.addWidget(self.stack, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(top)
        outer.addLayout(body, 1)

        self.back_button.clicked.connect(self.go_back)
        self.step_list.currentRowChanged.connect(self._show_step)
        self.status.activated.connect(self._status_chosen)
        self.handout_button.clicked.connect(lambda _checked: self.export_handout())
        self.plan.edit_requested.connect(self.open_editor)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← All trainings"))
        self.handout_button.setText(self.tr("Export handout PDF…"))
        self.handout_button.setToolTip(
            self.tr("Save the training's slides, with the room's answers, as a PDF")
        )
        for i, text in enumerate((self.tr("Planned"), self.tr("Running"), self.tr("Done"))):
            self.status.setItemText(i, text)
        for row, key in enumerate(STEP_KEYS):
            self.step_list.item(row).setText(f"{row + 1}. {self.steps[key].title()}")
        # As narrow as the steps' names and the button below allow: a laptop's screen
        # needs the room for the step itself.
        side = max(self.step_list.sizeHintForColumn(0) + 24, self.handout_button.sizeHint().width())
        self.step_list.setFixedWidth(side)
        self.handout_notice.setFixedWidth(side)
        self._show_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- showing ------------------------------------------------------------------------

    def open(self, training_id: str, step: str = "plan") -> bool:
        from rapport.store.trainings import load_training

        self.flush()
        file = load_training(self.store, training_id)
        if file is None:
            return False
        if self.file is None or self.file.training.id != training_id:
            self.handout_notice.hide()
        self.file = file
        self._show_header()
        row = STEP_KEYS.index(step)
        if self.step_list.currentRow() == row:
            self._show_step(row)
        else:
            self.step_list.setCurrentRow(row)
        return True

    def current_step(self) -> Step:
        step = self.stack.currentWidget()
        assert isinstance(step, Step)
        return step

    def go_to(self, key: str) -> Step:
        self.step_list.setCurrentRow(STEP_KEYS.index(key))
        return self.steps[key]

    def _show_step(self, row: int) -> None:
        from rapport.store.trainings import load_training

        if row < 0:
            return
        for step in self.steps.values():
            step.flush()
        if self.file is not None:
            fresh = load_training(self.store, self.file.training.id)
            if fresh is not None:
                self.file = fresh
                self._show_header()
                self.steps[STEP_KEYS[row]].load(fresh)
        self.stack.setCurrentIndex(row)

    def _show_header(self) -> None:
        if self.file is None:
            return
        t = self.file.training
        self.title.setText(t.title)
        bits = [local_when(t.starts_at)]
        if t.place:
            bits.append(t.place)
        if t.trainer:
            bits.append(self.tr("trainer: %1").replace("%1", t.trainer))
        bits.append(self.tr("%1 participants").replace("%1", str(len(self.file.participants))))
        self.meta.setText(" · ".join(bits))
        self.status.setCurrentIndex(STATUSES.index(t.status) if t.status in STATUSES else 0)

    def _status_chosen(self, index: int) -> None:
        from rapport.store.trainings import set_status

        if self.file is None:
            return
        self.flush()
        self.file.training = set_status(self.store, self.file.training.id, STATUSES[index])
        self.changed.emit()

    def flush(self) -> None:
        for step in self.steps.values():
            step.flush()

    def go_back(self) -> None:
        self.flush()
        self.back.emit()

    # --- the handout --------------------------------------------------------------------

    def export_handout(self, path: Path | None = None) -> Path | None:
        """Write the training's slides (in the Settings language, with the room's
        answers) as a PDF; asks where when `path` is None. Returns the file written."""
        from PySide6.QtWidgets import QFileDialog

        from rapport.store.settings import load_settings
        from rapport.ui.present.export import write_deck_pdf
        from rapport.ui.present.launch import training_handout

        if self.file is None:
            return None
        self.flush()
        language = load_settings(self.store).language
        found = training_handout(self.store, self.file.training.id, language)
        if found is None:
            return None
        deck, answers = found
        if path is None:
            stem = "-".join("".join(c if c.isalnum() else " " for c in deck.title).split())
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export handout PDF"),
                str(self.handout_folder / f"{stem[:60] or 'slides'}.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            self.handout_folder = path.parent
        try:
            write_deck_pdf(path, deck, answers=answers)
        except OSError as exc:
            self._handout_said(
                self.tr("Could not write %1: %2").replace("%1", path.name).replace("%2", str(exc)),
                path,
            )
            return None
        self._handout_said(self.tr("Saved %1").replace("%1", path.name), path)
        return path

    def _handout_said(self, text: str, path: Path) -> None:
        self.handout_notice.setText(text)
        self.handout_notice.setToolTip(str(path))
        self.handout_notice.show()

    # --- editing the plan ---------------------------------------------------------------

    def open_editor(self) -> TrainingEditor | None:
        from rapport.ui.trainings.editor import TrainingEditor

        if self.file is None:
            return None
        self.flush()
        self.editor = TrainingEditor(self.store, self.template, self.file.training.id, self)
        self.editor.saved.connect(self._edited)
        self.editor.finished.connect(self._editor_closed)
        self.editor.open()
        return self.editor

    def _edited(self, training_id: str) -> None:
        self.open(training_id, STEP_KEYS[max(self.step_list.currentRow(), 0)])
        self.changed.emit()

    def _editor_closed(self) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
            self.editor = None
