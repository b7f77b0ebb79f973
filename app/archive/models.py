"""The archive's one table: every consent event of the ledger, keyed by (shard, ledger id).

Columns hold what compliance staff search and sort by (number, sender, time, kind); ``event``
holds the whole event as the ledger gave it, so a reader gets back exactly what Redis said.
``hash``/``prev_hash`` chain each shard's rows (``app.archive.sealing``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of the archive's models (Alembic's target metadata)."""


class ArchivedEvent(Base):
    """One consent event copied from the ledger. ``ledger_ms``/``ledger_seq`` are the two
    halves of the stream id, so "the highest archived id" is a numeric ORDER BY."""

    __tablename__ = "consent_events"

    shard: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    ledger_ms: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    ledger_seq: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    ledger_id: Mapped[str] = mapped_column(sa.String(48))
    number: Mapped[str] = mapped_column(sa.String(32))
    sender: Mapped[str | None] = mapped_column(sa.String)
    kind: Mapped[str] = mapped_column(sa.String(16))
    scope: Mapped[str | None] = mapped_column(sa.String(8))
    source: Mapped[str | None] = mapped_column(sa.String(16))
    channel: Mapped[str | None] = mapped_column(sa.String)
    keyword: Mapped[str | None] = mapped_column(sa.String)
    language: Mapped[str | None] = mapped_column(sa.String(16))
    body: Mapped[str | None] = mapped_column(sa.Text)
    note: Mapped[str | None] = mapped_column(sa.Text)
    message_sid: Mapped[str | None] = mapped_column(sa.String)
    status: Mapped[str | None] = mapped_column(sa.String(32))
    recorded_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    occurred_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    archived_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    event: Mapped[dict[str, Any]] = mapped_column(sa.JSON)
    # The hash chain (app.archive.sealing): this row's hash, the previous row's in the shard,
    # the keyed digests of its personal fields and the id of the key that made them.
    hash: Mapped[str | None] = mapped_column(sa.String(64))
    prev_hash: Mapped[str | None] = mapped_column(sa.String(64))
    digests: Mapped[dict[str, str] | None] = mapped_column(sa.JSON)
    seal_key: Mapped[str | None] = mapped_column(sa.String(16))

    __table_args__ = (
        sa.UniqueConstraint("shard", "ledger_id", name="uq_consent_events_shard_ledger_id"),
        sa.Index("ix_consent_events_number", "number", "ledger_ms"),
        sa.Index("ix_consent_events_sender", "sender", "recorded_at"),
        sa.Index("ix_consent_events_recorded_at", "recorded_at"),
    )


consent_events = ArchivedEvent.__table__
