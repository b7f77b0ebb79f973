"""The business's rules for recording consent, in one place: how national numbers read, and
whom an opt-out covers.

``REVOKE_SCOPE=all`` (the FCC's revoke-all rule for one business with several numbers or
programs) widens every opt-out, from every channel that records one (inbound SMS, the
carrier's status callback, the API, the support console, uploads, reviews), to every
sender; the default ``sender`` keeps what the message or request asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.consent.events import ConsentEvent, Kind, Scope
from config.settings import RevokeScope, Settings


@dataclass(frozen=True)
class Policy:
    """``region`` reads national-format numbers (DEFAULT_REGION); ``revoke_scope`` is
    REVOKE_SCOPE."""

    region: str = "US"
    revoke_scope: RevokeScope = "sender"

    @classmethod
    def of(cls, settings: Settings) -> Policy:
        """The policy the settings configure."""
        return cls(settings.default_region, settings.revoke_scope)

    def opt_out_scope(self, requested: Scope) -> Scope:
        """The scope an opt-out that asked for ``requested`` is recorded with."""
        return "all" if self.revoke_scope == "all" else requested

    def widened(self, event: ConsentEvent) -> ConsentEvent:
        """``event`` with the scope this policy gives it: an opt-out for one sender covers
        every sender under REVOKE_SCOPE=all, and ``to`` keeps whom it was sent to."""
        if event.kind is not Kind.OPT_OUT or self.opt_out_scope(event.scope) == event.scope:
            return event
        return replace(event, scope="all", sender=None, to=event.to or event.sender)


DEFAULT_POLICY = Policy()  # US numbers; an opt-out covers the sender it was sent to
