"""`ImportPreviewDialog`: what importing a CSV or vCard file would do, row by row (new,
duplicate of whom and why, invalid and why), with the counts and, for a CSV file, a
combo per column to change where it goes. Every row of the file is listed
(`ImportRowsModel`), or only those of one kind: the invalid rows of a 100,000-row
file, say. Changing the mapping asks the page to re-plan (`remap_requested`); Import
asks it to write (`import_requested`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from rapport.ui.contacts.import_labels import problem_text, row_texts
from rapport.ui.contacts.import_rows import ImportRowsModel, is_kind

if TYPE_CHECKING:
    from rapport.interop.contact_rows import ParsedFile
    from rapport.store.contact_import import RowPlan


class ImportPreviewDialog(QDialog):
    remap_requested = Signal(object)  # the new mapping: dict[str, str]
    import_requested = Signal(bool)  # whether to fill in the contacts duplicates match

    def __init__(self, parsed: ParsedFile, plans: list[RowPlan], parent: QWidget | None) -> None:
        super().__init__(parent)
        from rapport.interop import MAPPING_TARGETS

        self.setObjectName("contactImportPreview")
        self.setWindowTitle(self.tr("Import contacts"))
        self.setMinimumSize(760, 560)
        self.parsed = parsed
        self.plans = plans
        self._texts = row_texts()  # a problem's translated text, by its code
        self.counts = QLabel(self)
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)

        self.combos: dict[str, QComboBox] = {}
        if parsed.format == "csv":
            box = QGroupBox(self.tr("Columns of the file"), self)
            grid_host = QWidget()
            grid = QGridLayout(grid_host)
            for row, column in enumerate(parsed.columns):
                combo = QComboBox()
                for target, _label in MAPPING_TARGETS:
                    combo.addItem(self._target_label(target), target)
                combo.setCurrentIndex(max(0, combo.findData(parsed.mapping.get(column, ""))))
                self.combos[column] = combo
                grid.addWidget(QLabel(column), row // 2, (row % 2) * 2)
                grid.addWidget(combo, row // 2, (row % 2) * 2 + 1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(grid_host)
            scroll.setMaximumHeight(180)
            self.apply_mapping = QPushButton(self.tr("Apply the mapping"))
            self.apply_mapping.setObjectName("applyMapping")
            self.apply_mapping.clicked.connect(lambda: self.remap_requested.emit(self.mapping()))
            inner = QVBoxLayout(box)
            inner.addWidget(scroll)
            inner.addWidget(self.apply_mapping)
            layout.addWidget(box)

        headers = [self.tr("Line"), self.tr("Name"), self.tr("What happens")]
        self.row_model = ImportRowsModel(self._what_happens, headers, self)
        self.kinds = QComboBox(self)
        self.kinds.setObjectName("importRowKinds")
        self.kinds.currentIndexChanged.connect(
            lambda: self.row_model.show_kind(str(self.kinds.currentData() or "all"))
        )
        show = QLabel(self.tr("Show:"), self)
        show.setBuddy(self.kinds)
        choose = QHBoxLayout()
        choose.addWidget(show)
        choose.addWidget(self.kinds)
        choose.addStretch(1)
        layout.addLayout(choose)
        self.rows = QTreeView(self)
        self.rows.setObjectName("importRows")
        self.rows.setRootIsDecorated(False)
        self.rows.setUniformRowHeights(True)
        self.rows.setModel(self.row_model)
        self.rows.setColumnWidth(0, 60)
        self.rows.setColumnWidth(1, 220)
        layout.addWidget(self.rows, 1)
        self.update_duplicates = QCheckBox(
            self.tr("Fill in the contacts that duplicates match (empty fields, more phones)")
        )
        layout.addWidget(self.update_duplicates)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importContacts")
        self.buttons.accepted.connect(
            lambda: self.import_requested.emit(self.update_duplicates.isChecked())
        )
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.set_plans(parsed, plans)

    def _target_label(self, target: str) -> str:
        labels = {
            "": self.tr("(ignore)"),
            "name": self.tr("full name"),
            "first_name": self.tr("first name"),
            "last_name": self.tr("last name"),
            "phones": self.tr("phone"),
            "emails": self.tr("email"),
            "address": self.tr("address"),
            "tags": self.tr("tags"),
            "notes": self.tr("notes"),
            "pronouns": self.tr("pronouns"),
            "preferred_language": self.tr("preferred language"),
            "turf": self.tr("turf"),
            "how_met": self.tr("how we met"),
            "stage": self.tr("stage"),
            "story": self.tr("story"),
            "issues": self.tr("issues"),
            "shared_vision": self.tr("shared vision"),
            "private_notes": self.tr("private notes"),
            "do_not_contact": self.tr("do not contact"),
            "follow_up_days": self.tr("follow-up days"),
        }
        return labels.get(target, target)

    def mapping(self) -> dict[str, str]:
        return {column: str(combo.currentData()) for column, combo in self.combos.items()}

    def set_mapping(self, column: str, target: str) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(target))

    def set_plans(self, parsed: ParsedFile, plans: list[RowPlan]) -> None:
        from rapport.store.contact_import import count_plans

        self.parsed, self.plans = parsed, plans
        counts = count_plans(plans)
        self.counts.setText(
            self.tr("%Ln rows: %1 new, %2 duplicate, %3 invalid.", "", len(plans))
            .replace("%1", QLocale().toString(counts.new))
            .replace("%2", QLocale().toString(counts.duplicates))
            .replace("%3", QLocale().toString(counts.invalid))
        )
        self.count_values = (counts.new, counts.duplicates, counts.invalid)
        noted = sum(1 for plan in plans if is_kind(plan, "noted"))
        kinds = {
            "all": (self.tr("every row (%1)"), len(plans)),
            "new": (self.tr("new (%1)"), counts.new),
            "noted": (self.tr("new, with values left out (%1)"), noted),
            "duplicate": (self.tr("duplicates (%1)"), counts.duplicates),
            "invalid": (self.tr("invalid (%1)"), counts.invalid),
        }
        kind = self.row_model.kind if kinds[self.row_model.kind][1] else "all"
        self.kinds.blockSignals(True)
        self.kinds.clear()
        for key, (label, count) in kinds.items():
            if count or key == "all":
                self.kinds.addItem(label.replace("%1", QLocale().toString(count)), key)
        self.kinds.setCurrentIndex(max(0, self.kinds.findData(kind)))
        self.kinds.blockSignals(False)
        self.row_model.set_plans(plans, kind)
        self.import_button.setEnabled(counts.new > 0 or counts.duplicates > 0)

    def show_kind(self, kind: str) -> None:
        """List only the rows of `kind` (one of `import_rows.KINDS` on offer)."""
        index = self.kinds.findData(kind)
        if index < 0:
            raise ValueError(f"no rows of this kind to show: {kind!r}")
        self.kinds.setCurrentIndex(index)

    def _what_happens(self, plan: RowPlan) -> str:
        """The preview's word on a row: new (and what was left out), duplicate of whom,
        or invalid and why."""

        def said(problems: list[str]) -> str:
            return "; ".join(problem_text(p, self._target_label, self._texts) for p in problems)

        if plan.action == "new":
            if plan.problems:  # values left out of a row that is still imported
                return self.tr("new, but %1").replace("%1", said(plan.problems))
            return self.tr("new")
        if plan.action == "duplicate":
            return self.tr("duplicate: %1").replace("%1", said([*plan.reasons, *plan.problems]))
        # The reason the row is refused comes last from the reading (after the values it
        # had to leave out): it leads here, where a narrow column cuts the rest.
        return self.tr("invalid: %1").replace("%1", said(plan.reasons[::-1]))
