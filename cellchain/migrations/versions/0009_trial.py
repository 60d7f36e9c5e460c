"""Trial management (issue 12): screening evaluations, labs, stage and dose-level assignment,
randomisation lists, emergency unblinding, escalation decisions, TAS-102 cycles, lot type.

Revision ID: 0009_trial
Revises: 0008_custody_bedside
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cellchain.migrations.append_only import forbid_update_and_delete

revision = "0009_trial"
down_revision = "0008_custody_bedside"
branch_labels = None
depends_on = None

# Facts of their moment (21 CFR 11.10(e)): an eligibility evaluation, a lab value as entered,
# an unblinding, a committee decision and a cycle start are never edited; a correction is a
# new row that says what it replaces.
APPEND_ONLY = ("screening_evaluation", "lab_result", "emergency_unblinding",
               "escalation_decision", "treatment_cycle")


def _ts(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


# Who acted: nullable where a system or command-line actor (no user account) may act, as in
# custody_event; the printed name beside it is always stored.
def _user(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.Integer(), sa.ForeignKey("user_account.id"), nullable=nullable)


def _text(name: str, length: int, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.String(length), nullable=nullable)


def _subject() -> sa.Column[object]:
    return sa.Column("subject_id", sa.Integer(), sa.ForeignKey("subject.id"), nullable=False,
                     index=True)


def upgrade() -> None:
    with op.batch_alter_table("subject") as batch:
        batch.add_column(_text("stage", 16, True))
        batch.add_column(_text("dose_level", 8, True))
        batch.add_column(sa.Column("cohort", sa.Integer(), nullable=True))
        batch.add_column(_text("stratum", 32, True))
        batch.add_column(sa.Column("consent_date", sa.Date(), nullable=True))
        batch.add_column(_ts("enrolled_at", True))
        batch.add_column(_text("screen_failure_reasons", 2000, True))
    with op.batch_alter_table("lot") as batch:
        # The arm a study-product lot is made for; null before the randomised stage.
        batch.add_column(_text("lot_type", 8, True))
        batch.add_column(_text("dose_level", 8, True))
    op.create_table(
        "screening_evaluation",
        sa.Column("id", sa.Integer(), primary_key=True), _subject(),
        sa.Column("evaluation_date", sa.Date(), nullable=False),
        sa.Column("eligible", sa.Boolean(), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        _user("evaluated_by", nullable=True), _text("evaluated_by_name", 200), _ts("evaluated_at"),
    )
    op.create_table(
        "lab_result",
        sa.Column("id", sa.Integer(), primary_key=True), _subject(),
        _text("analyte", 16), sa.Column("value", sa.Float(), nullable=False),
        _text("unit", 16), sa.Column("measured_on", sa.Date(), nullable=False),
        _user("entered_by", nullable=True), _text("entered_by_name", 200), _ts("entered_at"),
        sa.Column("replaces_id", sa.Integer(), sa.ForeignKey("lab_result.id"), nullable=True),
        _text("reason", 500, True),
    )
    op.create_table(
        "randomisation_list",
        sa.Column("id", sa.Integer(), primary_key=True),
        _text("stage", 16), _text("source", 16), _text("fingerprint", 64),
        _text("seed_hash", 64, True), sa.Column("slots", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        _user("created_by", nullable=True), _text("created_by_name", 200), _ts("created_at"),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_table(
        "randomisation_slot",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("list_id", sa.Integer(), sa.ForeignKey("randomisation_list.id"),
                  nullable=False, index=True),
        _text("stratum", 32), sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("block", sa.Integer(), nullable=False),
        sa.Column("block_size", sa.Integer(), nullable=False),
        _text("arm", 16),
        # One slot per subject: a second randomisation of the same subject is refused here.
        sa.Column("subject_id", sa.Integer(), sa.ForeignKey("subject.id"), nullable=True,
                  unique=True),
        _ts("assigned_at", True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.UniqueConstraint("list_id", "stratum", "sequence"),
    )
    op.create_table(
        "emergency_unblinding",
        sa.Column("id", sa.Integer(), primary_key=True), _subject(),
        _user("requested_by"), _text("requested_by_name", 200), _text("requester_role", 16),
        _text("reason", 1000), _text("arm", 16),
        sa.Column("signature_id", sa.Integer(), sa.ForeignKey("signature.id"), nullable=False),
        _ts("unblinded_at"),
    )
    op.create_table(
        "escalation_decision",
        sa.Column("id", sa.Integer(), primary_key=True),
        _text("dose_level", 8), sa.Column("cohort", sa.Integer(), nullable=False),
        sa.Column("treated", sa.Integer(), nullable=False),
        sa.Column("dlt", sa.Integer(), nullable=False),
        _text("recommendation", 16), _text("decision", 16), _text("next_dose_level", 8, True),
        _text("mtd_dose_level", 8, True), _text("rationale", 2000),
        _user("decided_by"), _text("decided_by_name", 200), _ts("decided_at"),
        sa.Column("signature_id", sa.Integer(), sa.ForeignKey("signature.id"), nullable=False),
    )
    op.create_table(
        "treatment_cycle",
        sa.Column("id", sa.Integer(), primary_key=True), _subject(),
        sa.Column("cycle_number", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        _user("recorded_by", nullable=True), _text("recorded_by_name", 200), _ts("recorded_at"),
        sa.UniqueConstraint("subject_id", "cycle_number"),
    )
    for table in APPEND_ONLY:
        forbid_update_and_delete(table)


def downgrade() -> None:
    raise RuntimeError("cellchain migrations are forward-only: GMP records are never dropped")
