"""Chain of custody (handoffs, temperature excursions) and the bedside (verification attempts,
second-clinician confirmations, infusions, vital signs, adverse events).

Revision ID: 0008_custody_bedside
Revises: 0007_qc_results
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cellchain.migrations.append_only import forbid_update_and_delete

revision = "0008_custody_bedside"
down_revision = "0007_qc_results"
branch_labels = None
depends_on = None

# Written once (21 CFR 11.10(e)): a handoff, an attempt, a confirmation, an infusion and a
# vital sign are facts of the moment; corrections are new rows or audited annotations.
APPEND_ONLY = ("custody_event", "bedside_verification", "bedside_confirmation", "infusion",
               "vital_sign")


def _ts(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _user(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.Integer(), sa.ForeignKey("user_account.id"), nullable=nullable)


def _text(name: str, length: int, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.String(length), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "custody_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("bag_id", sa.Integer(), sa.ForeignKey("bag.id"), nullable=False, index=True),
        _text("kind", 16), sa.Column("leg", sa.Integer(), nullable=False), _ts("at"),
        _text("location", 200), _user("actor_id", nullable=True), _text("actor_name", 200),
        _text("courier", 200, True), _text("container", 64, True),
        sa.Column("temperature_c", sa.Float(), nullable=True),
        sa.Column("logger_readings", sa.Text(), nullable=True),
        _text("condition", 16, True), _text("note", 500, True),
        sa.UniqueConstraint("bag_id", "kind", "leg"),
    )
    op.create_table(
        "temperature_excursion",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("bag_id", sa.Integer(), sa.ForeignKey("bag.id"), nullable=False, index=True),
        sa.Column("custody_event_id", sa.Integer(), sa.ForeignKey("custody_event.id"),
                  nullable=False, index=True),
        _ts("first_out_at"),
        *(sa.Column(name, sa.Float(), nullable=False)
          for name in ("lowest_c", "highest_c", "range_low_c", "range_high_c")),
        _ts("acknowledged_at", nullable=True), _user("acknowledged_by", nullable=True),
        _text("acknowledged_by_name", 200, True), _text("comment", 1000, True),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_table(
        "bedside_verification",
        sa.Column("id", sa.Integer(), primary_key=True),
        _text("wristband_scan", 500), _text("bag_scan", 500),
        sa.Column("subject_id", sa.Integer(), sa.ForeignKey("subject.id"), nullable=True,
                  index=True),
        sa.Column("bag_id", sa.Integer(), sa.ForeignKey("bag.id"), nullable=True, index=True),
        _text("verdict", 8), sa.Column("checks", sa.Text(), nullable=False),
        sa.Column("conditional_acknowledged", sa.Boolean(), nullable=False),
        _user("verified_by"), _text("verified_by_name", 200), _ts("verified_at"),
    )
    op.create_table(
        "bedside_confirmation",
        sa.Column("verification_id", sa.Integer(), sa.ForeignKey("bedside_verification.id"),
                  primary_key=True),
        _user("witness_id"), _text("witness_name", 200), _ts("confirmed_at"),
        sa.Column("signature_id", sa.Integer(), sa.ForeignKey("signature.id"), nullable=False),
    )
    op.create_table(
        "infusion",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("bag_id", sa.Integer(), sa.ForeignKey("bag.id"), nullable=False,
                  unique=True),
        sa.Column("subject_id", sa.Integer(), sa.ForeignKey("subject.id"), nullable=False,
                  index=True),
        sa.Column("verification_id", sa.Integer(), sa.ForeignKey("bedside_verification.id"),
                  nullable=False, unique=True),
        _ts("started_at"), _ts("stopped_at"),
        sa.Column("volume_ml", sa.Float(), nullable=False),
        sa.Column("reaction_grade", sa.Integer(), nullable=False),
        _text("ctcae_version", 8), _text("note", 1000, True),
        _user("recorded_by"), _text("recorded_by_name", 200), _ts("recorded_at"),
    )
    op.create_table(
        "vital_sign",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("infusion_id", sa.Integer(), sa.ForeignKey("infusion.id"), nullable=False,
                  index=True),
        _text("timepoint", 16), _ts("taken_at"),
        sa.Column("temperature_c", sa.Float(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False)
          for name in ("heart_rate", "systolic", "diastolic", "respiratory_rate", "spo2")),
    )
    op.create_table(
        "adverse_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("subject_id", sa.Integer(), sa.ForeignKey("subject.id"), nullable=False,
                  index=True),
        sa.Column("infusion_id", sa.Integer(), sa.ForeignKey("infusion.id"), nullable=True,
                  index=True),
        _text("term", 200), sa.Column("grade", sa.Integer(), nullable=False),
        _text("ctcae_version", 8),
        sa.Column("onset_on", sa.Date(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("serious", sa.Boolean(), nullable=False),
        _text("related_to_rak", 16), _text("related_to_tas102", 16),
        sa.Column("dlt", sa.Boolean(), nullable=False), _text("note", 1000, True),
        _user("recorded_by"), _text("recorded_by_name", 200), _ts("recorded_at"),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    for table_name in APPEND_ONLY:
        forbid_update_and_delete(table_name)


def downgrade() -> None:
    raise RuntimeError("cellchain migrations are forward-only: GMP records are never dropped")
