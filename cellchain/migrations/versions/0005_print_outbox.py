"""Print outbox: labels for network printers are sent after commit and retried on failure.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_job",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("print_id", sa.Integer(), sa.ForeignKey("label_print.id"), nullable=False),
        sa.Column("host", sa.String(120), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_print_job_print_id", "print_job", ["print_id"])
    op.create_index("ix_print_job_status", "print_job", ["status"])


def downgrade() -> None:
    raise RuntimeError("cellchain migrations are forward-only: GMP records are never dropped")
