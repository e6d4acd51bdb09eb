"""Writing a big batch of new records on SQLite from a second thread, while the calling
thread goes on building rows.

An import spends its time on two kinds of work. Python reads, plans, checks and stamps
rows, and holds the GIL while it does. SQLite stores them: the rows and their indexes,
then the contact list and the search index (the refresh of migration 0004). SQLite does
not hold the GIL inside a statement. `background_inserts` lets both kinds run at once,
one on each core:

- the calling thread builds each record's row (`Writer.new_row`) and hands them over in
  chunks of about `CHUNK` rows (the first one smaller, so the worker starts sooner);
- a worker thread writes each chunk with ONE statement per table, an INSERT ... SELECT
  over a JSON array of the rows. A statement holds the GIL only to start and to end,
  where executemany would take it back for every row and wait for the builder each time.
  Then an update of the device row brings the contact list and the search index up to
  date with the chunk, so that work, too, runs beside the builder and not after it.

For a batch as big as the table it lands in, `indexes_set_aside` drops the table's
non-unique indexes while it goes in and makes them again after, from their own SQL:
sorting the rows once is several times cheaper than inserting each into every index.

Records that belong together (a contact and its tag links) stay in one chunk, so each
contact is listed and indexed once. Tables are written parents first, in the order of
`SYNCED`. The worker uses the writer's own connection, inside its transaction; the
caller leaves the connection alone until the block ends, and a failure on either side
stops the worker before the transaction is rolled back. Elsewhere than SQLite
(headquarters on PostgreSQL), each chunk is written on the calling thread.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import orjson

from rapport.domain.fields import field_specs
from rapport.domain.records import BY_TABLE
from rapport.store.engine import sqlite_connection
from rapport.store.tables import SYNCED, stamp_column
from rapport.store.writes import Writer

CHUNK = 5_000  # rows per chunk
FIRST_CHUNK = 500  # the first is small: the worker starts while the caller goes on
WINDOW = 2  # chunks that may wait for the worker
# Any update of the device row recomputes the contacts that writes left pending.
REFRESH = "UPDATE device SET next_seq = next_seq WHERE id = ?"

Job = list[tuple[str, str]]  # (INSERT statement, its JSON array of rows), parents first


@cache
def json_insert_sql(table: str) -> str:
    """An INSERT of every row of a JSON array of `Writer.new_row` rows, in one statement.

    `->>` gives a JSON string as text, a number as an integer and null as NULL, which is
    what the columns hold (booleans are already 0 and 1). Each row's array is taken out
    of the chunk once (`r`, MATERIALIZED: json_each would write it out again for every
    `->>`, a third of the statement's time). The subquery's LIMIT keeps SQLite from
    inlining it, so each row's shared stamp is taken from the JSON once."""
    specs = field_specs(BY_TABLE[table])
    if any(spec.kind == "float" for spec in specs):
        raise ValueError(f"{table}: a JSON number is not read back bit for bit as a float")
    width = len(specs)
    columns = [
        "id",
        *(s.name for s in specs),
        *(stamp_column(s.name) for s in specs),
        "deleted",
        stamp_column("deleted"),
        "change_seq",
    ]
    taken = ", ".join(f"v ->> {i} AS c{i}" for i in range(width + 3))
    stamp, seq = f"c{width + 1}", f"c{width + 2}"
    values = [*(f"c{i}" for i in range(width + 1)), *[stamp] * width, "0", stamp, seq]
    quoted = ", ".join(f'"{c}"' for c in columns)
    return (
        "WITH r AS MATERIALIZED (SELECT value AS v FROM json_each(?)) "
        f'INSERT INTO "{table}" ({quoted}) SELECT {", ".join(values)} '
        f"FROM (SELECT {taken} FROM r LIMIT -1 OFFSET 0)"
    )


class _Worker:
    """The thread that runs each job on the connection, in order."""

    def __init__(self, conn: sqlite3.Connection, device_id: str) -> None:
        self._conn = conn
        self._device_id = device_id
        self._queue: queue.Queue[Job | None] = queue.Queue(maxsize=WINDOW)
        self._abandoned = threading.Event()
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="rapport-insert", daemon=True)
        self._thread.start()

    def put(self, job: Job) -> None:
        if self.error is not None:
            raise self.error
        self._queue.put(job)  # the worker takes every job, failed or not: never stuck

    def close(self) -> None:
        """Wait for every job; raise what the worker raised."""
        self._queue.put(None)
        self._thread.join()
        if self.error is not None:
            raise self.error

    def abandon(self) -> None:
        """Skip the jobs not yet started, and wait for the one running."""
        self._abandoned.set()
        self._queue.put(None)
        self._thread.join()

    def _run(self) -> None:
        while (job := self._queue.get()) is not None:
            if self.error is not None or self._abandoned.is_set():
                continue
            try:
                for sql, rows in job:
                    self._conn.execute(sql, (rows,))
                self._conn.execute(REFRESH, (self._device_id,))
            except BaseException as exc:  # the calling thread raises it
                self.error = exc


class Inserts:
    """Collects new records into chunks; see the module's description."""

    def __init__(self, writer: Writer, worker: _Worker | None) -> None:
        self._writer = writer
        self._worker = worker
        self._rows: dict[str, list[tuple[object, ...]]] = {}
        self._count = 0
        self._limit = min(FIRST_CHUNK, CHUNK)

    def add(self, records: Iterable[Any], *, checked: bool = False) -> None:
        """Add new records that belong together: they are written in one chunk.
        `checked`: see `Writer.new_row`."""
        new_row = self._writer.new_row
        for record in records:
            self._rows.setdefault(record.TABLE, []).append(new_row(record, checked=checked))
            self._count += 1
        if self._count >= self._limit:
            self.send()

    def send(self) -> None:
        """Hand over the rows collected so far."""
        if not self._rows:
            return
        tables = [t for t in SYNCED if t in self._rows]
        if self._worker is None:
            for table in tables:
                self._writer.insert_rows(table, self._rows[table])
        else:
            self._worker.put(
                [(json_insert_sql(t), orjson.dumps(self._rows[t]).decode()) for t in tables]
            )
        self._rows, self._count, self._limit = {}, 0, CHUNK


@contextmanager
def background_inserts(writer: Writer) -> Iterator[Inserts]:
    """New records added in the block are written by a worker thread (on SQLite), and are
    all written when the block ends; `writer`'s connection is the worker's until then."""
    conn = sqlite_connection(writer.conn)
    worker = None if conn is None else _Worker(conn, writer.clock.device_id)
    inserts = Inserts(writer, worker)
    try:
        yield inserts
        inserts.send()
    except BaseException:
        if worker is not None:
            worker.abandon()
        raise
    if worker is not None:
        worker.close()


@contextmanager
def indexes_set_aside(writer: Writer, table: str) -> Iterator[None]:
    """`table`'s non-unique indexes dropped for the block and made again when it ends,
    all inside the writer's transaction: a failure rolls the drop back with the rest.
    SQLite only (elsewhere, nothing changes)."""
    conn = sqlite_connection(writer.conn)
    if conn is None:
        yield
        return
    found = conn.execute(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE %'",
        (table,),
    ).fetchall()
    for name, _sql in found:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _name, sql in found:
        conn.execute(sql)
