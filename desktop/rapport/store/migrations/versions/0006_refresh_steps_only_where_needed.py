"""The contact list's refresh leaves the 1:1 and next-step columns alone for contacts
with no meeting and no commitment

Revision ID: 0006
Revises: 0005

The refresh (migration 0004's trigger on the device row) deletes and inserts again the
contact_list row of each contact a write touched, then works out its last 1:1 and next
step. A contact without a single meeting or commitment row gets exactly what a new row
already holds (no date, no step, the "~" that sorts last), so the update is now limited
to contacts that have one: an import of 100,000 new contacts no longer rewrites each
row and two of its indexes for nothing.

The trigger's SQL is taken from the database and changed in one place, so this works
on whatever 0004 wrote; laptops only (headquarters on PostgreSQL has no contact list).
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TRIGGER = "contact_list_refresh"
PENDING = "contact_id IN (SELECT contact_id FROM contact_list_pending)"
ALL_STEPS = f"LIMIT 1\n    )\n WHERE {PENDING};"
NEEDED_STEPS = (
    f"LIMIT 1\n    )\n WHERE {PENDING} AND ("
    "EXISTS (SELECT 1 FROM meeting m WHERE m.contact_id = contact_list.contact_id) OR "
    "EXISTS (SELECT 1 FROM commitment k WHERE k.contact_id = contact_list.contact_id));"
)


def _swap(old: str, new: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    row = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (TRIGGER,)
    ).first()
    if row is None:
        return
    sql = str(row[0])
    if sql.count(old) != 1:
        raise RuntimeError(f"{TRIGGER}: its SQL is not the one this migration changes")
    op.execute(f"DROP TRIGGER {TRIGGER}")
    op.execute(sql.replace(old, new))


def upgrade() -> None:
    _swap(ALL_STEPS, NEEDED_STEPS)


def downgrade() -> None:
    _swap(NEEDED_STEPS, ALL_STEPS)
