"""Headquarters through the real command line, on SQLite and on PostgreSQL.

Three laptops (demo data, then edits through the store, one of them on the others'
records) export bundles; HQ merges them, prints the canonical state, and writes the
return bundle a laptop imports. The last tests drive HQ in process, to check that two
merges into one database at the same time take turns.
"""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import select

from rapport.domain.ids import new_device_id, uuid7
from rapport.domain.records import Contact
from rapport.store import tables
from rapport.sync.bundle import BundleWriter, Header, record_line
from rapport.sync.hlc import wall_ms
from rapport.workspace import open_workspace
from tests.e2e.cli import env, run_together
from tests.unit.test_bundle_validation import rebuild

# --- running the command ---------------------------------------------------------------


def command(*args: str | Path, data_dir: Path | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "rapport"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return cmd + [str(a) for a in args]


def run(
    *args: str | Path, data_dir: Path | None = None, status: int | None = 0
) -> subprocess.CompletedProcess[bytes]:
    """`python -m rapport ARGS`, output kept as bytes; checks the exit status."""
    result = subprocess.run(
        command(*args, data_dir=data_dir), capture_output=True, env=env(), timeout=120, check=False
    )
    if status is not None:
        assert result.returncode == status, (
            f"rapport {' '.join(map(str, args))} exited {result.returncode}\n"
            f"{result.stdout.decode(errors='replace')}\n{result.stderr.decode(errors='replace')}"
        )
    return result


def out(*args: str | Path, data_dir: Path | None = None, status: int | None = 0) -> str:
    return run(*args, data_dir=data_dir, status=status).stdout.decode()


def hq_state(db: str) -> bytes:
    return run("hq", "state", "--db", db).stdout


def read_bundle(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    lines = [orjson.loads(line) for line in path.read_bytes().splitlines()]
    assert lines[0]["type"] == "header" and lines[-1]["type"] == "trailer"
    return lines[0], lines[1:-1]


def stamps_of(record: dict[str, Any]) -> list[str]:
    return [f["hlc"] for f in record["fields"].values()] + [record["deleted"]["hlc"]]


def state_records(state: bytes) -> dict[str, dict[str, Any]]:
    """Every record of a canonical state, by id."""
    return {r["id"]: r for rows in orjson.loads(state).values() for r in rows}


# --- the laptops ---------------------------------------------------------------------


@dataclass
class Fleet:
    laptops: dict[str, Path]  # name → data folder (do not change these: copy them)
    bundles: dict[str, Path]  # name → its bundle for HQ
    devices: dict[str, str]  # name → device id
    shared: str  # a contact of l1 that l1 and l2 both edited
    deleted_by_l2: str  # a contact of l1 that l2 deleted
    deleted_by_l1: str


def _contact_ids(folder: Path, n: int) -> list[str]:
    opened = open_workspace(folder)
    try:
        with opened.store.read() as conn:
            c = tables.SYNCED["contact"].c
            return list(conn.execute(select(c.id).order_by(c.id).limit(n)).scalars())
    finally:
        opened.close()


def _edit(folder: Path, record_id: str, **changes: Any) -> None:
    opened = open_workspace(folder)
    try:
        record = opened.store.get(Contact, record_id)
        assert record is not None
        assert opened.store.save(dataclasses.replace(record, **changes))
    finally:
        opened.close()


@pytest.fixture(scope="module")
def fleet(tmp_path_factory: pytest.TempPathFactory) -> Fleet:
    root = tmp_path_factory.mktemp("fleet")
    laptops = {name: root / name for name in ("l1", "l2", "l3")}
    run_together(
        *(
            command("demo", "--contacts", "30", "--seed", str(seed), data_dir=folder)
            for seed, folder in enumerate(laptops.values(), start=1)
        )
    )
    l1, l2, l3 = laptops.values()
    shared, deleted_by_l2, deleted_by_l1 = _contact_ids(l1, 3)

    # l2 takes in l1's data, then edits one of l1's contacts and deletes another.
    early = root / "l1-early.bundle"
    run("sync", "export", early, data_dir=l1)
    run("sync", "import", early, data_dir=l2)
    _edit(l2, shared, last_name="Cambiado en l2", notes="l2 was here")
    opened = open_workspace(l2)
    try:
        assert opened.store.delete("contact", deleted_by_l2)
        opened.store.save(Contact(first_name="Nueva", last_name="de l2"))
    finally:
        opened.close()
    time.sleep(0.01)  # l1's edit of the same field comes later, so it wins
    _edit(l1, shared, last_name="Changed on l1")
    opened = open_workspace(l1)
    try:
        assert opened.store.delete("contact", deleted_by_l1)
    finally:
        opened.close()
    _edit(l3, _contact_ids(l3, 1)[0], turf="Eastside")

    bundles = {name: root / f"{name}.bundle" for name in laptops}
    run_together(*(command("sync", "export", bundles[n], data_dir=f) for n, f in laptops.items()))
    devices = {name: read_bundle(path)[0]["device_id"] for name, path in bundles.items()}
    return Fleet(laptops, bundles, devices, shared, deleted_by_l2, deleted_by_l1)


def copy_laptop(fleet: Fleet, name: str, tmp_path: Path) -> Path:
    target = tmp_path / f"{name}-copy"
    shutil.copytree(fleet.laptops[name], target)
    return target


@pytest.fixture(params=["sqlite", "postgresql"])
def hq_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An HQ database that does not exist yet (SQLite) or is empty (PostgreSQL)."""
    if request.param == "sqlite":
        return str(tmp_path / "hq" / "hq.sqlite3")
    url: str = request.getfixturevalue("pg_url")
    return url


# --- merging ------------------------------------------------------------------------


def test_merge_reports_each_bundle_and_a_second_merge_changes_nothing(
    fleet: Fleet, hq_db: str
) -> None:
    b = fleet.bundles
    text = out("hq", "merge", "--db", hq_db, b["l1"], b["l2"], b["l3"])
    lines = text.splitlines()
    assert len(lines) == 4, text
    for line, name in zip(lines, ("l1", "l2", "l3"), strict=False):
        assert line.startswith(f"{b[name]}: ok: "), line
    # l1's bundle is all new; l2's brings l1's records again (one of them edited).
    n1 = len(read_bundle(b["l1"])[1])
    assert lines[0] == f"{b['l1']}: ok: {n1:,} new, 0 updated, 0 unchanged"
    assert " 2 updated," in lines[1]
    assert lines[3] == "3 merged, 0 refused."
    before = hq_state(hq_db)

    again = out("hq", "merge", "--db", hq_db, b["l3"], b["l1"], b["l2"]).splitlines()
    assert all("already merged on " in line and "nothing changed" in line for line in again[:3])
    assert again[3] == "3 merged, 0 refused."
    assert hq_state(hq_db) == before


def test_state_is_byte_identical_on_sqlite_postgresql_and_a_laptop(
    fleet: Fleet, tmp_path: Path, pg_url: str
) -> None:
    b = fleet.bundles
    sqlite_url = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    fresh = tmp_path / "fresh-laptop"
    # In three orders: all at once; one, then the other two the other way round; and
    # a laptop that never had any of it importing them one by one.
    run_together(
        command("hq", "merge", "--db", sqlite_url, b["l1"], b["l2"], b["l3"]),
        command("hq", "merge", "--db", pg_url, b["l3"]),
        command("sync", "import", b["l2"], data_dir=fresh),
    )
    run_together(
        command("hq", "merge", "--db", pg_url, b["l2"], b["l1"]),
        command("sync", "import", b["l3"], data_dir=fresh),
    )
    run_together(command("sync", "import", b["l1"], data_dir=fresh))

    on_sqlite, on_postgresql, on_laptop = run_together(
        command("hq", "state", "--db", sqlite_url),
        command("hq", "state", "--db", pg_url),
        command("sync", "state", data_dir=fresh),
    )
    assert on_postgresql == on_sqlite
    assert on_laptop == on_sqlite

    records = state_records(on_sqlite)
    bundled = {r["id"] for name in b for r in read_bundle(b[name])[1]}
    assert set(records) == bundled
    shared = records[fleet.shared]["fields"]
    assert shared["last_name"][0] == "Changed on l1"  # the later edit of the same field
    assert shared["last_name"][1].endswith(fleet.devices["l1"])
    assert shared["notes"] == ["l2 was here", shared["notes"][1]]  # l2's edit of another
    assert shared["notes"][1].endswith(fleet.devices["l2"])
    assert records[fleet.deleted_by_l2]["deleted"][0] is True
    assert records[fleet.deleted_by_l1]["deleted"][0] is True


# --- the return bundle ---------------------------------------------------------------


def test_return_bundle_round_trip(fleet: Fleet, hq_db: str, tmp_path: Path) -> None:
    b = fleet.bundles
    l1 = copy_laptop(fleet, "l1", tmp_path)
    me = fleet.devices["l1"]
    header1, sent1 = read_bundle(b["l1"])
    out("hq", "merge", "--db", hq_db, b["l1"], b["l2"], b["l3"])

    ret = tmp_path / "return-l1.bundle"
    written, state_at_hq = run_together(
        command("hq", "return", "--db", hq_db, "--device", me, ret),
        command("hq", "state", "--db", hq_db),
    )
    header, records = read_bundle(ret)
    assert written.decode().strip() == (
        f"Wrote {ret}: acknowledges changes up to {header1['upto_seq']} and carries "
        f"{len(records):,} record(s) for device {me}."
    )
    assert header["kind"] == "return" and header["to_device"] == me
    assert header["ack_seq"] == header1["upto_seq"]
    # Nothing l1 made alone comes back; what others made or changed does.
    assert not [r for r in records if all(s.endswith(me) for s in stamps_of(r))]
    ids = {r["id"] for r in records}
    assert {fleet.shared, fleet.deleted_by_l2} <= ids
    assert {r["id"] for r in read_bundle(b["l3"])[1]} <= ids
    at_hq = state_records(state_at_hq)
    l1_only = {
        i
        for i, r in at_hq.items()
        if r["deleted"][1].endswith(me) and all(v[1].endswith(me) for v in r["fields"].values())
    }
    assert len(l1_only) > len(sent1) // 2 and not l1_only & ids
    assert ids == set(at_hq) - l1_only

    imported = out("sync", "import", ret, data_dir=l1)
    assert f"({header['kind']}, {len(records):,} records)" in imported
    # l1 now holds exactly what HQ holds, every record with its original stamps.
    state, at_hq_now = run_together(
        command("sync", "state", data_dir=l1), command("hq", "state", "--db", hq_db)
    )
    assert state == at_hq_now
    mine = state_records(state)
    for record in read_bundle(b["l3"])[1]:
        have = mine[record["id"]]
        assert {k: v[1] for k, v in have["fields"].items()} == {
            k: v["hlc"] for k, v in record["fields"].items()
        }
        assert have["deleted"][1] == record["deleted"]["hlc"]

    # l1's next delta starts after what HQ acknowledged and echoes nothing back.
    l3_contact = next(r["id"] for r in read_bundle(b["l3"])[1] if r["table"] == "contact")
    _edit(l1, l3_contact, turf="Northside")
    delta = tmp_path / "l1-next.bundle"
    out("sync", "export", delta, data_dir=l1)
    header2, sent2 = read_bundle(delta)
    assert header2["since_seq"] == header["ack_seq"]
    assert header2["return_ack_seq"] == header["upto_seq"]
    assert [r["id"] for r in sent2] == [l3_contact]
    fields = sent2[0]["fields"]
    assert fields["turf"]["hlc"].endswith(me)
    assert fields["first_name"]["hlc"].endswith(fleet.devices["l3"])

    # HQ takes it in; the next return starts where l1 confirmed and has nothing of l1's.
    assert "1 merged, 0 refused." in out("hq", "merge", "--db", hq_db, delta)
    ret2 = tmp_path / "return-l1-2.bundle"
    out("hq", "return", "--db", hq_db, "--device", me, ret2)
    header3, records3 = read_bundle(ret2)
    assert header3["since_seq"] == header["upto_seq"]
    assert header3["ack_seq"] == header2["upto_seq"]
    # the edited record carries l3's stamps too, so it goes back: l1 merges it unchanged
    assert [r["id"] for r in records3] == [l3_contact]
    assert "0 new, updated 0, 1 unchanged" in out("sync", "import", ret2, data_dir=l1)


# --- refusals ------------------------------------------------------------------------


def _break_line(source: Path, target: Path) -> int:
    """Copy a bundle with the tombstone of its last record made invalid and the checksum
    made to match, so only the line check finds it. Returns that line's number."""
    lines = source.read_bytes().splitlines(keepends=True)
    n = len(lines) - 2  # the last record (0-based), before the trailer
    record = orjson.loads(lines[n])
    record["deleted"]["v"] = "yes"
    lines[n] = orjson.dumps(record) + b"\n"
    body = b"".join(lines[:-1])
    trailer = orjson.loads(lines[-1])
    trailer["sha256"] = hashlib.sha256(body).hexdigest()
    target.write_bytes(body + orjson.dumps(trailer) + b"\n")
    return n + 1


def test_bad_and_truncated_bundles_are_refused_and_the_others_merge(
    fleet: Fleet, hq_db: str, tmp_path: Path
) -> None:
    b = fleet.bundles
    bad = tmp_path / "bad.bundle"
    line = _break_line(b["l2"], bad)
    cut = tmp_path / "cut.bundle"
    data = b["l3"].read_bytes()
    cut.write_bytes(data[: len(data) * 2 // 3])

    result = run("hq", "merge", "--db", hq_db, bad, b["l1"], cut, status=1)
    lines = result.stdout.decode().splitlines()
    assert lines[0] == (
        f'{bad}: REFUSED: line {line}, field deleted.v: must be true or false, not "yes"'
    ), lines[0]
    assert lines[1].startswith(f"{b['l1']}: ok: ")
    assert lines[2].startswith(f"{cut}: REFUSED: ") and "truncated" in lines[2], lines[2]
    assert lines[3] == "1 merged, 2 refused."
    assert b"Traceback" not in result.stderr
    # Nothing of the refused bundles landed: HQ holds l1's records only.
    ids = set(state_records(hq_state(hq_db)))
    assert ids == {r["id"] for r in read_bundle(b["l1"])[1]}
    # Nor were they recorded as merged: the sound copies merge now.
    text = out("hq", "merge", "--db", hq_db, b["l2"], b["l3"])
    assert text.endswith("2 merged, 0 refused.\n") and "already" not in text


def test_a_nul_character_refuses_that_bundle_only(
    fleet: Fleet, pg_url: str, tmp_path: Path
) -> None:
    """Text cannot hold a NUL character (PostgreSQL could not store it): the bundle is
    refused naming line and field, and the next bundle still merges."""
    laptop = copy_laptop(fleet, "l3", tmp_path)
    exported = tmp_path / "l3.bundle"
    out("sync", "export", exported, data_dir=laptop)
    lines = exported.read_bytes().splitlines()
    target = next(i for i, line in enumerate(lines) if b'"table":"contact"' in line)
    record = orjson.loads(lines[target])
    record["fields"]["first_name"]["v"] = "nul\x00byte"
    lines[target] = orjson.dumps(record)
    nul = tmp_path / "nul.bundle"
    nul.write_bytes(rebuild(lines[:-1]))
    result = run("hq", "merge", "--db", pg_url, nul, fleet.bundles["l1"], status=1)
    printed = result.stdout.decode().splitlines()
    assert printed[0].startswith(f"{nul}: REFUSED: "), printed[0]
    assert f"line {target + 1}, field fields.first_name.v" in printed[0]
    assert "NUL" in printed[0]
    assert printed[1].startswith(f"{fleet.bundles['l1']}: ok: ")
    assert printed[2] == "1 merged, 1 refused."
    assert b"Traceback" not in result.stderr
    ids = set(state_records(hq_state(pg_url)))
    assert ids == {r["id"] for r in read_bundle(fleet.bundles["l1"])[1]}


@dataclass
class Sealed:
    bundle: Path  # l3's data, encrypted to HQ's public key
    private_key: Path
    other_key: Path  # another HQ's


@pytest.fixture(scope="module")
def sealed(fleet: Fleet, tmp_path_factory: pytest.TempPathFactory) -> Sealed:
    root = tmp_path_factory.mktemp("sealed")
    keys, other = root / "keys", root / "other-keys"
    assert "Fingerprint: " in out("hq", "keygen", keys)
    assert "Fingerprint: " in out("hq", "keygen", other)
    laptop = root / "l3"
    shutil.copytree(fleet.laptops["l3"], laptop)
    assert "Imported HQ's public key" in out(
        "sync", "hq-key", keys / "hq-public.pem", data_dir=laptop
    )
    bundle = root / "sealed.bundle"
    assert "(encrypted for headquarters)" in out(
        "sync", "export", bundle, "--encrypt", data_dir=laptop
    )
    assert b'"type":"record"' not in bundle.read_bytes()
    return Sealed(bundle, keys / "hq-private.pem", other / "hq-private.pem")


def test_encrypted_bundles_need_hqs_private_key(fleet: Fleet, sealed: Sealed, hq_db: str) -> None:
    refused = run("hq", "merge", "--db", hq_db, sealed.bundle, status=1).stdout.decode()
    assert refused.splitlines() == [
        f"{sealed.bundle}: REFUSED: the bundle is encrypted for headquarters; "
        "give HQ's private key to read it",
        "0 merged, 1 refused.",
    ]
    wrong = run("hq", "merge", "--db", hq_db, "--key", sealed.other_key, sealed.bundle, status=1)
    assert wrong.stdout.decode().startswith(f"{sealed.bundle}: REFUSED: ")
    assert b"Traceback" not in wrong.stderr
    merged = out("hq", "merge", "--db", hq_db, "--key", sealed.private_key, sealed.bundle)
    n = len(read_bundle(fleet.bundles["l3"])[1])
    assert merged.splitlines() == [
        f"{sealed.bundle}: ok: {n:,} new, 0 updated, 0 unchanged",
        "1 merged, 0 refused.",
    ]


# --- two merges at once (in process) -------------------------------------------------


def _craft(path: Path, device: str, records: list[tuple[str, dict[str, str], str]]) -> Path:
    """A delta bundle of contacts: (id, {field: value}, stamp for all of them)."""
    header = Header(
        uuid7(),
        device,
        "laptop",
        "",
        "test",
        f"{wall_ms():012x}-0000-{device}",
        "delta",
        0,
        len(records),
    )
    with path.open("wb") as fh:
        writer = BundleWriter(fh, header)
        for record_id, values, stamp in records:
            fields = {k: {"v": v, "hlc": stamp} for k, v in values.items()}
            writer.record(
                "contact", record_line("contact", record_id, fields, {"v": False, "hlc": stamp})
            )
        writer.finish()
    return path


@pytest.fixture(params=["sqlite", "sqlite-url", "postgresql"])
def any_hq_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "hq.sqlite3")
    if request.param == "sqlite-url":
        return f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    url: str = request.getfixturevalue("pg_url")
    return url


def test_two_merges_at_once_take_turns(any_hq_db: str, tmp_path: Path) -> None:
    """Two HQ processes merge into one database at the same time, changing different
    fields of the same records: both changes survive, and every row HQ changed gets its
    own sequence number (so return bundles miss nothing)."""
    from rapport.sync.hq import merge_bundle, open_hq

    a, b = new_device_id(), new_device_id()
    now = wall_ms()
    ids = [uuid7() for _ in range(50)]
    base = _craft(
        tmp_path / "base",
        a,
        [(i, {"first_name": "base", "last_name": "base"}, f"{now:012x}-0000-{a}") for i in ids],
    )
    from_a = _craft(
        tmp_path / "a", a, [(i, {"first_name": "from a"}, f"{now + 1:012x}-0000-{a}") for i in ids]
    )
    from_b = _craft(
        tmp_path / "b", b, [(i, {"last_name": "from b"}, f"{now + 2:012x}-0000-{b}") for i in ids]
    )
    first, second = open_hq(any_hq_db), open_hq(any_hq_db)
    try:
        assert merge_bundle(first, base).ok
        paused, release = threading.Event(), threading.Event()
        results: dict[str, Any] = {}

        def hold(_done: int) -> None:  # inside the first merge's transaction
            paused.set()
            assert release.wait(30)

        def merge(name: str, hq: Any, path: Path, progress: Any = None) -> None:
            results[name] = merge_bundle(hq, path, None, progress)

        t1 = threading.Thread(target=merge, args=("a", first, from_a, hold))
        t2 = threading.Thread(target=merge, args=("b", second, from_b))
        t1.start()
        assert paused.wait(30)
        t2.start()
        t2.join(0.7)
        second_waited = t2.is_alive()
        release.set()
        t1.join(30)
        t2.join(30)
        assert results["a"].ok and results["b"].ok, results
        assert second_waited, "the second merge did not wait for the first to commit"

        with first.reading() as conn:
            c = tables.SYNCED["contact"].c
            rows = conn.execute(select(c.first_name, c.last_name, c.change_seq)).all()
            next_seq = conn.execute(select(tables.device.c.next_seq)).scalar_one()
        assert {(r.first_name, r.last_name) for r in rows} == {("from a", "from b")}
        seqs = [r.change_seq for r in rows]
        assert len(set(seqs)) == len(seqs) and max(seqs) < next_seq
        assert next_seq == 1 + 3 * len(ids)
    finally:
        first.close()
        second.close()
