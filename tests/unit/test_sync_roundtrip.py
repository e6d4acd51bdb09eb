"""Export and import between laptops: what travels, what doesn't, and repeat imports."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import orjson
import pytest

from rapport.domain.records import Contact, Evaluation, Meeting, Tag
from rapport.store import sync_book
from rapport.sync.apply import Cancelled
from rapport.sync.bundle import BundleError
from rapport.sync.conflicts import list_conflicts, resolve
from rapport.sync.export import export_bundle
from tests.unit.sync_helpers import Laptop


def test_a_bundle_carries_every_record_and_field_but_never_private_ones(
    laptops: tuple[Laptop, Laptop],
) -> None:
    a, b = laptops
    c = Contact(first_name="Nancy", phones=["555-0142"], private_notes="worried about rent")
    a.store.save(c)
    a.store.save(Evaluation(training_id="t-1", rating=5, likes=["the role-play"], wishes=["more"]))
    path = a.export()
    assert b"worried about rent" not in path.read_bytes()
    report = b.receive(path)
    assert (report.new, report.updated, report.unchanged) == (2, 0, 0)
    got = b.store.get(Contact, c.id)
    assert got == dataclasses.replace(c, private_notes="")
    assert a.state() == b.state()


def test_importing_the_same_bundle_twice_changes_nothing_and_says_so(
    laptops: tuple[Laptop, Laptop],
) -> None:
    a, b = laptops
    a.store.save(Contact(first_name="Luz"))
    path = a.export()
    b.receive(path)
    before = b.state()
    again = b.receive(path)
    assert again.already_imported_at is not None
    assert "already imported" in again.summary()
    assert b.state() == before


def test_a_dry_run_previews_without_writing(laptops: tuple[Laptop, Laptop]) -> None:
    a, b = laptops
    c = Contact(first_name="Marta")
    a.store.save(c)
    b.receive(a.export())
    c.turf = "Northside"
    a.store.save(a.store.get(Contact, c.id) and c)
    a.store.save(Tag(name="parents"))
    path = a.export(full=True)
    before = b.state()
    preview = b.receive(path, dry_run=True)
    assert (preview.new, preview.updated, preview.unchanged) == (1, 1, 0)
    assert b.state() == before
    applied = b.receive(path)  # not recorded as imported by the dry run
    assert (applied.new, applied.updated) == (1, 1)


def test_a_delta_export_holds_only_what_hq_has_not_acknowledged(
    laptops: tuple[Laptop, Laptop],
) -> None:
    a, _ = laptops
    a.store.save(Contact(first_name="Uno"))
    first = a.export()
    with a.store.write() as w:
        sync_book.update_peer(w.conn, acked_seq=1)
    a.store.save(Contact(first_name="Dos"))
    second = a.export()
    header = orjson.loads(second.read_bytes().split(b"\n", 1)[0])
    assert header["since_seq"] == 1 and header["upto_seq"] == 2
    assert b'"Dos"' in second.read_bytes() and b'"Uno"' not in second.read_bytes()
    assert b'"Uno"' in first.read_bytes()


def test_deletes_and_undeletes_travel(laptops: tuple[Laptop, Laptop]) -> None:
    a, b = laptops
    m = Meeting(location="Library", starts_at="2026-12-01T23:00:00Z")
    a.store.save(m)
    b.receive(a.export(full=True))
    a.store.delete("meeting", m.id)
    b.receive(a.export(full=True))
    assert b.store.get(Meeting, m.id) is None
    b.store.delete("meeting", m.id, deleted=False)  # undeleted on the other laptop, later
    a.receive(b.export(full=True))
    assert a.store.get(Meeting, m.id) == m
    assert a.state() == b.state()


def test_own_bundles_and_other_laptops_return_bundles_are_refused(
    laptops: tuple[Laptop, Laptop],
) -> None:
    a, _ = laptops
    a.store.save(Contact(first_name="Self"))
    with pytest.raises(BundleError, match="written by this laptop"):
        a.receive(a.export())


def test_later_local_edits_win_over_what_was_merged(laptops: tuple[Laptop, Laptop]) -> None:
    a, b = laptops
    b.wall.ms += 10 * 60_000  # b's clock runs ten minutes ahead
    c = Contact(first_name="Rosa")
    b.store.save(c)
    a.receive(b.export())
    mine = a.store.get(Contact, c.id)
    assert mine is not None
    mine.first_name = "Rosa María"
    a.store.save(mine)  # the clock moved past b's stamps when it merged them
    b.receive(a.export(full=True))
    assert b.store.get(Contact, c.id) == mine


def test_concurrent_edits_become_conflicts_to_review(laptops: tuple[Laptop, Laptop]) -> None:
    a, b = laptops
    c = Contact(first_name="Nancy", turf="Eastside")
    a.store.save(c)
    b.receive(a.export())
    a.store.save(dataclasses.replace(c, turf="Westside"))
    b.wall.ms += 1_000
    b.store.save(dataclasses.replace(c, turf="Riverside"))  # later, so it wins
    report = a.receive(b.export(full=True))
    assert report.conflicts == 1
    assert a.store.get(Contact, c.id).turf == "Riverside"  # type: ignore[union-attr]
    (conflict,) = list_conflicts(a.store)
    assert (conflict.field, conflict.lost_value, conflict.kept_value) == (
        "turf",
        "Westside",
        "Riverside",
    )
    assert conflict.lost_side == "mine"
    resolve(a.store, conflict, keep_lost=True)
    assert a.store.get(Contact, c.id).turf == "Westside"  # type: ignore[union-attr]
    assert list_conflicts(a.store) == []
    b.receive(a.export(full=True))  # the choice is a new edit: it wins everywhere
    assert b.store.get(Contact, c.id).turf == "Westside"  # type: ignore[union-attr]
    assert a.state() == b.state()


def test_a_cancelled_export_leaves_no_file_and_keeps_an_old_one(
    laptops: tuple[Laptop, Laptop],
) -> None:
    a, _ = laptops
    with a.store.write() as w:
        w.insert_new(Contact(first_name=f"p{i}") for i in range(5_000))
    target = a.dir.parent / "out.bundle"
    target.write_bytes(b"previous export")
    with pytest.raises(Cancelled):
        export_bundle(a.store, target, cancelled=lambda: True)
    assert target.read_bytes() == b"previous export"
    assert sorted(p.name for p in a.dir.parent.iterdir() if p.name.startswith(".out")) == []


def test_export_reports_progress_up_to_the_total(laptops: tuple[Laptop, Laptop]) -> None:
    a, _ = laptops
    with a.store.write() as w:
        w.insert_new(Contact(first_name=f"p{i}") for i in range(4_500))
    seen: list[tuple[int, int]] = []
    summary = export_bundle(
        a.store, a.dir.parent / "p.bundle", progress=lambda d, t: seen.append((d, t))
    )
    assert summary.records == 4_500
    assert seen[-1] == (4_500, 4_500)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_sqlite_written_lines_equal_the_generic_ones(tmp_path: Path) -> None:
    """Laptops let SQLite write bundle lines; PostgreSQL HQs use Python: same records."""
    from rapport.domain.demo import generate
    from rapport.sync.export import python_lines, row_lines
    from rapport.sync.merge import SHAPES

    laptop = Laptop(tmp_path / "demo")
    try:
        import datetime as dt

        with laptop.store.write() as w:
            w.insert_new(generate(3, 120, dt.date(2026, 11, 22)))
        laptop.store.save(
            Contact(first_name='Tab\tquote" back\\slash\n', follow_up_days=None, phones=["é"])
        )
        other = "0123456789abcdef"
        with laptop.store.read() as conn:
            for table in SHAPES:
                for since, skip in ((None, None), (5, None), (None, laptop.store.device_id)):
                    fast = [orjson.loads(x) for x in row_lines(conn, table, since, skip)]
                    slow = [orjson.loads(x) for x in python_lines(conn, table, since, skip)]
                    assert fast == slow
                    if skip is None and since is None:
                        with_other = list(row_lines(conn, table, since, other))
                        assert len(with_other) == len(fast)
                if table == "contact":
                    assert list(row_lines(conn, table, None))
                    assert not list(row_lines(conn, table, None, laptop.store.device_id))
    finally:
        laptop.close()


def test_a_laptop_follows_hqs_newest_acknowledgement_even_downwards(tmp_path: Path) -> None:
    """If HQ was restored from a backup it acknowledges less: the laptop resends the gap.
    An older return bundle arriving late changes nothing."""
    from sqlalchemy import update

    from rapport.store import tables
    from rapport.sync.hq import merge_bundle, open_hq, write_return

    laptop = Laptop(tmp_path / "ana")
    hq = open_hq(str(tmp_path / "hq.sqlite3"))
    try:
        for name in ("Uno", "Dos", "Tres"):
            laptop.store.save(Contact(first_name=name))
        assert merge_bundle(hq, laptop.export()).ok
        first = tmp_path / "return-1.bundle"
        write_return(hq, laptop.store.device_id, first)
        with hq.writing() as conn:  # HQ restored from an older backup
            conn.execute(update(tables.hq_device).values(acked_seq=1))
            conn.execute(update(tables.device).values(next_seq=tables.device.c.next_seq + 5))
        second = tmp_path / "return-2.bundle"
        write_return(hq, laptop.store.device_id, second)

        laptop.receive(second)
        with laptop.store.read() as conn:
            assert sync_book.peer_state(conn).acked_seq == 1
        laptop.receive(first)  # late and older: ignored
        with laptop.store.read() as conn:
            assert sync_book.peer_state(conn).acked_seq == 1
        resent = orjson.loads(laptop.export().read_bytes().split(b"\n", 1)[0])
        assert resent["since_seq"] == 1
    finally:
        hq.close()
        laptop.close()


def test_no_conflict_when_only_one_side_changed_a_field(laptops: tuple[Laptop, Laptop]) -> None:
    """A's own older value echoed back by B, and a field only B changed, are no conflicts."""
    a, b = laptops
    c = Contact(first_name="Nancy", turf="Eastside", story="Retired teacher.")
    a.store.save(c)
    b.receive(a.export())
    a.store.save(dataclasses.replace(c, story="Retired teacher; hosts a house meeting."))
    b.wall.ms += 1_000
    mine_at_b = b.store.get(Contact, c.id)
    assert mine_at_b is not None
    b.store.save(dataclasses.replace(mine_at_b, turf="Westside"))
    report = a.receive(b.export(full=True))
    assert report.conflicts == 0
    merged = a.store.get(Contact, c.id)
    assert merged is not None
    assert (merged.turf, merged.story) == ("Westside", "Retired teacher; hosts a house meeting.")
    assert list_conflicts(a.store) == []
