"""The Evaluations step: type a stack of paper forms from the keyboard alone.

Tab moves participant → anonymous → what they learned → rating → I like → I wish;
in the rating, the keys 1 to 5 (or the arrows) set it; Ctrl+Enter anywhere (or Enter
on the rating, participant or anonymous box) saves the form and clears it for the
next one. Each problem is shown under its field and the cursor goes to the first.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapport.domain.records import Evaluation
from rapport.domain.trainings import RATINGS, TrainingInputError, split_lines
from rapport.ui.trainings.widgets import Step, error_label, heading, hint, notes_box, set_error

if TYPE_CHECKING:
    from rapport.store.core import Store
    from rapport.store.trainings import TrainingFile

ID_ROLE = Qt.ItemDataRole.UserRole
SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RatingPicker(QWidget):
    """Five buttons, 1 to 5; focus it and type a digit. `rating()` is 0 when unset."""

    submitted = Signal()
    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 2, 2, 2)
        for value in RATINGS:
            button = QToolButton(self)
            button.setText(str(value))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(32, 32)
            self.group.addButton(button, value)
            row.addWidget(button)
        row.addStretch(1)
        self.setMinimumWidth(row.minimumSize().width())  # all five, always
        self.group.idClicked.connect(self.changed)
        self.setStyleSheet(
            "RatingPicker:focus { border: 2px solid palette(highlight); border-radius: 4px; }"
            "QToolButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); font-weight: bold; }"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def rating(self) -> int:
        value = self.group.checkedId()
        return value if value in RATINGS else 0

    def set_rating(self, value: int) -> None:
        if value in RATINGS:
            self.group.button(value).setChecked(True)
        else:
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)
        self.changed.emit(self.rating())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        if text in {str(r) for r in RATINGS}:
            self.set_rating(int(text))
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.set_rating(min(5, (self.rating() or 0) + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.set_rating(max(1, (self.rating() or 2) - 1))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_rating(0)
        elif key in SUBMIT_KEYS:
            self.submitted.emit()
        else:
            super().keyPressEvent(event)


class _EnterSubmits(QComboBox):
    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in SUBMIT_KEYS and not self.view().isVisible():
            self.submitted.emit()
        else:
            super().keyPressEvent(event)


class _EnterSubmitsCheck(QCheckBox):
    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in SUBMIT_KEYS:
            self.submitted.emit()
        else:
            super().keyPressEvent(event)


class EvaluationsStep(Step):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.editing: Evaluation | None = None
        self._form_for: str | None = None  # the training the form's text belongs to
        self.prompt = hint(self)
        # The entered evaluations.
        self.table = QTreeWidget(self)
        self.table.setObjectName("evaluationTable")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setColumnCount(3)
        self.table.header().resizeSection(0, 140)
        self.table.header().resizeSection(1, 50)
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)  # or its one line sets the list's least width
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteEvaluation")
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.count_label)
        left.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        left.addLayout(row)
        left_box = QWidget(self)
        left_box.setLayout(left)

        # The form.
        self.form = QWidget(self)
        self.form.setObjectName("evaluationForm")
        form = QFormLayout(self.form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form_title = heading(self.form, 1.1)
        self.participant = _EnterSubmits(self.form)
        self.participant.setObjectName("evaluationParticipant")
        self.anonymous = _EnterSubmitsCheck(self.form)
        self.anonymous.setObjectName("evaluationAnonymous")
        self.learned = notes_box(self.form, 3)
        self.learned.setObjectName("evaluationLearned")
        self.rating = RatingPicker(self.form)
        self.rating.setObjectName("evaluationRating")
        self.likes = notes_box(self.form, 3)
        self.likes.setObjectName("evaluationLikes")
        self.wishes = notes_box(self.form, 3)
        self.wishes.setObjectName("evaluationWishes")
        self.save_button = QPushButton(self.form)
        self.save_button.setObjectName("saveEvaluation")
        self.save_button.setDefault(True)
        self.clear_button = QPushButton(self.form)
        self.notice = QLabel(self.form)
        self.notice.setObjectName("evaluationNotice")
        self.notice.setWordWrap(True)
        self.notice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.notice.setMinimumWidth(260)
        self.errors = {
            name: error_label(self.form)
            for name in ("participant_id", "learned", "rating", "likes", "wishes")
        }
        self.labels = [QLabel(self.form) for _ in range(5)]
        form.addRow(self.form_title)
        who = QHBoxLayout()
        who.addWidget(self.participant, 1)
        who.addWidget(self.anonymous)
        form.addRow(self.labels[0], who)
        form.addRow("", self.errors["participant_id"])
        for label, field, name in (
            (self.labels[1], self.learned, "learned"),
            (self.labels[2], self.rating, "rating"),
            (self.labels[3], self.likes, "likes"),
            (self.labels[4], self.wishes, "wishes"),
        ):
            label.setWordWrap(True)
            form.addRow(label, field)
            form.addRow("", self.errors[name])
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        form.addRow(buttons)  # the whole width: the buttons' words are never cut
        form.addRow(self.notice)

        splitter = QSplitter(self)
        splitter.addWidget(left_box)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 620])
        splitter.setCollapsible(1, False)
        self.layout_.addWidget(self.prompt)
        self.layout_.addWidget(splitter, 1)

        QWidget.setTabOrder(self.participant, self.anonymous)
        QWidget.setTabOrder(self.anonymous, self.learned)
        QWidget.setTabOrder(self.learned, self.rating)
        QWidget.setTabOrder(self.rating, self.likes)
        QWidget.setTabOrder(self.likes, self.wishes)
        QWidget.setTabOrder(self.wishes, self.save_button)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self.form)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)
        self.save_button.clicked.connect(self.submit)
        self.clear_button.clicked.connect(self.clear_form)
        self.rating.submitted.connect(self.submit)
        self.participant.submitted.connect(self.submit)
        self.anonymous.submitted.connect(self.submit)
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.itemActivated.connect(lambda *_: self.edit_selected())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Evaluations")

    def retranslate(self) -> None:
        self.prompt.setText(
            self.tr(
                "Type each paper form, then press Ctrl+Enter to save it and start the next. "
                "Tab moves between fields; on the rating, press 1 to 5. One “I like” and one "
                "“I wish” per line."
            )
        )
        self.table.setHeaderLabels([self.tr("Participant"), self.tr("Rating"), self.tr("Learned")])
        header = self.table.header()  # the rating as wide as its heading, in any language
        header.resizeSection(1, max(50, header.sectionSizeHint(1)))
        texts = (
            self.tr("Participant"),
            self.tr("What they learned"),
            self.tr("Rating (1–5)"),
            self.tr("I like…"),
            self.tr("I wish…"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.anonymous.setText(self.tr("Anonymous"))
        self.save_button.setText(self.tr("Save and next"))
        self.save_button.setToolTip("Ctrl+Enter")
        self.clear_button.setText(self.tr("Clear"))
        self.edit_button.setText(self.tr("Edit"))
        self.delete_button.setText(self.tr("Delete"))
        self.likes.setPlaceholderText(self.tr("One per line"))
        self.wishes.setPlaceholderText(self.tr("One per line"))
        self._update_titles()
        # The form first, as it is what is typed into: the list gives way on a small
        # screen (its least width is known once its words are).
        layout = self.form.layout()
        assert isinstance(layout, QFormLayout)
        margins = layout.contentsMargins()
        widest_label = max(label.sizeHint().width() for label in self.labels)
        self.form.setMinimumWidth(
            margins.left()
            + widest_label
            + max(layout.horizontalSpacing(), 0)
            + self.rating.minimumWidth()
            + margins.right()
        )

    def _update_titles(self) -> None:
        self.form_title.setText(
            self.tr("Edit evaluation") if self.editing else self.tr("New evaluation")
        )
        n = len(self.file.evaluations) if self.file else 0
        people = len(self.file.participants) if self.file else 0
        self.count_label.setText(
            self.tr("%1 evaluations entered for %2 participants")
            .replace("%1", str(n))
            .replace("%2", str(people))
        )

    def show_file(self, file: TrainingFile) -> None:
        other_training = self._form_for != file.training.id
        self._form_for = file.training.id
        if self.editing is not None and (
            other_training or all(e.id != self.editing.id for e in file.evaluations)
        ):
            self.editing = None  # the form edited another training's (or a gone) form
        if other_training:  # a half-typed form stays with its own training
            self.anonymous.setChecked(False)
            self._clear_fields()
            self.notice.clear()
        keep = self.participant.currentData()
        self.participant.clear()
        self.participant.addItem(self.tr("(choose)"), "")
        for person in file.participants:
            self.participant.addItem(person.name, person.id)
        index = self.participant.findData(keep) if keep else -1
        self.participant.setCurrentIndex(index if index > 0 else self._next_unevaluated())
        self._fill_table()
        self._update_titles()

    def _fill_table(self) -> None:
        assert self.file is not None
        self.table.clear()
        for ev in self.file.evaluations:
            name = self.tr("Anonymous") if ev.anonymous else self.file.name_of(ev.participant_id)
            item = QTreeWidgetItem([name, str(ev.rating), ev.learned.replace("\n", " ")])
            item.setData(0, ID_ROLE, ev.id)
            item.setToolTip(2, ev.learned)
            self.table.addTopLevelItem(item)
        self.edit_button.setEnabled(bool(self.file.evaluations))
        self.delete_button.setEnabled(bool(self.file.evaluations))

    def _next_unevaluated(self) -> int:
        """The first participant without an evaluation (in the combo's rows), else none."""
        if self.file is None:
            return 0
        done = {e.participant_id for e in self.file.evaluations if e.participant_id}
        for i in range(1, self.participant.count()):
            if self.participant.itemData(i) not in done:
                return i
        return 0

    def _anonymous_toggled(self, checked: bool) -> None:
        self.participant.setEnabled(not checked)

    def form_values(self) -> Evaluation:
        assert self.file is not None
        base = self.editing or Evaluation(training_id=self.file.training.id)
        anonymous = self.anonymous.isChecked()
        return dataclasses.replace(
            base,
            participant_id=None if anonymous else (str(self.participant.currentData()) or None),
            anonymous=anonymous,
            learned=self.learned.toPlainText(),
            rating=self.rating.rating(),
            likes=split_lines(self.likes.toPlainText()),
            wishes=split_lines(self.wishes.toPlainText()),
        )

    def submit(self) -> bool:
        """Save the form; on success clear it for the next one. False (and the problems
        shown under their fields) when it cannot be saved."""
        from rapport.store.trainings import save_evaluation

        if self.file is None:
            return False
        for label in self.errors.values():
            set_error(label, None)
        evaluation = self.form_values()
        try:
            saved = save_evaluation(self.store, evaluation)
        except TrainingInputError as exc:
            self.show_problems(exc.problems)
            return False
        self.file.evaluations = [e for e in self.file.evaluations if e.id != saved.id] + [saved]
        self.file.evaluations.sort(key=lambda e: e.id)
        name = self.tr("Anonymous") if saved.anonymous else self.file.name_of(saved.participant_id)
        self.notice.setText(self.tr("Saved: %1").replace("%1", name))
        self.editing = None
        self._fill_table()
        self.clear_form()
        self.changed.emit()
        return True

    def show_problems(self, problems: dict[str, str]) -> None:
        texts = {
            "participant_id": self.tr("Choose the participant, or tick Anonymous."),
            "learned": self.tr("Write what they learned."),
            "rating": self.tr("Choose a rating from 1 to 5."),
            "likes": self.tr("Write at least one “I like”."),
            "wishes": self.tr("Write at least one “I wish”."),
        }
        fields = {
            "participant_id": self.participant,
            "learned": self.learned,
            "rating": self.rating,
            "likes": self.likes,
            "wishes": self.wishes,
        }
        first = None
        for name in ("participant_id", "learned", "rating", "likes", "wishes"):
            if name in problems:
                set_error(self.errors[name], texts[name])
                first = first or fields[name]
        self.notice.setText(self.tr("Not saved: see the notes in red."))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_fields(self) -> None:
        self.editing = None
        self.learned.clear()
        self.likes.clear()
        self.wishes.clear()
        self.rating.set_rating(0)
        for label in self.errors.values():
            set_error(label, None)

    def clear_form(self) -> None:
        self._clear_fields()
        if not self.anonymous.isChecked():
            self.participant.setCurrentIndex(self._next_unevaluated())
            self.participant.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.learned.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_titles()

    def _selected(self) -> Evaluation | None:
        item = self.table.currentItem()
        if item is None or self.file is None:
            return None
        wanted = item.data(0, ID_ROLE)
        return next((e for e in self.file.evaluations if e.id == wanted), None)

    def edit_selected(self) -> None:
        ev = self._selected()
        if ev is None:
            return
        self.editing = ev
        self.anonymous.setChecked(ev.anonymous)
        index = self.participant.findData(ev.participant_id) if ev.participant_id else 0
        self.participant.setCurrentIndex(max(index, 0))
        self.learned.setPlainText(ev.learned)
        self.rating.set_rating(ev.rating)
        self.likes.setPlainText("\n".join(ev.likes))
        self.wishes.setPlainText("\n".join(ev.wishes))
        self._update_titles()
        self.learned.setFocus()

    def delete_selected(self) -> None:
        from rapport.store.trainings import delete_record

        ev = self._selected()
        if ev is None or self.file is None:
            return
        delete_record(self.store, "evaluation", ev.id)
        self.file.evaluations = [e for e in self.file.evaluations if e.id != ev.id]
        if self.editing is not None and self.editing.id == ev.id:
            self.editing = None
        self._fill_table()
        self._update_titles()
        self.changed.emit()
