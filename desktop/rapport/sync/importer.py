"""Importing a bundle on a laptop: preview, then merge in one transaction.

The whole bundle lands or none of it does; its id is recorded in the same transaction,
so importing it again changes nothing and says so.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rapport.domain.problems import Problem
from rapport.store import sync_book
from rapport.store.core import Store
from rapport.store.tables import stamp_column
from rapport.sync.apply import MergeOptions, MergeOutcome, TableCounts, Totals, apply_records
from rapport.sync.bundle import BundleError, OpenedBundle
from rapport.sync.hlc import wall_ms


class _DryRun(Exception):
    pass


@dataclass
class ImportReport(Totals):
    source: str
    bundle_id: str
    kind: str
    from_device: str
    from_name: str
    organizer: str
    records: int
    dry_run: bool = False
    already_imported_at: str | None = None
    tables: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: int = 0
    far_future: int = 0

    def summary(self) -> str:
        who = self.organizer or self.from_name or self.from_device
        if self.already_imported_at:
            return (
                f"This bundle from {who} was already imported on {self.already_imported_at}; "
                "nothing was changed."
            )
        verb = "would add" if self.dry_run else "added"
        text = (
            f"Bundle from {who} ({self.kind}, {self.records:,} records): {verb} {self.new:,} new, "
            f"{'would update' if self.dry_run else 'updated'} {self.updated:,}, "
            f"{self.unchanged:,} unchanged"
        )
        if self.conflicts:
            text += f", {self.conflicts:,} conflicting field(s) to review"
        if self.far_future:
            text += (
                f". {self.far_future:,} change(s) carry a time far in the future: "
                "the sending laptop's clock is probably wrong"
            )
        return text + "."

    def as_json(self) -> dict[str, Any]:
        return {
            "bundle_id": self.bundle_id,
            "kind": self.kind,
            "from_device": self.from_device,
            "records": self.records,
            "dry_run": self.dry_run,
            "already_imported_at": self.already_imported_at,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "conflicts": self.conflicts,
            "far_future": self.far_future,
            "tables": {t: vars(c) for t, c in sorted(self.tables.items())},
        }


def import_bundle(
    store: Store,
    bundle: OpenedBundle,
    *,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    header = bundle.header
    report = ImportReport(
        bundle.source,
        header.bundle_id,
        header.kind,
        header.device_id,
        header.device_name,
        header.organizer,
        bundle.trailer.records,
        dry_run,
    )
    if header.device_id == store.device_id:
        raise BundleError(
            Problem(
                "own_bundle", "this bundle was written by this laptop; there is nothing to import"
            )
        )
    if header.kind == "return" and header.to_device != store.device_id:
        raise BundleError(
            Problem(
                "other_laptop",
                f"this return bundle from headquarters is for another laptop (device "
                f"{header.to_device}); this laptop is {store.device_id}",
                device=header.to_device,
                this_device=store.device_id,
            )
        )
    try:
        with store.write(bulk=True) as writer:
            conn = writer.conn
            when = sync_book.already_imported(conn, header.bundle_id)
            if when is not None:
                report.already_imported_at = when
                return report
            me = store.device_id

            def changed_on_both_sides(
                local: dict[str, Any], name: str, fields: dict[str, Any], deleted: dict[str, Any]
            ) -> bool:
                """This laptop wrote its version, the sender wrote theirs, and the sender's
                copy of the record shows it had not seen ours: bundles carry whole records,
                so holding any stamp of ours at least as new means it had."""
                mine = str(local[stamp_column(name)])
                if not mine.endswith(me) or fields[name]["hlc"].endswith(me):
                    return False
                ours_seen = max(
                    (v["hlc"] for v in (*fields.values(), deleted) if v["hlc"].endswith(me)),
                    default="",
                )
                return bool(ours_seen < mine)

            drift_limit = wall_ms() + getattr(store.clock, "max_drift_ms", 3_600_000)
            options = MergeOptions(
                # Records from HQ keep their sequence (so they never echo back to HQ);
                # records from another laptop are passed on to HQ with our next export.
                next_seq=None if header.kind == "return" else writer.next_change_seq,
                is_concurrent=changed_on_both_sides,
                far_future_prefix=f"{min(drift_limit, (1 << 48) - 1):012x}",
                progress=progress,
                cancelled=cancelled,
            )
            outcome = apply_records(conn, bundle.records(), options)
            _finish(writer, store, bundle, outcome, report)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return report


def _finish(
    writer: Any, store: Store, bundle: OpenedBundle, outcome: MergeOutcome, report: ImportReport
) -> None:
    header = bundle.header
    conn = writer.conn
    report.tables = outcome.tables
    report.conflicts = len(outcome.conflicts)
    report.far_future = outcome.far_future
    if outcome.max_stamp:
        store.clock.observe(outcome.max_stamp)
    now = sync_book.utc_now()
    sync_book.add_conflicts(
        conn,
        [
            {
                "table_name": table,
                "record_id": record_id,
                "field": c.field,
                "kept_value": json.dumps(c.kept[0], ensure_ascii=False),
                "kept_stamp": c.kept[1],
                "lost_value": json.dumps(c.lost[0], ensure_ascii=False),
                "lost_stamp": c.lost[1],
                "lost_side": c.lost_side,
                "bundle_id": header.bundle_id,
                "created_at": now,
            }
            for table, record_id, c in outcome.conflicts
        ],
    )
    peer_updates: dict[str, Any] = {"last_import_at": now}
    if header.kind == "return":
        peer = sync_book.peer_state(conn)
        if header.upto_seq >= peer.return_seq:
            # HQ's newest word on what it holds, even when lower than before (HQ restored
            # from a backup): the next export then carries the gap again.
            peer_updates["acked_seq"] = header.ack_seq or 0
            peer_updates["return_seq"] = header.upto_seq
    sync_book.update_peer(conn, **peer_updates)
    sync_book.record_import(
        conn, header.bundle_id, header.device_id, header.kind, report.records, report.as_json()
    )
