"""Integrity hardening: a format version and a blinding class in every hashed audit record;
the chain-of-identity link tables (cord blood unit -> lot, subject -> chain-of-identity
identifier) append-only; unique printed names; the person a notification is about.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cellchain.migrations.append_only import forbid_update_and_delete

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# A link of the chain of identity, once made, is never changed or removed (DESIGN §2).
LINK_TABLES = ("lot_parent", "chain_of_identity")


def upgrade() -> None:
    # Records written before this revision are format 1 (their hashes do not cover a format
    # number); ADD COLUMN is not an UPDATE, so the append-only triggers allow it.
    op.add_column("audit_event", sa.Column("format", sa.Integer(), nullable=False,
                                           server_default="1"))
    # Who may read each record (cellchain.blinding); older records stay hidden from blinded
    # readers, the safe default.
    op.add_column("audit_event", sa.Column("blinding", sa.String(16), nullable=False,
                                           server_default="unblinded"))
    for table in LINK_TABLES:
        forbid_update_and_delete(table)
    # 11.50(a)(1): a printed name on a signature identifies one person.
    op.create_index("ux_user_account_printed_name", "user_account",
                    [sa.text("lower(printed_name)")], unique=True)
    # A security alert names the person it is about; they may not acknowledge it themselves.
    # (A user id like ``acknowledged_by``; SQLite cannot add a column with a constraint.)
    op.add_column("notification", sa.Column("about_user_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    raise RuntimeError("cellchain migrations are forward-only: GMP records are never dropped")
