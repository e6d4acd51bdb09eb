"""`OneOnOneWizard`: walks a 1:1's agenda, step by step, and keeps every word.

One page per step of the meeting type's agenda template (`AgendaStepPage`, `AskPage`
for the ask), then the outcome after the ask (`OutcomePage`) and the self-check at the
end (`SelfCheckPage`). Every page writes into `state` as the organizer types; a short
pause in typing, a page change or closing the window saves the state as the draft, so
the 1:1 reopens at the same step with the same text. Finish stores everything and
drops the draft in one transaction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox, QVBoxLayout, QWidget, QWizard

from rapport.domain.agenda import AgendaTemplate
from rapport.domain.records import Meeting
from rapport.store import one_on_ones as ones
from rapport.ui.dates import moment_text, to_local
from rapport.ui.meetings.outcome_page import OutcomePage
from rapport.ui.meetings.self_check_page import SelfCheckPage
from rapport.ui.meetings.step_pages import AgendaStepPage, AskPage, StepPage
from rapport.ui.meetings.wizard_state import State, result_of
from rapport.ui.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from rapport.store.core import Store

SAVE_DELAY_MS = 300
PAGE_MIN_WIDTH, PAGE_MIN_HEIGHT = 640, 420


class OneOnOneWizard(QWizard):
    saved = Signal(str)  # the meeting's id, once the finished 1:1 is stored

    def __init__(
        self,
        store: Store,
        state: State,
        template: AgendaTemplate,
        problems: tuple[str, ...] = (),
        parent: QWidget | None = None,
        has_draft: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("oneOnOneWizard")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.store = store
        self.state = state
        self.template = template
        self.template_problems = problems
        self.key = ones.draft_key(state["meeting_id"])
        self.done_saving = False
        self.touched = has_draft  # only a 1:1 someone wrote in leaves a draft
        self.resuming = False
        self._stage_move: tuple[str, str | None] | None = None
        self._name = ""
        self._load_people()

        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.customButtonClicked.connect(self._custom_button)

        self.pages: list[StepPage] = []
        for step in template.steps:
            if step.kind == "ask":
                self.pages.append(AskPage(self, step))
                self.pages.append(OutcomePage(self))
            else:
                self.pages.append(AgendaStepPage(self, step))
        self.pages.append(SelfCheckPage(self))
        for i, page in enumerate(self.pages):
            # One minimum size for every page: the wizard then keeps its own minimum
            # size from page to page (a change would make Qt resize the window).
            page.setMinimumSize(PAGE_MIN_WIDTH, PAGE_MIN_HEIGHT)
            self.setPage(i, page)

        self.steps_list = QListWidget(self)
        self.steps_list.setObjectName("stepsList")
        self.steps_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.steps_list.setFixedWidth(190)
        self.steps_list.setWordWrap(True)  # "Connection and shared vision" on two lines
        self.steps_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps_list.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        self.setSideWidget(self.steps_list)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.currentIdChanged.connect(self._page_changed)
        self.retranslate()
        resize_within_screen(self, 1180, 780)

    # --- people and places shown on every page ---------------------------------------------

    def _load_people(self) -> None:
        contact_id = self.state["contact_id"]
        if not contact_id:
            return
        move = ones.stage_move(self.store, contact_id)
        if move is None:
            return
        from rapport.ui.contacts.stages import stage_labels

        labels = stage_labels(move.ladder)
        self._name = move.contact_name
        self._stage_move = (
            labels.get(move.stage, move.stage),
            None if move.next_stage is None else labels.get(move.next_stage, move.next_stage),
        )

    def show_notice(self, text: str) -> None:
        """A warning above the first page (a template that could not be used)."""
        first = self.pages[0]
        notice = QLabel(text, first)
        notice.setObjectName("templateProblems")
        notice.setWordWrap(True)
        notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notice.setStyleSheet(
            "background: #fdf2e9; color: #6e2c00; border: 1px solid #e59866; padding: 6px;"
        )
        layout = first.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, notice)

    def contact_name(self) -> str:
        return self._name

    def stage_move(self) -> tuple[str, str | None] | None:
        """The contact's stage and the one above it (None at the top), as shown."""
        return self._stage_move

    def next_meeting(self) -> Meeting | None:
        meeting_id = self.state.get("next_meeting_id")
        return self.store.get(Meeting, meeting_id) if meeting_id else None

    def context_line(self) -> str:
        parts = [self.tr("1:1 with {name}").replace("{name}", self._name or "?")]
        when = to_local(self.state["starts_at"])
        if when is not None:
            parts.append(moment_text(when))
        if self.state["location"]:
            parts.append(self.state["location"])
        return " · ".join(parts)

    def retranslate(self) -> None:
        title = self.tr("1:1 with {name}").replace("{name}", self._name or "?")
        if self.state.get("editing"):
            title = self.tr("Editing: {title}").replace("{title}", title)
        self.setWindowTitle(title)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Discard draft"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Save and &close"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish 1:1"))
        for page in self.pages:
            page.retranslate()
        self._fill_steps()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_steps(self) -> None:
        current = self.currentId()
        self.steps_list.clear()
        for i, page in enumerate(self.pages):
            self.steps_list.addItem(f"{i + 1}. {page.title()}")
            item = self.steps_list.item(i)
            if i == current:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            elif i > current:
                item.setForeground(self.palette().placeholderText())

    # --- drafts ----------------------------------------------------------------------------

    def changed(self) -> None:
        """Something was typed: save the draft after a short pause."""
        self.touched = True
        if not self.resuming:
            self._timer.start()

    def save_now(self) -> None:
        self._timer.stop()
        if self.done_saving or not self.touched:
            return
        ones.save_draft(self.store, self.key, self.state)

    def current_key(self) -> str:
        page = self.currentPage()
        return page.key if isinstance(page, StepPage) else ""

    def _page_changed(self, page_id: int) -> None:
        if page_id < 0:
            return
        self.state["step"] = self.pages[page_id].key
        self._fill_steps()
        if not self.resuming:
            self.save_now()

    def resume(self, step: str) -> None:
        """Go forward to the saved step, through the pages before it (each checks what
        it needs, as when the organizer clicked Next)."""
        keys = [p.key for p in self.pages]
        if step not in keys:
            return
        target = keys.index(step)
        self.resuming = True
        try:
            while self.currentId() < target:
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break
        finally:
            self.resuming = False
        for page in self.pages:
            page.show_problems([])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_now()
        super().closeEvent(event)

    def reject(self) -> None:
        self.save_now()
        super().reject()

    def _custom_button(self, which: int) -> None:
        if which != QWizard.WizardButton.CustomButton1.value:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard this 1:1?"),
            self.tr("Throw away everything written in this 1:1 so far? This cannot be undone."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.discard()

    def discard(self) -> None:
        self._timer.stop()
        self.done_saving = True
        ones.delete_draft(self.store, self.key)
        super().reject()

    # --- finishing -------------------------------------------------------------------------

    def accept(self) -> None:
        self._timer.stop()
        result = result_of(self.state)
        try:
            finished = ones.finish_one_on_one(self.store, result)
        except ValueError as exc:  # a OneOnOneError (coded problems) or a field too long
            from rapport.ui.meetings.labels import result_problem_text

            problems = getattr(exc, "problems", [str(exc)])
            text = "\n".join(result_problem_text(p) for p in problems)
            QMessageBox.warning(self, self.tr("The 1:1 was not saved"), text)
            return
        self.done_saving = True
        self.finished_as: Any = finished
        self.saved.emit(finished.meeting_id)
        super().accept()
