"""`MeetingsPage`: the 1:1s screen.

Unfinished 1:1s to resume (drafts) at the top, then three tabs: upcoming 1:1s (start
one), held 1:1s (open the record: read-only, Edit, Export PDF) and follow-ups
(commitments due: kept, missed, rescheduled). "Start 1:1" starts the selected upcoming
meeting; "Unscheduled 1:1…" starts one with anyone.

Qt widgets and the store are imported inside methods, so the window starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapport.ui.page import Page

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent
    from PySide6.QtWidgets import QGroupBox, QPushButton, QTabWidget, QTreeWidget, QWidget

    from rapport.store.core import Store
    from rapport.store.one_on_ones import DraftInfo, OneOnOneItem
    from rapport.ui.meetings.follow_ups_panel import FollowUpsPanel
    from rapport.ui.meetings.record_view import MeetingRecordDialog

RECENT_DAYS = 14  # scheduled 1:1s this far back are still listed, to be recorded


class MeetingsPage(Page):
    key = "meetings"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_dialog: MeetingRecordDialog | None = None
        self.retranslate()

    def title(self) -> str:
        return self.tr("1:1s")

    def build(self) -> None:
        from PySide6.QtWidgets import (
            QAbstractItemView,
            QGroupBox,
            QHBoxLayout,
            QHeaderView,
            QPushButton,
            QTabWidget,
            QTreeWidget,
            QVBoxLayout,
        )

        from rapport.ui.meetings.follow_ups_panel import FollowUpsPanel

        def tree(name: str, widths: tuple[int, ...]) -> QTreeWidget:
            t = QTreeWidget(self)
            t.setObjectName(name)
            t.setRootIsDecorated(False)
            t.setAlternatingRowColors(True)
            t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            t.setColumnCount(len(widths) + 1)
            for column, width in enumerate(widths):
                t.setColumnWidth(column, width)
            return t

        self.start_button: QPushButton = QPushButton(self)
        self.start_button.setObjectName("startOneOnOne")
        self.unscheduled_button: QPushButton = QPushButton(self)
        self.unscheduled_button.setObjectName("unscheduledOneOnOne")
        self.open_button: QPushButton = QPushButton(self)
        self.open_button.setObjectName("openRecord")
        actions = QHBoxLayout()
        for b in (self.start_button, self.unscheduled_button, self.open_button):
            actions.addWidget(b)
        actions.addStretch(1)

        self.drafts_box: QGroupBox = QGroupBox(self)
        self.drafts_box.setObjectName("draftsBox")
        self.drafts: QTreeWidget = tree("draftList", (220, 160, 200))
        self.drafts.setMaximumHeight(120)
        self.resume_button: QPushButton = QPushButton(self)
        self.resume_button.setObjectName("resumeDraft")
        self.discard_button: QPushButton = QPushButton(self)
        self.discard_button.setObjectName("discardDraft")
        draft_buttons = QVBoxLayout()
        draft_buttons.addWidget(self.resume_button)
        draft_buttons.addWidget(self.discard_button)
        draft_buttons.addStretch(1)
        drafts_layout = QHBoxLayout(self.drafts_box)
        drafts_layout.addWidget(self.drafts, 1)
        drafts_layout.addLayout(draft_buttons)

        self.tabs: QTabWidget = QTabWidget(self)
        self.tabs.setObjectName("meetingTabs")
        self.upcoming: QTreeWidget = tree("upcomingList", (190, 170, 180, 200))
        # Where takes the width the others leave, so the status stays in view on a laptop.
        upcoming_header = self.upcoming.header()
        upcoming_header.setStretchLastSection(False)
        upcoming_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.upcoming.setColumnWidth(4, 110)
        self.held: QTreeWidget = tree("heldList", (190, 170, 180, 140))
        self.follow_ups: FollowUpsPanel = FollowUpsPanel(self)
        self.tabs.addTab(self.upcoming, "")
        self.tabs.addTab(self.held, "")
        self.tabs.addTab(self.follow_ups, "")

        self.body.addLayout(actions)
        self.body.addWidget(self.drafts_box)
        self.body.addWidget(self.tabs, 1)

        self.start_button.clicked.connect(self.start_selected)
        self.unscheduled_button.clicked.connect(lambda: self.start(None))
        self.open_button.clicked.connect(self.open_selected)
        self.resume_button.clicked.connect(self.resume_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.upcoming.itemActivated.connect(lambda *_: self.start_selected())
        self.held.itemActivated.connect(lambda *_: self.open_selected())
        self.drafts.itemActivated.connect(lambda *_: self.resume_selected())
        self.upcoming.currentItemChanged.connect(self._update_buttons)
        self.held.currentItemChanged.connect(self._update_buttons)
        self.tabs.currentChanged.connect(self._update_buttons)
        self.follow_ups.changed.connect(self.refresh)

    def retranslate(self) -> None:
        super().retranslate()
        if not self.built:
            return
        self.start_button.setText(self.tr("&Start 1:1"))
        self.unscheduled_button.setText(self.tr("&Unscheduled 1:1…"))
        self.open_button.setText(self.tr("&Open record"))
        self.drafts_box.setTitle(self.tr("Unfinished 1:1s: pick up where you stopped"))
        self.drafts.setHeaderLabels([self.tr("Person"), self.tr("Step"), self.tr("Last saved"), ""])
        self.resume_button.setText(self.tr("&Resume"))
        self.discard_button.setText(self.tr("Discard…"))
        self.upcoming.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Person"),
                self.tr("Kind"),
                self.tr("Where"),
                self.tr("Status"),
            ]
        )
        self.held.setHeaderLabels(
            [self.tr("When"), self.tr("Person"), self.tr("Kind"), self.tr("Answer"), ""]
        )
        self.tabs.setTabText(0, self.tr("Upcoming"))
        self.tabs.setTabText(1, self.tr("Held"))
        self.tabs.setTabText(2, self.tr("Follow-ups"))
        self.follow_ups.retranslate()
        if self.store is not None:
            self.refresh()

    def set_store(self, store: Store) -> None:
        super().set_store(store)
        self.follow_ups.store = store
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.store is not None:
            self.refresh()

    # --- lists ---------------------------------------------------------------------------

    def refresh(self) -> None:
        from datetime import UTC, datetime, timedelta

        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QTreeWidgetItem

        from rapport.store import one_on_ones as ones
        from rapport.store.meetings import load_meeting_types
        from rapport.ui.calendar.labels import status_labels, type_labels
        from rapport.ui.dates import stored_moment_text as when
        from rapport.ui.meetings.labels import answer_labels

        if self.store is None or not self.built:
            return
        kinds = type_labels(load_meeting_types(self.store))
        statuses, answers = status_labels(), answer_labels()

        def fill(tree: QTreeWidget, rows: list[tuple[str, list[str]]]) -> None:
            current = tree.currentItem()
            keep = current.data(0, Qt.ItemDataRole.UserRole) if current else None
            tree.clear()
            for key, cells in rows:
                item = QTreeWidgetItem(cells)
                item.setData(0, Qt.ItemDataRole.UserRole, key)
                tree.addTopLevelItem(item)
                if key == keep:
                    tree.setCurrentItem(item)
            first = tree.topLevelItem(0)
            if tree.currentItem() is None and first is not None:
                tree.setCurrentItem(first)

        self.draft_items: list[DraftInfo] = ones.list_drafts(self.store)
        fill(
            self.drafts,
            [
                (d.key, [d.contact_name or "?", self._step_name(d.step, d.kind), when(d.saved_at)])
                for d in self.draft_items
            ],
        )
        self.drafts_box.setVisible(bool(self.draft_items))
        since = (datetime.now(UTC) - timedelta(days=RECENT_DAYS)).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.upcoming_items: list[OneOnOneItem] = ones.upcoming_one_on_ones(self.store, since)
        fill(
            self.upcoming,
            [
                (
                    i.meeting_id,
                    [
                        when(i.starts_at),
                        i.contact_name,
                        kinds.get(i.kind, i.kind),
                        i.location,
                        statuses.get(i.status, i.status),
                    ],
                )
                for i in self.upcoming_items
            ],
        )
        self.held_items: list[OneOnOneItem] = ones.recent_one_on_ones(self.store)
        fill(
            self.held,
            [
                (
                    i.meeting_id,
                    [
                        when(i.starts_at),
                        i.contact_name,
                        kinds.get(i.kind, i.kind),
                        answers.get(i.answer, i.answer)
                        if i.status == "held"
                        else statuses.get(i.status, i.status),
                    ],
                )
                for i in self.held_items
            ],
        )
        self.follow_ups.refresh()
        self.tabs.setTabText(
            2, self.tr("Follow-ups ({n})").replace("{n}", str(len(self.follow_ups.items)))
        )
        self._update_buttons()

    def _step_name(self, key: str, kind: str = "introductory") -> str:
        """What the agenda of `kind`, in the interface language, calls step `key`."""
        from PySide6.QtCore import QLocale

        from rapport.domain.agenda import load_template
        from rapport.store.one_on_ones import agenda_folders

        names = {"outcome": self.tr("Outcome"), "self_check": self.tr("Self-check")}
        if key in names:
            return names[key]
        if self.store is not None:
            language = QLocale().name()[:2]
            step = load_template(agenda_folders(self.store), kind, language).template.step(key)
            if step is not None:
                return step.title
        return key.replace("_", " ").capitalize()

    def _update_buttons(self) -> None:
        tab = self.tabs.currentIndex()
        self.start_button.setEnabled(tab == 0 and self._selected(self.upcoming) is not None)
        self.open_button.setEnabled(tab == 1 and self._selected(self.held) is not None)

    @staticmethod
    def _selected(tree: QTreeWidget) -> str | None:
        from PySide6.QtCore import Qt

        item = tree.currentItem()
        return None if item is None else str(item.data(0, Qt.ItemDataRole.UserRole))

    # --- actions -------------------------------------------------------------------------

    def start(self, meeting_id: str | None) -> None:
        from rapport.ui.meetings.launch import open_wizard

        if self.store is None:
            return
        wizard = open_wizard(self.window(), self.store, meeting_id)
        if wizard is not None:
            wizard.finished.connect(lambda _r: self.refresh())
        self.refresh()

    def start_selected(self) -> None:
        meeting_id = self._selected(self.upcoming)
        if meeting_id is not None:
            self.start(meeting_id)

    def resume_selected(self) -> None:
        from rapport.store.one_on_ones import DRAFT_PREFIX

        key = self._selected(self.drafts)
        if key is not None:
            self.start(key[len(DRAFT_PREFIX) :])

    def discard_selected(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from rapport.store.one_on_ones import delete_draft

        key = self._selected(self.drafts)
        if key is None or self.store is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard this draft?"),
            self.tr("Throw away everything written in this unfinished 1:1?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            delete_draft(self.store, key)
            self.refresh()

    def open_selected(self) -> None:
        meeting_id = self._selected(self.held)
        if meeting_id is not None:
            self.open_record(meeting_id)

    def open_record(self, meeting_id: str) -> MeetingRecordDialog | None:
        from rapport.ui.meetings.record_view import MeetingRecordDialog

        if self.store is None:
            return None
        if self.record_dialog is not None:
            self.record_dialog.close()
            self.record_dialog.deleteLater()
        self.record_dialog = MeetingRecordDialog(self.store, meeting_id, self)
        self.record_dialog.edited.connect(lambda _id: self.refresh())
        self.record_dialog.show()
        return self.record_dialog
