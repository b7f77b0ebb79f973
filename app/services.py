"""The domain objects of one process, built from settings: shared by web, workers and CLI."""

from __future__ import annotations

from dataclasses import dataclass

from rq import Queue

from app.connections import Connections, connect
from app.inbound import InboundProcessor
from app.keywords import KeywordClassifier
from app.ledger import ConsentLedger
from app.numbers import normalize_sender
from app.replies import ReplyBook
from app.suppression import SuppressionList
from config import Settings


@dataclass
class Services:
    """Everything a request, a job or a command needs, wired once."""

    settings: Settings
    connections: Connections
    queue: Queue
    ledger: ConsentLedger
    suppressions: SuppressionList
    classifier: KeywordClassifier
    replies: ReplyBook
    inbound: InboundProcessor

    def close(self) -> None:
        """Release the connections (and the embedded server, if we were its last user)."""
        self.connections.close()


def build_classifier(settings: Settings) -> KeywordClassifier:
    """The keyword engine with the configured custom keywords and ambiguity policy."""
    custom = {
        key if key == "*" else normalize_sender(key, settings.default_region): words
        for key, words in settings.custom_keywords.items()
    }
    return KeywordClassifier(custom, settings.ambiguous_policy, opt_in_yes=settings.opt_in_yes)


def build_services(settings: Settings, connections: Connections | None = None) -> Services:
    """Wire the domain for ``settings`` (connecting to Redis unless given connections)."""
    connections = connections or connect(settings)
    queue = Queue(settings.queue_name, connection=connections.queue_redis)
    ledger = ConsentLedger(
        connections.redis,
        queue,
        retry_intervals=settings.job_retry_intervals,
        dedupe_seconds=settings.message_dedupe_seconds,
    )
    suppressions = SuppressionList(
        connections.redis,
        connections.store,
        ledger,
        lock_wait_seconds=settings.projection_lock_wait_seconds,
    )
    classifier = build_classifier(settings)
    replies = ReplyBook(settings.program_name, settings.support_contact, settings.reply_templates)
    inbound = InboundProcessor(ledger, classifier, replies, settings.reply_mode)
    return Services(
        settings, connections, queue, ledger, suppressions, classifier, replies, inbound
    )
