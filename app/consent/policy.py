"""The business's rules for recording consent, in one place: how national numbers read, whom
and what an opt-out covers, and when its one confirmation asks which messages to stop.

``REVOCATION_POLICY`` says whom an opt-out covers, from every channel that records one
(inbound SMS, the carrier's status callback, the API, the support console, uploads,
reviews): ``sender`` (the sender it was sent to, or that the request names), ``all-marketing``
(that sender, and marketing from every sender) or ``all`` (every sender; ``REVOKE_SCOPE=all``
is the older name of it). ``REVOKE_ALL_FROM`` makes ``all`` apply from that date (UTC) on;
events recorded before it keep the scope they had.

What it covers: while some sender declares categories (``app.consent.categories``), every
category except ``EXEMPT_CATEGORIES`` (default ``transactional``: the passcodes and fraud
alerts a person asked for), unless the person's own words cover everything ("STOP ALL",
"stop the codes too") or the request names its categories. While no sender declares any,
every category, as before categories existed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from app.consent.categories import CATEGORIES, SenderCategories
from app.consent.events import ConsentEvent, Kind, Scope
from config.settings import RevocationPolicy, Settings


@dataclass(frozen=True)
class Policy:
    """``region`` reads national-format numbers (DEFAULT_REGION); ``revocation`` is
    REVOCATION_POLICY (or REVOKE_SCOPE); ``categories`` the declared sender categories."""

    region: str = "US"
    revocation: RevocationPolicy = "sender"
    revoke_all_from: date | None = None
    exempt: frozenset[str] = frozenset({"transactional"})
    clarify: bool = False
    categories: SenderCategories | None = field(default=None, compare=False)

    @classmethod
    def of(cls, settings: Settings, categories: SenderCategories | None = None) -> Policy:
        """The policy the settings configure."""
        return cls(settings.default_region, settings.revocation, settings.revoke_all_from,
                   frozenset(settings.exempt_categories), settings.clarify_scope, categories)

    def revocation_on(self, when: datetime | None = None) -> RevocationPolicy:
        """The revocation policy in force at ``when`` (default now): ``all`` from
        REVOKE_ALL_FROM on."""
        day = (when or datetime.now(UTC)).astimezone(UTC).date()
        if self.revoke_all_from is not None and day >= self.revoke_all_from:
            return "all"
        return self.revocation

    def categories_in_use(self) -> bool:
        """Whether any sender declares categories."""
        return self.categories is not None and self.categories.in_use()

    def opt_out_scope(self, requested: Scope) -> Scope:
        """The scope an opt-out that asked for ``requested`` is recorded with."""
        return "all" if self.revocation_on() == "all" else requested

    def widened(self, event: ConsentEvent, *, words_cover_all: bool = False) -> ConsentEvent:
        """``event`` (an opt-out; other kinds come back as they are) with what this policy
        makes it cover: its scope (``to`` keeps whom it was sent to), its categories and
        the policy applied. ``words_cover_all``: the person's words asked to stop
        everything, exempt categories included."""
        if event.kind is not Kind.OPT_OUT:
            return event
        policy = self.revocation_on()
        categories = event.categories
        if not categories and self.categories_in_use() and not words_cover_all:
            categories = tuple(c for c in CATEGORIES if c not in self.exempt)
        if len(categories) == len(CATEGORIES):
            categories = ()  # every category: written as before categories existed
        if policy == "all" and event.scope != "all":
            event = replace(event, scope="all", sender=None, to=event.to or event.sender)
        return replace(event, categories=categories, policy=policy)

    def clarifies(self, event: ConsentEvent) -> bool:
        """Whether the one confirmation of ``event`` (a widened opt-out) asks which messages
        to stop: CLARIFY_SCOPE is on and the opt-out covers marketing and another category
        that the senders it covers declare."""
        if not self.clarify or self.categories is None or not self.categories_in_use():
            return False
        covered = set(event.categories or CATEGORIES)
        if event.scope == "all":
            declared = {c for cats in self.categories.all_declared().values() for c in cats}
        else:
            declared = set(self.categories.of(event.sender))
        relevant = covered & declared
        return "marketing" in relevant and len(relevant) > 1


DEFAULT_POLICY = Policy()  # US numbers; an opt-out covers the sender it was sent to
