"""Sync bookkeeping in the local tables: acknowledgements, imported bundles, conflicts."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, update

from rapport.store import tables

HQ = "hq"


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class PeerState:
    acked_seq: int = 0
    return_seq: int = 0
    public_key: str | None = None
    last_export_at: str | None = None
    last_import_at: str | None = None


def peer_state(conn: Connection, peer: str = HQ) -> PeerState:
    row = (
        conn.execute(select(tables.sync_peer).where(tables.sync_peer.c.peer == peer))
        .mappings()
        .first()
    )
    if row is None:
        return PeerState()
    return PeerState(
        row["acked_seq"],
        row["return_seq"],
        row["public_key"],
        row["last_export_at"],
        row["last_import_at"],
    )


def update_peer(conn: Connection, peer: str = HQ, **values: Any) -> None:
    exists = conn.execute(
        select(tables.sync_peer.c.peer).where(tables.sync_peer.c.peer == peer)
    ).first()
    if exists is None:
        base = {"peer": peer, "acked_seq": 0, "return_seq": 0}
        conn.execute(insert(tables.sync_peer).values({**base, **values}))
    else:
        conn.execute(update(tables.sync_peer).where(tables.sync_peer.c.peer == peer).values(values))


def already_imported(conn: Connection, bundle_id: str) -> str | None:
    """When the bundle was imported before, or None."""
    found = conn.execute(
        select(tables.imported_bundle.c.imported_at).where(
            tables.imported_bundle.c.bundle_id == bundle_id
        )
    ).scalar_one_or_none()
    return None if found is None else str(found)


def record_import(
    conn: Connection, bundle_id: str, device_id: str, kind: str, records: int, report: Any
) -> None:
    conn.execute(
        insert(tables.imported_bundle).values(
            bundle_id=bundle_id,
            device_id=device_id,
            kind=kind,
            imported_at=utc_now(),
            records=records,
            report=json.dumps(report, ensure_ascii=False, sort_keys=True),
        )
    )


@dataclass
class ConflictRow:
    id: int
    table_name: str
    record_id: str
    field: str
    kept_value: Any
    kept_stamp: str
    lost_value: Any
    lost_stamp: str
    lost_side: str
    bundle_id: str
    created_at: str


def add_conflicts(conn: Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(tables.sync_conflict), [{**r, "resolved": 0} for r in rows])


def open_conflicts(conn: Connection) -> list[ConflictRow]:
    t = tables.sync_conflict
    result = conn.execute(
        select(t).where(t.c.resolved == 0).order_by(t.c.table_name, t.c.record_id, t.c.id)
    ).mappings()
    return [
        ConflictRow(
            r["id"],
            r["table_name"],
            r["record_id"],
            r["field"],
            json.loads(r["kept_value"]),
            r["kept_stamp"],
            json.loads(r["lost_value"]),
            r["lost_stamp"],
            r["lost_side"],
            r["bundle_id"],
            r["created_at"],
        )
        for r in result
    ]


def mark_resolved(conn: Connection, conflict_id: int) -> None:
    t = tables.sync_conflict
    conn.execute(update(t).where(t.c.id == conflict_id).values(resolved=1))
