"""What the Contacts screen's file jobs do on their worker thread: read a file and plan its
import, plan it again with other columns, import the planned rows, export contacts.
No Qt here: `ContactsPage` runs these as `Job`s and shows what they return.

Each reports `progress(done, total)` every few hundred rows and stops at the next of
those moments once `cancelled()` turns True, raising the jobs' `Cancelled`: reading a
file of 100,000 rows takes seconds, and a Cancel that came too late would otherwise
open the preview anyway. Reading a CSV file's rows counts three parts in four of the
bar (building each row is most of the work), planning them the last part. The
collector waits meanwhile: its passes over 100,000 new rows cost more than the reading.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from rapport.domain.bulk import paused_gc

if TYPE_CHECKING:
    from rapport.interop.contact_rows import ParsedFile
    from rapport.store.contact_import import ImportCounts, RowPlan
    from rapport.store.core import Store

Planned = tuple["ParsedFile", list["RowPlan"]]
Progress = Callable[[int, int], None]
VCARD_SUFFIXES = (".vcf", ".vcard")
STEP = 500  # rows between two reports (and two looks at Cancel)
BUILD_SHARE = 3  # of a CSV row's 4 parts of the bar, building it; planning it, the 4th

T = TypeVar("T")


def _counted(
    items: Iterable[T],
    progress: Progress,
    cancelled: Callable[[], bool],
    at: int,
    per: int,
    total: int,
) -> Iterator[T]:
    """`items`, reporting `progress(at + done * per, total)` every STEP items and raising
    `Cancelled` there once `cancelled()` is True."""
    from rapport.sync.apply import Cancelled

    for done, item in enumerate(items):
        if done % STEP == 0:
            if cancelled():
                raise Cancelled
            progress(at + done * per, total)
        yield item


@paused_gc()
def read_and_plan(
    store: Store, path: Path, progress: Progress, cancelled: Callable[[], bool]
) -> Planned:
    """Read `path` (.vcf/.vcard: vCard, else CSV) and plan each row against the store."""
    from rapport.interop import read_vcards
    from rapport.interop.csv_contacts import read_csv_columns

    if path.suffix.lower() in VCARD_SUFFIXES:
        return _planned(store, read_vcards(path), progress, cancelled, share=0)
    columns = read_csv_columns(path)
    return remap_and_plan(store, columns, columns.mapping, progress, cancelled)


@paused_gc()
def remap_and_plan(
    store: Store,
    parsed: ParsedFile,
    mapping: dict[str, str],
    progress: Progress,
    cancelled: Callable[[], bool],
) -> Planned:
    """The file's rows built with `mapping` (the same file read with other columns, or
    its rows as first read), then planned."""
    from rapport.interop import remap

    total = len(parsed.rows) * (BUILD_SHARE + 1)

    def watch(rows: Iterable[T]) -> Iterator[T]:
        return _counted(rows, progress, cancelled, 0, BUILD_SHARE, total)

    return _planned(store, remap(parsed, mapping, watch), progress, cancelled, BUILD_SHARE)


def _planned(
    store: Store,
    parsed: ParsedFile,
    progress: Progress,
    cancelled: Callable[[], bool],
    share: int,
) -> Planned:
    """Plan the rows of `parsed`; the bar's first `share` parts in `share + 1` are done."""
    from rapport.store.contact_import import iter_plans

    count = len(parsed.rows)
    plans = iter_plans(store, parsed.rows)
    at, total = count * share, count * (share + 1)
    return parsed, list(_counted(plans, progress, cancelled, at, 1, total))


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


def export_contacts(
    store: Store,
    path: Path,
    ids: Sequence[str] | None,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> int:
    """Write every contact (or `ids`) to `path`: vCard for .vcf/.vcard, else CSV. The
    file appears only once complete: a Cancel leaves none."""
    from rapport.interop import write_csv, write_vcards
    from rapport.store.contact_import import iter_contacts
    from rapport.store.contacts import count_contacts

    total = len(ids) if ids is not None else count_contacts(store)
    rows = _counted(iter_contacts(store, ids), progress, cancelled, 0, 1, total)
    if path.suffix.lower() in VCARD_SUFFIXES:
        return write_vcards(rows, path)
    return write_csv(rows, path)
