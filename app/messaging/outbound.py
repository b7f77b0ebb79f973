"""Replies sent through a carrier's API, for carriers that take no reply in the webhook's
response (Telnyx, Vonage, Bandwidth). The web app enqueues one job per reply after the event
is recorded; the job sends it through the carrier (``app.carriers.send_reply``).

Once only: the web app enqueues a reply only when the pipeline chose one (never for a
repeated opt-out or a duplicate message id), and :func:`send_once` remembers each sent reply
by its inbound message id, so an RQ retry after a send that went through sends nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass

import redis
from rq import Queue, Retry

from app.phone import mask_number
from app.store.keys import REPLY_SENT

log = logging.getLogger(__name__)

SEND_JOB = "workers.jobs.send_provider_reply"
SENT_SECONDS = 7 * 24 * 3600


@dataclass(frozen=True)
class ProviderReply:
    """A text to send back to ``to`` (E.164) from ``sender`` through ``provider``."""

    provider: str
    to: str
    sender: str
    text: str
    message_id: str  # the inbound message this answers
    channel: str = "sms"
    confirms: str = ""  # the ledger id of the event this reply confirms, if one

    def job_kwargs(self) -> dict[str, str]:
        """Plain data for the RQ job."""
        return asdict(self)


def send_once(client: redis.Redis, reply: ProviderReply,
              send: Callable[[], dict[str, object]]) -> dict[str, object]:
    """Call ``send`` unless ``reply`` was sent already; remember it when it went out.

    Returns:
        what ``send`` returned, or ``{"sent": False, "reason": "already sent"}``.
    """
    key = f"{REPLY_SENT}{reply.provider}:{reply.message_id}"
    if client.exists(key):
        return {"sent": False, "reason": "already sent"}
    result = send()
    if result.get("sent"):
        client.set(key, str(result.get("id", "")), ex=SENT_SECONDS)
        log.info("sent a %s reply to %s", reply.provider, mask_number(reply.to))
    return result


def enqueue_reply(queue: Queue, reply: ProviderReply, retry_intervals: list[int]) -> None:
    """Queue the job that sends ``reply`` (retried with back-off while the carrier fails)."""
    intervals = retry_intervals or [0]
    queue.enqueue_call(
        SEND_JOB,
        kwargs=reply.job_kwargs(),
        retry=Retry(max=len(intervals), interval=intervals),
        description=f"{reply.provider} reply to {mask_number(reply.to)}",
    )
