"""The Role-play step: practice from the scenario library (written in our own words in
`resources/trainings/<language>.json`), each with a debrief of two things that went
well and two that could have gone better, kept one per line in `Observation.went_well`
and `Observation.to_improve`."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rapport.domain.records import Observation
from rapport.domain.trainings import DEBRIEF_LINES, TrainingTemplate, debrief_lines
from rapport.ui.trainings.widgets import Step, hint

if TYPE_CHECKING:
    from rapport.store.core import Store
    from rapport.store.trainings import TrainingFile

ID_ROLE = Qt.ItemDataRole.UserRole


class RoleplayStep(Step):
    """Role-plays from the scenario library, each with a short debrief."""

    def __init__(
        self, store: Store, template: TrainingTemplate, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, parent)
        self.template = template
        self.current: Observation | None = None
        self.prompt = hint(self)
        self.done_list = QListWidget(self)
        self.done_list.setObjectName("roleplays")
        self.done_list.setWordWrap(True)
        self.done_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newRoleplay")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteRoleplay")
        left = QVBoxLayout()
        left.addWidget(self.done_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)
        left_box = QWidget(self)
        left_box.setLayout(left)

        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.scenario = QComboBox(self.form)
        self.scenario.setObjectName("scenario")
        for s in template.scenarios:
            self.scenario.addItem(s.title, s.key)
        self.details = QLabel(self.form)
        self.details.setWordWrap(True)
        self.details.setObjectName("scenarioDetails")
        self.details.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.details.setMinimumWidth(320)
        self.player = QComboBox(self.form)
        self.player.setObjectName("roleplayer")
        self.well = [QLineEdit(self.form) for _ in range(DEBRIEF_LINES)]
        self.better = [QLineEdit(self.form) for _ in range(DEBRIEF_LINES)]
        for i, line in enumerate(self.well):
            line.setObjectName(f"well-{i}")
        for i, line in enumerate(self.better):
            line.setObjectName(f"better-{i}")
        self.labels = [QLabel(self.form) for _ in range(4)]
        form.addRow(self.labels[0], self.scenario)
        form.addRow(self.details)
        form.addRow(self.labels[1], self.player)
        well_box, better_box = QVBoxLayout(), QVBoxLayout()
        for line in self.well:
            well_box.addWidget(line)
        for line in self.better:
            better_box.addWidget(line)
        form.addRow(self.labels[2], well_box)
        form.addRow(self.labels[3], better_box)
        splitter = QSplitter(self)
        splitter.addWidget(left_box)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 560])
        self.layout_.addWidget(self.prompt)
        self.layout_.addWidget(splitter, 1)

        self.scenario.currentIndexChanged.connect(self._scenario_changed)
        self.player.currentIndexChanged.connect(self.schedule_save)
        for line in (*self.well, *self.better):
            line.textChanged.connect(self.schedule_save)
        self.done_list.currentItemChanged.connect(self._choose)
        self.new_button.clicked.connect(self.new_roleplay)
        self.delete_button.clicked.connect(self.delete_current)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Role-play")

    def retranslate(self) -> None:
        self.prompt.setText(
            self.tr(
                "Pick a scenario, let a participant play the organizer while someone plays "
                "the person, then debrief: two things that went well, two that could have "
                "gone better."
            )
        )
        texts = (
            self.tr("Scenario"),
            self.tr("Played by"),
            self.tr("Went well"),
            self.tr("Could have gone better"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.new_button.setText(self.tr("New role-play"))
        self.delete_button.setText(self.tr("Delete"))
        if self.player.count():
            self.player.setItemText(0, self.tr("(nobody chosen)"))
        self._scenario_changed()

    def _scenario_text(self, key: str) -> str:
        s = self.template.scenario(key)
        if s is None:
            return key
        return s.title

    def show_file(self, file: TrainingFile) -> None:
        self.player.blockSignals(True)
        self.player.clear()
        self.player.addItem(self.tr("(nobody chosen)"), "")
        for person in file.participants:
            self.player.addItem(person.name, person.id)
        self.player.blockSignals(False)
        keep = self.current.id if self.current else None
        self.done_list.blockSignals(True)
        self.done_list.clear()
        for o in file.observations_of("roleplay"):
            self._add_item(o)
        self.done_list.blockSignals(False)
        rows = [self.done_list.item(i).data(ID_ROLE) for i in range(self.done_list.count())]
        self.current = None
        if rows:
            self.done_list.setCurrentRow(rows.index(keep) if keep in rows else 0)
        else:  # no role-play yet: nothing of the training shown before stays
            with self.loading():
                for line in (*self.well, *self.better):
                    line.clear()
        self.form.setEnabled(bool(rows))
        self.delete_button.setEnabled(bool(rows))

    def _label(self, o: Observation) -> str:
        name = self.file.name_of(o.participant_id) if self.file else ""
        return self._scenario_text(o.scenario) + (f" — {name}" if name else "")

    def _add_item(self, o: Observation) -> QListWidgetItem:
        item = QListWidgetItem(self._label(o), self.done_list)
        item.setData(ID_ROLE, o.id)
        return item

    def _choose(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self.flush()
        if item is None or self.file is None:
            return
        found = [o for o in self.file.observations if o.id == item.data(ID_ROLE)]
        if not found:
            return
        self.current = found[0]
        with self.loading():
            index = self.scenario.findData(self.current.scenario)
            self.scenario.setCurrentIndex(max(index, 0))
            self._scenario_changed()
            self.player.setCurrentIndex(max(self.player.findData(self.current.participant_id), 0))
            for lines, text in (
                (self.well, self.current.went_well),
                (self.better, self.current.to_improve),
            ):
                parts = debrief_lines(text)
                for i, line in enumerate(lines):
                    line.setText(parts[i] if i < len(parts) else "")
                    line.setCursorPosition(0)  # a long line shows its start, not its end

    def _scenario_changed(self, _index: int = 0) -> None:
        s = self.template.scenario(str(self.scenario.currentData() or ""))
        if s is not None:
            who, situation, practise = self.tr("Who"), self.tr("Situation"), self.tr("Practice")
            self.details.setText(
                f"<b>{who}:</b> {s.person}<br><b>{situation}:</b> "
                f"{s.situation}<br><b>{practise}:</b> {s.practice}"
            )
        self.schedule_save()

    def new_roleplay(self) -> Observation | None:
        from rapport.store.trainings import save_observation

        self.flush()
        if self.file is None:
            return None
        used = {o.scenario for o in self.file.observations_of("roleplay")}
        fresh = next((s.key for s in self.template.scenarios if s.key not in used), None)
        key = fresh or self.template.scenarios[0].key
        o = save_observation(
            self.store,
            Observation(training_id=self.file.training.id, kind="roleplay", scenario=key),
        )
        self.file.observations.append(o)
        self.form.setEnabled(True)
        self.delete_button.setEnabled(True)
        self.done_list.setCurrentItem(self._add_item(o))
        self.changed.emit()
        return o

    def delete_current(self) -> None:
        from rapport.store.trainings import delete_record

        if self.current is None or self.file is None:
            return
        self._timer.stop()
        delete_record(self.store, "observation", self.current.id)
        self.file.observations = [o for o in self.file.observations if o.id != self.current.id]
        self.current = None
        self.load(self.file)
        self.changed.emit()

    def save(self) -> bool:
        from rapport.store.trainings import save_observation

        if self.current is None:
            return False
        pid = str(self.player.currentData() or "") or None
        updated = dataclasses.replace(
            self.current,
            scenario=str(self.scenario.currentData() or ""),
            participant_id=pid,
            went_well="\n".join(w.text().strip() for w in self.well if w.text().strip()),
            to_improve="\n".join(b.text().strip() for b in self.better if b.text().strip()),
        )
        if updated == self.current:
            return False
        self.current = save_observation(self.store, updated)
        assert self.file is not None
        self.file.observations = [
            o if o.id != self.current.id else self.current for o in self.file.observations
        ]
        item = self.done_list.currentItem()
        if item is not None:
            item.setText(self._label(self.current))
        return True
