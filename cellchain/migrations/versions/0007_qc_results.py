"""QC results: the specification a lot is released against (name and version on the lot),
results entered against its samples, and second-person reviews; results and reviews are
append-only (a correction is a new row naming the one it corrects).

Revision ID: 0007_qc_results
Revises: 0006_accounts
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cellchain.migrations.append_only import forbid_update_and_delete

revision = "0007_qc_results"
down_revision = "0006_accounts"
branch_labels = None
depends_on = None

# QC records are written once (21 CFR 211.194(a), 11.10(e)).
APPEND_ONLY = ("qc_result", "qc_result_review")


def _ts(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False)


def upgrade() -> None:
    # Lots planned before this revision keep NULL: the configured specification applies.
    with op.batch_alter_table("lot") as table:
        table.add_column(sa.Column("qc_spec_name", sa.String(64), nullable=True))
        table.add_column(sa.Column("qc_spec_version", sa.String(16), nullable=True))
    op.create_table(
        "qc_result",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("lot_id", sa.Integer(), sa.ForeignKey("lot.id"), nullable=False, index=True),
        sa.Column("sample_id", sa.Integer(), sa.ForeignKey("qc_sample.id"), nullable=False,
                  index=True),
        sa.Column("test_id", sa.String(64), nullable=False),
        sa.Column("typed", sa.String(200), nullable=False),
        sa.Column("result", sa.String(200), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(32), nullable=False),
        sa.Column("method", sa.String(200), nullable=False),
        sa.Column("instrument", sa.String(200), nullable=False),
        sa.Column("analyst_name", sa.String(200), nullable=False),
        _ts("tested_at"),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("specification", sa.String(300), nullable=False),
        sa.Column("deviation_id", sa.Integer(), sa.ForeignKey("deviation.id"), nullable=True),
        sa.Column("recorded_by", sa.Integer(), sa.ForeignKey("user_account.id"),
                  nullable=True),
        sa.Column("recorded_by_name", sa.String(200), nullable=False),
        _ts("recorded_at"),
        sa.Column("corrects_id", sa.Integer(), sa.ForeignKey("qc_result.id"), nullable=True,
                  unique=True),
        sa.Column("correction_reason", sa.String(500), nullable=True),
    )
    op.create_index("ux_qc_result_first", "qc_result", ["lot_id", "test_id"], unique=True,
                    sqlite_where=sa.text("corrects_id IS NULL"),
                    postgresql_where=sa.text("corrects_id IS NULL"))
    op.create_table(
        "qc_result_review",
        sa.Column("result_id", sa.Integer(), sa.ForeignKey("qc_result.id"), primary_key=True),
        sa.Column("reviewed_by", sa.Integer(), sa.ForeignKey("user_account.id"),
                  nullable=True),
        sa.Column("reviewed_by_name", sa.String(200), nullable=False),
        _ts("reviewed_at"),
        sa.Column("note", sa.String(500), nullable=True),
    )
    for table_name in APPEND_ONLY:
        forbid_update_and_delete(table_name)


def downgrade() -> None:
    raise RuntimeError("cellchain migrations are forward-only: GMP records are never dropped")
