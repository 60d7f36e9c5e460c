"""Identity and labels: identifier counters, subjects and COI identifiers, cord blood units,
lot parents, bags, QC samples, label templates and the label print log.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _ts(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "identifier_sequence",
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("scope", sa.String(16), primary_key=True),
        sa.Column("last_value", sa.Integer(), nullable=False),
    )
    op.create_table(
        "subject",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("screening_number", sa.String(16), nullable=False, unique=True),
        sa.Column("subject_number", sa.String(12), nullable=True, unique=True),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False, index=True),
        _ts("created_at"),
    )
    op.create_table(
        "chain_of_identity",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("identifier", sa.String(15), nullable=False, unique=True),
        sa.Column("subject_id", sa.Integer(), sa.ForeignKey("subject.id"), nullable=False,
                  index=True),
        _ts("issued_at"),
    )
    op.create_table(
        "cord_blood_unit",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("din", sa.String(13), nullable=False, index=True),
        sa.Column("product_code", sa.String(8), nullable=False),
        sa.Column("bank_name", sa.String(200), nullable=False),
        sa.Column("status", sa.String(32), nullable=False, index=True),
        _ts("received_at"),
        _ts("collected_at", nullable=True),
        sa.UniqueConstraint("din", "product_code"),
    )
    op.create_table(
        "lot_parent",
        sa.Column("lot_id", sa.Integer(), sa.ForeignKey("lot.id"), primary_key=True),
        sa.Column("cbu_id", sa.Integer(), sa.ForeignKey("cord_blood_unit.id"),
                  primary_key=True, index=True),
    )
    op.create_table(
        "bag",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("lot_id", sa.Integer(), sa.ForeignKey("lot.id"), nullable=False, index=True),
        sa.Column("division", sa.String(2), nullable=False),
        sa.Column("product_code", sa.String(8), nullable=False),
        sa.Column("status", sa.String(32), nullable=False, index=True),
        sa.Column("subject_id", sa.Integer(), sa.ForeignKey("subject.id"), nullable=True,
                  index=True),
        sa.Column("coi_id", sa.Integer(), sa.ForeignKey("chain_of_identity.id"), nullable=True),
        sa.Column("kit_number", sa.String(8), nullable=True, unique=True),
        _ts("expires_at"),
        _ts("created_at"),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.UniqueConstraint("lot_id", "division"),
    )
    op.create_table(
        "qc_sample",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("lot_id", sa.Integer(), sa.ForeignKey("lot.id"), nullable=False, index=True),
        sa.Column("sample_number", sa.Integer(), nullable=False),
        sa.Column("test", sa.String(64), nullable=False),
        _ts("taken_at"),
        sa.UniqueConstraint("lot_id", "sample_number"),
    )
    op.create_table(
        "label_template",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        _ts("registered_at"),
        sa.UniqueConstraint("name", "version"),
    )
    op.create_table(
        "label_print",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False, index=True),
        sa.Column("record_id", sa.Integer(), nullable=False, index=True),
        sa.Column("template_id", sa.Integer(), sa.ForeignKey("label_template.id"),
                  nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("output", sa.String(120), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("is_reprint", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(500), nullable=True),
        sa.Column("printed_by", sa.Integer(), sa.ForeignKey("user_account.id"), nullable=True),
        sa.Column("printed_by_name", sa.String(200), nullable=False),
        _ts("printed_at"),
        _ts("voided_at", nullable=True),
        sa.Column("voided_by_name", sa.String(200), nullable=True),
        sa.Column("void_reason", sa.String(500), nullable=True),
    )


def downgrade() -> None:
    raise RuntimeError("cellchain migrations are forward-only: GMP records are never dropped")
