"""Replies through a carrier's send API, for carriers that take no reply in the webhook's
response (Telnyx, Vonage, Bandwidth). The web app enqueues one job per reply after the event is
recorded; the job calls :func:`send_reply`.

Once only: the web app enqueues a reply only when the pipeline chose one (never for a
repeated opt-out or a duplicate message id), and ``send_reply`` remembers each sent reply by
its inbound message id, so an RQ retry after a send that went through sends nothing.
Tests give :func:`use_http_session` a ``requests.Session`` with a stub transport adapter.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass

import redis
import requests

from app.numbers import mask_number
from config import Settings

log = logging.getLogger(__name__)

SEND_JOB = "workers.jobs.send_provider_reply"
SENT_KEY = "optout:carriers:reply-sent:"
SENT_SECONDS = 7 * 24 * 3600
TELNYX_MESSAGES_URL = "https://api.telnyx.com/v2/messages"
VONAGE_MESSAGES_URL = "https://api.nexmo.com/v1/messages"
BANDWIDTH_MESSAGES_URL = "https://messaging.bandwidth.com/api/v2/users/{account}/messages"
TIMEOUT_SECONDS = 10
# Telnyx refuses a send to a number that texted STOP to this sender (HTTP 409, error 40300,
# developers.telnyx.com/api/errors/40300): its default opt-out handling has then already
# confirmed, so our confirmation is not needed (and must not be retried).
TELNYX_BLOCKED = "40300"

_session: requests.Session | None = None


def use_http_session(session: requests.Session | None) -> None:
    """Send through ``session`` (tests mount a stub transport adapter on it)."""
    global _session
    _session = session


def http_session() -> requests.Session:
    """The process's HTTP session for carrier APIs."""
    global _session
    if _session is None:
        _session = requests.Session()
    return _session


@dataclass(frozen=True)
class ProviderReply:
    """A text to send back to ``to`` (E.164) from ``sender`` through ``provider``."""

    provider: str
    to: str
    sender: str
    text: str
    message_id: str  # the inbound message this answers
    channel: str = "sms"

    def job_kwargs(self) -> dict[str, str]:
        """Plain data for the RQ job."""
        return asdict(self)


class ReplyRejected(RuntimeError):
    """The carrier refused the reply for good (bad credentials, bad number...)."""


def send_reply(settings: Settings, client: redis.Redis, reply: ProviderReply,
               session: requests.Session | None = None) -> dict[str, object]:
    """Send ``reply`` unless it was sent already.

    Returns:
        ``{"sent": bool, "reason"?: str, "id"?: str}``.
    Raises:
        requests.RequestException: the carrier could not be reached or failed (5xx): RQ
            retries the job.
        ReplyRejected: the carrier refused the request (4xx); a retry would not help.
    """
    key = f"{SENT_KEY}{reply.provider}:{reply.message_id}"
    if client.exists(key):
        return {"sent": False, "reason": "already sent"}
    session = session or http_session()
    if reply.provider == "telnyx":
        result = _send_telnyx(settings, session, reply)
    elif reply.provider == "vonage":
        result = _send_vonage(settings, session, reply)
    elif reply.provider == "bandwidth":
        result = _send_bandwidth(settings, session, reply)
    else:
        raise ValueError(f"{reply.provider} takes its reply in the webhook response")
    if result.get("sent"):
        client.set(key, str(result.get("id", "")), ex=SENT_SECONDS)
        log.info("sent a %s reply to %s", reply.provider, mask_number(reply.to))
    return result


def _send_telnyx(settings: Settings, session: requests.Session, reply: ProviderReply
                 ) -> dict[str, object]:
    api_key = settings.telnyx_api_key.get_secret_value()
    if not api_key:
        log.error("no TELNYX_API_KEY: the reply to %s was not sent", mask_number(reply.to))
        return {"sent": False, "reason": "TELNYX_API_KEY is not set"}
    response = session.post(
        TELNYX_MESSAGES_URL,
        json={"from": reply.sender, "to": reply.to, "text": reply.text},
        headers={"Authorization": f"Bearer {api_key}", "Accept": "application/json"},
        timeout=TIMEOUT_SECONDS,
    )
    if response.status_code >= 400 and _telnyx_codes(response) & {TELNYX_BLOCKED}:
        log.info("Telnyx already blocked %s after its STOP; reply not needed",
                 mask_number(reply.to))
        return {"sent": False, "reason": "blocked at the carrier (40300)"}
    _raise_for(response, "Telnyx")
    return {"sent": True, "id": str(response.json().get("data", {}).get("id", ""))}


def _send_vonage(settings: Settings, session: requests.Session, reply: ProviderReply
                 ) -> dict[str, object]:
    secret = settings.vonage_api_secret.get_secret_value()
    if not (settings.vonage_api_key and secret):
        log.error("no VONAGE_API_KEY/VONAGE_API_SECRET: the reply to %s was not sent",
                  mask_number(reply.to))
        return {"sent": False, "reason": "VONAGE_API_KEY and VONAGE_API_SECRET are not set"}
    response = session.post(
        VONAGE_MESSAGES_URL,
        json={"message_type": "text", "text": reply.text, "channel": reply.channel,
              # The Messages API writes E.164 without the plus.
              "to": reply.to.lstrip("+"), "from": reply.sender.lstrip("+")},
        auth=(settings.vonage_api_key, secret),
        headers={"Accept": "application/json"},
        timeout=TIMEOUT_SECONDS,
    )
    _raise_for(response, "Vonage")
    return {"sent": True, "id": str(response.json().get("message_uuid", ""))}


def _send_bandwidth(settings: Settings, session: requests.Session, reply: ProviderReply
                    ) -> dict[str, object]:
    password = settings.bandwidth_api_password.get_secret_value()
    if not (settings.bandwidth_account_id and settings.bandwidth_application_id
            and settings.bandwidth_api_username and password):
        log.error("Bandwidth API credentials are not set: the reply to %s was not sent",
                  mask_number(reply.to))
        return {"sent": False, "reason": "BANDWIDTH_ACCOUNT_ID, BANDWIDTH_APPLICATION_ID, "
                "BANDWIDTH_API_USERNAME and BANDWIDTH_API_PASSWORD are not all set"}
    response = session.post(
        BANDWIDTH_MESSAGES_URL.format(account=settings.bandwidth_account_id),
        json={"applicationId": settings.bandwidth_application_id, "to": [reply.to],
              "from": reply.sender, "text": reply.text},
        auth=(settings.bandwidth_api_username, password),
        headers={"Accept": "application/json"},
        timeout=TIMEOUT_SECONDS,
    )
    _raise_for(response, "Bandwidth")
    return {"sent": True, "id": str(response.json().get("id", ""))}


def _telnyx_codes(response: requests.Response) -> set[str]:
    try:
        errors = response.json().get("errors", [])
    except ValueError:
        return set()
    return {str(e.get("code")) for e in errors if isinstance(e, dict)}


def _raise_for(response: requests.Response, provider: str) -> None:
    if 400 <= response.status_code < 500 and response.status_code != 429:
        raise ReplyRejected(f"{provider} refused the reply: HTTP {response.status_code}")
    response.raise_for_status()  # 429 and 5xx: RQ retries
