"""`SettingsDialog`: edits `Settings`; the caller's `save` function stores them.

The dialog stays open and shows the reason when saving is refused (a `ValueError`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rapport.domain.settings import LANGUAGES, Settings
from rapport.ui.language import LANGUAGE_NAMES

MAX_WEEKLY_GOAL = 100


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        save: Callable[[Settings], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._save = save
        self._saved: Settings | None = None

        self.name = QLineEdit(settings.organizer_name, self)
        self.name.setPlaceholderText(self.tr("The name people know you by"))
        self.organization = QLineEdit(settings.organization, self)
        self.organization.setPlaceholderText(self.tr("Your organization or campaign"))
        self.weekly_goal = QSpinBox(self)
        self.weekly_goal.setRange(0, MAX_WEEKLY_GOAL)
        self.weekly_goal.setValue(settings.weekly_goal)
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        for field in (self.name, self.organization):
            field.setMinimumWidth(300)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("&Organization:"), self.organization)
        form.addRow(self.tr("Weekly 1:1 &goal:"), self.weekly_goal)
        form.addRow(self.tr("Interface &language:"), self.language)

        self.problem = QLabel(self)
        self.problem.setObjectName("settingsProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b3261e;")
        # Room for a two-line reason is kept from the start, so the dialog does not
        # change size limits when one appears.
        self.problem.setMinimumHeight(self.problem.fontMetrics().lineSpacing() * 2)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        # Settle the size limits before the window exists: changing them on a shown window
        # makes some platforms (offscreen, in tests) warn.
        layout.activate()

    def settings(self) -> Settings:
        """The settings as currently filled in."""
        return Settings(
            organizer_name=self.name.text().strip(),
            organization=self.organization.text().strip(),
            weekly_goal=self.weekly_goal.value(),
            language=str(self.language.currentData()),
        )

    def saved(self) -> Settings | None:
        """The settings stored when the dialog was accepted, else None."""
        return self._saved

    def accept(self) -> None:
        settings = self.settings()
        try:
            problems = settings.problems()
            if problems:
                raise ValueError(" ".join(problems))
            self._save(settings)
        except ValueError as exc:
            self.problem.setText(self.tr("Not saved: {reason}").format(reason=exc))
            return
        self._saved = settings
        super().accept()
