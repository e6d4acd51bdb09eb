"""Exporting a bundle for headquarters: everything since HQ last acknowledged, or all.

Rows are read in one read transaction (a consistent snapshot), streamed to a
temporary file and renamed into place. Private fields are never written. On SQLite, a
big export reads in a thread on that same connection while this one hashes and writes
(`export_parallel`).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, func, select

from rapport import __version__
from rapport.domain.files import atomic_writer
from rapport.domain.ids import uuid7
from rapport.store import sync_book, tables
from rapport.store.core import Store
from rapport.store.engine import sqlite_connection
from rapport.store.settings import read_settings
from rapport.store.tables import SYNCED, stamp_column
from rapport.sync.apply import Cancelled
from rapport.sync.bundle import BundleWriter, Header, Trailer, record_line
from rapport.sync.export_parallel import Built, line_sql, threaded_blocks
from rapport.sync.merge import SHAPES

PROGRESS_EVERY = 2_000
PARALLEL_MIN = 20_000  # records; fewer are written as quickly on one thread
SYNC_EVERY = 32 * 1024 * 1024  # bytes written between fsyncs (the last one is then short)


@dataclass
class ExportSummary:
    path: Path
    bundle_id: str
    kind: str
    since_seq: int
    upto_seq: int
    counts: dict[str, int] = field(default_factory=dict)
    records: int = 0
    bytes: int = 0
    encrypted: bool = False

    def summary(self) -> str:
        parts = ", ".join(f"{n:,} {t}" for t, n in self.counts.items() if n) or "no changes"
        lock = " (encrypted for headquarters)" if self.encrypted else ""
        return (
            f"Wrote {self.path}{lock}: {self.records:,} records ({parts}), "
            f"{self.bytes / 1024:,.0f} KiB, changes {self.since_seq + 1}-{self.upto_seq}."
        )


CHUNK = 2_000


def row_chunks(
    conn: Connection, table: str, since_seq: int | None, skip_device: str | None = None
) -> Iterator[list[bytes]]:
    """Bundle lines, a few thousand at a time, for one table's rows changed after
    `since_seq` (all rows for None).

    With `skip_device`, rows whose every stamp was made by that device are left out:
    it has them already. On SQLite, SQLite itself writes each line (much faster);
    elsewhere (PostgreSQL at HQ) Python does. A test holds the two to the same records.
    """
    if conn.dialect.name == "sqlite":
        yield from _sqlite_chunks(conn, table, since_seq, skip_device)
        return
    chunk: list[bytes] = []
    for line in python_lines(conn, table, since_seq, skip_device):
        chunk.append(line)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def row_lines(
    conn: Connection, table: str, since_seq: int | None, skip_device: str | None = None
) -> Iterator[bytes]:
    """`row_chunks`, one line at a time."""
    for chunk in row_chunks(conn, table, since_seq, skip_device):
        yield from chunk


def python_lines(
    conn: Connection, table: str, since_seq: int | None, skip_device: str | None = None
) -> Iterator[bytes]:
    shape = SHAPES[table]
    t = SYNCED[table]
    query = select(t)
    if since_seq is not None:
        query = query.where(t.c.change_seq > since_seq)
    converters = [(s.name, stamp_column(s.name), s.kind) for s in shape.shared]
    for row in conn.execute(query.order_by(t.c.change_seq)).mappings():
        fields: dict[str, Any] = {}
        for name, stamp_name, kind in converters:
            value = row[name]
            if kind == "json" and value is not None:
                value = orjson.Fragment(value)
            elif kind == "bool" and value is not None:
                value = bool(value)
            fields[name] = {"v": value, "hlc": row[stamp_name]}
        deleted = {"v": bool(row["deleted"]), "hlc": row[stamp_column("deleted")]}
        if (
            skip_device is not None
            and deleted["hlc"].endswith(skip_device)
            and all(f["hlc"].endswith(skip_device) for f in fields.values())
        ):
            continue
        yield record_line(table, row["id"], fields, deleted)


def _sqlite_select(table: str, skip_device: bool) -> str:
    """One SELECT that makes each row's whole bundle line with SQLite's JSON functions."""
    return (
        f'SELECT {line_sql(table)} FROM "{table}" WHERE change_seq > :since '
        + (f"AND NOT ({_all_stamps_from(table)}) " if skip_device else "")
        + "ORDER BY change_seq"
    )


def _all_stamps_from(table: str) -> str:
    stamps = [f'"{s.name}__hlc"' for s in SHAPES[table].shared] + ["deleted__hlc"]
    return " AND ".join(f"substr({c}, -16) = :device" for c in stamps)


def _sqlite_chunks(
    conn: Connection, table: str, since_seq: int | None, skip_device: str | None
) -> Iterator[list[bytes]]:
    params: dict[str, object] = {"since": -1 if since_seq is None else since_seq}
    if skip_device:
        params["device"] = skip_device
    cursor = conn.exec_driver_sql(_sqlite_select(table, bool(skip_device)), params)
    while True:
        rows = cursor.fetchmany(CHUNK)
        if not rows:
            return
        yield [line.encode() for (line,) in rows]


def count_rows(conn: Connection, since_seq: int | None) -> int:
    total = 0
    for t in SYNCED.values():
        query = select(func.count()).select_from(t)
        if since_seq is not None:
            query = query.where(t.c.change_seq > since_seq)
        total += int(conn.execute(query).scalar_one())
    return total


def export_bundle(
    store: Store,
    path: Path,
    *,
    full: bool = False,
    encrypt: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportSummary:
    """Write a bundle to `path`. `encrypt` uses the HQ public key imported earlier."""
    with store.read() as conn:
        device = conn.execute(select(tables.device)).mappings().one()
        peer = sync_book.peer_state(conn)
        if encrypt and not peer.public_key:
            raise ValueError(
                "No headquarters key has been imported yet; import HQ's public key first."
            )
        settings = read_settings(conn)
        since = 0 if full else peer.acked_seq
        header = Header(
            bundle_id=uuid7(),
            device_id=device["id"],
            device_name=device["name"],
            organizer=settings.organizer_name[:200],
            app_version=__version__,
            created_hlc=store.clock.now(),
            kind="full" if full else "delta",
            since_seq=since,
            upto_seq=device["next_seq"] - 1,
            return_ack_seq=peer.return_seq or None,
        )
        total = count_rows(conn, None if full else since)
        summary = ExportSummary(path, header.bundle_id, header.kind, since, header.upto_seq)
        if encrypt:
            buffer = io.BytesIO()
            _write(conn, buffer, header, full, since, total, summary, progress, cancelled)
            from rapport.sync import crypto

            assert peer.public_key is not None
            blob = crypto.encrypt(buffer.getvalue(), peer.public_key.encode("ascii"))
            with atomic_writer(path) as out:
                out.write(blob)
            summary.bytes = len(blob)
            summary.encrypted = True
        else:
            with atomic_writer(path) as out:
                _write(conn, out, header, full, since, total, summary, progress, cancelled)
    with store.write() as w:
        sync_book.update_peer(w.conn, last_export_at=sync_book.utc_now())
    return summary


def _write(
    conn: Connection,
    out: Any,
    header: Header,
    full: bool,
    since: int,
    total: int,
    summary: ExportSummary,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    raw = sqlite_connection(conn)
    writer = BundleWriter(out, header)
    with ExitStack() as stack:
        blocks: Iterable[Built]
        if raw is not None and total >= PARALLEL_MIN:
            blocks = stack.enter_context(threaded_blocks(raw, -1 if full else since))
        else:
            blocks = _joined_chunks(conn, None if full else since)
        trailer = _write_blocks(writer, out, blocks, total, progress, cancelled)
    summary.counts, summary.records, summary.bytes = trailer.counts, trailer.records, writer.bytes


def _joined_chunks(conn: Connection, since: int | None) -> Iterator[Built]:
    for table in SYNCED:
        for chunk in row_chunks(conn, table, since):
            yield table, [(b"\n".join(chunk), len(chunk))], len(chunk)


def _write_blocks(
    writer: BundleWriter,
    out: Any,
    blocks: Iterable[Built],
    total: int,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> Trailer:
    fileno = _fileno(out)
    synced = done = 0
    for table, joined, count in blocks:
        for block, lines in joined:
            writer.add_block(table, block, lines)
        done += count
        if fileno is not None and writer.bytes - synced >= SYNC_EVERY:
            out.flush()  # to disk while SQLite works, so the final fsync is short
            os.fsync(fileno)
            synced = writer.bytes
        if cancelled is not None and cancelled():
            raise Cancelled
        if progress is not None:
            progress(done, total)
    trailer = writer.finish()
    if progress is not None:
        progress(done, total)
    return trailer


def _fileno(out: Any) -> int | None:
    try:
        return int(out.fileno())
    except (OSError, AttributeError):  # io.BytesIO (a bundle to encrypt) has none
        return None
