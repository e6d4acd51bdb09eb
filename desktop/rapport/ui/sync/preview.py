"""`ImportPreviewDialog`: what importing a bundle would change, before anything is written.

It shows who the bundle is from, what kind it is, a row per record type with how many
records are new, updated or unchanged, and how many fields conflict. "Import" accepts;
a bundle imported before can only be closed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapport.ui.sync.dialogs import heading_label, settle
from rapport.ui.sync.labels import format_stamp, format_utc, kind_label, table_label, table_order

if TYPE_CHECKING:
    from rapport.sync.bundle import Header
    from rapport.sync.importer import ImportReport

WARNING_STYLE = "color: #b3261e;"


class ImportPreviewDialog(QDialog):
    def __init__(self, header: Header, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import a bundle"))
        self.report = report
        locale = QLocale()
        already = report.already_imported_at is not None
        who = self._sender(report)

        self.heading = heading_label(self)
        self.heading.setText(
            self.tr("This bundle was imported before")
            if already
            else self.tr("Import this bundle?")
        )
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(6)
        self.source = QLabel(who, self)
        self.kind = QLabel(kind_label(report.kind), self)
        self.made = QLabel(format_stamp(header.created_hlc), self)
        self.records = QLabel(locale.toString(report.records), self)
        self.file = QLabel(report.source, self)
        self.file.setWordWrap(True)
        self.file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file.setMaximumWidth(520)
        form.addRow(self.tr("From:"), self.source)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Made:"), self.made)
        form.addRow(self.tr("Records:"), self.records)
        form.addRow(self.tr("File:"), self.file)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addLayout(form)

        self.table = QTableWidget(self)
        self.table.setObjectName("previewCounts")
        self.notes: list[QLabel] = []
        if already:
            when = format_utc(report.already_imported_at) or ""
            self._note(
                layout,
                self.tr(
                    "It was imported on {when}. Importing it again would change nothing, "
                    "so there is nothing to do."
                ).format(when=when),
            )
            self.table.hide()
        else:
            self._fill_table()
            layout.addWidget(self.table)
            self._describe(layout, report)

        buttons = QDialogButtonBox(self)
        self.import_button: QPushButton | None = None
        if already:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        else:
            self.import_button = buttons.addButton(
                self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        self.buttons = buttons
        settle(self, QSize(480, 0))

    def _sender(self, report: ImportReport) -> str:
        """Who the bundle is from: "Ana Ruiz (laptop-7)", or the device id at least."""
        if report.kind == "return":
            return self.tr("Headquarters")
        if report.organizer and report.from_name:
            return f"{report.organizer} ({report.from_name})"
        return report.organizer or report.from_name or report.from_device

    def _note(self, layout: QVBoxLayout, text: str, warning: bool = False) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setMaximumWidth(560)
        if warning:
            label.setStyleSheet(WARNING_STYLE)
        layout.addWidget(label)
        self.notes.append(label)
        return label

    def _fill_table(self) -> None:
        report = self.report
        locale = QLocale()
        rows = table_order(
            [t for t, c in report.tables.items() if c.new or c.updated or c.unchanged]
        )
        table = self.table
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("Record type"), self.tr("New"), self.tr("Updated"), self.tr("Unchanged")]
        )
        table.setRowCount(len(rows) + 1)
        totals = (report.new, report.updated, report.unchanged)
        for row, name in enumerate([*rows, ""]):
            if name:
                counts = report.tables[name]
                values = (counts.new, counts.updated, counts.unchanged)
                label = table_label(name)
            else:
                values = totals
                label = self.tr("Total")
            cells = [QTableWidgetItem(label)] + [
                QTableWidgetItem(locale.toString(v)) for v in values
            ]
            for column, item in enumerate(cells):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not name:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tall enough for every row (at most one per record type): no scrolling.
        height = header.sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)
        table.setMinimumWidth(440)

    def _describe(self, layout: QVBoxLayout, report: ImportReport) -> None:
        locale = QLocale()
        if report.conflicts:
            self._note(
                layout,
                self.tr(
                    "Fields changed both on this laptop and in this bundle: {n}. "
                    "The newest change wins; you can review each one afterwards "
                    "under “Review conflicts”."
                ).format(n=locale.toString(report.conflicts)),
            )
        if report.far_future:
            self._note(
                layout,
                self.tr(
                    "Warning: {n} changes in this bundle are dated far in the future. "
                    "The sending laptop's clock is probably wrong. They will be imported, "
                    "but this laptop's clock will not follow them."
                ).format(n=locale.toString(report.far_future)),
                warning=True,
            )
        if report.kind == "return":
            self._note(
                layout,
                self.tr(
                    "This return bundle also tells this laptop which of your changes "
                    "headquarters has received."
                ),
            )
        self._note(layout, self.tr("Nothing has been written yet."))
