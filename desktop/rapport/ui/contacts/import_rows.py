"""`ImportRowsModel`: the rows of the import preview, every row of the file or those of
one kind (new, new with values left out, duplicate, invalid), three columns: the line,
the name, and what happens to the row.

A file of 100,000 rows makes 100,000 plans; the model keeps only the positions of the
rows it shows and writes a row's text when the view asks for it, so the whole file can
be looked through and the preview opens at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from rapport.store.contact_import import RowPlan

Index = QModelIndex | QPersistentModelIndex
KINDS = ("all", "new", "noted", "duplicate", "invalid")  # "noted": new, values left out


def is_kind(plan: RowPlan, kind: str) -> bool:
    if kind == "all":
        return True
    if kind == "noted":
        return plan.action == "new" and bool(plan.problems)
    return plan.action == kind


class ImportRowsModel(QAbstractTableModel):
    COLUMNS = 3  # line, name, what happens

    def __init__(
        self, describe: Callable[[RowPlan], str], headers: Sequence[str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._describe = describe
        self._headers = list(headers)
        self._plans: list[RowPlan] = []
        self._shown: Sequence[int] = ()
        self.kind = "all"

    def set_plans(self, plans: list[RowPlan], kind: str | None = None) -> None:
        """Show `plans`, those of `kind` (as before when None)."""
        self.beginResetModel()
        self._plans = plans
        self.kind = kind or self.kind
        if self.kind == "all":
            self._shown = range(len(plans))
        else:
            self._shown = [i for i, plan in enumerate(plans) if is_kind(plan, self.kind)]
        self.endResetModel()

    def show_kind(self, kind: str) -> None:
        if kind not in KINDS:
            raise ValueError(f"not a kind of row: {kind!r}")
        self.set_plans(self._plans, kind)

    def plan(self, row: int) -> RowPlan:
        return self._plans[self._shown[row]]

    def text(self, row: int, column: int) -> str:
        plan = self.plan(row)
        if column == 0:
            return str(plan.line)
        if column == 1:
            return "" if plan.contact is None else plan.contact.display_name
        return self._describe(plan)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        if role == Qt.ItemDataRole.DisplayRole or (
            role == Qt.ItemDataRole.ToolTipRole and index.column() == 2  # long reasons
        ):
            return self.text(index.row(), index.column())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMNS
        ):
            return self._headers[section]
        return None
