"""`ContactTableModel`: the contact list as a table that reads the store a page at a time.

It holds the count of the current query and a cache of pages (`PAGE_SIZE` rows each),
read with `contact_page` the first time a row of that page is painted. Sorting and
searching ask the store again and reset the model; nothing is sorted or filtered in Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from rapport.domain.contact_list import SORT_KEYS
from rapport.ui.dates import stored_day_text

if TYPE_CHECKING:
    from rapport.domain.contact_list import SortKey
    from rapport.store.contacts import ContactSummary
    from rapport.store.core import Store

PAGE_SIZE = 200
MAX_PAGES = 50  # pages kept in memory; older ones are read again when needed

Index = QModelIndex | QPersistentModelIndex


class ContactTableModel(QAbstractTableModel):
    COLUMNS: tuple[SortKey, ...] = SORT_KEYS  # one column per way the list can be sorted

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.query = ""
        self.sort_key: SortKey = "name"
        self.descending = False
        self.total = 0
        self._pages: dict[int, list[ContactSummary]] = {}
        self.stage_labels: dict[str, str] = {}

    # -- the query ----------------------------------------------------------------------

    def set_store(self, store: Store) -> None:
        self.store = store
        self.refresh()

    def set_query(self, query: str) -> None:
        self.query = query.strip()
        self.refresh()

    def set_sort(self, sort_key: SortKey, descending: bool) -> None:
        self.sort_key = sort_key
        self.descending = descending
        self.refresh()

    def refresh(self) -> None:
        """Read the count (and first page) again, e.g. after an edit."""
        from rapport.store.contacts import first_screen, load_ladder
        from rapport.ui.contacts.stages import stage_labels

        self.beginResetModel()
        self._pages = {}
        if self.store is None:
            self.total = 0
        else:
            ladder = load_ladder(self.store)
            self.stage_labels = stage_labels(ladder)
            self.total, first = first_screen(
                self.store, self.query or None, self.sort_key, self.descending, PAGE_SIZE
            )
            self._pages[0] = first
        self.endResetModel()

    def _row(self, row: int) -> ContactSummary | None:
        if self.store is None or not 0 <= row < self.total:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            from rapport.store.contacts import contact_page

            if len(self._pages) >= MAX_PAGES:
                self._pages.pop(next(iter(self._pages)))
            page = contact_page(
                self.store,
                self.query or None,
                self.sort_key,
                self.descending,
                offset=number * PAGE_SIZE,
                limit=PAGE_SIZE,
            )
            self._pages[number] = page
        within = row - number * PAGE_SIZE
        return page[within] if within < len(page) else None

    def summary(self, row: int) -> ContactSummary | None:
        return self._row(row)

    def contact_id(self, row: int) -> str | None:
        found = self._row(row)
        return None if found is None else found.id

    def row_of(self, contact_id: str) -> int | None:
        """The row of a contact in the list (reading its page if need be), or None."""
        for number, page in self._pages.items():
            for within, item in enumerate(page):
                if item.id == contact_id:
                    return number * PAGE_SIZE + within
        if self.store is None:
            return None
        from rapport.store.contacts import contact_position

        row = contact_position(
            self.store, contact_id, self.query or None, self.sort_key, self.descending
        )
        return row if row is not None and self.contact_id(row) == contact_id else None

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return self.column_titles()[section]
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Phone"),
            self.tr("Email"),
            self.tr("Turf"),
            self.tr("Stage"),
            self.tr("Tags"),
            self.tr("Last 1:1"),
            self.tr("Next step"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            item = self._row(index.row())
            if item is None:
                return None
            return self._text(item, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            item = self._row(index.row())
            if item is not None and item.do_not_contact:
                return self.tr("Do not contact")
        if role == Qt.ItemDataRole.FontRole and index.column() == 0:
            item = self._row(index.row())
            if item is not None and item.do_not_contact:
                from PySide6.QtGui import QFont

                font = QFont()
                font.setItalic(True)
                return font
        return None

    def _text(self, item: ContactSummary, column: str) -> str:
        if column == "name":
            return item.name or self.tr("(no name)")
        if column == "stage":
            return self.stage_labels.get(item.stage, item.stage)
        if column == "last_one_on_one":
            return stored_day_text(item.last_one_on_one)
        if column == "next_step":
            if item.next_step_kind is None:
                return ""
            when = stored_day_text(item.next_step_at)
            what = item.next_step_what or (
                self.tr("1:1") if item.next_step_kind == "meeting" else ""
            )
            return f"{when} {what}".strip()
        value = getattr(item, column)
        return value if isinstance(value, str) else ""
