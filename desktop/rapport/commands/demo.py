"""`rapport demo [--contacts N] [--seed S]`: fill the data folder with believable demo data.

Everything lands in one transaction through the store's one write path
(`Writer.insert_new`), so every field is stamped and a failure half-way leaves the
folder as it was. Nothing is removed: on a folder that already has records the demo
adds more. The generator is deterministic; to keep a second run in the same folder
from repeating the first one's ids, the number of rows the synced tables already hold
(tombstones included, so it never goes down) is passed as the generator's salt. A
fresh folder has salt 0, so two fresh folders with the same seed get equal records.
Tags the folder already has (by name) are reused rather than made twice.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date

from sqlalchemy import Connection, func, select

from rapport.commands.common import opened
from rapport.domain import demo as demo_data
from rapport.domain.fields import SyncedRecord
from rapport.domain.records import RECORD_TYPES
from rapport.store.tables import SYNCED


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    with opened(args.data_dir) as folder:
        with folder.store.read() as conn:
            salt = sum(_row_counts(conn).values())
            contacts = SYNCED["contact"]
            live = conn.execute(
                select(func.count()).select_from(contacts).where(contacts.c.deleted == 0)
            ).scalar_one()
            tag_ids = _tag_ids(conn)
        if live:
            print(
                f"The folder already has {live:,} contacts; adding more demo data alongside "
                "them (nothing is removed)."
            )
        counts: Counter[str] = Counter()
        records = demo_data.generate(
            args.seed, args.contacts, date.today(), salt=salt, tag_ids=tag_ids
        )
        with folder.store.write() as writer:
            writer.insert_new(_counting(records, counts))
    elapsed = time.perf_counter() - started
    print(f"Added demo data (seed {args.seed}) to {args.data_dir}:")
    width = max(len(cls.TABLE) for cls in RECORD_TYPES)
    for cls in RECORD_TYPES:
        print(f"  {cls.TABLE:<{width}}  {counts[cls.TABLE]:>9,}")
    print(f"{sum(counts.values()):,} records in {elapsed:.1f} s")
    return 0


def _counting(records: Iterable[SyncedRecord], counts: Counter[str]) -> Iterator[SyncedRecord]:
    for record in records:
        counts[record.TABLE] += 1
        yield record


def _row_counts(conn: Connection) -> dict[str, int]:
    return {
        name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
        for name, table in SYNCED.items()
    }


def _tag_ids(conn: Connection) -> dict[str, str]:
    tag = SYNCED["tag"]
    rows = conn.execute(
        select(tag.c.name, tag.c.id).where(tag.c.deleted == 0).order_by(tag.c.change_seq)
    )
    found: dict[str, str] = {}
    for name, tag_id in rows:
        found.setdefault(str(name), str(tag_id))
    return found
