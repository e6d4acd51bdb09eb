"""Meeting types, meeting blocks, confirmation calls, the ask, wizard drafts

Revision ID: 0005
Revises: 0004

- `meeting_type` and `meeting_block`: synced record types (every database, HQ included).
- `meeting`: which block a 1:1 sits in, the confirmation call the day before, the ask
  made and a counter-offer received.
- `observation`: what participants noticed, and the 1:1 scheduled after a tried one.
- `draft`: the 1:1 wizard's work in progress, local to the device.

Columns are added with ALTER TABLE ... ADD COLUMN (no table rebuild), so the contact
list's triggers on `meeting` stay as they are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

ZERO_STAMP = "000000000000-0000-0000000000000000"

# table → (text column, nullable, default for the rows already there)
NEW_COLUMNS: dict[str, tuple[tuple[str, bool, str | None], ...]] = {
    "meeting": (
        ("block_id", True, None),
        ("confirm_call", False, ""),
        ("confirm_called_at", True, None),
        ("ask", False, ""),
        ("counter_offer", False, ""),
    ),
    "observation": (
        ("meeting_id", True, None),
        ("noticed", False, ""),
    ),
}
NEW_REFS = (("meeting", "block_id"), ("observation", "meeting_id"))


def _synced_table(name: str, columns: list[sa.Column[object]]) -> None:
    stamps = [sa.Column(f"{c.name}__hlc", sa.Text(), nullable=False) for c in columns]
    op.create_table(
        name,
        sa.Column("id", sa.Text(), nullable=False),
        *columns,
        *stamps,
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("deleted__hlc", sa.Text(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(f"ix_{name}_change_seq", name, ["change_seq"])


def upgrade() -> None:
    _synced_table(
        "meeting_type",
        [
            sa.Column("key", sa.Text(), nullable=False),
            sa.Column("label", sa.Text(), nullable=False),
            sa.Column("position", sa.Integer(), nullable=False),
            sa.Column("duration_min", sa.Integer(), nullable=False),
            sa.Column("description", sa.Text(), nullable=False),
        ],
    )
    _synced_table(
        "meeting_block",
        [
            sa.Column("starts_at", sa.Text(), nullable=True),
            sa.Column("time_zone", sa.Text(), nullable=False),
            sa.Column("duration_min", sa.Integer(), nullable=False),
            sa.Column("location", sa.Text(), nullable=False),
            sa.Column("slot_min", sa.Integer(), nullable=False),
            sa.Column("gap_min", sa.Integer(), nullable=False),
            sa.Column("note", sa.Text(), nullable=False),
        ],
    )
    op.create_index("ix_meeting_block_starts_at", "meeting_block", ["starts_at"])
    for table, columns in NEW_COLUMNS.items():
        for name, nullable, default in columns:
            op.add_column(
                table,
                sa.Column(name, sa.Text(), nullable=nullable, server_default=default),
            )
            op.add_column(
                table,
                sa.Column(f"{name}__hlc", sa.Text(), nullable=False, server_default=ZERO_STAMP),
            )
    for table, column in NEW_REFS:
        op.create_index(f"ix_{table}_{column}", table, [column])
    op.create_table(
        "draft",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("draft")
    for table, column in NEW_REFS:
        op.drop_index(f"ix_{table}_{column}", table)
    for table, columns in NEW_COLUMNS.items():
        for name, *_ in columns:
            op.drop_column(table, f"{name}__hlc")
            op.drop_column(table, name)
    op.drop_index("ix_meeting_block_starts_at", "meeting_block")
    for name in ("meeting_block", "meeting_type"):
        op.drop_index(f"ix_{name}_change_seq", name)
        op.drop_table(name)
