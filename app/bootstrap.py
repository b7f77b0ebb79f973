"""The one place that builds the object graph of a process from its settings.

Shells (the web app, the workers, the command line) read it; domain code never does: a domain
function takes the pieces it uses (a ledger, the suppression list, a ``Policy``), not this
container.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import redis
from rq import Queue

from app.consent.applying import ApplyRequests
from app.consent.categories import SenderCategories
from app.consent.erased import Pepper
from app.consent.ledger import ConsentLedger
from app.consent.policy import Policy
from app.consent.review import ReviewQueue
from app.consent.suppression import SuppressionList
from app.errors import StoreUnavailable
from app.events.delivery import Target
from app.events.endpoints import EndpointBook, environment_endpoints
from app.events.outbox import Outbox
from app.events.targets import EventTargets
from app.keywords import KeywordClassifier
from app.keywords.configured import build_classifier
from app.lists.rules import parse_send_policy
from app.lists.send_log import SendLog
from app.lists.send_times import QuietHours, SendPolicy, parse_quiet_hours
from app.messaging.inbound import InboundProcessor
from app.messaging.message_ids import MessageIds
from app.messaging.replays import UsedNonces
from app.messaging.replies import ReplyBook
from app.monitoring.counters import Counters
from app.monitoring.health import Watched
from app.phone import normalize_sender
from app.store.connections import Connections, connect
from app.store.registry import SenderRegistry
from app.sync.refusals import Refusals
from config import Settings
from config.dev import erasure_pepper

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
    # Consent events going out: where each target stands, and the targets themselves.
    outbox: Outbox | None = None
    event_targets: EventTargets | None = None

    @property
    def events(self) -> tuple[Outbox, EventTargets]:
        """The outbox and the event targets (always set by ``build_services``)."""
        assert self.outbox is not None and self.event_targets is not None
        return self.outbox, self.event_targets
    send_policy: SendPolicy = field(default_factory=SendPolicy)  # with SEND_POLICY, the log

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
        return
    begin_event_targets(services)


def begin_event_targets(services: Services) -> None:
    """Give every target of consent events configured now (EVENT_WEBHOOKS, SYNC_PROVIDERS)
    a cursor at the ledger's end where it has none: it gets what is recorded from the
    moment optout first starts with it. Redis not answering is only logged: the first
    delivery does it then."""
    outbox, targets = services.events
    try:
        for name in targets.names():
            outbox.start_at_end(name)
    except (StoreUnavailable, redis.RedisError) as exc:
        log.warning("could not start the event targets' cursors yet: %s", exc)


def build_services(settings: Settings, connections: Connections | None = None) -> Services:
    """Wire the domain for ``settings`` (connecting to Redis unless given connections).

    Raises:
        ValueError: QUIET_HOURS is not HH:MM-HH:MM, or SEND_POLICY names no rule pack.
        InvalidSender: a sender of SENDER_CATEGORIES is none.
    """
    quiet_hours = parse_quiet_hours(settings.quiet_hours)
    pack = parse_send_policy(settings.send_policy)
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
    secret = erasure_pepper(settings)  # the environment, or a dev machine's secrets file
    pepper = Pepper(secret) if secret else None
    ledger = ConsentLedger(store, registry, requests,
                           dedupe_seconds=settings.message_dedupe_seconds, pepper=pepper)
    suppressions = SuppressionList(store, registry, ledger, requests, ledger.erased)
    classifier = build_classifier(settings)
    replies = ReplyBook(settings.program_name, settings.support_contact, settings.reply_templates)
    message_ids = MessageIds(connections.redis, settings.message_dedupe_seconds)
    inbound = InboundProcessor(ledger, counters, registry, classifier, replies,
                               settings.reply_mode, policy=policy, message_ids=message_ids,
                               double_opt_in_hours=settings.double_opt_in_hours)
    endpoints = EndpointBook(connections.redis, environment_endpoints(settings.event_webhooks))
    targets = EventTargets(endpoints, provider_pushes(settings, connections.redis, registry,
                                                      suppressions))
    return Services(settings, policy, connections, queue, registry, counters,
                    ReviewQueue(store), requests, ledger, suppressions, classifier, replies,
                    inbound, message_ids, UsedNonces(connections.redis), categories,
                    quiet_hours, Outbox(store, connections.redis), targets,
                    SendPolicy(quiet_hours, pack, SendLog(store)))


def provider_pushes(settings: Settings, client: redis.Redis, registry: SenderRegistry,
                    suppressions: SuppressionList) -> dict[str, Callable[[], Target]]:
    """Factories of the push targets of SYNC_PROVIDERS (Twilio, AWS; Telnyx is only read).
    A factory builds its client when a delivery first needs it."""
    pushes: dict[str, Callable[[], Target]] = {}
    if "twilio" in settings.sync_providers:
        def twilio() -> Target:
            from app.sync.twilio import TwilioConsents, twilio_client

            twilio_api = twilio_client(settings.twilio_account_sid,
                                       settings.twilio_auth_token, settings.twilio_api_base_url)
            return TwilioConsents(twilio_api, Refusals(client, "twilio"), registry.senders)
        pushes["sync:twilio"] = twilio
    if "aws" in settings.sync_providers:
        def aws() -> Target:
            from app.sync.aws import AwsOptOutList, aws_client

            return AwsOptOutList(aws_client(), settings.aws_optout_list,
                                 Refusals(client, "aws"),
                                 lambda number: suppressions.lookup(number).suppressed)
        pushes["sync:aws"] = aws
    return pushes
