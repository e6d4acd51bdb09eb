"""A big export on SQLite: a reader thread has SQLite build the bundle lines while the
calling thread hashes and writes them, so both cores work at once.

SQLite makes each line itself (`line_sql`) and joins a segment of up to `CHUNK` lines
into one string in a single step, with the GIL released throughout. Segments are cut in
bundle order (table by table, then by `change_seq`, ties by rowid: the order of the
one-connection export), so the file is byte for byte the same. The reader thread uses the
export's own connection, inside its read transaction, so every line comes from the
snapshot the header was read in (SQLAlchemy opens file databases with
check_same_thread=False); the caller leaves that connection alone until the thread ends.
At most `WINDOW` built segments wait for the writer, so memory stays bounded.

Why one reader and not two threads on two connections sharing a snapshot: SQLite takes
one process-wide mutex around every allocation (SQLITE_DEFAULT_MEMSTATUS is on in the
usual builds; Debian's also omits lookaside, so nearly every allocation is a malloc),
and building JSON allocates some 40 times a line. Two threads building lines take turns
on that mutex: each ran at half speed (0.33 s of CPU in 0.66 s), no faster than one,
and whole exports were slower. Two processes would scale, but not two threads.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from rapport.store.tables import SYNCED
from rapport.sync.merge import SHAPES

CHUNK = 2_000  # lines per segment (and per progress report and check for a cancel)
WINDOW = 4  # built segments that may wait for the writer
MAX_INT = 2**63 - 1
MIN_INT = -(2**63)
END = (MAX_INT, MAX_INT)  # a position after every row

Position = tuple[int, int]  # (change_seq, rowid): the order rows are exported in
Piece = tuple[str, tuple[int, ...]]  # a SELECT of (line count, joined lines), parameters
# table, blocks of newline-joined lines (with their line counts), line count
Built = tuple[str, list[tuple[bytes, int]], int]


def line_sql(table: str) -> str:
    """An expression that makes a row's whole bundle line with SQLite's JSON functions."""
    parts = []
    for spec in SHAPES[table].shared:
        name = f'"{spec.name}"'
        if spec.kind == "json":
            value = f"json({name})"
        elif spec.kind == "bool":
            value = (
                f"json(CASE WHEN {name} IS NULL THEN 'null' "
                f"WHEN {name} THEN 'true' ELSE 'false' END)"
            )
        else:
            value = name
        parts.append(f"'{spec.name}', json_object('v', {value}, 'hlc', \"{spec.name}__hlc\")")
    return (
        f"json_object('type', 'record', 'table', '{table}', 'id', id, "
        f"'fields', json_object({', '.join(parts)}), 'deleted', json_object('v', "
        "json(CASE WHEN deleted THEN 'true' ELSE 'false' END), 'hlc', deleted__hlc))"
    )


def _joined(lines: str) -> str:
    """How many rows `lines` selects, and all their lines joined by newlines, as bytes.

    group_concat takes the rows in the order of the subquery's ORDER BY: SQLite keeps
    that ORDER BY (and does not flatten the subquery) under an aggregate for just this
    use. The test suite holds the result to the line-by-line export, byte for byte.
    """
    return f"SELECT count(*), CAST(group_concat(line, char(10)) AS BLOB) FROM ({lines})"


class _TableQueries:
    """The SELECTs for one table. All of them walk its `change_seq` index."""

    def __init__(self, table: str) -> None:
        t = f'"{table}"'
        line = line_sql(table)
        self.table = table
        self.nth_in_tie = (
            f"SELECT rowid FROM {t} WHERE change_seq = ? AND rowid > ? "
            "ORDER BY rowid LIMIT 1 OFFSET ?"
        )
        self.count_in_tie = f"SELECT count(*) FROM {t} WHERE change_seq = ? AND rowid > ?"
        self.nth_after = (
            f"SELECT change_seq, rowid FROM {t} WHERE change_seq > ? "
            "ORDER BY change_seq, rowid LIMIT 1 OFFSET ?"
        )
        self.lines_in_tie = _joined(
            f"SELECT {line} AS line FROM {t} WHERE change_seq = ? AND rowid BETWEEN ? AND ? "
            "ORDER BY change_seq, rowid"
        )
        self.lines_between = _joined(
            f"SELECT {line} AS line FROM {t} WHERE change_seq > ? AND change_seq < ? "
            "ORDER BY change_seq, rowid"
        )

    def advance(self, conn: sqlite3.Connection, after: Position, rows: int) -> Position:
        """The position of the `rows`-th row after `after`; `END` if there are fewer.

        Many rows can share one `change_seq` (records first received in a return bundle
        all have 0), so a position also holds the rowid, and a tie can be cut.
        """
        seq, rowid = after
        skipped = 0
        if rowid < MAX_INT:  # rows may be left in the tie at `seq`
            found = conn.execute(self.nth_in_tie, (seq, rowid, rows - 1)).fetchall()
            if found:
                return seq, int(found[0][0])
            skipped = int(conn.execute(self.count_in_tie, (seq, rowid)).fetchall()[0][0])
        if seq == MAX_INT:
            return END
        found = conn.execute(self.nth_after, (seq, rows - 1 - skipped)).fetchall()
        return (int(found[0][0]), int(found[0][1])) if found else END

    def pieces(self, after: Position, upto: Position) -> list[Piece]:
        """SELECTs for the rows after `after`, up to and including `upto`, in order."""
        (seq0, rowid0), (seq1, rowid1) = after, upto
        if seq0 == seq1:
            return [(self.lines_in_tie, (seq0, rowid0 + 1, rowid1))] if rowid0 < rowid1 else []
        pieces: list[Piece] = []
        if rowid0 < MAX_INT:
            pieces.append((self.lines_in_tie, (seq0, rowid0 + 1, MAX_INT)))
        pieces.append((self.lines_between, (seq0, seq1)))
        pieces.append((self.lines_in_tie, (seq1, MIN_INT, rowid1)))
        return pieces


def segments(conn: sqlite3.Connection, since: int) -> Iterator[tuple[str, list[Piece]]]:
    """Every row with `change_seq > since`, in bundle order, in segments of `CHUNK`."""
    for table in SYNCED:
        queries = _TableQueries(table)
        after: Position = (since, MAX_INT)
        while after != END:
            upto = queries.advance(conn, after, CHUNK)
            yield table, queries.pieces(after, upto)
            after = upto


def build(conn: sqlite3.Connection, table: str, pieces: list[Piece]) -> Built:
    """One segment's lines: one step of SQLite per piece, the GIL released meanwhile."""
    blocks: list[tuple[bytes, int]] = []
    count = 0
    for sql, params in pieces:
        ((lines, block),) = conn.execute(sql, params).fetchall()
        if lines:
            blocks.append((block, lines))
            count += lines
    return table, blocks, count


class _Reader:
    """A thread that builds every segment in order; iterate `built()` for them."""

    def __init__(self, conn: sqlite3.Connection, since: int) -> None:
        self._conn = conn
        self._since = since
        self._stop = threading.Event()
        self._queue: queue.Queue[Built | BaseException | None] = queue.Queue(maxsize=WINDOW)
        self.thread = threading.Thread(target=self._run, name="rapport-export", daemon=True)

    def __enter__(self) -> _Reader:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()  # the thread stops after the segment it is building
        self.thread.join()

    def built(self) -> Iterator[Built]:
        while (item := self._queue.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item

    def _run(self) -> None:
        try:
            for table, pieces in segments(self._conn, self._since):
                if self._stop.is_set() or not self._put(build(self._conn, table, pieces)):
                    return
            self._put(None)
        except BaseException as exc:  # the writer raises it
            self._put(exc)

    def _put(self, item: Built | BaseException | None) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False


@contextmanager
def threaded_blocks(conn: sqlite3.Connection, since: int) -> Iterator[Iterator[Built]]:
    """The bundle's record lines for every row with `change_seq > since`, as built
    segments, read in a thread on `conn` (which nothing else may use meanwhile); leaving
    the block stops and joins the thread."""
    with _Reader(conn, since) as reader:
        yield reader.built()
