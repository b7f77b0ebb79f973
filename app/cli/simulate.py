"""``optout simulate``: post a correctly signed inbound text to a running server."""

from __future__ import annotations

import secrets
import sys

import click
from twilio.request_validator import RequestValidator

from app.cli.common import settings as command_settings
from config.dev import load_dev_secrets


@click.command()
@click.option("--from", "from_", required=True, help="The texter's number, any format.")
@click.option("--to", default="+18005550100", show_default=True, help="Our number texted.")
@click.option("--body", default=None, help="The message text (required for a text).")
@click.option("--service", default=None, help="A Messaging Service SID (MG...) to send.")
@click.option("--sid", default=None, help="MessageSid (default: a new random one).")
@click.option("--url", default=None, help="Webhook URL (default: PUBLIC_BASE_URL + path).")
@click.option("--status", "status_error", default=None, metavar="ERROR_CODE",
              help="Post a status callback with this ErrorCode instead (e.g. 21610).")
def simulate(from_: str, to: str, body: str | None, service: str | None, sid: str | None,
             url: str | None, status_error: str | None) -> None:
    """Post a signed Twilio webhook to a running optout and print the answer.

    Example: optout simulate --from "(617) 555-0123" --to +18005550100 --body STOP
    """
    if body is None and not status_error:
        raise click.UsageError("--body is required (or --status ERROR_CODE for a callback)")
    current = command_settings()
    token = current.twilio_auth_token or load_dev_secrets(current, create=False).get(
        "TWILIO_AUTH_TOKEN", ""
    )
    if not token:
        raise click.UsageError("no TWILIO_AUTH_TOKEN set and no dev secrets: start `optout run`")
    message_sid = sid or "SM" + secrets.token_hex(16)
    account = current.twilio_account_sid or "AC" + "0" * 32
    if status_error:
        path = "/webhooks/twilio/status"
        form = {"MessageSid": message_sid, "AccountSid": account, "From": to, "To": from_,
                "MessageStatus": "undelivered", "ErrorCode": status_error}
    else:
        path = "/webhooks/twilio/sms"
        form = {"MessageSid": message_sid, "SmsMessageSid": message_sid, "AccountSid": account,
                "From": from_, "To": to, "Body": body or "", "NumMedia": "0",
                "ApiVersion": "2010-04-01"}
    if service:
        form["MessagingServiceSid"] = service
    import requests

    target = url or current.base_url + path
    signature = RequestValidator(token).compute_signature(target, form)
    try:
        response = requests.post(target, data=form, headers={"X-Twilio-Signature": signature},
                                 timeout=10)
    except requests.ConnectionError:
        raise click.ClickException(
            f"nothing answers at {target}: is `optout run` running?") from None
    click.echo(f"HTTP {response.status_code}", err=True)
    click.echo(response.text)
    sys.exit(0 if response.ok else 1)
