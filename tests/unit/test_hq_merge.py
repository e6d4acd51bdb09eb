"""Headquarters' merge, in process on SQLite: acknowledgements, far-future stamps, return
bundles. (tests/e2e/test_hq.py drives the same code through the CLI, on PostgreSQL too.)"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import func, select

from rapport.domain.ids import new_device_id, uuid7
from rapport.domain.records import Contact
from rapport.store import tables
from rapport.store.open import OpenFolder
from rapport.sync.bundle import BundleError, BundleWriter, Header, read_bundle_file, record_line
from rapport.sync.export import export_bundle
from rapport.sync.hlc import DEFAULT_MAX_DRIFT_MS, wall_ms
from rapport.sync.hq import HQ, merge_bundle, open_hq, write_return
from rapport.sync.importer import import_bundle
from rapport.workspace import open_workspace

# --- helpers ---------------------------------------------------------------------------


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[HQ]:
    opened = open_hq(str(tmp_path / "hq.sqlite3"))
    yield opened
    opened.close()


def stamp(ms: int, device: str, counter: int = 0) -> str:
    return f"{ms:012x}-{counter:04x}-{device}"


def craft(
    path: Path,
    device: str,
    since: int,
    upto: int,
    contacts: list[tuple[str, str, str, str]],
    kind: str = "delta",
) -> Path:
    """A bundle of contacts from `device`; each contact is (id, first_name, its stamp,
    the tombstone's stamp)."""
    header = Header(
        bundle_id=uuid7(),
        device_id=device,
        device_name=f"laptop {device[:4]}",
        organizer="Ana",
        app_version="test",
        created_hlc=stamp(wall_ms(), device),
        kind=kind,
        since_seq=since,
        upto_seq=upto,
    )
    with path.open("wb") as out:
        writer = BundleWriter(out, header)
        for record_id, name, name_stamp, tomb_stamp in contacts:
            fields = {"first_name": {"v": name, "hlc": name_stamp}}
            writer.record(
                "contact",
                record_line("contact", record_id, fields, {"v": False, "hlc": tomb_stamp}),
            )
        writer.finish()
    return path


def some_contacts(device: str, n: int, first: int = 0) -> list[tuple[str, str, str, str]]:
    now = wall_ms()
    return [
        (uuid7(), f"person {i}", stamp(now, device, i), stamp(now, device, i))
        for i in range(first, first + n)
    ]


def hq_row(hq: HQ, device: str) -> dict[str, Any]:
    with hq.reading() as conn:
        row = (
            conn.execute(select(tables.hq_device).where(tables.hq_device.c.device_id == device))
            .mappings()
            .one()
        )
    return dict(row)


def acked(hq: HQ, device: str) -> int:
    return int(hq_row(hq, device)["acked_seq"])


def bundle_lines(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    lines = [orjson.loads(line) for line in path.read_bytes().splitlines()]
    return lines[0], lines[1:-1]


def laptop(tmp_path: Path, name: str) -> OpenFolder:
    return open_workspace(tmp_path / name)


def export(folder: OpenFolder, path: Path, full: bool = False) -> Path:
    export_bundle(folder.store, path, full=full)
    return path


# --- acknowledgement -------------------------------------------------------------------


def test_ack_advances_only_over_an_unbroken_range(hq: HQ, tmp_path: Path) -> None:
    device = new_device_id()
    b1 = craft(tmp_path / "b1", device, 0, 10, some_contacts(device, 3))
    b2 = craft(tmp_path / "b2", device, 10, 20, some_contacts(device, 3, 3))
    b3 = craft(tmp_path / "b3", device, 20, 30, some_contacts(device, 3, 6))

    assert merge_bundle(hq, b1).ok
    assert acked(hq, device) == 10
    # b2 is lost on the way: b3 merges, but HQ cannot acknowledge past the gap.
    result = merge_bundle(hq, b3)
    assert result.ok and result.message.startswith("3 new")
    assert acked(hq, device) == 10
    ret = write_return(hq, device, tmp_path / "r1")
    assert ret.ack_seq == 10
    assert bundle_lines(tmp_path / "r1")[0]["ack_seq"] == 10
    # The missing bundle turns up: the acknowledgement moves on over it.
    assert merge_bundle(hq, b2).ok
    assert acked(hq, device) == 20
    # (HQ does not remember b3's range, so the laptop sends (20, 30] again: harmless.)
    b4 = craft(tmp_path / "b4", device, 20, 40, some_contacts(device, 2, 9))
    assert merge_bundle(hq, b4).ok
    assert acked(hq, device) == 40
    # An old bundle merged again changes nothing, the acknowledgement included.
    again = merge_bundle(hq, b1)
    assert again.ok and again.already and "already merged" in again.message
    assert acked(hq, device) == 40


def test_a_stale_delta_never_lowers_the_ack(hq: HQ, tmp_path: Path) -> None:
    device = new_device_id()
    assert merge_bundle(hq, craft(tmp_path / "b1", device, 0, 50, some_contacts(device, 2))).ok
    assert merge_bundle(hq, craft(tmp_path / "b0", device, 0, 20, some_contacts(device, 1))).ok
    assert acked(hq, device) == 50


def test_full_bundles_acknowledge_from_zero(hq: HQ, tmp_path: Path) -> None:
    device = new_device_id()
    # A first bundle that starts after 0: HQ has nothing before it, so it acknowledges 0.
    assert merge_bundle(hq, craft(tmp_path / "d", device, 30, 40, some_contacts(device, 2))).ok
    assert acked(hq, device) == 0
    assert write_return(hq, device, tmp_path / "r").ack_seq == 0
    # A full bundle carries everything from 0, so it closes any gap at once.
    full = craft(tmp_path / "f", device, 0, 45, some_contacts(device, 4), kind="full")
    result = merge_bundle(hq, full)
    assert result.ok
    assert acked(hq, device) == 45
    # The first bundle HQ sees may be a full one too.
    other = new_device_id()
    first = craft(tmp_path / "f2", other, 0, 7, some_contacts(other, 1), kind="full")
    assert merge_bundle(hq, first).ok
    assert acked(hq, other) == 7


# --- stamps from the future ---------------------------------------------------------


def test_far_future_stamps_are_counted_in_the_message(hq: HQ, tmp_path: Path) -> None:
    device = new_device_id()
    now = wall_ms()
    future = now + DEFAULT_MAX_DRIFT_MS + 3_600_000  # two hours ahead
    soon = now + 10 * 60_000  # ten minutes ahead: within the allowed drift
    contacts = [
        (uuid7(), "fine", stamp(now, device), stamp(now, device)),
        (uuid7(), "name from the future", stamp(future, device), stamp(now, device)),
        (uuid7(), "deleted from the future", stamp(now, device), stamp(future, device, 1)),
        (uuid7(), "both", stamp(future, device, 2), stamp(future, device, 3)),
        (uuid7(), "a little ahead", stamp(now, device), stamp(soon, device)),
    ]
    result = merge_bundle(hq, craft(tmp_path / "b", device, 0, 5, contacts))
    assert result.ok, result.message
    assert result.far_future == 4
    assert result.message == (
        "5 new, 0 updated, 0 unchanged; 4 change(s) from a clock far in the future"
    )
    # The far-future stamps were merged as they are, not rewritten...
    with hq.reading() as conn:
        c = tables.SYNCED["contact"].c
        names = dict(conn.execute(select(c.first_name, c.first_name__hlc)).all())
        clock_last = conn.execute(select(tables.device.c.clock_last)).scalar_one()
    assert names["both"] == stamp(future, device, 2)
    # ...but HQ's clock did not follow them; it did follow the tombstone a little ahead.
    assert clock_last < stamp(future, device)[:12]
    assert clock_last[:12] >= f"{soon:012x}"
    # Fresh stamps only: no mention.
    ok = merge_bundle(hq, craft(tmp_path / "c", device, 5, 6, some_contacts(device, 1)))
    assert ok.far_future == 0 and "future" not in ok.message


# --- refusals -------------------------------------------------------------------------


def test_a_bad_line_after_a_full_batch_leaves_nothing_behind(hq: HQ, tmp_path: Path) -> None:
    """More records than one write batch come first, then a bad one: the transaction
    rolls back whole, and the bundle is not recorded as merged."""
    device = new_device_id()
    path = craft(tmp_path / "b", device, 0, 3000, some_contacts(device, 2_500))
    lines = path.read_bytes().splitlines(keepends=True)
    bad = orjson.loads(lines[2_300])
    bad["fields"]["first_name"]["v"] = 42
    lines[2_300] = orjson.dumps(bad) + b"\n"
    body = b"".join(lines[:-1])
    trailer = orjson.loads(lines[-1])
    trailer["sha256"] = hashlib.sha256(body).hexdigest()
    path.write_bytes(body + orjson.dumps(trailer) + b"\n")

    result = merge_bundle(hq, path)
    assert not result.ok
    assert "line 2301" in result.message and "field fields.first_name.v" in result.message
    with hq.reading() as conn:
        assert (
            conn.execute(select(func.count()).select_from(tables.SYNCED["contact"])).scalar_one()
            == 0
        )
        assert conn.execute(select(func.count()).select_from(tables.hq_device)).scalar_one() == 0
        assert (
            conn.execute(select(func.count()).select_from(tables.imported_bundle)).scalar_one() == 0
        )


def test_hq_refuses_a_return_bundle(hq: HQ, tmp_path: Path) -> None:
    device = new_device_id()
    path = craft(tmp_path / "r", device, 0, 1, some_contacts(device, 1), kind="return")
    result = merge_bundle(hq, path)
    assert not result.ok
    assert "return bundle" in result.message
    with pytest.raises(BundleError, match="no bundle from device"):
        write_return(hq, device, tmp_path / "out")


# --- return bundles -------------------------------------------------------------------


def test_a_return_bundle_skips_what_the_laptop_made_itself(hq: HQ, tmp_path: Path) -> None:
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    try:
        mine = [Contact(first_name=f"A{i}") for i in range(4)]
        for c in mine:
            a.store.save(c)
        a_bundle = export(a, tmp_path / "a.bundle")
        # Laptop b gets a's contacts, edits one of them and adds its own.
        import_bundle(b.store, read_bundle_file(a_bundle))
        edited = Contact(**{**_fields(mine[0]), "last_name": "edited on b"})
        b.store.save(edited)
        theirs = Contact(first_name="B0")
        b.store.save(theirs)
        b_bundle = export(b, tmp_path / "b.bundle")
        assert merge_bundle(hq, a_bundle).ok and merge_bundle(hq, b_bundle).ok

        summary = write_return(hq, a.store.device_id, tmp_path / "ret-a")
        header, records = bundle_lines(tmp_path / "ret-a")
        ids = {r["id"] for r in records}
        # a's untouched contacts stay home; the one b edited and b's own travel.
        assert ids == {mine[0].id, theirs.id}
        assert summary.records == 2
        sent = next(r for r in records if r["id"] == mine[0].id)
        # Original stamps, field by field: a's first name, b's last name.
        assert sent["fields"]["first_name"]["hlc"].endswith(a.store.device_id)
        assert sent["fields"]["last_name"]["hlc"].endswith(b.store.device_id)
        assert (
            sent["fields"]["first_name"]["hlc"]
            == a.store.stamps("contact", mine[0].id)["first_name"]
        )
        assert header["kind"] == "return" and header["to_device"] == a.store.device_id
        # For b, every contact a made goes (the one b edited carries a's stamps too);
        # the one b made alone does not.
        write_return(hq, b.store.device_id, tmp_path / "ret-b")
        assert {r["id"] for r in bundle_lines(tmp_path / "ret-b")[1]} == {c.id for c in mine}
    finally:
        a.close()
        b.close()


def test_a_return_bundle_carries_the_ack_and_only_what_is_new(hq: HQ, tmp_path: Path) -> None:
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    try:
        for i in range(3):
            a.store.save(Contact(first_name=f"A{i}"))
            b.store.save(Contact(first_name=f"B{i}"))
        a1 = export(a, tmp_path / "a1")
        a1_upto = bundle_lines(a1)[0]["upto_seq"]
        assert merge_bundle(hq, a1).ok and merge_bundle(hq, export(b, tmp_path / "b1")).ok

        write_return(hq, a.store.device_id, tmp_path / "r1")
        header, records = bundle_lines(tmp_path / "r1")
        assert header["ack_seq"] == a1_upto == acked(hq, a.store.device_id)
        assert header["since_seq"] == 0
        assert len(records) == 3  # b's contacts
        report = import_bundle(a.store, read_bundle_file(tmp_path / "r1"))
        assert report.new == 3

        # a's next delta starts after the acknowledgement and tells HQ what it took in.
        new = Contact(first_name="A-new")
        a.store.save(new)
        a2 = export(a, tmp_path / "a2")
        header2, records2 = bundle_lines(a2)
        assert header2["since_seq"] == a1_upto
        assert header2["return_ack_seq"] == header["upto_seq"]
        assert [r["id"] for r in records2] == [new.id]
        assert merge_bundle(hq, a2).ok
        row = hq_row(hq, a.store.device_id)
        assert row["returned_seq"] == header["upto_seq"]
        assert row["acked_seq"] == header2["upto_seq"]

        # The next return starts where a confirmed: only b's later change is in it.
        later = Contact(first_name="B-later")
        b.store.save(later)
        assert merge_bundle(hq, export(b, tmp_path / "b2")).ok
        summary = write_return(hq, a.store.device_id, tmp_path / "r2")
        header3, records3 = bundle_lines(tmp_path / "r2")
        assert header3["since_seq"] == header["upto_seq"]
        assert summary.ack_seq == header3["ack_seq"] == header2["upto_seq"]
        assert [r["id"] for r in records3] == [later.id]
    finally:
        a.close()
        b.close()


def _fields(record: Any) -> dict[str, Any]:
    import dataclasses

    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


def test_a_laptop_whose_change_lost_at_hq_gets_the_winner_back(tmp_path: Path) -> None:
    """Laptop B's clock runs a day ahead, so its edit beats A's later one at HQ. HQ's row
    does not change when A's bundle arrives, yet A's return bundle must carry B's value."""
    import dataclasses

    from rapport.domain.records import Contact
    from rapport.sync.hq import merge_bundle, open_hq, write_return
    from rapport.sync.state import state_bytes
    from tests.unit.sync_helpers import Laptop, Wall

    a = Laptop(tmp_path / "a", Wall())
    b = Laptop(tmp_path / "b", Wall(Wall().ms + 86_400_000))
    hq = open_hq(str(tmp_path / "hq.sqlite3"))
    try:
        c = Contact(first_name="Nancy")
        a.store.save(c)
        assert merge_bundle(hq, a.export()).ok
        ret = tmp_path / "ret-b.bundle"
        b.store.save(Contact(first_name="Tmp"))
        assert merge_bundle(hq, b.export()).ok
        write_return(hq, b.store.device_id, ret)
        b.receive(ret)
        b.store.save(dataclasses.replace(c, first_name="Nancy B"))  # a day "ahead"
        assert merge_bundle(hq, b.export()).ok
        first = tmp_path / "ret-a-1.bundle"
        write_return(hq, a.store.device_id, first)
        a.receive(first)  # A now holds B's value; its clock does not follow B's
        a.store.save(dataclasses.replace(c, first_name="Nancy A"))  # a lower stamp: loses
        assert merge_bundle(hq, a.export()).ok  # tells HQ A has seen that return
        ret_a = tmp_path / "ret-a.bundle"
        write_return(hq, a.store.device_id, ret_a)
        a.receive(ret_a)
        got = a.store.get(Contact, c.id)
        assert got is not None and got.first_name == "Nancy B"
        with hq.reading() as conn:
            assert a.state() == state_bytes(conn)
    finally:
        hq.close()
        a.close()
        b.close()
