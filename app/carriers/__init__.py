"""The carriers optout takes texts from, one module each, and the registry that names them.

A new carrier is one module with a :class:`~app.carriers.base.Carrier` subclass (signature,
payloads, error codes, answer, send API) and one line in ``CARRIERS``; its webhooks are then
``/webhooks/<name>/sms`` and ``/webhooks/<name>/status``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import redis
import requests

from app.carriers.bandwidth import Bandwidth
from app.carriers.base import Carrier, http_session
from app.carriers.plivo import Plivo
from app.carriers.telnyx import Telnyx
from app.carriers.twilio import Twilio
from app.carriers.vonage import Vonage
from app.errors import InvalidField
from app.messaging.outbound import ProviderReply, send_once
from app.phone import is_service_sid

if TYPE_CHECKING:
    from config import Settings

CARRIERS: dict[str, Carrier] = {
    carrier.name: carrier for carrier in (Twilio(), Telnyx(), Vonage(), Plivo(), Bandwidth())
}


def sending_carrier(settings: Settings, sender: str, provider: str | None) -> Carrier:
    """The carrier that texts from ``sender``: ``provider`` if given, else the only one
    whose send API is configured (a Messaging Service SID: Twilio).

    Raises:
        InvalidField: an unknown provider, one without send credentials, or a choice to
            make (several are configured): 400 naming it.
    """
    able = {name: c for name, c in CARRIERS.items() if c.can_send(settings)}
    if provider is None and is_service_sid(sender):
        provider = "twilio"
    if provider is not None:
        if provider not in CARRIERS:
            raise InvalidField("invalid_provider", f"'provider' must be one of "
                               f"{sorted(CARRIERS)}, not {provider[:20]!r}")
        if provider not in able:
            raise InvalidField("invalid_provider", f"{CARRIERS[provider].title}'s send API "
                               "has no credentials here")
        if is_service_sid(sender) and provider != "twilio":
            raise InvalidField("invalid_provider", "a Messaging Service SID sends through "
                               "Twilio only")
        return able[provider]
    if len(able) != 1:
        choices = ", ".join(sorted(able)) or "none is configured"
        raise InvalidField("provider_required", "name the carrier that sends from this "
                           f"sender in 'provider' ({choices})")
    return next(iter(able.values()))


def send_reply(settings: Settings, client: redis.Redis, reply: ProviderReply,
               session: requests.Session | None = None) -> dict[str, object]:
    """Send ``reply`` through its carrier's API, unless it was sent already.

    Returns:
        ``{"sent": bool, "reason"?: str, "id"?: str}``.
    Raises:
        requests.RequestException: the carrier could not be reached or failed (5xx): RQ
            retries the job.
        ReplyRejected: the carrier refused the request (4xx); a retry would not help.
    """
    carrier = CARRIERS[reply.provider]
    return send_once(client, reply,
                     lambda: carrier.send(reply, settings, session or http_session()))


__all__ = ["CARRIERS", "Carrier", "send_reply", "sending_carrier"]
