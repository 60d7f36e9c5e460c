"""Indexes for the pages' queries at site scale (issue 13: 100k lots, 500k bags, 1M audit
events), each found by a query plan that read a whole table (bench/page_queries.py):

- bag (status, expires_at), replacing bag (status): bags in use filter on status and expiry
  together (a released bag past its expiry shows as expired), and the coordinator's queue and
  ``GET /api/v1/bags?status=...`` then read only the bags in date, not every released bag;
- signature (audit_seq): a release decision's signature is found by its audit record;
- notification (created_at) where not acknowledged: every dashboard lists the open ones, a
  few among all the notifications ever raised;
- subject (created_at): the subjects queue shows the first registered, 20 of thousands.

Revision ID: 0010_performance_indexes
Revises: 0009_trial
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_performance_indexes"
down_revision = "0009_trial"
branch_labels = None
depends_on = None

OPEN = sa.text("acknowledged_at IS NULL")


def upgrade() -> None:
    op.drop_index("ix_bag_status", table_name="bag")
    op.create_index("ix_bag_status_expires_at", "bag", ["status", "expires_at"])
    op.create_index("ix_signature_audit_seq", "signature", ["audit_seq"])
    op.create_index("ix_notification_open", "notification", ["created_at"],
                    sqlite_where=OPEN, postgresql_where=OPEN)
    op.create_index("ix_subject_created_at", "subject", ["created_at"])


def downgrade() -> None:
    raise RuntimeError("cellchain migrations are forward-only: GMP records are never dropped")
