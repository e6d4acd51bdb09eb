"""A big export on SQLite reads in a thread: the same bytes, one snapshot, clean cancels."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import text

from rapport.domain.demo import generate
from rapport.domain.records import Contact, Tag
from rapport.store import sync_book
from rapport.store.tables import SYNCED
from rapport.sync import export, export_parallel
from rapport.sync.apply import Cancelled
from rapport.sync.bundle import BundleWriter
from rapport.sync.export import export_bundle
from tests.unit.sync_helpers import Laptop


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Laptop]:
    one = Laptop(tmp_path / "ana")
    yield one
    one.close()


@pytest.fixture
def small_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many segments (and ties cut across them) out of little data."""
    monkeypatch.setattr(export_parallel, "CHUNK", 4)


def threaded(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(export, "PARALLEL_MIN", 0 if on else 10**12)


def reader_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "rapport-export"]


def fill(laptop: Laptop) -> None:
    """Demo records, awkward text, and many rows sharing one change_seq (records first
    received in a return bundle all have 0), cut across segment boundaries."""
    with laptop.store.write() as w:
        w.insert_new(generate(7, 30, dt.date(2026, 11, 22)))
    for i in range(6):
        laptop.store.save(
            Contact(
                first_name=f'Tab\tquote" back\\slash\n {i}',
                last_name="Peña ✓ \x01",
                follow_up_days=None if i % 2 else i + 1,
                phones=["é", "+1 555"],
                do_not_contact=bool(i % 2),
            )
        )
    with laptop.store.engine.begin() as conn:
        conn.execute(text("UPDATE contact SET change_seq = 0 WHERE rowid % 3 = 0"))
        middle = conn.execute(text("SELECT max(change_seq) / 2 FROM contact_tag")).scalar_one()
        conn.execute(
            text("UPDATE contact_tag SET change_seq = :s WHERE rowid % 2 = 0"), {"s": middle}
        )
        conn.execute(text("UPDATE tag SET change_seq = 5"))


def export_lines(laptop: Laptop, path: Path, *, full: bool) -> tuple[list[bytes], Any]:
    summary = export_bundle(laptop.store, path, full=full)
    lines = path.read_bytes().split(b"\n")
    assert lines[-1] == b""
    assert summary.bytes == path.stat().st_size
    return lines[1:-2], orjson.loads(lines[-2])


@pytest.mark.usefixtures("small_segments")
@pytest.mark.parametrize("full", [True, False])
def test_the_threaded_export_writes_the_same_bytes_as_the_one_connection_one(
    laptop: Laptop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, full: bool
) -> None:
    """Same lines in the same order (ties by rowid), same counts; only the header's
    bundle id and stamp, and so the checksum, differ between two exports."""
    fill(laptop)
    if not full:
        with laptop.store.write() as w:
            sync_book.update_peer(w.conn, acked_seq=40)
    built: list[str] = []
    real_build = export_parallel.build

    def counting(conn: Any, table: str, pieces: Any) -> Any:
        built.append(table)
        return real_build(conn, table, pieces)

    monkeypatch.setattr(export_parallel, "build", counting)
    threaded(monkeypatch, False)
    one, one_trailer = export_lines(laptop, tmp_path / "one.bundle", full=full)
    assert not built
    threaded(monkeypatch, True)
    two, two_trailer = export_lines(laptop, tmp_path / "two.bundle", full=full)
    assert len(built) > 20  # the threaded path ran, in many segments

    assert two == one
    assert len(one) == one_trailer["records"] > 100
    assert (two_trailer["counts"], two_trailer["records"]) == (
        one_trailer["counts"],
        one_trailer["records"],
    )
    with laptop.store.read() as conn:
        ties = conn.execute(text("SELECT count(*) FROM contact WHERE change_seq = 0")).scalar()
    assert ties and ties > export_parallel.CHUNK
    assert reader_threads() == []


def test_a_big_export_takes_the_threaded_path_by_itself(
    laptop: Laptop, monkeypatch: pytest.MonkeyPatch
) -> None:
    with laptop.store.write() as w:
        w.insert_new(Contact(first_name=f"p{i}") for i in range(export.PARALLEL_MIN))
    used: list[int] = []
    real = export_parallel.threaded_blocks

    def spy(*args: Any) -> Any:
        used.append(1)
        return real(*args)

    monkeypatch.setattr(export, "threaded_blocks", spy)
    seen: list[tuple[int, int]] = []
    summary = export_bundle(
        laptop.store, laptop.dir.parent / "big.bundle", progress=lambda d, t: seen.append((d, t))
    )
    assert used and summary.records == export.PARALLEL_MIN
    assert seen[-1] == (export.PARALLEL_MIN, export.PARALLEL_MIN)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


@pytest.mark.usefixtures("small_segments")
def test_rows_committed_during_an_export_are_all_in_or_all_out(
    laptop: Laptop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer commits a contact and a tag together, again and again, while the export
    runs. The bundle holds exactly the rows with change_seq up to its header's upto_seq:
    it would not if the lines came from a later snapshot than the header, or each table
    from its own."""
    with laptop.store.write() as w:
        w.insert_new(Contact(first_name=f"p{i}") for i in range(120))
    threaded(monkeypatch, True)
    real_build = export_parallel.build

    def slow(conn: Any, table: str, pieces: Any) -> Any:
        time.sleep(0.002)  # let commits land between segments
        return real_build(conn, table, pieces)

    monkeypatch.setattr(export_parallel, "build", slow)
    stop = threading.Event()
    commits: list[float] = []

    def writer() -> None:
        k = 0
        while not stop.is_set():
            with laptop.store.write() as w:
                w.insert_new([Contact(first_name=f"w{k}"), Tag(name=f"w{k}")])
            commits.append(time.perf_counter())
            k += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(commits) < 3:
            time.sleep(0.001)
        started = time.perf_counter()
        path = laptop.export(full=True)
        ended = time.perf_counter()
    finally:
        stop.set()
        thread.join()
    assert any(started < c < ended for c in commits)  # the writer really ran meanwhile

    lines = path.read_bytes().split(b"\n")
    upto = orjson.loads(lines[0])["upto_seq"]
    records = [orjson.loads(line) for line in lines[1:-2]]
    exported = {(r["table"], r["id"]) for r in records}
    with laptop.store.read() as conn:
        in_snapshot = {
            (table, str(row[0]))
            for table in SYNCED
            for row in conn.execute(
                text(f'SELECT id FROM "{table}" WHERE change_seq <= :s'), {"s": upto}
            )
        }
        later = conn.execute(
            text("SELECT count(*) FROM contact WHERE change_seq > :s"), {"s": upto}
        ).scalar()
    assert exported == in_snapshot
    assert len(records) == len(exported)
    assert later  # commits after the snapshot exist and were left out
    written = {r["fields"]["first_name"]["v"] for r in records if r["table"] == "contact"}
    tags = {r["fields"]["name"]["v"] for r in records if r["table"] == "tag"}
    assert {n for n in written if n.startswith("w")} == tags


@pytest.mark.usefixtures("small_segments")
def test_cancelling_a_threaded_export_leaves_no_file_and_no_thread(
    laptop: Laptop, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(laptop)
    threaded(monkeypatch, True)
    real_build = export_parallel.build

    def slow(conn: Any, table: str, pieces: Any) -> Any:
        time.sleep(0.03)  # the reader is surely busy when the cancel comes
        return real_build(conn, table, pieces)

    monkeypatch.setattr(export_parallel, "build", slow)
    target = laptop.dir.parent / "out.bundle"
    target.write_bytes(b"previous export")
    checks: list[int] = []

    def cancelled() -> bool:
        checks.append(1)
        return len(checks) >= 3

    with pytest.raises(Cancelled):
        export_bundle(laptop.store, target, full=True, cancelled=cancelled)
    assert len(checks) == 3
    assert target.read_bytes() == b"previous export"
    assert sorted(p.name for p in target.parent.iterdir() if p.name.startswith(".out")) == []
    assert reader_threads() == []
    # The connection is whole again: the next export works and is complete.
    monkeypatch.setattr(export_parallel, "build", real_build)
    summary = export_bundle(laptop.store, target, full=True)
    assert summary.records == len(target.read_bytes().split(b"\n")) - 3


@pytest.mark.usefixtures("small_segments")
def test_a_failing_reader_fails_the_export_and_stops(
    laptop: Laptop, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(laptop)
    threaded(monkeypatch, True)
    real_build = export_parallel.build
    calls: list[int] = []

    def failing(conn: Any, table: str, pieces: Any) -> Any:
        calls.append(1)
        if len(calls) == 5:
            raise RuntimeError("disk gone")
        return real_build(conn, table, pieces)

    monkeypatch.setattr(export_parallel, "build", failing)
    target = laptop.dir.parent / "out.bundle"
    with pytest.raises(RuntimeError, match="disk gone"):
        export_bundle(laptop.store, target, full=True)
    assert not target.exists()
    assert list(target.parent.glob(".out*")) == []
    assert reader_threads() == []


@pytest.mark.usefixtures("small_segments")
def test_a_failing_writer_stops_the_reader(laptop: Laptop, monkeypatch: pytest.MonkeyPatch) -> None:
    """The writer gives up (a full disk) while the reader is blocked on a full queue."""
    fill(laptop)
    threaded(monkeypatch, True)
    monkeypatch.setattr(export_parallel, "WINDOW", 1)
    real_add = BundleWriter.add_block
    calls: list[int] = []

    def failing(self: Any, table: str, block: bytes, count: int) -> None:
        calls.append(1)
        if len(calls) == 2:
            time.sleep(0.05)  # the reader fills the queue meanwhile
            raise OSError(28, "No space left on device")
        real_add(self, table, block, count)

    monkeypatch.setattr(BundleWriter, "add_block", failing)
    target = laptop.dir.parent / "out.bundle"
    with pytest.raises(OSError, match="No space"):
        export_bundle(laptop.store, target, full=True)
    assert not target.exists()
    assert reader_threads() == []
