"""Indexes on meeting and training start times and on follow-up dates

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_meeting_starts_at", "meeting", ["starts_at"])
    op.create_index("ix_commitment_follow_up_on", "commitment", ["follow_up_on"])
    op.create_index("ix_training_starts_at", "training", ["starts_at"])


def downgrade() -> None:
    op.drop_index("ix_training_starts_at", "training")
    op.drop_index("ix_commitment_follow_up_on", "commitment")
    op.drop_index("ix_meeting_starts_at", "meeting")
