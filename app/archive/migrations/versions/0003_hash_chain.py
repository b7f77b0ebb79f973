"""The hash chain: each row's hash, the previous row's, its personal-field digests and key;
and a status column wide enough for a capture's ``pending_confirmation``.

Nullable: rows archived before this revision are sealed afterwards, in ledger order, by the
first run that has ERASURE_PEPPER (``optout migrate`` or the archive job), before any new row.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("consent_events") as batch:
        batch.add_column(sa.Column("hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("prev_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("digests", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("seal_key", sa.String(16), nullable=True))
        batch.alter_column("status", type_=sa.String(32), existing_type=sa.String(16),
                           existing_nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("consent_events") as batch:
        for name in ("seal_key", "digests", "prev_hash", "hash"):
            batch.drop_column(name)
        batch.alter_column("status", type_=sa.String(16), existing_type=sa.String(32),
                           existing_nullable=True)
