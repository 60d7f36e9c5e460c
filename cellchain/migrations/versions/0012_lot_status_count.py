"""Lots per status (issue 13): ``lot_status_count``, kept by triggers on ``lot`` in the
transaction that inserts, changes or deletes a lot, so the count is exact at every commit and
no code path can forget it. The dashboards counted every lot on each view (a GROUP BY over
100k rows, 3 ms on SQLite); they now read one row per status.

On PostgreSQL two transactions moving lots between the same two statuses in opposite
directions would lock the two count rows in opposite orders; the trigger updates them in
status order, so they queue instead of deadlocking.

Backfill: the counts of the lots already there.

Revision ID: 0012_lot_status_count
Revises: 0011_entry_check
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_lot_status_count"
down_revision = "0011_entry_check"
branch_labels = None
depends_on = None

_SQLITE_TRIGGERS = [
    """CREATE TRIGGER lot_status_count_insert AFTER INSERT ON lot BEGIN
         INSERT OR IGNORE INTO lot_status_count (status, lots) VALUES (NEW.status, 0);
         UPDATE lot_status_count SET lots = lots + 1 WHERE status = NEW.status;
       END""",
    """CREATE TRIGGER lot_status_count_update AFTER UPDATE OF status ON lot
       WHEN OLD.status IS NOT NEW.status BEGIN
         UPDATE lot_status_count SET lots = lots - 1 WHERE status = OLD.status;
         INSERT OR IGNORE INTO lot_status_count (status, lots) VALUES (NEW.status, 0);
         UPDATE lot_status_count SET lots = lots + 1 WHERE status = NEW.status;
       END""",
    """CREATE TRIGGER lot_status_count_delete AFTER DELETE ON lot BEGIN
         UPDATE lot_status_count SET lots = lots - 1 WHERE status = OLD.status;
       END""",
]

_POSTGRESQL_TRIGGER = [
    """CREATE FUNCTION lot_status_count_add(of_status VARCHAR, delta INTEGER) RETURNS void
       LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO lot_status_count (status, lots) VALUES (of_status, delta)
         ON CONFLICT (status) DO UPDATE SET lots = lot_status_count.lots + delta;
       END $$""",
    """CREATE FUNCTION lot_status_count_apply() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN
           PERFORM lot_status_count_add(NEW.status, 1);
         ELSIF TG_OP = 'DELETE' THEN
           PERFORM lot_status_count_add(OLD.status, -1);
         ELSIF OLD.status IS DISTINCT FROM NEW.status THEN
           -- Both rows in status order: opposite moves queue rather than deadlock.
           IF OLD.status < NEW.status THEN
             PERFORM lot_status_count_add(OLD.status, -1);
             PERFORM lot_status_count_add(NEW.status, 1);
           ELSE
             PERFORM lot_status_count_add(NEW.status, 1);
             PERFORM lot_status_count_add(OLD.status, -1);
           END IF;
         END IF;
         RETURN NULL;
       END $$""",
    """CREATE TRIGGER lot_status_count_apply AFTER INSERT OR DELETE OR UPDATE OF status ON lot
       FOR EACH ROW EXECUTE FUNCTION lot_status_count_apply()""",
]


def upgrade() -> None:
    op.create_table(
        "lot_status_count",
        sa.Column("status", sa.String(length=32), primary_key=True),
        sa.Column("lots", sa.Integer(), nullable=False),
    )
    lot = sa.table("lot", sa.column("status"))
    op.execute(sa.table("lot_status_count", sa.column("status"), sa.column("lots")).insert()
               .from_select(["status", "lots"], sa.select(lot.c.status, sa.func.count())
                            .group_by(lot.c.status)))
    dialect = op.get_bind().dialect.name
    for statement in _POSTGRESQL_TRIGGER if dialect == "postgresql" else _SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    raise RuntimeError("cellchain migrations are forward-only: GMP records are never dropped")
