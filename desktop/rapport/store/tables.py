"""SQLAlchemy tables, derived from the record declarations in `rapport.domain.records`.

A synced table has one column per field, one `<field>__hlc` stamp column per field,
a `deleted` tombstone with its own stamp, and `change_seq`, the local write counter.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, Index, Integer, MetaData, Table, Text

from rapport.domain.fields import FieldSpec, SyncedRecord, field_specs
from rapport.domain.records import RECORD_TYPES

ZERO_STAMP = "000000000000-0000-0000000000000000"
STAMP_SUFFIX = "__hlc"

metadata = MetaData()


def stamp_column(name: str) -> str:
    return name + STAMP_SUFFIX


def _value_column(spec: FieldSpec) -> Column[object]:
    if spec.kind in ("int", "bool"):
        return Column(spec.name, Integer, nullable=spec.nullable)
    if spec.kind == "float":
        return Column(spec.name, Float, nullable=spec.nullable)
    return Column(spec.name, Text, nullable=spec.nullable)


def _synced_table(cls: type[SyncedRecord]) -> Table:
    specs = field_specs(cls)
    columns: list[Column[object]] = [Column("id", Text, primary_key=True)]
    for spec in specs:
        columns.append(_value_column(spec))
    for spec in specs:
        columns.append(Column(stamp_column(spec.name), Text, nullable=False, default=ZERO_STAMP))
    columns += [
        Column("deleted", Integer, nullable=False, default=0),
        Column(stamp_column("deleted"), Text, nullable=False, default=ZERO_STAMP),
        Column("change_seq", Integer, nullable=False),
    ]
    table = Table(cls.TABLE, metadata, *columns)
    Index(f"ix_{cls.TABLE}_change_seq", table.c.change_seq)
    for spec in specs:
        if spec.ref:
            Index(f"ix_{cls.TABLE}_{spec.name}", table.c[spec.name])
    return table


SYNCED: dict[str, Table] = {cls.TABLE: _synced_table(cls) for cls in RECORD_TYPES}

device = Table(
    "device",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("clock_last", Text, nullable=False),
    Column("next_seq", Integer, nullable=False),
)

setting = Table(
    "setting",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

imported_bundle = Table(
    "imported_bundle",
    metadata,
    Column("bundle_id", Text, primary_key=True),
    Column("device_id", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("imported_at", Text, nullable=False),
    Column("records", Integer, nullable=False),
    Column("report", Text, nullable=False),
)

# Lookups by date, for the calendar, Today and follow-ups.
Index("ix_meeting_starts_at", SYNCED["meeting"].c.starts_at)
Index("ix_commitment_follow_up_on", SYNCED["commitment"].c.follow_up_on)
Index("ix_training_starts_at", SYNCED["training"].c.starts_at)

# What this laptop knows of headquarters: how far HQ has acknowledged our changes,
# how far we have taken in HQ's, and HQ's public key for encrypted exports.
sync_peer = Table(
    "sync_peer",
    metadata,
    Column("peer", Text, primary_key=True),
    Column("acked_seq", Integer, nullable=False, default=0),
    Column("return_seq", Integer, nullable=False, default=0),
    Column("public_key", Text, nullable=True),
    Column("last_export_at", Text, nullable=True),
    Column("last_import_at", Text, nullable=True),
)

# A field both sides changed since they last met: the value that lost is kept here
# until the organizer reviews it.
sync_conflict = Table(
    "sync_conflict",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("table_name", Text, nullable=False),
    Column("record_id", Text, nullable=False),
    Column("field", Text, nullable=False),
    Column("kept_value", Text, nullable=True),
    Column("kept_stamp", Text, nullable=False),
    Column("lost_value", Text, nullable=True),
    Column("lost_stamp", Text, nullable=False),
    Column("lost_side", Text, nullable=False),
    Column("bundle_id", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("resolved", Integer, nullable=False, default=0),
)
Index("ix_sync_conflict_open", sync_conflict.c.resolved, sync_conflict.c.table_name)

# At headquarters: one row per laptop that sent bundles.
hq_device = Table(
    "hq_device",
    metadata,
    Column("device_id", Text, primary_key=True),
    Column("device_name", Text, nullable=False),
    Column("organizer", Text, nullable=False),
    Column("acked_seq", Integer, nullable=False, default=0),
    Column("returned_seq", Integer, nullable=False, default=0),
    Column("last_bundle_at", Text, nullable=True),
)
