"""The one place that builds the object graph of a process from its settings.

Shells (the web app, the workers, the command line) read it; domain code never does: a domain
function takes the pieces it uses (a ledger, the suppression list, a ``Policy``), not this
container.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from rq import Queue

from app.consent.applying import ApplyRequests
from app.consent.categories import SenderCategories
from app.consent.ledger import ConsentLedger
from app.consent.policy import Policy
from app.consent.review import ReviewQueue
from app.consent.suppression import SuppressionList
from app.errors import StoreUnavailable
from app.keywords import KeywordClassifier
from app.lists.send_times import QuietHours, parse_quiet_hours
from app.messaging.inbound import InboundProcessor
from app.messaging.message_ids import MessageIds
from app.messaging.replays import UsedNonces
from app.messaging.replies import ReplyBook
from app.monitoring.counters import Counters
from app.monitoring.health import Watched
from app.phone import normalize_sender
from app.store.connections import Connections, connect
from app.store.registry import SenderRegistry
from config import Settings

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Everything a request, a job or a command needs, wired once."""

    settings: Settings
    policy: Policy
    connections: Connections
    queue: Queue
    registry: SenderRegistry
    counters: Counters
    reviews: ReviewQueue
    apply_requests: ApplyRequests
    ledger: ConsentLedger
    suppressions: SuppressionList
    classifier: KeywordClassifier
    replies: ReplyBook
    inbound: InboundProcessor
    message_ids: MessageIds
    nonces: UsedNonces
    categories: SenderCategories
    quiet_hours: QuietHours | None = None  # QUIET_HOURS, parsed (a bad value fails at start)

    @property
    def watched(self) -> Watched:
        """What health and metrics read."""
        return Watched(self.queue, self.connections.redis, self.connections.store,
                       self.counters, self.reviews)

    def close(self) -> None:
        """Finish the background checks, then release the connections (and the embedded
        server, if we were its last user)."""
        self.message_ids.close()
        self.connections.close()


def check_store(services: Services) -> None:
    """Read the store's layout now, so a wrong STORE_SHARDS stops the process at start.
    A store that does not answer yet is only logged: requests get 503 until it does.

    Raises:
        ConfigError: STORE_SHARDS differs from the store's.
    """
    try:
        services.connections.store.layout  # noqa: B018
    except StoreUnavailable as exc:
        log.warning("the consent store does not answer yet: %s", exc)


def build_classifier(settings: Settings) -> KeywordClassifier:
    """The keyword engine with the configured custom keywords and ambiguity policy."""
    custom = {
        key if key == "*" else normalize_sender(key, settings.default_region): words
        for key, words in settings.custom_keywords.items()
    }
    return KeywordClassifier(custom, settings.ambiguous_policy, opt_in_yes=settings.opt_in_yes)


def build_services(settings: Settings, connections: Connections | None = None) -> Services:
    """Wire the domain for ``settings`` (connecting to Redis unless given connections).

    Raises:
        ValueError: QUIET_HOURS is not HH:MM-HH:MM.
        InvalidSender: a sender of SENDER_CATEGORIES is none.
    """
    quiet_hours = parse_quiet_hours(settings.quiet_hours)
    configured = {normalize_sender(sender, settings.default_region): names
                  for sender, names in settings.sender_categories.items()}
    connections = connections or connect(settings)
    queue = Queue(settings.queue_name, connection=connections.queue_redis)
    store = connections.store
    categories = SenderCategories(store, configured)
    policy = Policy.of(settings, categories)
    registry = SenderRegistry(store)
    counters = Counters(connections.redis, store)
    requests = ApplyRequests(queue, store, retry_intervals=settings.job_retry_intervals)
    ledger = ConsentLedger(store, registry, requests,
                           dedupe_seconds=settings.message_dedupe_seconds)
    suppressions = SuppressionList(store, registry, ledger, requests)
    classifier = build_classifier(settings)
    replies = ReplyBook(settings.program_name, settings.support_contact, settings.reply_templates)
    message_ids = MessageIds(connections.redis, settings.message_dedupe_seconds)
    inbound = InboundProcessor(ledger, counters, registry, classifier, replies,
                               settings.reply_mode, policy=policy, message_ids=message_ids,
                               double_opt_in_hours=settings.double_opt_in_hours)
    return Services(settings, policy, connections, queue, registry, counters,
                    ReviewQueue(store), requests, ledger, suppressions, classifier, replies,
                    inbound, message_ids, UsedNonces(connections.redis), categories,
                    quiet_hours)
