"""`BlockDialog`: set aside a block of time at one place (say Tuesday 17:00-21:00 at a
café) for back-to-back 1:1s; shows its slots and which are still free. Free slots
appear on the calendar: double-click one to schedule a 1:1 in it."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rapport.domain import scheduling as rules
from rapport.domain.records import MeetingBlock
from rapport.ui.dates import editor_format, time_text

if TYPE_CHECKING:
    from rapport.store.core import Store


class BlockDialog(QDialog):
    def __init__(
        self,
        store: Store,
        tz: str,
        parent: QWidget | None = None,
        *,
        block_id: str | None = None,
        starts_at: str | None = None,
    ) -> None:
        super().__init__(parent)
        from rapport.store.meetings import get_block

        self.setObjectName("blockDialog")
        self.store = store
        found = get_block(store, block_id) if block_id else None
        self.is_new = found is None
        self.block = dataclasses.replace(found) if found else MeetingBlock(time_zone=tz)
        if starts_at and self.is_new:
            self.block.starts_at = starts_at
        b = self.block
        self.deleted = False
        self.setWindowTitle(
            self.tr("New block of 1:1s") if self.is_new else self.tr("Block of 1:1s")
        )
        self.resize(500, 360)
        self.start = QDateTimeEdit()
        self.start.setObjectName("blockStart")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(editor_format())
        if b.starts_at:
            local = rules.local_time(b.starts_at, b.time_zone).replace(tzinfo=None)
        else:
            local = datetime.now().replace(hour=17, minute=0, second=0, microsecond=0)
            local += timedelta(days=1)
        self.start.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        self.length = QSpinBox()
        self.length.setObjectName("blockLength")
        self.length.setRange(15, 12 * 60)
        self.length.setSingleStep(15)
        self.length.setSuffix(self.tr(" min"))
        self.length.setValue(b.duration_min)
        self.location = QLineEdit(b.location)
        self.location.setObjectName("blockLocation")
        self.location.setPlaceholderText(self.tr("Where (required)"))
        self.slot = QSpinBox()
        self.slot.setObjectName("blockSlot")
        self.slot.setRange(5, 8 * 60)
        self.slot.setSingleStep(5)
        self.slot.setSuffix(self.tr(" min"))
        self.slot.setValue(b.slot_min)
        self.gap = QSpinBox()
        self.gap.setObjectName("blockGap")
        self.gap.setRange(0, 4 * 60)
        self.gap.setSingleStep(5)
        self.gap.setSuffix(self.tr(" min"))
        self.gap.setValue(b.gap_min)
        self.note = QLineEdit(b.note)
        self.slots = QLabel()
        self.slots.setObjectName("blockSlots")
        self.slots.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #a33;")
        self.problems.setWordWrap(True)
        self.problems.hide()
        form = QFormLayout()
        form.addRow(self.tr("Starts"), self.start)
        form.addRow(self.tr("Length"), self.length)
        form.addRow(self.tr("Place"), self.location)
        form.addRow(self.tr("Each 1:1"), self.slot)
        form.addRow(self.tr("Break between"), self.gap)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        if not self.is_new:
            delete = buttons.addButton(
                self.tr("Delete block"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            delete.setObjectName("blockDelete")
            delete.clicked.connect(self._delete)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.slots)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        layout.addWidget(buttons)
        for spin in (self.length, self.slot, self.gap):
            spin.valueChanged.connect(lambda _v: self._preview())
        self.start.dateTimeChanged.connect(lambda _v: self._preview())
        self._preview()

    def collected(self) -> MeetingBlock:
        b = dataclasses.replace(self.block)
        value = self.start.dateTime()
        local = datetime.combine(value.date().toPython(), value.time().toPython())  # type: ignore[arg-type]
        b.starts_at = rules.to_utc(local, b.time_zone)
        b.duration_min = self.length.value()
        b.location = self.location.text().strip()
        b.slot_min = self.slot.value()
        b.gap_min = self.gap.value()
        b.note = self.note.text().strip()
        return b

    def _preview(self) -> None:
        from rapport.store.meetings import block_slots

        b = self.collected()
        slots = block_slots(self.store, b)
        free = [s for s in slots if s.meeting_id is None]
        times = ", ".join(time_text(rules.local_time(s.start, b.time_zone)) for s in free)
        text = self.tr("%n slots", "", len(slots))
        text += " · " + self.tr("%n free", "", len(free))
        if times:
            text += ": " + times
        self.slots.setText(text)

    def accept(self) -> None:
        from rapport.store.meetings import save_block
        from rapport.ui.calendar.labels import problems_text

        try:
            save_block(self.store, self.collected())
        except rules.SchedulingError as exc:
            self.problems.setText(problems_text(exc.problems))
            self.problems.show()
            return
        super().accept()

    def _delete(self) -> None:
        from rapport.store.meetings import delete_block

        delete_block(self.store, self.block.id)
        self.deleted = True
        super().accept()

    def block_id(self) -> str:
        return self.block.id
