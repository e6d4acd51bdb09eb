"""Where this laptop stands with headquarters, for the Sync screen: one read transaction."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from rapport.store import sync_book, tables
from rapport.store.core import Store
from rapport.store.settings import read_settings


@dataclass(frozen=True)
class SyncStatus:
    device_id: str
    device_name: str
    organizer: str
    acked_seq: int  # HQ has confirmed this laptop's changes up to here
    pending: int  # records changed here since then
    open_conflicts: int
    last_export_at: str | None  # UTC ISO text
    last_import_at: str | None
    public_key: str | None  # HQ's public key (PEM), for encrypted exports


def pending_changes(conn: Connection, acked_seq: int) -> int:
    """Records whose latest local change HQ has not acknowledged yet."""
    total = 0
    for table in tables.SYNCED.values():
        query = select(func.count()).select_from(table).where(table.c.change_seq > acked_seq)
        total += int(conn.execute(query).scalar_one())
    return total


def open_conflict_count(conn: Connection) -> int:
    t = tables.sync_conflict
    return int(
        conn.execute(select(func.count()).select_from(t).where(t.c.resolved == 0)).scalar_one()
    )


def sync_status(store: Store) -> SyncStatus:
    with store.read() as conn:
        device = (
            conn.execute(
                select(tables.device.c.id, tables.device.c.name).where(
                    tables.device.c.id == store.device_id
                )
            )
            .mappings()
            .one()
        )
        peer = sync_book.peer_state(conn)
        return SyncStatus(
            device_id=str(device["id"]),
            device_name=str(device["name"]),
            organizer=read_settings(conn).organizer_name,
            acked_seq=peer.acked_seq,
            pending=pending_changes(conn, peer.acked_seq),
            open_conflicts=open_conflict_count(conn),
            last_export_at=peer.last_export_at,
            last_import_at=peer.last_import_at,
            public_key=peer.public_key,
        )
