"""What the Contacts screen's file jobs do on their worker thread: read a file and plan its
import, plan it again with other columns, import the planned rows, export contacts.
No Qt here: `ContactsPage` runs these as `Job`s and shows what they return."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rapport.interop.contact_rows import ParsedFile
    from rapport.store.contact_import import ImportCounts, RowPlan
    from rapport.store.core import Store

Planned = tuple["ParsedFile", list["RowPlan"]]
VCARD_SUFFIXES = (".vcf", ".vcard")


def read_and_plan(store: Store, path: Path) -> Planned:
    """Read `path` (.vcf/.vcard: vCard, else CSV) and plan each row against the store."""
    from rapport.interop import read_csv, read_vcards
    from rapport.store.contact_import import plan_import

    parsed = read_vcards(path) if path.suffix.lower() in VCARD_SUFFIXES else read_csv(path)
    return parsed, plan_import(store, parsed)


def remap_and_plan(store: Store, parsed: ParsedFile, mapping: dict[str, str]) -> Planned:
    """The same file read with another column mapping, planned again."""
    from rapport.interop import remap
    from rapport.store.contact_import import plan_import

    again = remap(parsed, mapping)
    return again, plan_import(store, again)


def import_planned(
    store: Store,
    plans: list[RowPlan],
    update_duplicates: bool,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> ImportCounts:
    """Write the planned rows in one transaction; a cancel raises the jobs' `Cancelled`."""
    from rapport.store.contact_import import ImportCancelled, apply_import
    from rapport.sync.apply import Cancelled

    try:
        return apply_import(store, plans, progress, cancelled, update_duplicates)
    except ImportCancelled as exc:
        raise Cancelled from exc


def export_contacts(store: Store, path: Path, ids: Sequence[str] | None) -> int:
    """Write every contact (or `ids`) to `path`: vCard for .vcf/.vcard, else CSV."""
    from rapport.interop import write_csv, write_vcards
    from rapport.store.contact_import import iter_contacts

    rows = iter_contacts(store, ids)
    if path.suffix.lower() in VCARD_SUFFIXES:
        return write_vcards(rows, path)
    return write_csv(rows, path)
