"""`StatusPanel`: where this laptop stands with headquarters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from rapport.ui.sync.labels import format_utc

if TYPE_CHECKING:
    from rapport.store.sync_status import SyncStatus


class StatusPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._status: SyncStatus | None = None
        self._fingerprint: str | None = None
        self.organizer = self._value("syncOrganizer")
        self.device = self._value("syncDevice")
        self.last_export = self._value("syncLastExport")
        self.last_import = self._value("syncLastImport")
        self.acked = self._value("syncAcked")
        self.pending = self._value("syncPending")
        self.key = self._value("syncKey")
        self._captions = [QLabel(self) for _ in range(7)]
        form = QFormLayout(self)
        form.setContentsMargins(16, 12, 16, 12)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(7)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        values = (
            self.organizer,
            self.device,
            self.last_export,
            self.last_import,
            self.acked,
            self.pending,
            self.key,
        )
        for caption, value in zip(self._captions, values, strict=True):
            form.addRow(caption, value)
        self.retranslate()

    def _value(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def show_status(self, status: SyncStatus | None, fingerprint: str | None) -> None:
        self._status = status
        self._fingerprint = fingerprint
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("This laptop"))
        captions = (
            self.tr("Organizer:"),
            self.tr("Device:"),
            self.tr("Last export:"),
            self.tr("Last import:"),
            self.tr("Headquarters:"),
            self.tr("Not yet confirmed:"),
            self.tr("HQ key:"),
        )
        for label, text in zip(self._captions, captions, strict=True):
            label.setText(text)
        status = self._status
        if status is None:
            for value in (self.organizer, self.device, self.last_export, self.last_import):
                value.setText("…")
            for value in (self.acked, self.pending, self.key):
                value.setText("…")
            return
        locale = QLocale()
        self.organizer.setText(status.organizer or self.tr("Not set: add your name in Settings"))
        self.device.setText(
            self.tr("{name} (device {id})").format(name=status.device_name, id=status.device_id)
        )
        never = self.tr("Never")
        self.last_export.setText(format_utc(status.last_export_at) or never)
        self.last_import.setText(format_utc(status.last_import_at) or never)
        if status.acked_seq:
            self.acked.setText(
                self.tr("HQ has confirmed your changes up to #{n}").format(
                    n=locale.toString(status.acked_seq)
                )
            )
        else:
            self.acked.setText(self.tr("HQ has not confirmed any of your changes yet"))
        if status.pending == 0:
            self.pending.setText(self.tr("Every change is confirmed by HQ"))
        elif status.pending == 1:
            self.pending.setText(self.tr("1 change not yet confirmed by HQ"))
        else:
            self.pending.setText(
                self.tr("{n} changes not yet confirmed by HQ").format(
                    n=locale.toString(status.pending)
                )
            )
        self.key.setText(
            self.tr("Fingerprint {fingerprint}").format(fingerprint=self._fingerprint)
            if self._fingerprint
            else self.tr("No HQ key")
        )
