"""``optout simulate``: post a correctly signed inbound text (or status report) to a running
server, signed the way the chosen provider signs."""

from __future__ import annotations

import json
import secrets
import sys
import time
import uuid
from typing import Any

import click
from twilio.request_validator import RequestValidator

from app.carriers.plivo import plivo_signature
from app.carriers.telnyx import sign_telnyx
from app.carriers.vonage import sign_vonage
from app.cli.common import settings as command_settings
from config import Settings
from config.dev import DEV_BANDWIDTH_USERNAME, load_dev_secrets, telnyx_dev_key

PROVIDERS = ("twilio", "telnyx", "vonage", "plivo", "bandwidth")
# An error code each provider documents as "the recipient opted out" (app/delivery_status.py).
EXAMPLE_OPT_OUT = {"twilio": "21610", "telnyx": "40300", "vonage": "1050", "plivo": "200",
                   "bandwidth": "4775"}


@click.command()
@click.option("--provider", type=click.Choice(PROVIDERS), default="twilio", show_default=True,
              help="Which carrier to sign and shape the request like.")
@click.option("--from", "from_", required=True, help="The texter's number, any format.")
@click.option("--to", default="+18005550100", show_default=True, help="Our number texted.")
@click.option("--body", default=None, help="The message text (required for a text).")
@click.option("--service", default=None, help="A Messaging Service SID (MG...), Twilio only.")
@click.option("--sid", default=None,
              help="The message id (default: a new random one; Twilio: SM + 32 hex digits).")
@click.option("--url", default=None, help="Webhook URL (default: PUBLIC_BASE_URL + path).")
@click.option("--status", "status_error", default=None, metavar="ERROR_CODE",
              help="Post a failed-delivery status with this error code instead "
              f"(opt-outs: {', '.join(f'{p} {c}' for p, c in EXAMPLE_OPT_OUT.items())}).")
def simulate(provider: str, from_: str, to: str, body: str | None, service: str | None,
             sid: str | None, url: str | None, status_error: str | None) -> None:
    """Post a signed webhook to a running optout and print the answer.

    Example: optout simulate --provider telnyx --from "(617) 555-0123" --body STOP
    """
    if body is None and not status_error:
        raise click.UsageError("--body is required (or --status ERROR_CODE for a callback)")
    current = command_settings()
    stored = load_dev_secrets(current, create=False)
    kind = "status" if status_error else "sms"
    path = f"/webhooks/{provider}/{kind}"
    target = url or current.base_url + path
    build = {"twilio": _twilio, "telnyx": _telnyx, "vonage": _vonage, "plivo": _plivo,
             "bandwidth": _bandwidth}[provider]
    message = {"id": sid, "from": from_, "to": to, "body": body or "", "error": status_error,
               "service": service}
    request = build(current, stored, target, message)
    import requests

    try:
        response = requests.post(target, timeout=10, **request)
    except requests.ConnectionError:
        raise click.ClickException(
            f"nothing answers at {target}: is `optout run` running?") from None
    click.echo(f"HTTP {response.status_code}", err=True)
    click.echo(response.text)
    sys.exit(0 if response.ok else 1)


def _secret(value: str, stored: dict[str, str], name: str) -> str:
    secret = value or stored.get(name, "")
    if not secret:
        raise click.UsageError(f"no {name} set and no dev secrets: start `optout run`")
    return secret


def _twilio(current: Settings, stored: dict[str, str], target: str, m: dict[str, Any]
            ) -> dict[str, Any]:
    token = _secret(current.twilio_auth_token, stored, "TWILIO_AUTH_TOKEN")
    message_sid = m["id"] or "SM" + secrets.token_hex(16)
    account = current.twilio_account_sid or "AC" + "0" * 32
    if m["error"]:
        form = {"MessageSid": message_sid, "AccountSid": account, "From": m["to"],
                "To": m["from"], "MessageStatus": "undelivered", "ErrorCode": m["error"]}
    else:
        form = {"MessageSid": message_sid, "SmsMessageSid": message_sid,
                "AccountSid": account, "From": m["from"], "To": m["to"], "Body": m["body"],
                "NumMedia": "0", "ApiVersion": "2010-04-01"}
    if m["service"]:
        form["MessagingServiceSid"] = m["service"]
    signature = RequestValidator(token).compute_signature(target, form)
    return {"data": form, "headers": {"X-Twilio-Signature": signature}}


def _telnyx(current: Settings, stored: dict[str, str], target: str, m: dict[str, Any]
            ) -> dict[str, Any]:
    key = telnyx_dev_key(stored)
    if key is None:
        raise click.UsageError("Telnyx signs with its private key: simulate needs the dev key "
                               "that `optout run` generates (run it without TELNYX_PUBLIC_KEY)")
    texter = {"phone_number": m["from"], "carrier": "", "line_type": "Wireless"}
    ours = {"phone_number": m["to"], "carrier": "Telnyx", "line_type": "Wireless"}
    payload: dict[str, Any] = {
        "id": m["id"] or str(uuid.uuid4()), "record_type": "message", "type": "SMS",
        "text": m["body"], "parts": 1, "errors": [], "media": [],
    }
    if m["error"]:
        payload.update(direction="outbound", **{"from": ours}, to=[
            {**texter, "status": "delivery_failed"}])
        payload["errors"] = [{"code": m["error"], "title": "simulated failure"}]
        event_type = "message.finalized"
    else:
        payload.update(direction="inbound", **{"from": texter}, to=[
            {**ours, "status": "webhook_delivered"}])
        event_type = "message.received"
    event = {"data": {"event_type": event_type, "id": str(uuid.uuid4()),
                      "occurred_at": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime()),
                      "payload": payload, "record_type": "event"},
             "meta": {"attempt": 1, "delivered_to": target}}
    body = json.dumps(event).encode()
    headers = {"Content-Type": "application/json", **sign_telnyx(key, body)}
    return {"data": body, "headers": headers}


def _vonage(current: Settings, stored: dict[str, str], target: str, m: dict[str, Any]
            ) -> dict[str, Any]:
    secret = _secret(current.vonage_signature_secret.get_secret_value(), stored,
                     "VONAGE_SIGNATURE_SECRET")
    texter, ours = m["from"].lstrip("+"), m["to"].lstrip("+")
    payload: dict[str, Any] = {"message_uuid": m["id"] or str(uuid.uuid4()), "channel": "sms",
                               "timestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    if m["error"]:
        payload.update({"from": ours, "to": texter, "status": "rejected", "error": {
            "type": f"https://developer.vonage.com/api-errors/messages#{m['error']}",
            "title": m["error"], "detail": "simulated failure"}})
    else:
        payload.update({"from": texter, "to": ours, "text": m["body"],
                        "message_type": "text"})
    body = json.dumps(payload).encode()
    headers = {"Content-Type": "application/json", "Authorization": sign_vonage(secret, body)}
    return {"data": body, "headers": headers}


def _plivo(current: Settings, stored: dict[str, str], target: str, m: dict[str, Any]
           ) -> dict[str, Any]:
    token = _secret(current.plivo_auth_token.get_secret_value(), stored, "PLIVO_AUTH_TOKEN")
    texter, ours = m["from"].lstrip("+"), m["to"].lstrip("+")
    message_uuid = m["id"] or str(uuid.uuid4())
    if m["error"]:
        form = {"MessageUUID": message_uuid, "From": ours, "To": texter, "Type": "sms",
                "Status": "undelivered", "ErrorCode": m["error"]}
    else:
        form = {"MessageUUID": message_uuid, "From": texter, "To": ours, "Type": "sms",
                "Text": m["body"], "Units": "1"}
    nonce = secrets.token_hex(10)
    signature = plivo_signature(token, target, {k: [v] for k, v in form.items()}, nonce)
    return {"data": form, "headers": {"X-Plivo-Signature-V3": signature,
                                      "X-Plivo-Signature-V3-Nonce": nonce}}


def _bandwidth(current: Settings, stored: dict[str, str], target: str, m: dict[str, Any]
               ) -> dict[str, Any]:
    password = _secret(current.bandwidth_callback_password.get_secret_value(), stored,
                       "BANDWIDTH_CALLBACK_PASSWORD")
    username = current.bandwidth_callback_username or DEV_BANDWIDTH_USERNAME
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    message: dict[str, Any] = {"id": m["id"] or uuid.uuid4().hex, "time": now,
                               "applicationId": current.bandwidth_application_id,
                               "segmentCount": 1, "media": []}
    if m["error"]:
        message.update({"from": m["to"], "to": [m["from"]], "owner": m["to"],
                        "direction": "out", "text": ""})
        event = {"type": "message-failed", "time": now, "to": m["from"],
                 "description": "simulated failure", "errorCode": int(m["error"]),
                 "message": message}
    else:
        message.update({"from": m["from"], "to": [m["to"]], "owner": m["to"],
                        "direction": "in", "text": m["body"]})
        event = {"type": "message-received", "time": now, "to": m["to"],
                 "description": "Incoming message received", "message": message}
    return {"json": [event], "auth": (username, password)}
