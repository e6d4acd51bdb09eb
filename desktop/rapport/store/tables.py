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

# Work in progress kept on this device only: the 1:1 wizard's drafts, saved as the
# organizer types, so a crash or a closed window resumes where it stopped.
draft = Table(
    "draft",
    metadata,
    Column("key", Text, primary_key=True),
    Column("payload", Text, nullable=False),
    Column("saved_at", Text, nullable=False),
)

# Lookups by date, for the calendar, Today and follow-ups.
Index("ix_meeting_starts_at", SYNCED["meeting"].c.starts_at)
Index("ix_commitment_follow_up_on", SYNCED["commitment"].c.follow_up_on)
Index("ix_training_starts_at", SYNCED["training"].c.starts_at)
Index("ix_meeting_block_starts_at", SYNCED["meeting_block"].c.starts_at)

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

# --- The contact list (local; kept by SQL triggers, never synced) -------------------------
#
# One row per live contact with the keys the Contacts screen sorts by, each indexed, so a
# sorted page of 100 among 100,000 contacts is an index walk. Triggers made by migration
# 0004 keep it in step with every write to contact, tag, contact_tag, meeting,
# commitment and ladder_stage, whether through the Writer or a sync merge's raw
# executemany (see that migration). `n` is also the contact's rowid in the full-text
# index.
contact_list = Table(
    "contact_list",
    metadata,
    Column("n", Integer, primary_key=True),
    Column("contact_id", Text, nullable=False),
    Column("name_key", Text, nullable=False),
    Column("phone_key", Text, nullable=False),
    Column("email_key", Text, nullable=False),
    Column("turf", Text, nullable=False),
    Column("turf_key", Text, nullable=False),
    Column("stage", Text, nullable=False),
    Column("stage_pos", Integer, nullable=False),
    Column("tags", Text, nullable=False),
    Column("tags_key", Text, nullable=False),
    Column("last_one_on_one", Text, nullable=True),
    Column("next_step_kind", Text, nullable=True),
    Column("next_step_at", Text, nullable=True),
    Column("next_step_what", Text, nullable=True),
    Column("next_step_key", Text, nullable=False, server_default="~"),
)
Index("ix_contact_list_contact_id", contact_list.c.contact_id, unique=True)
Index("ix_contact_list_name_key", contact_list.c.name_key)
Index("ix_contact_list_phone_key", contact_list.c.phone_key)
Index("ix_contact_list_email_key", contact_list.c.email_key)
Index("ix_contact_list_turf_key", contact_list.c.turf_key)
Index("ix_contact_list_stage", contact_list.c.stage)
Index("ix_contact_list_stage_pos", contact_list.c.stage_pos, contact_list.c.name_key)
Index("ix_contact_list_tags_key", contact_list.c.tags_key)
Index("ix_contact_list_last_one_on_one", contact_list.c.last_one_on_one)
Index("ix_contact_list_next_step_key", contact_list.c.next_step_key)

# Contacts whose contact_list row and index entry are to be recomputed: triggers note
# them, and the end of each store write transaction recomputes them all at once.
contact_list_pending = Table(
    "contact_list_pending",
    metadata,
    Column("contact_id", Text, primary_key=True),
    sqlite_with_rowid=False,
)

# The FTS5 full-text index over live contacts (names, phones, emails, tags, turf and
# notes; never private notes), made by migration 0004 from the view `contact_fts_source`.
# SQLAlchemy cannot declare a virtual table, so it is not in
# `metadata`: these are its name and the shadow tables SQLite keeps for it, for schema
# comparisons to leave aside.
SEARCH_TABLE = "contact_fts"
SEARCH_SHADOW_TABLES = tuple(
    f"{SEARCH_TABLE}_{suffix}" for suffix in ("data", "idx", "content", "docsize", "config")
)


def is_undeclared_table(name: str) -> bool:
    """True for the tables SQLite makes that `metadata` cannot declare (the FTS5 index)."""
    return name == SEARCH_TABLE or name in SEARCH_SHADOW_TABLES
