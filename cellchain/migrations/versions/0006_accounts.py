"""Accounts: a version on each user account, so that role edits and password changes are
compare-and-swap writes, and a flag that makes a password set by an administrator temporary.

Revision ID: 0006_accounts
Revises: 0005
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_accounts"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing accounts start at version 1 with the password their owner chose.
    op.add_column("user_account", sa.Column("version", sa.Integer(), nullable=False,
                                            server_default="1"))
    op.add_column("user_account", sa.Column("must_change_password", sa.Boolean(),
                                            nullable=False, server_default=sa.false()))


def downgrade() -> None:
    raise RuntimeError("cellchain migrations are forward-only: GMP records are never dropped")
