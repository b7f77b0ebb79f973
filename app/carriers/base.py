"""What every carrier is, and the pieces the carriers share.

A carrier reads a webhook as a plain :class:`WebhookRequest` (the web layer builds it from
Flask's request; nothing here knows Flask): it verifies the provider's signature, then turns
the documented payload into the pipeline's own objects, an
:class:`~app.messaging.inbound.InboundMessage` for a text or a
:class:`~app.messaging.delivery.DeliveryFailure` for a status report that matters. It also
says how to answer the provider (inline, as Twilio's TwiML or Plivo's XML) and how to send
a text through the provider's API. Everything after parsing is the one shared pipeline.

A fault in a request raises :class:`~app.errors.InvalidField` (400, naming the field),
:class:`~app.errors.UnsupportedMediaType` (415) or :class:`~app.errors.SignatureError` (403).
"""

from __future__ import annotations

import json
import time
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import parse_qsl

import requests
from werkzeug.datastructures import MultiDict

from app.consent.events import Kind
from app.errors import InvalidField, ReplyRejected, SignatureError, UnsupportedMediaType
from app.messaging.confirmations import ReplyReport
from app.messaging.delivery import DeliveryFailure
from app.messaging.inbound import InboundMessage
from app.text import checked_text

if TYPE_CHECKING:
    from app.messaging.outbound import ProviderReply
    from config import Settings

Parsed = InboundMessage | DeliveryFailure | ReplyReport | None
# Bandwidth batches events: one request may carry several.
Items = Parsed | list[Parsed]

MAX_FORM_FIELDS = 200
SEND_TIMEOUT_SECONDS = 10


@dataclass(frozen=True)
class WebhookRequest:
    """A carrier's request as it arrived. ``url`` is the URL the carrier addressed:
    PUBLIC_BASE_URL + path (+ ``?query``), which is what signatures cover behind a proxy."""

    url: str
    body: bytes
    mimetype: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-case names
    basic_auth: tuple[str, str] | None = None  # (user, password) of an HTTP Basic header

    def header(self, name: str) -> str:
        """The header ``name`` (any case), or ""."""
        return self.headers.get(name.lower(), "")

    @cached_property
    def form(self) -> MultiDict[str, str]:
        """The form fields, parsed once (the signature check and the message read both);
        see ``form_fields``."""
        return _parse_form(self)


@dataclass(frozen=True)
class Answer:
    """What the webhook answers the carrier: ``body`` with ``mimetype``, or an empty 204."""

    body: str = ""
    status: int = 204
    mimetype: str = "text/plain"


NO_CONTENT = Answer()


@dataclass(frozen=True)
class CarrierErrors:
    """A provider's delivery error codes that change what a check answers."""

    opt_out: frozenset[str]
    undeliverable: frozenset[str]

    def kind_of(self, error_code: str) -> Kind | None:
        """``OPT_OUT``, ``UNDELIVERABLE`` or None (an error that says nothing about consent)."""
        code = error_code.strip()
        if code in self.opt_out:
            return Kind.OPT_OUT
        if code in self.undeliverable:
            return Kind.UNDELIVERABLE
        return None


class Carrier(ABC):
    """One carrier's webhooks and send API."""

    name: ClassVar[str]  # in URLs and ledger events: "twilio"
    title: ClassVar[str]  # in notes people read: "Twilio"
    errors: ClassVar[CarrierErrors]
    # True when the provider takes the reply in the webhook's response (TwiML, Plivo XML);
    # else the reply is sent through its API from an RQ job.
    replies_inline: ClassVar[bool] = False

    @abstractmethod
    def configured(self, settings: Settings) -> bool:
        """Whether the secret that verifies this provider's webhooks is set."""

    @abstractmethod
    def verify(self, request: WebhookRequest, settings: Settings) -> None:
        """Check the request's signature.

        Raises:
            SignatureError: the request is not the provider's, or is a replay.
        """

    @abstractmethod
    def inbound(self, request: WebhookRequest, settings: Settings) -> Items:
        """The verified request to ``/sms`` as pipeline objects."""

    @abstractmethod
    def status(self, request: WebhookRequest, settings: Settings) -> Items:
        """The verified request to ``/status``: a failure that matters, or None."""

    def answer(self, message: InboundMessage, reply: str | None,
               status_callback: str | None = None) -> Answer:
        """The response to an inbound text (carriers that reply inline override it);
        ``status_callback``: where the carrier should report what became of the reply."""
        return NO_CONTENT

    def can_send(self, settings: Settings) -> bool:
        """Whether the credentials of this provider's send API are set."""
        return False

    def nonce(self, request: WebhookRequest) -> str | None:
        """A value the provider signs once per request and never again, for carriers that
        sign no time (Plivo): the webhook refuses one already used. None: no nonce."""
        return None

    def send(self, reply: ProviderReply, settings: Settings,
             session: requests.Session) -> dict[str, object]:
        """Text ``reply`` through the provider's API.

        Returns:
            ``{"sent": bool, "reason"?: str, "id"?: str}``.
        Raises:
            requests.RequestException: the carrier could not be reached or failed (5xx).
            ReplyRejected: the carrier refused the request (4xx).
        """
        raise NotImplementedError(f"{self.title} takes its reply in the webhook response")

    def failure(self, kind: Kind, *, message_id: str, number: str, error_code: str,
                sender: str | None, status: str = "", channel: str = "sms",
                service_sid: str | None = None) -> DeliveryFailure:
        """A :class:`DeliveryFailure` reported by this carrier (with the note people read)."""
        note = f"{self.title} status callback {status} {error_code}".replace("  ", " ").strip()
        return DeliveryFailure(provider=self.name, kind=kind, message_id=message_id,
                               number=number, error_code=error_code, sender=sender,
                               service_sid=service_sid, channel=channel, status=status,
                               note=note)


# --- request bodies ---------------------------------------------------------------------


def form_fields(request: WebhookRequest) -> MultiDict[str, str]:
    """The request's form fields, parsed strictly (every carrier that posts a form), once
    a request: callers read them, never change them.

    Raises:
        UnsupportedMediaType: not a form body.
        InvalidField: broken encoding or too many fields.
    """
    return request.form


def _parse_form(request: WebhookRequest) -> MultiDict[str, str]:
    if request.mimetype != "application/x-www-form-urlencoded":
        raise UnsupportedMediaType("webhook bodies must be application/x-www-form-urlencoded")
    try:
        pairs = parse_qsl(request.body.decode("utf-8"), keep_blank_values=True,
                          encoding="utf-8", errors="strict", max_num_fields=MAX_FORM_FIELDS)
    except UnicodeDecodeError:
        raise InvalidField("invalid_encoding", "request body is not valid UTF-8") from None
    except ValueError:
        raise InvalidField("too_many_fields", f"more than {MAX_FORM_FIELDS} form fields"
                           ) from None
    return MultiDict(pairs)


def required(form: MultiDict[str, str], *names: str) -> str:
    """The first present field of ``names``; 400 naming ``names[0]`` when none is present."""
    for name in names:
        value = form.get(name)
        if value is not None:
            return checked_text(value, f"form field {name}")
    raise InvalidField("missing_field", f"form field {names[0]} is required")


def json_body(request: WebhookRequest, *, array: bool = False) -> Any:
    """The request's JSON object (an array too with ``array``).

    Raises:
        UnsupportedMediaType: not JSON.
        InvalidField: not readable JSON, or not an object.
    """
    if request.mimetype != "application/json":
        raise UnsupportedMediaType("webhook bodies must be application/json")
    try:
        payload = json.loads(request.body)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested too deeply
        raise InvalidField("invalid_json", "request body is not valid JSON") from None
    if not isinstance(payload, dict) and not (array and isinstance(payload, list)):
        raise InvalidField("invalid_json", "request body must be a JSON object")
    return payload


_MISSING = object()


def _walk(payload: Any, path: str) -> Any:
    value = payload
    for part in path.split("."):
        if isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        elif isinstance(value, dict) and part in value:
            value = value[part]
        else:
            return _MISSING
    return value


def json_field(payload: Any, path: str, *, kind: type = str, where: str = "") -> Any:
    """The value at dotted ``path`` (``data.payload.to.0.phone_number``); 400 naming the
    path (after ``where``, the path to ``payload`` itself) when it is missing or not of
    ``kind``."""
    value = _walk(payload, path)
    if value is _MISSING or value is None:
        raise InvalidField("missing_field", f"JSON field {where}{path} is required")
    if not isinstance(value, kind):
        raise InvalidField("invalid_field", f"JSON field {where}{path} must be a {kind.__name__}")
    return checked_text(value, f"JSON field {where}{path}") if isinstance(value, str) else value


def optional(payload: Any, path: str) -> Any:
    """The value at dotted ``path``, or None when any part of it is absent."""
    value = _walk(payload, path)
    return None if value is _MISSING else value


# --- signatures --------------------------------------------------------------------------


def check_signed_time(stamp: str, name: str, tolerance: int, now: float | None = None) -> None:
    """Refuse a signed Unix time ``stamp`` (header or claim ``name``) further than
    ``tolerance`` seconds from now: a replayed or delayed request.

    Raises:
        SignatureError: not a Unix time, or too far from now.
    """
    try:
        signed_at = int(stamp)
    except ValueError:
        raise SignatureError("bad_signature", f"{name} is not a Unix time") from None
    age = (time.time() if now is None else now) - signed_at
    if abs(age) > tolerance:
        raise SignatureError(
            "stale_signature", f"{name} is {int(age)} s from now, beyond the {tolerance} s "
            "allowed: a replayed or delayed request")


# --- send APIs --------------------------------------------------------------------------

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


def raise_for(response: requests.Response, title: str) -> None:
    """ReplyRejected for a 4xx a retry would not mend; HTTPError for 429 and 5xx (RQ
    retries those)."""
    if 400 <= response.status_code < 500 and response.status_code != 429:
        raise ReplyRejected(f"{title} refused the reply: HTTP {response.status_code}")
    response.raise_for_status()
