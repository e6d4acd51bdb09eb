"""Reviewing conflicts: keep the value that won the merge, or bring back the one that lost."""

from __future__ import annotations

from rapport.store import sync_book
from rapport.store.core import Store
from rapport.store.sync_book import ConflictRow


def list_conflicts(store: Store) -> list[ConflictRow]:
    with store.read() as conn:
        return sync_book.open_conflicts(conn)


def resolve(store: Store, conflict: ConflictRow, keep_lost: bool) -> None:
    """Settle a conflict. Keeping the losing value is a new local edit (a new stamp,
    greater than both), so it travels to headquarters with the next export."""
    with store.write() as w:
        if keep_lost:
            w.set_fields(
                conflict.table_name, conflict.record_id, {conflict.field: conflict.lost_value}
            )
        sync_book.mark_resolved(w.conn, conflict.id)


def import_hq_key(store: Store, pem: bytes) -> str:
    """Remember HQ's public key for encrypted exports; returns its fingerprint."""
    from rapport.sync import crypto

    crypto.load_public_key(pem)
    with store.write() as w:
        sync_book.update_peer(w.conn, public_key=pem.decode("ascii"))
    return crypto.fingerprint(pem)


def hq_key_fingerprint(store: Store) -> str | None:
    from rapport.sync import crypto

    with store.read() as conn:
        key = sync_book.peer_state(conn).public_key
    return None if key is None else crypto.fingerprint(key.encode("ascii"))
