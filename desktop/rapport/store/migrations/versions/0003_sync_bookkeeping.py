"""Sync bookkeeping: acknowledgements, conflicts to review, and HQ's device list

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_peer",
        sa.Column("peer", sa.Text(), nullable=False),
        sa.Column("acked_seq", sa.Integer(), nullable=False),
        sa.Column("return_seq", sa.Integer(), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=True),
        sa.Column("last_export_at", sa.Text(), nullable=True),
        sa.Column("last_import_at", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("peer"),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.Text(), nullable=False),
        sa.Column("record_id", sa.Text(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("kept_value", sa.Text(), nullable=True),
        sa.Column("kept_stamp", sa.Text(), nullable=False),
        sa.Column("lost_value", sa.Text(), nullable=True),
        sa.Column("lost_stamp", sa.Text(), nullable=False),
        sa.Column("lost_side", sa.Text(), nullable=False),
        sa.Column("bundle_id", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("resolved", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sync_conflict_open", "sync_conflict", ["resolved", "table_name"])
    op.create_table(
        "hq_device",
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("device_name", sa.Text(), nullable=False),
        sa.Column("organizer", sa.Text(), nullable=False),
        sa.Column("acked_seq", sa.Integer(), nullable=False),
        sa.Column("returned_seq", sa.Integer(), nullable=False),
        sa.Column("last_bundle_at", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("device_id"),
    )


def downgrade() -> None:
    op.drop_table("hq_device")
    op.drop_index("ix_sync_conflict_open", "sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_table("sync_peer")
