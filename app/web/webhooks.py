"""``POST /webhooks/<carrier>/sms`` and ``/status``: one blueprint for every carrier.

The carrier (``app.carriers``) verifies and parses a plain copy of the request; the rest is
the one pipeline: ``services.inbound.handle`` for a text (then the reply, inline or through
an RQ job), ``record_delivery_failure`` for a status report. A carrier with no secret
configured answers 404: never "accept everything".
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from flask import Blueprint, Response, request

from app.bootstrap import Services
from app.carriers import CARRIERS, Carrier
from app.carriers.base import Items, WebhookRequest
from app.errors import SignatureError
from app.messaging.confirmations import ReplyReport, record_reply_report, status_callback_url
from app.messaging.delivery import DeliveryFailure, record_delivery_failure
from app.messaging.inbound import InboundMessage
from app.messaging.outbound import ProviderReply, enqueue_reply
from app.phone import mask_number
from app.web.context import services
from app.web.errors import APIError

log = logging.getLogger(__name__)
bp = Blueprint("webhooks", __name__, url_prefix="/webhooks")


@bp.post("/<provider>/sms")
def inbound_sms(provider: str) -> Response:
    """An inbound text from ``provider``: record it, then reply the provider's way."""
    svc = services()
    carrier, webhook = _verified(provider, svc)
    with _nonce_claimed(carrier, webhook, svc):
        return _handle(carrier, webhook, svc, carrier.inbound(webhook, svc.settings))


@bp.post("/<provider>/status")
def status_callback(provider: str) -> Response:
    """A delivery report from ``provider``: an opt-out at the carrier or a dead number."""
    svc = services()
    carrier, webhook = _verified(provider, svc)
    with _nonce_claimed(carrier, webhook, svc):
        return _handle(carrier, webhook, svc, carrier.status(webhook, svc.settings))


def _verified(provider: str, svc: Services) -> tuple[Carrier, WebhookRequest]:
    """The carrier and its request, once the signature (and any nonce) checks out."""
    carrier = CARRIERS.get(provider)
    if carrier is None or not carrier.configured(svc.settings):
        raise APIError(404, "not_found", f"no webhook for provider {provider!r} here")
    webhook = webhook_request(svc.settings.base_url)
    carrier.verify(webhook, svc.settings)
    return carrier, webhook


@contextmanager
def _nonce_claimed(carrier: Carrier, webhook: WebhookRequest, svc: Services) -> Iterator[None]:
    """Handle the request only if it is the first to carry its nonce (carriers that sign no
    time); a request that fails gives its nonce back, so the carrier may retry it."""
    nonce = carrier.nonce(webhook)
    if nonce and not svc.nonces.claim(carrier.name, nonce):
        raise SignatureError("replayed_request", "this nonce was already used by a handled "
                             "request")
    try:
        yield
    except BaseException:
        if nonce:
            svc.nonces.release(carrier.name, nonce)
        raise


def webhook_request(base_url: str) -> WebhookRequest:
    """The current request as carriers read it, addressed to ``base_url`` + path (+ query):
    the URL the carrier signed, whatever proxy stands in front of us."""
    query = request.query_string.decode("latin-1")
    auth = request.authorization
    return WebhookRequest(
        url=base_url + request.path + (f"?{query}" if query else ""),
        body=request.get_data(cache=True),
        mimetype=request.mimetype,
        headers={name.lower(): value for name, value in request.headers.items()},
        basic_auth=(auth.username or "", auth.password or "")
        if auth is not None and auth.type == "basic" else None,
    )


def _handle(carrier: Carrier, webhook: WebhookRequest, svc: Services, items: Items) -> Response:
    """Every item of a verified, fully parsed request through the one pipeline."""
    answer = None
    for item in items if isinstance(items, list) else [items]:
        if isinstance(item, DeliveryFailure):
            result = record_delivery_failure(svc.ledger, item, svc.policy,
                                             message_ids=svc.message_ids)
            log.info("%s status %s for %s: %s", item.provider, item.error_code,
                     mask_number(item.number), result.status)
        elif isinstance(item, ReplyReport):
            result = record_reply_report(svc.ledger, item)
            log.info("%s confirmation %s for %s: %s", item.provider, item.status,
                     mask_number(item.number), result.status)
        elif isinstance(item, InboundMessage):
            outcome = svc.inbound.handle(item, reply_inline=carrier.replies_inline)
            if outcome.reply and not carrier.replies_inline:
                enqueue_reply(svc.queue, _reply(item, outcome.reply, outcome.ledger_id),
                              svc.settings.job_retry_intervals)
            callback = (status_callback_url(svc.settings.base_url, carrier.name,
                                            outcome.ledger_id) if outcome.ledger_id else None)
            answer = carrier.answer(item, outcome.reply, callback)
    if answer is None or answer.status == 204:
        return Response(status=204)
    return Response(answer.body, status=answer.status, mimetype=answer.mimetype)


def _reply(message: InboundMessage, text: str, confirms: str) -> ProviderReply:
    """The reply to ``message``, to be sent through its carrier's API (``confirms``: the
    recorded event it confirms, or "")."""
    return ProviderReply(
        provider=message.provider,
        to=message.number,
        sender=message.sender,
        text=text,
        message_id=message.message_sid,
        channel=message.channel if message.channel in ("sms", "whatsapp") else "sms",
        confirms=confirms,
    )
