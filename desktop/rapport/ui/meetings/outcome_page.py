"""`OutcomePage`: the answer to the ask, what the person committed to (each with a day
to follow up), the next 1:1, and a move up the ladder on a yes."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rapport.ui.dates import DAY, LONG_DAY, editor_format, stored_moment_text, to_local, to_moment
from rapport.ui.meetings.labels import answer_labels
from rapport.ui.meetings.step_pages import StepPage

if TYPE_CHECKING:
    from rapport.ui.meetings.wizard import OneOnOneWizard


def default_due(meeting_starts: QDateTime | None = None) -> QDateTime:
    """The day after the 1:1 (tomorrow, for one held already) at 6 pm: a firm time to
    start from, never before the 1:1 itself."""
    day = QDate.currentDate()
    if meeting_starts is not None and meeting_starts.date() > day:
        day = meeting_starts.date()
    return QDateTime(day.addDays(1), QTime(18, 0))


def default_follow_up(due: date, today: date) -> date:
    """A day to check in: the day before it is due (a reminder call), not before today."""
    return max(today, due - timedelta(days=1))


class CommitmentRow(QWidget):
    """One commitment: what, when, where, and the day to follow up."""

    changed = Signal()
    removed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentRow")
        self.commitment_id: str | None = None
        self.status = "open"
        self.what = QLineEdit(self)
        self.what.setObjectName("commitmentWhat")
        self.due = QDateTimeEdit(self)
        self.due.setObjectName("commitmentDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(editor_format())
        self.due.setDateTime(default_due())
        self.place = QLineEdit(self)
        self.place.setObjectName("commitmentPlace")
        self.follow_up = QDateEdit(self)
        self.follow_up.setObjectName("commitmentFollowUp")
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat(DAY)
        self._sync_follow_up()
        self.remove = QToolButton(self)
        self.remove.setObjectName("removeCommitment")
        self.remove.setText("✕")
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.what_label, self.due_label = QLabel(self), QLabel(self)
        self.place_label, self.follow_label = QLabel(self), QLabel(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 8)
        grid.addWidget(self.what_label, 0, 0)
        grid.addWidget(self.what, 0, 1, 1, 3)
        grid.addWidget(self.remove, 0, 4)
        grid.addWidget(self.due_label, 1, 0)
        grid.addWidget(self.due, 1, 1)
        grid.addWidget(self.place_label, 1, 2)
        grid.addWidget(self.place, 1, 3)
        grid.addWidget(self.follow_label, 2, 0)
        grid.addWidget(self.follow_up, 2, 1)
        grid.setColumnStretch(3, 1)
        self.what.textChanged.connect(self.changed)
        self.place.textChanged.connect(self.changed)
        self.due.dateTimeChanged.connect(self._due_changed)
        self.follow_up.dateChanged.connect(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.what_label.setText(self.tr("What"))
        self.what.setPlaceholderText(self.tr("What they will do, e.g. host a house meeting"))
        self.due_label.setText(self.tr("When"))
        self.place_label.setText(self.tr("Where"))
        self.place.setPlaceholderText(self.tr("Place or address"))
        self.follow_label.setText(self.tr("Follow up on"))
        self.remove.setToolTip(self.tr("Remove this commitment"))

    def _sync_follow_up(self) -> None:
        due = self.due.date().toPython()
        assert isinstance(due, date)
        day = default_follow_up(due, date.today())
        self.follow_up.setDate(QDate(day.year, day.month, day.day))

    def _due_changed(self) -> None:
        self.follow_up.blockSignals(True)
        self._sync_follow_up()
        self.follow_up.blockSignals(False)
        self.changed.emit()

    def set_value(self, value: dict[str, Any]) -> None:
        for w in (self.what, self.due, self.place, self.follow_up):
            w.blockSignals(True)
        self.commitment_id = value.get("id") or None
        self.status = str(value.get("status") or "open")
        self.what.setText(str(value.get("what", "")))
        self.place.setText(str(value.get("place", "")))
        due = to_local(value.get("due_at"))
        if due is not None:
            self.due.setDateTime(due)
        follow = value.get("follow_up_on")
        if follow:
            self.follow_up.setDate(QDate.fromString(follow, "yyyy-MM-dd"))
        for w in (self.what, self.due, self.place, self.follow_up):
            w.blockSignals(False)

    def value(self) -> dict[str, Any]:
        return {
            "id": self.commitment_id,
            "what": self.what.text(),
            "due_at": to_moment(self.due.dateTime()),
            "place": self.place.text(),
            "follow_up_on": self.follow_up.date().toString("yyyy-MM-dd"),
            "status": self.status,
        }


class OutcomePage(StepPage):
    key = "outcome"

    def __init__(self, owner: OneOnOneWizard) -> None:
        super().__init__(owner)
        self.setObjectName("step_outcome")
        self.answer_box = QGroupBox(self)
        self.answers = QButtonGroup(self)
        answer_row = QHBoxLayout(self.answer_box)
        self.answer_buttons: dict[str, QRadioButton] = {}
        for key in ("yes", "no", "maybe", "counter_offer"):
            button = QRadioButton(self.answer_box)
            button.setObjectName(f"answer_{key}")
            self.answers.addButton(button)
            self.answer_buttons[key] = button
            answer_row.addWidget(button)
            button.toggled.connect(self._answer_toggled)
        answer_row.addStretch(1)
        self.counter_label = QLabel(self)
        self.counter = QLineEdit(self)
        self.counter.setObjectName("counterOffer")
        self.counter_label.setBuddy(self.counter)
        self.counter.textChanged.connect(self.edited)
        self.raise_check = QCheckBox(self)
        self.raise_check.setObjectName("raiseStage")
        self.raise_check.toggled.connect(self.edited)

        self.commitments_box = QGroupBox(self)
        self.rows_widget = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.addStretch(1)
        self.rows: list[CommitmentRow] = []
        scroll = QScrollArea(self.commitments_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.rows_widget)
        self.no_commitments = QLabel(self.commitments_box)
        self.no_commitments.setObjectName("noCommitments")
        self.no_commitments.setStyleSheet("color: palette(mid);")
        self.add_button = QPushButton(self.commitments_box)
        self.add_button.setObjectName("addCommitment")
        self.add_button.clicked.connect(self._add_clicked)
        box = QVBoxLayout(self.commitments_box)
        box.addWidget(self.no_commitments)
        box.addWidget(scroll, 1)
        box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.next_button = QPushButton(self)
        self.next_button.setObjectName("scheduleNext")
        self.next_button.clicked.connect(self.schedule_next)
        self.next_label = QLabel(self)
        self.next_label.setObjectName("nextMeeting")
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_button)
        next_row.addWidget(self.next_label, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.answer_box)
        counter_row = QHBoxLayout()
        counter_row.addWidget(self.counter_label)
        counter_row.addWidget(self.counter, 1)
        layout.addLayout(counter_row)
        layout.addWidget(self.raise_check)
        layout.addWidget(self.commitments_box, 1)
        layout.addLayout(next_row)
        layout.addWidget(self.problem)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Outcome"))
        self.answer_box.setTitle(self.tr("Their answer to the ask"))
        for key, text in answer_labels().items():
            if key in self.answer_buttons:
                self.answer_buttons[key].setText(text)
        self.counter_label.setText(self.tr("&They offered instead:"))
        self.commitments_box.setTitle(self.tr("Commitments"))
        self.no_commitments.setText(
            self.tr("Nothing committed yet. Add what they agreed to, with a time and place.")
        )
        self.add_button.setText(self.tr("&Add commitment"))
        self.next_button.setText(self.tr("Schedule the &next 1:1…"))
        for row in self.rows:
            row.retranslate()
        self._show_next()
        self._show_raise()

    # --- loading and storing -----------------------------------------------------------

    def load_widgets(self) -> None:
        answer = self.state["answer"]
        self.answers.setExclusive(False)
        for key, button in self.answer_buttons.items():
            button.setChecked(key == answer)
        self.answers.setExclusive(True)
        self.counter.setText(self.state["counter_offer"])
        for row in list(self.rows):
            self._drop_row(row)
        for value in self.state["commitments"]:
            if isinstance(value, dict):
                self._add_row(value)
        self.raise_check.setChecked(bool(self.state["raise_stage"]))
        self._show_answer_parts()
        self._show_next()
        self._show_raise()

    def store_widgets(self) -> None:
        self.state["answer"] = next(
            (k for k, b in self.answer_buttons.items() if b.isChecked()), ""
        )
        self.state["counter_offer"] = self.counter.text()
        self.state["commitments"] = [row.value() for row in self.rows]
        self.state["raise_stage"] = self.raise_check.isChecked() and not self.raise_check.isHidden()

    # --- the answer ----------------------------------------------------------------------

    def _answer_toggled(self, on: bool) -> None:
        if not on or self.loading:
            return
        self.edited()
        self._show_answer_parts()
        if self.state["answer"] in ("yes", "counter_offer") and not self.rows:
            self._add_clicked()

    def _show_answer_parts(self) -> None:
        counter = self.state["answer"] == "counter_offer"
        self.counter_label.setVisible(counter)
        self.counter.setVisible(counter)
        self._show_raise()

    def _show_raise(self) -> None:
        move = self.owner.stage_move()
        visible = self.state["answer"] == "yes" and move is not None and move[1] is not None
        self.raise_check.setVisible(visible)
        if move is not None and move[1] is not None:
            name = self.owner.contact_name() or self.tr("this person")
            self.raise_check.setText(
                self.tr("Move {name} up the ladder: {old} → {new}")
                .replace("{name}", name)
                .replace("{old}", move[0])
                .replace("{new}", move[1])
            )

    # --- commitments ---------------------------------------------------------------------

    def _add_row(self, value: dict[str, Any] | None = None) -> CommitmentRow:
        row = CommitmentRow(self.rows_widget)
        if value is not None:
            row.set_value(value)
        else:
            row.due.setDateTime(default_due(to_local(self.owner.state["starts_at"])))
            if self.owner.state["location"]:
                row.place.setText(self.owner.state["location"])
        row.changed.connect(self.edited)
        row.removed.connect(self._remove_clicked)
        self.rows_layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        self.no_commitments.setVisible(not self.rows)
        return row

    def _drop_row(self, row: CommitmentRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.deleteLater()
        self.no_commitments.setVisible(not self.rows)

    def _add_clicked(self) -> None:
        row = self._add_row()
        row.what.setFocus()
        self.edited()

    def _remove_clicked(self, row: CommitmentRow) -> None:
        self._drop_row(row)
        self.edited()

    # --- the next 1:1 --------------------------------------------------------------------

    def schedule_next(self) -> None:
        from rapport.ui.calendar.schedule_dialog import ScheduleDialog

        dialog = ScheduleDialog(
            self.owner.store,
            self,
            contact_id=self.state["contact_id"],
            kind="follow_up" if self.state["kind"] == "introductory" else self.state["kind"],
        )
        if dialog.exec() and dialog.meeting_id():
            self.state["next_meeting_id"] = dialog.meeting_id()
            self._show_next()
            self.owner.changed()

    def _show_next(self) -> None:
        meeting = self.owner.next_meeting()
        if meeting is None:
            self.next_label.setText(self.tr("No next 1:1 scheduled yet."))
            return
        text = stored_moment_text(meeting.starts_at, LONG_DAY)
        if meeting.location:
            text += " · " + meeting.location
        self.next_label.setText(self.tr("Next 1:1: {when}").replace("{when}", text))

    # --- checks --------------------------------------------------------------------------

    def validatePage(self) -> bool:
        self.store_widgets()
        s = self.state
        problems = []
        if not s["answer"]:
            problems.append(self.tr("Choose their answer: yes, no, maybe or a counter-offer."))
        if s["answer"] == "counter_offer" and not s["counter_offer"].strip():
            problems.append(self.tr("Write down what they offered instead."))
        if s["answer"] in ("yes", "counter_offer") and not self.rows:
            problems.append(self.tr("Add what they committed to, with a time and a place."))
        for i, row in enumerate(self.rows, 1):
            if not row.what.text().strip():
                problems.append(
                    self.tr("Commitment {n}: write what they will do.").replace("{n}", str(i))
                )
        return self.show_problems(problems)
