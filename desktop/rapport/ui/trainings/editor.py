"""`TrainingEditor`: a dialog for a training's plan: title, date, place, trainer,
goals, agenda and preparation checklist (a new one starts from the template), and its
participants, picked from the contacts by search."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rapport.domain.records import Training
from rapport.domain.trainings import TrainingInputError, split_lines
from rapport.ui.dates import editor_format, to_local, to_moment
from rapport.ui.screen_fit import resize_within_screen
from rapport.ui.trainings.widgets import error_label, notes_box, set_error

if TYPE_CHECKING:
    from rapport.domain.trainings import TrainingTemplate
    from rapport.store.core import Store

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_LIMIT = 50


class TrainingEditor(QDialog):
    """Edit a training (or make one from `template` when `training_id` is None);
    `saved(id)` after a save."""

    saved = Signal(str)

    def __init__(
        self,
        store: Store,
        template: TrainingTemplate,
        training_id: str | None = None,
        parent: QWidget | None = None,
        trainer: str = "",
    ) -> None:
        super().__init__(parent)
        from rapport.store.trainings import load_training

        self.setObjectName("trainingEditor")
        self.store = store
        self.chosen: dict[str, str] = {}  # contact id → name, in the order added
        file = load_training(store, training_id) if training_id else None
        if file is not None:
            self.training = file.training
            for row in file.participants:
                if row.participant.contact_id:
                    self.chosen[row.participant.contact_id] = row.name
        else:
            self.training = template.new_training(trainer)
        self.is_new = file is None
        self.setWindowTitle(self.tr("New training") if self.is_new else self.training.title)
        # An explicit minimum: the layout then never changes the window's size limits
        # while it is shown (offscreen platforms warn about that).
        self.setMinimumSize(700, 560)
        resize_within_screen(self, 760, 620)

        self.tabs = QTabWidget(self)
        plan = QWidget()
        form = QFormLayout(plan)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.title_edit = QLineEdit(self.training.title)
        self.title_edit.setObjectName("trainingTitle")
        self.title_error = error_label(plan)
        self.when = QDateTimeEdit()
        self.when.setObjectName("trainingWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(editor_format())
        start = to_local(self.training.starts_at)
        if start is None:  # next week, same weekday, at 18:30
            start = QDateTime(QDate.currentDate().addDays(7), QTime(18, 30))
        self.when.setDateTime(start)
        self.place = QLineEdit(self.training.place)
        self.place.setObjectName("trainingPlace")
        self.trainer = QLineEdit(self.training.trainer)
        self.trainer.setObjectName("trainingTrainer")
        self.goals = notes_box(plan, 3)
        self.goals.setObjectName("trainingGoals")
        self.goals.setPlainText("\n".join(self.training.goals))
        self.agenda = notes_box(plan, 4)
        self.agenda.setObjectName("trainingAgenda")
        self.agenda.setPlainText("\n".join(self.training.agenda))
        self.preparation = notes_box(plan, 4)
        self.preparation.setObjectName("trainingPreparation")
        self.preparation.setPlainText("\n".join(self.training.preparation))
        self.labels = [QLabel() for _ in range(7)]
        for label, field in zip(
            self.labels,
            (
                self.title_edit,
                self.when,
                self.place,
                self.trainer,
                self.goals,
                self.agenda,
                self.preparation,
            ),
            strict=True,
        ):
            form.addRow(label, field)
            if field is self.title_edit:
                form.addRow("", self.title_error)
        self.lines_hint = QLabel()
        self.lines_hint.setWordWrap(True)
        form.addRow(self.lines_hint)
        self.tabs.addTab(plan, "")

        people = QWidget()
        layout = QVBoxLayout(people)
        self.search = QLineEdit()
        self.search.setObjectName("participantSearch")
        self.search.setClearButtonEnabled(True)
        self.found = QListWidget()
        self.found.setObjectName("participantMatches")
        self.found.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.picked = QListWidget()
        self.picked.setObjectName("participantsChosen")
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.found_label, self.picked_label = QLabel(), QLabel()
        layout.addWidget(self.search)
        columns = QHBoxLayout()
        left, middle, right = QVBoxLayout(), QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.found_label)
        left.addWidget(self.found, 1)
        middle.addStretch(1)
        middle.addWidget(self.add_button)
        middle.addWidget(self.remove_button)
        middle.addStretch(1)
        right.addWidget(self.picked_label)
        right.addWidget(self.picked, 1)
        columns.addLayout(left, 1)
        columns.addLayout(middle)
        columns.addLayout(right, 1)
        layout.addLayout(columns, 1)
        self.tabs.addTab(people, "")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs, 1)
        outer.addWidget(self.buttons)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._add_first)
        self.found.itemActivated.connect(lambda _item: self.add_selected())
        self.picked.itemActivated.connect(lambda _item: self.remove_selected())
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._show_picked()
        self.run_search()

    def retranslate(self) -> None:
        texts = (
            self.tr("Title"),
            self.tr("Date and time"),
            self.tr("Place"),
            self.tr("Trainer"),
            self.tr("Goals"),
            self.tr("Agenda"),
            self.tr("Preparation"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.lines_hint.setText(
            self.tr("Goals, agenda and preparation: one item per line; edit them freely.")
        )
        self.tabs.setTabText(0, self.tr("Plan"))
        self.tabs.setTabText(1, self.tr("Participants (%1)").replace("%1", str(len(self.chosen))))
        self.search.setPlaceholderText(self.tr("Search contacts by name, phone or email"))
        self.found_label.setText(self.tr("Contacts"))
        self.picked_label.setText(self.tr("Participants"))
        self.add_button.setText(self.tr("Add →"))
        self.remove_button.setText(self.tr("← Remove"))

    # --- participants -------------------------------------------------------------------

    def run_search(self) -> None:
        from rapport.store.contacts import contact_page

        self._search_timer.stop()
        query = self.search.text().strip() or None
        self.found.clear()
        for row in contact_page(self.store, query, limit=SEARCH_LIMIT):
            if row.id in self.chosen:
                continue
            item = QListWidgetItem(row.name or self.tr("(no name)"), self.found)
            item.setData(ID_ROLE, row.id)
            if row.phone or row.email:
                item.setToolTip(" · ".join(x for x in (row.phone, row.email) if x))
        if self.found.count():
            self.found.setCurrentRow(0)

    def _add_first(self) -> None:
        self.run_search()
        if self.found.count():
            self.found.setCurrentRow(0)
            self.add_selected()
            self.search.selectAll()

    def add_selected(self) -> None:
        for item in self.found.selectedItems() or [self.found.currentItem()]:
            if item is not None:
                self.chosen[str(item.data(ID_ROLE))] = item.text()
        self._show_picked()
        self.run_search()

    def add_contacts(self, names: dict[str, str]) -> None:
        self.chosen.update(names)
        self._show_picked()
        self.run_search()

    def remove_selected(self) -> None:
        item = self.picked.currentItem()
        if item is not None:
            self.chosen.pop(str(item.data(ID_ROLE)), None)
        self._show_picked()
        self.run_search()

    def _show_picked(self) -> None:
        self.picked.clear()
        for cid, name in sorted(self.chosen.items(), key=lambda kv: kv[1].casefold()):
            item = QListWidgetItem(name, self.picked)
            item.setData(ID_ROLE, cid)
        self.tabs.setTabText(1, self.tr("Participants (%1)").replace("%1", str(len(self.chosen))))

    # --- saving -------------------------------------------------------------------------

    def values(self) -> Training:
        return dataclasses.replace(
            self.training,
            title=self.title_edit.text().strip(),
            starts_at=to_moment(self.when.dateTime()),
            place=self.place.text().strip(),
            trainer=self.trainer.text().strip(),
            goals=split_lines(self.goals.toPlainText()),
            agenda=split_lines(self.agenda.toPlainText()),
            preparation=split_lines(self.preparation.toPlainText()),
        )

    def save(self) -> bool:
        from rapport.store.trainings import save_training

        try:
            self.training = save_training(self.store, self.values(), list(self.chosen))
        except TrainingInputError:
            set_error(self.title_error, self.tr("Give the training a title."))
            self.tabs.setCurrentIndex(0)
            self.title_edit.setFocus()
            return False
        self.saved.emit(self.training.id)
        self.accept()
        return True
