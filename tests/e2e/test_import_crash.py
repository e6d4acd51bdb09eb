"""A laptop killed in the middle of `rapport sync import` keeps a sound database, and
each bundle is either applied whole or not at all.

Three bundles of a few thousand records each are imported into one data folder by the
real command, which is killed (SIGKILL) after a random delay spread over the time an
import takes. After every kill SQLite's integrity check passes, and for every bundle:
either its id is recorded in `imported_bundle` and every one of its records is there
with the bundle's stamps, or its id is absent and none of its records is there. Then
the imports are finished and the result equals imports that were never interrupted.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import orjson

from rapport.store.open import DB_NAME
from rapport.store.tables import stamp_column
from tests.e2e.cli import env, run_together

RUNS = 30
SEED = 20_260_522
CONTACTS = 900  # about 2,400 records per bundle


def command(*args: str | Path, data_dir: Path | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "rapport"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return cmd + [str(a) for a in args]


@dataclass
class Bundle:
    path: Path
    bundle_id: str
    fields: dict[str, list[str]]  # table → its fields in the bundle, the tombstone last
    stamps: dict[str, dict[str, tuple[str, ...]]]  # table → id → stamps, in that order

    @classmethod
    def read(cls, path: Path) -> Bundle:
        lines = path.read_bytes().splitlines()
        header = orjson.loads(lines[0])
        fields: dict[str, list[str]] = {}
        stamps: dict[str, dict[str, tuple[str, ...]]] = {}
        for raw in lines[1:-1]:
            record = orjson.loads(raw)
            table = record["table"]
            names = fields.setdefault(table, [*record["fields"], "deleted"])
            assert names[:-1] == list(record["fields"])
            values = [record["fields"][n]["hlc"] for n in names[:-1]]
            stamps.setdefault(table, {})[record["id"]] = (*values, record["deleted"]["hlc"])
        return cls(path, header["bundle_id"], fields, stamps)

    @property
    def records(self) -> int:
        return sum(len(rows) for rows in self.stamps.values())


def check_folder(folder: Path, bundles: list[Bundle]) -> set[str]:
    """Integrity, and each bundle whole or absent. Returns the ids of those applied."""
    conn = sqlite3.connect(folder / DB_NAME)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        imported = {r[0] for r in conn.execute("SELECT bundle_id FROM imported_bundle")}
        rows: dict[str, dict[str, tuple[str, ...]]] = {}
        for table, names in bundles[0].fields.items():
            columns = ", ".join(stamp_column(n) for n in names)
            rows[table] = {
                r[0]: tuple(r[1:]) for r in conn.execute(f"SELECT id, {columns} FROM {table}")
            }
    finally:
        conn.close()
    for bundle in bundles:
        assert bundle.fields == bundles[0].fields
        if bundle.bundle_id in imported:
            for table, records in bundle.stamps.items():
                have = rows[table]
                wrong = [i for i, stamps in records.items() if have.get(i) != stamps]
                assert not wrong, (
                    f"{bundle.path.name} is recorded as imported, yet {len(wrong)} of its "
                    f"{table} records are missing or carry other stamps"
                )
        else:
            for table, records in bundle.stamps.items():
                landed = records.keys() & rows[table].keys()
                assert not landed, (
                    f"{bundle.path.name} is not recorded as imported, yet {len(landed)} of "
                    f"its {table} records are in the database"
                )
    return imported & {b.bundle_id for b in bundles}


def test_a_killed_import_applies_a_bundle_whole_or_not_at_all(tmp_path: Path) -> None:
    sources = [tmp_path / f"source{i}" for i in range(3)]
    pristine = tmp_path / "pristine"
    run_together(
        *(
            command("demo", "--contacts", str(CONTACTS), "--seed", str(10 + i), data_dir=s)
            for i, s in enumerate(sources)
        ),
        command("demo", "--contacts", "20", "--seed", "99", data_dir=pristine),
    )
    paths = [tmp_path / f"bundle{i}.jsonl" for i in range(3)]
    run_together(
        *(command("sync", "export", p, data_dir=s) for s, p in zip(sources, paths, strict=True))
    )
    bundles = [Bundle.read(p) for p in paths]
    assert all(b.records > 2_000 for b in bundles)

    # The reference: the same imports, never interrupted. The first one, timed, and a
    # command that only opens the folder, tell how long an import takes and when its
    # work begins.
    reference = tmp_path / "reference"
    shutil.copytree(pristine, reference)
    started = time.perf_counter()
    run_together(command("sync", "conflicts", data_dir=reference))
    opening = time.perf_counter() - started
    started = time.perf_counter()
    run_together(command("sync", "import", paths[0], data_dir=reference))
    whole = time.perf_counter() - started
    for path in paths[1:]:
        run_together(command("sync", "import", path, data_dir=reference))
    assert check_folder(reference, bundles) == {b.bundle_id for b in bundles}

    rng = random.Random(SEED)
    work = tmp_path / "work"
    shutil.copytree(pristine, work)
    applied: set[str] = set()
    outcomes = {"applied": 0, "not applied": 0}
    killed = 0
    for _ in range(RUNS):
        pending = [b for b in bundles if b.bundle_id not in applied]
        if not pending:  # all in: start again from the folder without them
            shutil.rmtree(work)
            shutil.copytree(pristine, work)
            applied = set()
            pending = bundles
        bundle = rng.choice(pending)
        delay = rng.uniform(0.8 * opening, 1.15 * whole)
        proc = subprocess.Popen(
            command("sync", "import", bundle.path, data_dir=work),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env(),
        )
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            killed += 1
        now_applied = check_folder(work, bundles)
        assert applied <= now_applied, "a bundle that was in is gone"
        assert now_applied - applied <= {bundle.bundle_id}, "a bundle landed by itself"
        outcomes["applied" if bundle.bundle_id in now_applied else "not applied"] += 1
        applied = now_applied
    # Most runs were killed, and most of those before the import was done.
    assert killed >= RUNS // 2 and outcomes["not applied"] >= RUNS // 3, (killed, outcomes)

    for bundle in bundles:
        if bundle.bundle_id not in applied:
            run_together(command("sync", "import", bundle.path, data_dir=work))
    assert check_folder(work, bundles) == {b.bundle_id for b in bundles}
    work_state, reference_state = run_together(
        command("sync", "state", data_dir=work), command("sync", "state", data_dir=reference)
    )
    assert work_state == reference_state
    assert len(work_state) > 1_000_000
