"""Who an opt-out covers: the one rule behind REVOKE_SCOPE, for every channel that records one
(inbound SMS, the carrier's 21610 status callback, the API, the support console)."""

from __future__ import annotations

from app.ledger import Scope
from config.settings import RevokeScope


def opt_out_scope(requested: Scope, revoke_scope: RevokeScope) -> Scope:
    """The scope an opt-out is recorded with. ``REVOKE_SCOPE=all`` (the FCC's revoke-all rule
    for one business with several numbers or programs) widens every opt-out to every sender;
    the default ``sender`` keeps what the message or request asked for."""
    return "all" if revoke_scope == "all" else requested
