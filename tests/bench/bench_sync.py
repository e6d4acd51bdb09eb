"""Sync: export speed, and HQ merge of many bundles, each beside a raw baseline.

Export: a laptop with about 100,000 demo records writes a full bundle; the baseline
dumps the same rows with sqlite3 and orjson to a file. Target: at least 200,000
records/s (and the ratio to the baseline).

Merge: 100 bundles of 10,000 records (1,000,000 in all, distinct ids) merged into an
empty SQLite HQ database, one transaction per bundle; the baseline is sqlite3's
executemany upsert of the same rows, prepared in advance, one transaction per bundle.
Target: at most 3x the baseline. RAPPORT_BENCH_SCALE=0.1 runs a tenth of the size.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from pathlib import Path

import orjson

from tests.bench import harness

EXPORT_CONTACTS = 50_000  # with meetings, notes and tags: about 100,000 records
BUNDLES = 100
PER_BUNDLE = 10_000
SCALE = float(os.environ.get("RAPPORT_BENCH_SCALE", "1"))


def run() -> None:
    with harness.temp_dir("rapport-bench-sync-") as tmp:
        laptop = tmp / "laptop"
        contacts = max(500, int(EXPORT_CONTACTS * SCALE))
        built = harness.make_demo_folder(laptop, contacts)
        harness.info(f"demo laptop with {contacts:,} contacts built in {built:.1f} s")
        bench_export(laptop, tmp)
        bench_merge(laptop, tmp)


def bench_export(laptop: Path, tmp: Path) -> None:
    from rapport.sync.export import export_bundle
    from rapport.workspace import open_workspace

    folder = open_workspace(laptop)
    try:
        records = 0

        def ours() -> None:
            nonlocal records
            records = export_bundle(folder.store, tmp / "full.bundle", full=True).records

        ours_s = harness.median(harness.measure(ours, repeat=3))
        db = laptop / "rapport.sqlite3"

        def raw() -> None:
            conn = sqlite3.connect(db)
            with open(tmp / "raw.jsonl", "wb") as out:
                for (table,) in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE '%change_seq%'"
                ).fetchall():
                    for row in conn.execute(f"SELECT * FROM {table}"):
                        out.write(orjson.dumps(row) + b"\n")
            conn.close()

        raw_s = harness.median(harness.measure(raw, repeat=3))
    finally:
        folder.close()
    harness.info(f"exported {records:,} records")
    harness.report(
        "export (records/s)",
        records / ours_s,
        "sqlite3 + orjson dump",
        records / raw_s,
        unit="records/s",
        higher_is_better=True,
    )
    harness.report_value(
        "export rate against the 200,000 records/s target", records / ours_s, unit="records/s"
    )
    verdict = "PASS" if records / ours_s >= 200_000 else "MISS"
    harness.info(f"export target 200,000 records/s: {verdict}")


def make_bundles(laptop: Path, tmp: Path, count: int, per_bundle: int) -> list[Path]:
    """`count` bundles of `per_bundle` records with distinct ids, made from a real
    export by rewriting the ids (and the checksum)."""
    source = (tmp / "full.bundle").read_bytes().splitlines()
    header, body = source[0], source[1:-1]
    paths = []
    for k in range(count):
        lines = [header.replace(b'"bundle_id":"', f'"bundle_id":"{k:04x}'.encode())]
        counts: dict[str, int] = {}
        for i in range(per_bundle):
            line = body[i % len(body)]
            obj_table = line[line.index(b'"table":"') + 9 :].split(b'"', 1)[0].decode()
            counts[obj_table] = counts.get(obj_table, 0) + 1
            prefix = f'"id":"{k:03x}{i // len(body):01x}'.encode()
            lines.append(line.replace(b'"id":"', prefix, 1))
        data = b"".join(x + b"\n" for x in lines)
        trailer = {
            "type": "trailer",
            "counts": counts,
            "records": per_bundle,
            "sha256": hashlib.sha256(data).hexdigest(),
        }
        path = tmp / f"hq-{k:03d}.bundle"
        path.write_bytes(data + orjson.dumps(trailer) + b"\n")
        paths.append(path)
    return paths


def bench_merge(laptop: Path, tmp: Path) -> None:
    from rapport.store.merge_rows import column_names
    from rapport.sync.bundle import read_bundle_file
    from rapport.sync.hq import merge_bundle, open_hq
    from rapport.sync.merge import SHAPES, merge_row

    count = max(2, int(BUNDLES * SCALE))
    paths = make_bundles(laptop, tmp, count, PER_BUNDLE)
    total = count * PER_BUNDLE
    harness.info(f"{count} bundles of {PER_BUNDLE:,} records written")

    # Baseline rows: the same rows our merge writes, prepared before timing.
    prepared: list[dict[str, list[tuple[object, ...]]]] = []
    for path in paths:
        per_table: dict[str, list[tuple[object, ...]]] = {}
        for rec in read_bundle_file(path).records():
            row = merge_row(SHAPES[rec.table], rec.id, rec.fields, rec.deleted, None).row
            row["change_seq"] = 0
            per_table.setdefault(rec.table, []).append(
                tuple(row[c] for c in column_names(rec.table))
            )
        prepared.append(per_table)

    raw_db = tmp / "raw-hq.sqlite3"
    template = open_hq(str(raw_db))
    template.close()
    conn = sqlite3.connect(raw_db, isolation_level=None)
    # An HQ database (one with laptops in hq_device) keeps no contact list or search
    # index, so the laptop-only triggers stay idle, as they do for our merge after its
    # first bundle.
    conn.execute(
        "INSERT INTO hq_device (device_id, device_name, organizer, acked_seq, returned_seq) "
        "VALUES ('0000000000000000', 'baseline', '', 0, 0)"
    )
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    started = time.perf_counter()
    for per_table in prepared:
        conn.execute("BEGIN")
        for table, rows in per_table.items():
            cols = column_names(table)
            sets = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c != "id")
            conn.executemany(
                f'INSERT INTO "{table}" ({", ".join(f"{chr(34)}{c}{chr(34)}" for c in cols)}) '
                f"VALUES ({', '.join('?' for _ in cols)}) "
                f'ON CONFLICT ("id") DO UPDATE SET {sets}',
                rows,
            )
        conn.execute("COMMIT")
    raw_s = time.perf_counter() - started
    conn.close()

    hq = open_hq(str(tmp / "hq.sqlite3"))
    started = time.perf_counter()
    for path in paths:
        result = merge_bundle(hq, path)
        if not result.ok:
            raise harness.BenchError(f"{path}: {result.message}")
    ours_s = time.perf_counter() - started
    hq.close()
    harness.info(f"merged {total:,} records: {total / ours_s:,.0f} records/s")
    harness.report(
        f"HQ merge of {total:,} records ({count} bundles)",
        ours_s,
        "raw executemany upsert",
        raw_s,
        target_ratio=3.0,
        unit="s",
    )
