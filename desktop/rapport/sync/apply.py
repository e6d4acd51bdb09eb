"""Applying a stream of bundle records to a database, in batches, inside the caller's
transaction. Laptops and headquarters both merge through here."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from rapport.domain.bulk import paused_gc
from rapport.store.merge_rows import fetch_rows, insert_rows, update_rows
from rapport.sync.bundle import BundleRecord
from rapport.sync.merge import SHAPES, Conflict, ConflictRule, merge_row, new_row

BATCH = 2_000


class Cancelled(Exception):
    """The person cancelled; the transaction is rolled back."""


@dataclass
class TableCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0


class Totals:
    """New, updated and unchanged records over all tables."""

    tables: dict[str, TableCounts]

    @property
    def new(self) -> int:
        return sum(c.new for c in self.tables.values())

    @property
    def updated(self) -> int:
        return sum(c.updated for c in self.tables.values())

    @property
    def unchanged(self) -> int:
        return sum(c.unchanged for c in self.tables.values())


@dataclass
class MergeOutcome(Totals):
    tables: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[tuple[str, str, Conflict]] = field(default_factory=list)
    max_stamp: str = ""  # the greatest stamp within the allowed drift, for the clock
    far_future: int = 0

    def counts(self, table: str) -> TableCounts:
        return self.tables.setdefault(table, TableCounts())


@dataclass
class MergeOptions:
    next_seq: Callable[[], int] | None = None  # None: merged rows keep their change_seq
    is_concurrent: ConflictRule | None = None  # None: conflicts are not recorded
    far_future_prefix: str = "ffffffffffff"  # stamps whose 12-hex time exceeds this
    progress: Callable[[int], None] | None = None
    cancelled: Callable[[], bool] | None = None


@paused_gc()  # thousands of records in flight, no cycles among them (see domain.bulk)
def apply_records(
    conn: Connection, records: Iterable[BundleRecord], options: MergeOptions
) -> MergeOutcome:
    outcome = MergeOutcome()
    pending: dict[str, list[BundleRecord]] = {}
    done = 0
    for record in records:
        batch = pending.setdefault(record.table, [])
        batch.append(record)
        if len(batch) >= BATCH:
            _flush(conn, record.table, batch, options, outcome)
            done += len(batch)
            batch.clear()
            _tick(options, done)
    for table, batch in pending.items():
        _flush(conn, table, batch, options, outcome)
        done += len(batch)
    _tick(options, done)
    return outcome


def _tick(options: MergeOptions, done: int) -> None:
    if options.cancelled is not None and options.cancelled():
        raise Cancelled
    if options.progress is not None:
        options.progress(done)


def _flush(
    conn: Connection,
    table: str,
    batch: list[BundleRecord],
    options: MergeOptions,
    outcome: MergeOutcome,
) -> None:
    if not batch:
        return
    shape = SHAPES[table]
    counts = outcome.counts(table)
    current = fetch_rows(conn, table, list(dict.fromkeys(r.id for r in batch)))
    inserts: dict[str, dict[str, Any]] = {}
    updates: dict[str, dict[str, Any]] = {}
    max_stamp = outcome.max_stamp
    far = options.far_future_prefix
    for record in batch:
        versions = (*record.fields.values(), record.deleted)
        top = max([version["hlc"] for version in versions])
        if top[:12] > far:  # some stamps from a clock far ahead: count them, skip them
            for version in versions:
                stamp = version["hlc"]
                if stamp[:12] > far:
                    outcome.far_future += 1  # merged, but the clock must not follow it
                elif stamp > max_stamp:
                    max_stamp = stamp
        elif top > max_stamp:
            max_stamp = top
        local = current.get(record.id)
        if local is None:  # most records of a big merge: new here, nothing to compare
            row = new_row(shape, record.id, record.fields, record.deleted)
            row["change_seq"] = options.next_seq() if options.next_seq else 0
            inserts[record.id] = current[record.id] = row
            counts.new += 1
            continue
        result = merge_row(
            shape, record.id, record.fields, record.deleted, local, options.is_concurrent
        )
        for conflict in result.conflicts:
            outcome.conflicts.append((table, record.id, conflict))
        if not result.changed:
            counts.unchanged += 1
            if result.sender_behind and options.next_seq is not None:
                # Nothing changes here, but the row goes out again with the next
                # export or return bundle, so the sender learns it lost.
                row = result.row
                row["change_seq"] = options.next_seq()
                if record.id in inserts:
                    inserts[record.id] = row
                else:
                    updates[record.id] = row
                current[record.id] = row
            continue
        row = result.row
        if options.next_seq is not None:
            row["change_seq"] = options.next_seq()
        if record.id in inserts:  # the same record twice in one bundle
            inserts[record.id] = row
        else:
            updates[record.id] = row
            counts.updated += 1
        current[record.id] = row
    outcome.max_stamp = max_stamp
    insert_rows(conn, table, inserts.values())
    update_rows(conn, table, updates.values())
