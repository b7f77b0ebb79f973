"""The consent events table, indexed by number, by sender and by time.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consent_events",
        sa.Column("shard", sa.Integer(), nullable=False),
        sa.Column("ledger_ms", sa.BigInteger(), nullable=False),
        sa.Column("ledger_seq", sa.BigInteger(), nullable=False),
        sa.Column("ledger_id", sa.String(48), nullable=False),
        sa.Column("number", sa.String(32), nullable=False),
        sa.Column("sender", sa.String(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("scope", sa.String(8), nullable=True),
        sa.Column("source", sa.String(16), nullable=True),
        sa.Column("channel", sa.String(), nullable=True),
        sa.Column("keyword", sa.String(), nullable=True),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("message_sid", sa.String(), nullable=True),
        sa.Column("status", sa.String(16), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("event", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("shard", "ledger_ms", "ledger_seq"),
        sa.UniqueConstraint("shard", "ledger_id", name="uq_consent_events_shard_ledger_id"),
    )
    op.create_index("ix_consent_events_number", "consent_events", ["number", "ledger_ms"])
    op.create_index("ix_consent_events_sender", "consent_events", ["sender", "recorded_at"])
    op.create_index("ix_consent_events_recorded_at", "consent_events", ["recorded_at"])


def downgrade() -> None:
    op.drop_table("consent_events")
