"""`StartDialog`: a 1:1 that was not scheduled: pick the person, the kind of 1:1 and
where you are, then the wizard opens on a new meeting that starts now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapport.domain.records import Meeting

if TYPE_CHECKING:
    from rapport.store.core import Store

SEARCH_DELAY_MS = 150
MATCHES = 40


class StartDialog(QDialog):
    def __init__(
        self, store: Store, parent: QWidget | None = None, *, contact_id: str | None = None
    ) -> None:
        super().__init__(parent)
        from rapport.store.meetings import load_meeting_types
        from rapport.ui.calendar.labels import type_labels

        self.setObjectName("startOneOnOne")
        self.store = store
        self.search = QLineEdit(self)
        self.search.setObjectName("contactSearch")
        self.search.setClearButtonEnabled(True)
        self.matches = QListWidget(self)
        self.matches.setObjectName("contactMatches")
        self.kind = QComboBox(self)
        self.kind.setObjectName("meetingKind")
        for key, name in type_labels(load_meeting_types(store)).items():
            self.kind.addItem(name, key)
        self.lengths = {t.key: t.duration_min for t in load_meeting_types(store)}
        self.location = QLineEdit(self)
        self.location.setObjectName("location")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(3)]
        self.form.addRow(self.labels[0], self.search)
        self.form.addRow("", self.matches)
        self.form.addRow(self.labels[1], self.kind)
        self.form.addRow(self.labels[2], self.location)
        for label, buddy in zip(self.labels, (self.search, self.kind, self.location), strict=True):
            label.setBuddy(buddy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.matches.currentItemChanged.connect(self._update_ok)
        self.matches.itemDoubleClicked.connect(lambda _item: self.accept())
        self.retranslate()
        self.refresh(select=contact_id)
        self.setMinimumSize(460, 420)
        self.resize(520, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Start a 1:1"))
        self.note.setText(
            self.tr("A 1:1 that was not on the calendar: it is recorded as starting now.")
        )
        texts = (self.tr("&Person"), self.tr("&Kind of 1:1"), self.tr("&Where"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.search.setPlaceholderText(self.tr("Type a name, phone or email"))
        self.location.setPlaceholderText(self.tr("Where you are meeting"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))

    def refresh(self, select: str | None = None) -> None:
        from rapport.store.contact_edits import get_contact
        from rapport.store.contacts import contact_page

        query = self.search.text().strip() or None
        found = [(c.id, c.name) for c in contact_page(self.store, query, limit=MATCHES)]
        if select and select not in {i for i, _ in found}:
            got = get_contact(self.store, select)
            if got is not None:
                found.insert(0, (select, got[0].display_name))
        self.matches.clear()
        for contact_id, name in found:
            item = QListWidgetItem(name or self.tr("(no name)"))
            item.setData(Qt.ItemDataRole.UserRole, contact_id)
            self.matches.addItem(item)
            if contact_id == select:
                self.matches.setCurrentItem(item)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.contact_id() is not None
        )

    def contact_id(self) -> str | None:
        item = self.matches.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def meeting(self) -> Meeting:
        """The new meeting (not stored yet: finishing the wizard stores it)."""
        from rapport.store.one_on_ones import now_moment
        from rapport.ui.calendar.labels import system_time_zone

        kind = str(self.kind.currentData())
        return Meeting(
            contact_id=self.contact_id(),
            kind=kind,
            starts_at=now_moment(),
            time_zone=system_time_zone(),
            duration_min=self.lengths.get(kind, 45),
            location=self.location.text().strip(),
            status="held",
        )
