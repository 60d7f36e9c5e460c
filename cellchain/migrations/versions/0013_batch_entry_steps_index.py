"""batch_entry (lot_id, step_id, day), replacing batch_entry (lot_id) (issue 13): the
technician's dashboard reads which steps every lot being made has recorded, and on which day.
With the lot alone indexed, each of those entries was a second read of its whole row (values
and findings included); the index now holds all three columns. It still finds a lot's entries
by lot, so the number of indexes a new entry updates stays the same.

Revision ID: 0013_batch_entry_steps_index
Revises: 0012_lot_status_count
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0013_batch_entry_steps_index"
down_revision = "0012_lot_status_count"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_batch_entry_lot_step", "batch_entry", ["lot_id", "step_id", "day"])
    op.drop_index("ix_batch_entry_lot_id", table_name="batch_entry")


def downgrade() -> None:
    raise RuntimeError("cellchain migrations are forward-only: GMP records are never dropped")
