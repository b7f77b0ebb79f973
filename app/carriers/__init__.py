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
from app.messaging.outbound import ProviderReply, send_once

if TYPE_CHECKING:
    from config import Settings

CARRIERS: dict[str, Carrier] = {
    carrier.name: carrier for carrier in (Twilio(), Telnyx(), Vonage(), Plivo(), Bandwidth())
}


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


__all__ = ["CARRIERS", "Carrier", "send_reply"]
