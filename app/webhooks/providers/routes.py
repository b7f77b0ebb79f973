"""``POST /webhooks/<provider>/sms`` and ``/status`` for every carrier beside Twilio.

The adapter verifies and parses; the rest is the one pipeline: ``services.inbound.handle``
for a text (then the reply, inline or through an RQ job), ``record_delivery_failure`` for a
status report. A provider with no secret configured answers 404: never "accept everything".
"""

from __future__ import annotations

import logging

from flask import Blueprint, Response
from rq import Retry

from app.delivery_status import DeliveryFailure, record_delivery_failure
from app.errors import APIError
from app.inbound import InboundMessage, InboundOutcome
from app.numbers import mask_number
from app.provider_replies import SEND_JOB, ProviderReply
from app.services import Services
from app.web import services
from app.webhooks.providers.bandwidth import BandwidthAdapter
from app.webhooks.providers.base import Items, ProviderAdapter, verified
from app.webhooks.providers.plivo import PlivoAdapter
from app.webhooks.providers.telnyx import TelnyxAdapter
from app.webhooks.providers.vonage import VonageAdapter

log = logging.getLogger(__name__)
bp = Blueprint("carrier_webhooks", __name__, url_prefix="/webhooks")

ADAPTERS: dict[str, ProviderAdapter] = {
    adapter.name: adapter
    for adapter in (TelnyxAdapter(), VonageAdapter(), PlivoAdapter(), BandwidthAdapter())
}


def _adapter(provider: str, svc: Services) -> ProviderAdapter:
    adapter = ADAPTERS.get(provider)
    if adapter is None or not adapter.configured(svc.settings):
        raise APIError(404, "not_found", f"no webhook for provider {provider!r} here")
    return adapter


@bp.post("/<provider>/sms")
def inbound_sms(provider: str) -> Response:
    """An inbound text from ``provider``: record it, then reply the provider's way."""
    svc: Services = services()
    adapter = _adapter(provider, svc)
    verified(adapter, svc.settings)
    return _handle(adapter, svc, adapter.inbound(svc.settings))


@bp.post("/<provider>/status")
def status_callback(provider: str) -> Response:
    """A delivery report from ``provider``: an opt-out at the carrier or a dead number."""
    svc: Services = services()
    adapter = _adapter(provider, svc)
    verified(adapter, svc.settings)
    return _handle(adapter, svc, adapter.status(svc.settings))


def _handle(adapter: ProviderAdapter, svc: Services, items: Items) -> Response:
    """Every item of a verified, fully parsed request through the one pipeline."""
    answer = Response(status=204)
    for item in items if isinstance(items, list) else [items]:
        if isinstance(item, DeliveryFailure):
            _record_failure(svc, item)
        elif isinstance(item, InboundMessage):
            outcome = svc.inbound.handle(item)
            if outcome.reply and not adapter.replies_inline:
                _enqueue_reply(svc, item, outcome)
            answer = adapter.answer(item, outcome)
    adapter.accepted(svc.settings)
    return answer


def _record_failure(svc: Services, failure: DeliveryFailure) -> None:
    if failure.needs_sender:
        raise APIError(400, "missing_field", "the sender of the failed message is required")
    result = record_delivery_failure(svc.ledger, failure, svc.settings.revoke_scope,
                                     message_ids=svc.message_ids)
    log.info("%s status %s for %s: %s", failure.provider, failure.error_code,
             mask_number(failure.number), result.status)


def _enqueue_reply(svc: Services, message: InboundMessage, outcome: InboundOutcome) -> None:
    """Queue the reply after the event is recorded (the pipeline already chose it once)."""
    if outcome.reply is None:
        return
    reply = ProviderReply(
        provider=message.provider,
        to=message.number,
        sender=message.sender,
        text=outcome.reply,
        message_id=message.message_sid,
        channel=message.channel if message.channel in ("sms", "whatsapp") else "sms",
    )
    intervals = svc.settings.job_retry_intervals or [0]
    svc.queue.enqueue_call(
        SEND_JOB,
        kwargs=reply.job_kwargs(),
        retry=Retry(max=len(intervals), interval=intervals),
        description=f"{message.provider} reply to {mask_number(message.number)}",
    )
