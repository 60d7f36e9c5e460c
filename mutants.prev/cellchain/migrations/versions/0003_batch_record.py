"""Batch record: materials and equipment, cord blood receipt details, lot process fields,
batch entries with verifications and corrections (append-only), deviations.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cellchain.migrations.append_only import forbid_update_and_delete

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Batch-record evidence is written once: a correction is a new row (21 CFR 211.188, 11.10(e)).
APPEND_ONLY = ("batch_entry", "entry_correction", "entry_verification")


def _ts(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "material_lot",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(16), nullable=False, unique=True),
        sa.Column("kind", sa.String(32), nullable=False, index=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("supplier", sa.String(200), nullable=False),
        sa.Column("supplier_lot", sa.String(64), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("certificate_ref", sa.String(200), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("status_reason", sa.String(500), nullable=True),
        _ts("received_at"),
        _ts("status_changed_at"),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.UniqueConstraint("kind", "supplier", "supplier_lot"),
    )
    op.create_table(
        "equipment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("asset_number", sa.String(32), nullable=False, unique=True),
        sa.Column("kind", sa.String(32), nullable=False, index=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("calibration_due_on", sa.Date(), nullable=False),
        sa.Column("maintenance_due_on", sa.Date(), nullable=False),
        sa.Column("in_service", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    with op.batch_alter_table("cord_blood_unit") as table:
        table.add_column(sa.Column("source_type", sa.String(16), nullable=False,
                                   server_default="cord_blood"))
        table.add_column(sa.Column("subject_id", sa.Integer(),
                                   sa.ForeignKey("subject.id", name="fk_cbu_subject"),
                                   nullable=True))
        table.add_column(sa.Column("coi_id", sa.Integer(),
                                   sa.ForeignKey("chain_of_identity.id", name="fk_cbu_coi"),
                                   nullable=True))
        table.add_column(sa.Column("volume_ml", sa.Float(), nullable=True))
        table.add_column(sa.Column("total_nucleated_cells", sa.Float(), nullable=True))
        table.add_column(sa.Column("viability_pct", sa.Float(), nullable=True))
        table.add_column(sa.Column("abo_rh", sa.String(16), nullable=True))
        table.add_column(sa.Column("idm_status", sa.String(16), nullable=True))
        table.add_column(sa.Column("arrival_temp_c", sa.Float(), nullable=True))
        table.add_column(sa.Column("container_intact", sa.Boolean(), nullable=True))
        table.add_column(sa.Column("decision_reason", sa.String(500), nullable=True))
        table.add_column(sa.Column("decided_by_name", sa.String(200), nullable=True))
        table.add_column(_ts("decided_at", nullable=True))
        table.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("lot") as table:
        table.add_column(sa.Column("process_name", sa.String(64), nullable=True))
        table.add_column(sa.Column("process_version", sa.String(16), nullable=True))
        table.add_column(sa.Column("cell_source", sa.String(16), nullable=True))
        table.add_column(sa.Column("subject_id", sa.Integer(),
                                   sa.ForeignKey("subject.id", name="fk_lot_subject"),
                                   nullable=True))
        table.add_column(sa.Column("target_dose_cells", sa.Float(), nullable=True))
        table.add_column(_ts("activated_at", nullable=True))
    op.create_table(
        "batch_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("lot_id", sa.Integer(), sa.ForeignKey("lot.id"), nullable=False, index=True),
        sa.Column("step_id", sa.String(32), nullable=False),
        sa.Column("day", sa.Integer(), nullable=True),
        sa.Column("values", sa.Text(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), sa.ForeignKey("user_account.id"), nullable=True),
        sa.Column("recorded_by_name", sa.String(200), nullable=False),
        _ts("recorded_at"),
    )
    op.create_table(
        "entry_verification",
        sa.Column("entry_id", sa.Integer(), sa.ForeignKey("batch_entry.id"), primary_key=True),
        sa.Column("verified_by", sa.Integer(), sa.ForeignKey("user_account.id"), nullable=True),
        sa.Column("verified_by_name", sa.String(200), nullable=False),
        _ts("verified_at"),
        sa.Column("note", sa.String(500), nullable=True),
    )
    op.create_table(
        "entry_correction",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("entry_id", sa.Integer(), sa.ForeignKey("batch_entry.id"), nullable=False,
                  index=True),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("corrected_by", sa.Integer(), sa.ForeignKey("user_account.id"),
                  nullable=True),
        sa.Column("corrected_by_name", sa.String(200), nullable=False),
        _ts("corrected_at"),
    )
    op.create_table(
        "entry_material",
        sa.Column("entry_id", sa.Integer(), sa.ForeignKey("batch_entry.id"), primary_key=True),
        sa.Column("material_lot_id", sa.Integer(), sa.ForeignKey("material_lot.id"),
                  primary_key=True, index=True),
    )
    op.create_table(
        "entry_equipment",
        sa.Column("entry_id", sa.Integer(), sa.ForeignKey("batch_entry.id"), primary_key=True),
        sa.Column("equipment_id", sa.Integer(), sa.ForeignKey("equipment.id"),
                  primary_key=True, index=True),
    )
    op.create_table(
        "deviation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("number", sa.String(16), nullable=False, unique=True),
        sa.Column("lot_id", sa.Integer(), sa.ForeignKey("lot.id"), nullable=False, index=True),
        sa.Column("entry_id", sa.Integer(), sa.ForeignKey("batch_entry.id"), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("investigation", sa.Text(), nullable=True),
        sa.Column("capa", sa.Text(), nullable=True),
        sa.Column("opened_by_name", sa.String(200), nullable=False),
        _ts("opened_at"),
        sa.Column("closed_by_name", sa.String(200), nullable=True),
        _ts("closed_at", nullable=True),
        sa.Column("signature_id", sa.Integer(), sa.ForeignKey("signature.id"), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    for table_name in APPEND_ONLY:
        forbid_update_and_delete(table_name)


def downgrade() -> None:
    raise RuntimeError("cellchain migrations are forward-only: GMP records are never dropped")
