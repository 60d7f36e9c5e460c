"""The checks entries await (issue 13): ``entry_check``, one row per entry of a step that needs
a second person's check, open (``checked_at`` NULL) until it is verified, with an index of the
open ones. The dashboards' "awaiting verification" queue read every checked entry ever recorded
(a correlated NOT EXISTS over 300k rows at 100k lots, 145 ms); it now searches that index.

Backfill: a row for every entry of a step that any definition this installation knows (the
configured one and the shipped ones) marks for a second person, closed at its verification's
time where one exists. A step some other version checks gets a row too; the queue and
``verify_entry`` still ask the lot's own definition, as before.

Revision ID: 0011_entry_check
Revises: 0010_performance_indexes
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_entry_check"
down_revision = "0010_performance_indexes"
branch_labels = None
depends_on = None

OPEN = sa.text("checked_at IS NULL")


def upgrade() -> None:
    op.create_table(
        "entry_check",
        sa.Column("id", sa.Integer(), sa.ForeignKey("batch_entry.id"), primary_key=True),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_entry_check_open", "entry_check", ["id"],
                    sqlite_where=OPEN, postgresql_where=OPEN)
    steps = _second_person_steps()
    if steps:
        entry = sa.table("batch_entry", sa.column("id"), sa.column("step_id"))
        verification = sa.table("entry_verification", sa.column("entry_id"),
                                sa.column("verified_at"))
        op.execute(sa.table("entry_check", sa.column("id"), sa.column("checked_at")).insert()
                   .from_select(["id", "checked_at"], sa.select(
                       entry.c.id, verification.c.verified_at)
                       .select_from(entry.outerjoin(
                           verification, verification.c.entry_id == entry.c.id))
                       .where(entry.c.step_id.in_(sorted(steps)))))


def _second_person_steps() -> set[str]:
    # The definitions are read as `cellchain serve` reads them (its environment's settings).
    from cellchain.batch.definitions import known_definitions
    from cellchain.config import Settings

    return {step.id for definition in known_definitions(Settings())
            for step in definition.steps if step.second_person}


def downgrade() -> None:
    raise RuntimeError("cellchain migrations are forward-only: GMP records are never dropped")
