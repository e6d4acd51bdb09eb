"""Headquarters: merge bundles from many laptops into one database, and write each
laptop its return bundle. The database is a SQLite file or PostgreSQL, by URL.

Merging uses the same code as a laptop's import; each bundle is one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, insert, make_url, select, update
from sqlalchemy.exc import DataError

from rapport import __version__
from rapport.domain.files import atomic_writer
from rapport.domain.ids import uuid7
from rapport.domain.problems import Problem
from rapport.store import sync_book, tables
from rapport.store.core import ensure_device
from rapport.store.engine import BULK_CACHE_KIB, WRITE_OPTION, make_engine
from rapport.store.migrate import (
    HEAD,
    REVISIONS,
    NewerSchemaError,
    needs_migration,
    revision_of,
    upgrade_connection,
)
from rapport.store.migrate import migrate as migrate_file
from rapport.store.tables import SYNCED
from rapport.sync.apply import MergeOptions, TableCounts, apply_records
from rapport.sync.bundle import BundleError, BundleWriter, Header, read_bundle_file
from rapport.sync.export import row_chunks
from rapport.sync.hlc import HybridLogicalClock, wall_ms
from rapport.sync.state import state_lines


class HQ:
    """An open headquarters database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        with self.writing() as conn:
            self.device_id, last = ensure_device(conn)
        self.clock = HybridLogicalClock(self.device_id, last)

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn.execution_options(**{WRITE_OPTION: True})
            with conn.begin():
                yield conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def open_hq(db: str) -> HQ:
    """Open (creating and migrating as needed) an HQ database.

    `db` is a SQLAlchemy URL (postgresql+psycopg://…, sqlite:///…) or a file path.
    """
    if "://" in db:
        url = make_url(db)
        if url.get_backend_name() == "sqlite" and url.database:
            db = url.database  # a file: open it with Rapport's pragmas, as a path is opened
    if "://" not in db:
        path = Path(db).expanduser().resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        if needs_migration(path):
            migrate_file(path, path.parent)
        return HQ(make_engine(path, cache_kib=BULK_CACHE_KIB))
    engine = create_engine(db)
    with engine.connect() as conn, conn.begin():
        revision = revision_of(conn)
        if revision is not None and revision not in REVISIONS:
            engine.dispose()
            raise NewerSchemaError(
                f"The HQ database uses schema {revision}; this Rapport knows up to {HEAD}."
            )
        if revision != HEAD:
            upgrade_connection(conn)
    return HQ(engine)


@dataclass
class BundleResult:
    source: str
    ok: bool
    message: str
    bundle_id: str = ""
    device_id: str = ""
    tables: dict[str, TableCounts] = field(default_factory=dict)
    already: bool = False
    far_future: int = 0


def merge_bundle(
    hq: HQ,
    path: Path,
    private_key: bytes | None = None,
    progress: Callable[[int], None] | None = None,
) -> BundleResult:
    """Merge one bundle in one transaction. A bad bundle is refused whole."""
    try:
        bundle = read_bundle_file(path, private_key)
        header = bundle.header
        if header.kind == "return":
            raise BundleError(
                Problem(
                    "return_for_laptop", "this is a return bundle for a laptop, not a bundle for HQ"
                )
            )
        with hq.writing() as conn:
            # Lock HQ's device row first: merges into one PostgreSQL database from several
            # processes then take turns (SQLite's BEGIN IMMEDIATE already serializes them).
            seq = conn.execute(
                select(tables.device.c.next_seq)
                .where(tables.device.c.id == hq.device_id)
                .with_for_update()
            ).scalar_one()
            when = sync_book.already_imported(conn, header.bundle_id)
            if when is not None:
                return BundleResult(
                    str(path),
                    True,
                    f"already merged on {when}; nothing changed",
                    header.bundle_id,
                    header.device_id,
                    already=True,
                )
            counter = [int(seq)]

            def next_seq() -> int:
                counter[0] += 1
                return counter[0] - 1

            limit = min(wall_ms() + hq.clock.max_drift_ms, (1 << 48) - 1)
            outcome = apply_records(
                conn,
                bundle.records(),
                MergeOptions(
                    next_seq=next_seq, far_future_prefix=f"{limit:012x}", progress=progress
                ),
            )
            if outcome.max_stamp:
                hq.clock.observe(outcome.max_stamp)
            conn.execute(
                update(tables.device)
                .where(tables.device.c.id == hq.device_id)
                .values(next_seq=counter[0], clock_last=hq.clock.last)
            )
            _acknowledge(conn, header)
            result = BundleResult(
                str(path),
                True,
                f"{outcome.new:,} new, {outcome.updated:,} updated, {outcome.unchanged:,} unchanged"
                + (
                    f"; {outcome.far_future:,} change(s) from a clock far in the future"
                    if outcome.far_future
                    else ""
                ),
                header.bundle_id,
                header.device_id,
                outcome.tables,
                far_future=outcome.far_future,
            )
            sync_book.record_import(
                conn,
                header.bundle_id,
                header.device_id,
                header.kind,
                bundle.trailer.records,
                {"message": result.message},
            )
            return result
    except BundleError as exc:
        where = [f"line {exc.line}"] if exc.line else []
        where += [f"field {exc.field_path}"] if exc.field_path else []
        reason = f"{', '.join(where)}: {exc.reason}" if where else str(exc.reason)
        return BundleResult(str(path), False, reason, device_id="")
    except DataError as exc:  # a value the database cannot store (PostgreSQL: a NUL byte)
        return BundleResult(str(path), False, f"the database refused a value: {exc.orig}")


def _acknowledge(conn: Connection, header: Header) -> None:
    """Advance what HQ acknowledges for the sending laptop, only over an unbroken range."""
    t = tables.hq_device
    row = conn.execute(select(t).where(t.c.device_id == header.device_id)).mappings().first()
    now = sync_book.utc_now()
    if row is None:
        acked = header.upto_seq if header.since_seq == 0 else 0
        conn.execute(
            insert(t).values(
                device_id=header.device_id,
                device_name=header.device_name,
                organizer=header.organizer,
                acked_seq=acked,
                returned_seq=header.return_ack_seq or 0,
                last_bundle_at=now,
            )
        )
        return
    acked = row["acked_seq"]
    if header.since_seq <= acked:
        acked = max(acked, header.upto_seq)
    conn.execute(
        update(t)
        .where(t.c.device_id == header.device_id)
        .values(
            acked_seq=acked,
            returned_seq=max(row["returned_seq"], header.return_ack_seq or 0),
            device_name=header.device_name,
            organizer=header.organizer or row["organizer"],
            last_bundle_at=now,
        )
    )


@dataclass
class ReturnSummary:
    path: Path
    device_id: str
    ack_seq: int
    records: int
    counts: dict[str, int]


def write_return(hq: HQ, device_id: str, path: Path) -> ReturnSummary:
    """The return bundle for one laptop: the acknowledgement of what HQ has from it, and
    every record changed at HQ since the laptop last confirmed a return, except those
    the laptop made itself. Stamps are kept as they are, so nothing echoes back."""
    with hq.reading() as conn:
        t = tables.hq_device
        row = conn.execute(select(t).where(t.c.device_id == device_id)).mappings().first()
        if row is None:
            raise BundleError(
                Problem(
                    "no_device_bundle",
                    f"HQ has received no bundle from device {device_id}",
                    device=device_id,
                )
            )
        upto = conn.execute(
            select(tables.device.c.next_seq).where(tables.device.c.id == hq.device_id)
        ).scalar_one()
        header = Header(
            bundle_id=uuid7(),
            device_id=hq.device_id,
            device_name="headquarters",
            organizer="",
            app_version=__version__,
            created_hlc=hq.clock.now(),
            kind="return",
            since_seq=row["returned_seq"],
            upto_seq=upto - 1,
            to_device=device_id,
            ack_seq=row["acked_seq"],
        )
        with atomic_writer(path) as out:
            writer = BundleWriter(out, header)
            for table in SYNCED:
                for chunk in row_chunks(conn, table, row["returned_seq"], device_id):
                    writer.add_lines(table, chunk)
            trailer = writer.finish()
    return ReturnSummary(path, device_id, row["acked_seq"], trailer.records, trailer.counts)


def write_state(hq: HQ, out: Callable[[bytes], object]) -> None:
    with hq.reading() as conn:
        for chunk in state_lines(conn):
            out(chunk)
