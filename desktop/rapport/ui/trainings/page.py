"""`TrainingsPage`: the Trainings screen: the list of trainings, a new training from the
template, and one training run step by step (`TrainingWorkspace`).

Widgets and the store are imported inside methods, so building the window at start-up
costs nothing for this screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapport.ui.page import Page

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QTreeWidget, QWidget

    from rapport.domain.trainings import TrainingTemplate
    from rapport.store.core import Store
    from rapport.ui.trainings.editor import TrainingEditor
    from rapport.ui.trainings.workspace import TrainingWorkspace

COLUMNS = 7


class TrainingsPage(Page):
    key = "trainings"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor: TrainingEditor | None = None
        self.workspace: TrainingWorkspace | None = None
        self._template: TrainingTemplate | None = None

    def build(self) -> None:
        from datetime import datetime

        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import (
            QAbstractItemView,
            QHBoxLayout,
            QHeaderView,
            QLabel,
            QPushButton,
            QStackedWidget,
            QTreeWidget,
            QVBoxLayout,
            QWidget,
        )

        from rapport.ui.dates import moment_text

        self.stack: QStackedWidget = QStackedWidget(self)
        listing = QWidget()
        layout = QVBoxLayout(listing)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro: QLabel = QLabel(listing)
        self.intro.setWordWrap(True)
        self.new_button: QPushButton = QPushButton(listing)
        self.new_button.setObjectName("newTraining")
        self.open_button: QPushButton = QPushButton(listing)
        self.open_button.setObjectName("openTraining")
        self.delete_button: QPushButton = QPushButton(listing)
        self.delete_button.setObjectName("deleteTraining")
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.table: QTreeWidget = QTreeWidget(listing)
        self.table.setObjectName("trainingTable")
        self.table.setColumnCount(COLUMNS)
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The date column fits a long day and time ("Wed 30 Sep 2026, 10:30 PM").
        widest_when = moment_text(datetime(2026, 9, 30, 22, 30))
        when_width = self.table.fontMetrics().horizontalAdvance(widest_when) + 16
        for column, width in enumerate((when_width, 360, 200, 80, 90, 90, 60)):
            self.table.header().resizeSection(column, width)
        self.table.header().setStretchLastSection(False)
        for shared in (1, 2):  # the title and the place share what the others leave
            self.table.header().setSectionResizeMode(shared, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        self.notice: QLabel = QLabel(listing)
        self.notice.setObjectName("trainingsNotice")
        actions.addWidget(self.notice)
        layout.addLayout(actions)
        self.stack.addWidget(listing)
        self.body.addWidget(self.stack, 1)

        self.new_button.clicked.connect(self._new)
        self.open_button.clicked.connect(self._open_selected)
        self.delete_button.clicked.connect(lambda _checked: self.delete_selected(confirm=True))
        self.table.itemActivated.connect(lambda *_: self._open_selected())
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._id_role = Qt.ItemDataRole.UserRole
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Trainings")

    def retranslate(self) -> None:
        super().retranslate()
        if not self.built:
            return
        self.intro.setText(
            self.tr(
                "Plan a training, run it step by step (check-in, observe a 1:1, try a 1:1, "
                "role-play), type the evaluations and see the summary."
            )
        )
        self.new_button.setText(self.tr("New training…"))
        self.open_button.setText(self.tr("Open"))
        self.delete_button.setText(self.tr("Delete"))
        self.table.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Title"),
                self.tr("Place"),
                self.tr("Status"),
                self.tr("Participants"),
                self.tr("Evaluations"),
                self.tr("Mean"),
            ]
        )
        if self.store is not None:
            self.refresh()

    def set_store(self, store: Store) -> None:
        super().set_store(store)
        self.refresh()

    def template(self) -> TrainingTemplate:
        """The training template in the interface language."""
        from PySide6.QtCore import QLocale

        from rapport.domain.trainings import load_template

        spanish = QLocale().language() == QLocale.Language.Spanish
        language = "es" if spanish else "en"
        if self._template is None or self._template.language != language:
            self._template = load_template(language)
        return self._template

    # --- the list -----------------------------------------------------------------------

    def status_text(self, status: str) -> str:
        return {
            "planned": self.tr("Planned"),
            "running": self.tr("Running"),
            "done": self.tr("Done"),
        }.get(status, status)

    def refresh(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QTreeWidgetItem

        from rapport.store.trainings import list_trainings
        from rapport.ui.dates import stored_moment_text
        from rapport.ui.trainings.report import local_mean

        if self.store is None:
            return
        keep = self.selected_id()
        self.table.clear()
        for row in list_trainings(self.store):
            item = QTreeWidgetItem(
                [
                    stored_moment_text(row.starts_at),
                    row.title,
                    row.place,
                    self.status_text(row.status),
                    str(row.participants),
                    str(row.evaluations),
                    local_mean(row.mean) if row.evaluations else "",
                ]
            )
            item.setData(0, self._id_role, row.id)
            for column in (4, 5, 6):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.table.addTopLevelItem(item)
            if row.id == keep:
                self.table.setCurrentItem(item)
        first = self.table.topLevelItem(0)
        if self.table.currentItem() is None and first is not None:
            self.table.setCurrentItem(first)
        if not self.table.topLevelItemCount():
            self.notice.setText(self.tr("No trainings yet: make the first one."))
        else:
            self.notice.setText("")
        self._update_buttons()

    def current_training_id(self) -> str | None:
        """The training open in the workspace, else the one selected in the list."""
        ws = self.workspace
        shown = self.built and ws is not None and self.stack.currentWidget() is ws
        if shown and ws is not None and ws.file is not None:
            return ws.file.training.id
        return self.selected_id()

    def selected_id(self) -> str | None:
        item = self.table.currentItem() if self.built else None
        return None if item is None else str(item.data(0, self._id_role))

    def _update_buttons(self) -> None:
        has = self.table.currentItem() is not None
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _open_selected(self) -> None:
        training_id = self.selected_id()
        if training_id:
            self.open_training(training_id)

    # --- one training -------------------------------------------------------------------

    def open_training(self, training_id: str, step: str = "plan") -> TrainingWorkspace | None:
        from rapport.ui.trainings.workspace import TrainingWorkspace

        self.ensure_built()
        if self.store is None:
            return None
        if self.workspace is None:
            self.workspace = TrainingWorkspace(self.store, self.template(), self)
            self.workspace.back.connect(self.show_list)
            self.workspace.changed.connect(self.refresh)
            self.stack.addWidget(self.workspace)
        if not self.workspace.open(training_id, step):
            self.refresh()
            return None
        self.stack.setCurrentWidget(self.workspace)
        return self.workspace

    def flush(self) -> None:
        """Save the open training's pending notes now."""
        if self.workspace is not None:
            self.workspace.flush()

    def show_list(self) -> None:
        if self.workspace is not None:
            self.workspace.flush()
        self.refresh()
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    def open_editor(self) -> TrainingEditor | None:
        from rapport.store.settings import load_settings
        from rapport.ui.trainings.editor import TrainingEditor

        if self.store is None:
            return None
        trainer = load_settings(self.store).organizer_name
        self.editor = TrainingEditor(self.store, self.template(), None, self, trainer=trainer)
        self.editor.saved.connect(self._created)
        self.editor.finished.connect(self._editor_closed)
        self.editor.open()
        return self.editor

    def _new(self) -> None:
        self.open_editor()

    def _created(self, training_id: str) -> None:
        self.refresh()
        self.open_training(training_id)

    def _editor_closed(self) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
            self.editor = None

    def delete_selected(self, confirm: bool = True) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from rapport.store.trainings import delete_training

        training_id = self.selected_id()
        if training_id is None or self.store is None:
            return False
        item = self.table.currentItem()
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete training"),
                self.tr("Delete “%1” with its notes and evaluations?").replace(
                    "%1", item.text(1) if item else ""
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        delete_training(self.store, training_id)
        self.refresh()
        return True
