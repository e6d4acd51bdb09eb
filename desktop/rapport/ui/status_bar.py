"""The status bar: which data folder is open, and whose notebook it is."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

if TYPE_CHECKING:
    from rapport.domain.settings import Settings


class StatusBar(QStatusBar):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self._data_dir = data_dir
        self._settings: Settings | None = None
        self._failed = False
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("folderLabel")
        # A long path must never make the window wider than the screen.
        self.folder_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.folder_label.setToolTip(str(data_dir))
        self.organizer_label = QLabel(self)
        self.organizer_label.setObjectName("organizerLabel")
        for label in (self.folder_label, self.organizer_label):
            label.setContentsMargins(10, 3, 10, 3)
        self.addWidget(self.folder_label, 1)
        self.addPermanentWidget(self.organizer_label)
        self.retranslate()

    def set_settings(self, settings: Settings) -> None:
        self._settings = settings
        self.retranslate()

    def set_failed(self) -> None:
        self._failed = True
        self.retranslate()

    def retranslate(self) -> None:
        self.folder_label.setText(self.tr("Data folder: {folder}").format(folder=self._data_dir))
        settings = self._settings
        if settings is None:
            text = (
                self.tr("Could not open the data")
                if self._failed
                else self.tr("Opening your data…")
            )
        elif settings.organizer_name and settings.organization:
            text = self.tr("{name} · {organization}").format(
                name=settings.organizer_name, organization=settings.organization
            )
        elif settings.organizer_name:
            text = settings.organizer_name
        else:
            text = self.tr("Add your name in Settings")
        self.organizer_label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
