"""Twilio Programmable Messaging: form posts signed with ``X-Twilio-Signature``.

Inbound: ``MessageSid, From, To, Body, MessagingServiceSid, OptOutType, ...``; status:
``MessageSid, MessageStatus, ErrorCode, To, From``. The signature is an HMAC of the URL
Twilio called (PUBLIC_BASE_URL + path, so it works behind a proxy) and the sorted form
fields, keyed with the auth token, or with a Webhook Rule's SharedKey when the request says
so in ``X-Twilio-Webhooks-Signature-Settings``. Twilio takes the reply in the response, as
TwiML;
a text that answers none (a double opt-in's request) goes through its REST API.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

import requests
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.request_validator import (
    HMAC_SHA1,
    HMAC_SHA256,
    RequestValidator,
    compare,
    get_signature_algorithm,
)
from twilio.rest import Client
from werkzeug.datastructures import MultiDict

from app.carriers.base import (
    SEND_TIMEOUT_SECONDS,
    Answer,
    Carrier,
    CarrierErrors,
    Items,
    Parsed,
    WebhookRequest,
    form_fields,
    required,
)
from app.carriers.fields import check_body, recipient, sender, service_sid
from app.consent.events import Kind
from app.errors import InvalidField, ReplyRejected, SignatureError
from app.messaging.confirmations import CONFIRMS, ReplyReport, confirmed_id
from app.messaging.delivery import DeliveryFailure
from app.messaging.inbound import InboundMessage
from app.phone import is_service_sid, mask_number

if TYPE_CHECKING:
    from app.messaging.outbound import ProviderReply
    from config import Settings

log = logging.getLogger(__name__)
_ALGORITHMS = (HMAC_SHA1, HMAC_SHA256)
# "A valid Message SID matches ^(SM|MM)[0-9a-fA-F]{32}$" (twilio.com/docs/api/errors/90001).
_MESSAGE_SID = re.compile(r"(?:SM|MM)[0-9a-fA-F]{32}")

ERRORS = CarrierErrors(
    # 21610: "Message cannot be sent to the 'To' number because the customer has replied
    # with STOP" (twilio.com/docs/api/errors/21610).
    opt_out=frozenset({"21610"}),
    # 21211 invalid 'To' number, 21614 'To' is not a mobile number, 30005 unknown
    # destination handset, 30006 landline or unreachable carrier
    # (twilio.com/docs/api/errors/<code>).
    undeliverable=frozenset({"21211", "21614", "30005", "30006"}),
)


class Twilio(Carrier):
    """``/webhooks/twilio/sms`` and ``/webhooks/twilio/status``."""

    name = "twilio"
    title = "Twilio"
    errors = ERRORS
    replies_inline = True

    def configured(self, settings: Settings) -> bool:
        # The app refuses to start without TWILIO_AUTH_TOKEN unless validation is off.
        return True

    def verify(self, request: WebhookRequest, settings: Settings) -> None:
        if settings.twilio_signature_validation:
            verify_signature(request, form_fields(request), settings)

    def inbound(self, request: WebhookRequest, settings: Settings) -> Parsed:
        form = form_fields(request)
        region = settings.default_region
        sid = message_sid(form, "MessageSid", "SmsMessageSid", "SmsSid")
        body = check_body(required(form, "Body"), "Body")
        channel, number = recipient(required(form, "From"), "From", region)
        return InboundMessage(
            message_sid=sid,
            number=number,
            sender=sender(required(form, "To"), "To", region),
            body=body,
            channel=channel,
            service_sid=service_sid(form.get("MessagingServiceSid")),
            opt_out_type=form.get("OptOutType") or None,
            provider=self.name,
        )

    def status(self, request: WebhookRequest, settings: Settings) -> Items:
        """21610 is an opt-out at the carrier; some errors mean the number can never
        receive texts (recorded as undeliverable, not as consent revoked). A callback for
        one of our confirmations (``?confirms=<ledger id>``, from the TwiML we answered) is
        also what became of that confirmation."""
        form = form_fields(request)
        region = settings.default_region
        sid = message_sid(form, "MessageSid", "SmsSid")
        error_code = (form.get("ErrorCode") or "").strip()
        query = parse_qs(urlsplit(request.url).query)
        target = confirmed_id(query[CONFIRMS][0] if query.get(CONFIRMS) else None)
        items: list[Parsed] = []
        if target is not None:
            channel, number = recipient(required(form, "To"), "To", region)
            status = (form.get("MessageStatus") or form.get("SmsStatus") or "").strip()
            report = ReplyReport(self.name, number, target, sid, status.lower()[:16],
                                 channel, error_code)
            if report.worth_recording:
                items.append(report)
        kind = self.errors.kind_of(error_code)
        if kind is not None:
            items.append(self._failure(form, kind, sid, error_code, region))
        return items

    def _failure(self, form: MultiDict[str, str], kind: Kind, sid: str, error_code: str,
                 region: str) -> DeliveryFailure:
        channel, number = recipient(required(form, "To"), "To", region)
        failure = self.failure(
            kind, message_id=sid, number=number, error_code=error_code,
            sender=sender(required(form, "From"), "From", region) if form.get("From") else None,
            service_sid=service_sid(form.get("MessagingServiceSid")), channel=channel,
            status=form.get("MessageStatus", ""),
        )  # fmt: skip
        if failure.needs_sender:
            raise InvalidField("missing_field",
                               "form field From or MessagingServiceSid is required")
        return failure

    def answer(self, message: InboundMessage, reply: str | None,
               status_callback: str | None = None) -> Answer:
        return Answer(twiml(reply, status_callback), 200, "text/xml")

    def can_send(self, settings: Settings) -> bool:
        return bool(settings.twilio_account_sid and settings.twilio_auth_token)

    def send(self, reply: ProviderReply, settings: Settings,
             session: requests.Session) -> dict[str, object]:
        """A text that answers no inbound one (a double opt-in's request), through the
        twilio library's REST client over ``session`` (tests mount a stub transport)."""
        if not self.can_send(settings):
            log.error("no TWILIO_ACCOUNT_SID: the text to %s was not sent",
                      mask_number(reply.to))
            return {"sent": False, "reason": "TWILIO_ACCOUNT_SID is not set"}
        http = TwilioHttpClient(timeout=SEND_TIMEOUT_SECONDS)
        http.session = session
        client = Client(settings.twilio_account_sid, settings.twilio_auth_token,
                        http_client=http)
        prefix = "whatsapp:" if reply.channel == "whatsapp" else ""
        origin: dict[str, str] = (
            {"messaging_service_sid": reply.sender} if is_service_sid(reply.sender)
            else {"from_": prefix + reply.sender})
        try:
            message = client.messages.create(to=prefix + reply.to, body=reply.text, **origin)
        except TwilioRestException as exc:
            if exc.status == 429 or exc.status >= 500:
                raise requests.HTTPError(f"Twilio answered HTTP {exc.status}") from None
            raise ReplyRejected(f"Twilio refused the text: HTTP {exc.status} "
                                f"(error {exc.code})") from None
        return {"sent": True, "id": str(message.sid or "")}


def verify_signature(request: WebhookRequest, form: MultiDict[str, str],
                     settings: Settings) -> None:
    """Check ``X-Twilio-Signature`` of a request with these form fields.

    Raises:
        SignatureError: missing, signed with an unknown algorithm or secret, or not matching.
    """
    signature = request.header("X-Twilio-Signature")
    if not signature:
        raise SignatureError("missing_signature", "X-Twilio-Signature header is missing")
    signature_settings = request.header("X-Twilio-Webhooks-Signature-Settings")
    secret = settings.twilio_auth_token
    if signature_settings:
        # A Twilio Webhook Rule signs with its SharedKey and the algorithm it names.
        secret = settings.twilio_webhook_shared_key
        if not secret:
            # WARNING, not ERROR: anyone can send this header (unauthenticated input).
            log.warning("a webhook was signed with a SharedKey but none is configured")
            raise SignatureError(
                "bad_signature",
                "request is signed with a Twilio SharedKey; set TWILIO_WEBHOOK_SHARED_KEY")
    algorithm = get_signature_algorithm(signature_settings or None).upper()
    if algorithm not in _ALGORITHMS:
        log.warning("rejected a webhook signed with an unsupported algorithm")
        raise SignatureError("bad_signature", "X-Twilio-Webhooks-Signature-Settings names an "
                             f"unsupported algorithm (supported: {', '.join(_ALGORITHMS)})")
    validator = RequestValidator(secret)
    # One HMAC for the URL exactly as configured (the usual case); twilio's validate, which
    # also tries the URL with and without an explicit port, only when that does not match.
    expected = validator.compute_signature(request.url, form, algorithm)
    if not compare(expected, signature) and not validator.validate(request.url, form,
                                                                    signature, algorithm):
        log.warning("rejected a Twilio webhook with a bad signature")
        raise SignatureError(
            "bad_signature",
            "X-Twilio-Signature does not match this request (check TWILIO_AUTH_TOKEN and "
            "PUBLIC_BASE_URL)")


def twilio_message_sid(raw: str, field: str) -> str:
    """A Twilio message SID (``SM`` or ``MM`` + 32 hex digits); 400 naming ``field``."""
    if not _MESSAGE_SID.fullmatch(raw):
        fault = "is empty" if not raw.strip() else "is not a Twilio message SID"
        raise InvalidField("invalid_message_id", f"{field} {fault} (SM or MM + 32 hex digits)")
    return raw


def message_sid(form: MultiDict[str, str], *names: str) -> str:
    """The message SID of a Twilio request: the first of ``names`` present. Every one of
    them that is present must be a well-formed SID: 400 naming the first that is not (and
    ``missing_field`` naming ``names[0]`` when none is present)."""
    for name in names:
        value = form.get(name)
        if value is not None:
            twilio_message_sid(value, name)
    return required(form, *names)


_XML = '<?xml version="1.0" encoding="UTF-8"?>'
EMPTY_TWIML = _XML + "<Response />"


def twiml(text: str | None, status_callback: str | None = None) -> str:
    """A TwiML document that sends ``text`` back, or sends nothing when it is None; with
    ``status_callback``, Twilio posts what becomes of that message there ("statusCallback:
    relative or absolute URL", twilio.com/docs/messaging/twiml/message).

    The same document twilio's ``MessagingResponse`` writes (the reply tests check), without
    building an ElementTree for every webhook.
    """
    if not text:
        return EMPTY_TWIML
    attribute = f" statusCallback={quoteattr(status_callback)}" if status_callback else ""
    return f"{_XML}<Response><Message{attribute}>{escape(text)}</Message></Response>"
