"""POST /webhooks/twilio/status: carrier opt-outs (21610) and undeliverable numbers."""

from __future__ import annotations

import pytest

from tests.helpers import OUR_NUMBER, ledger_size

# The consent store on one Redis and on a Redis Cluster: every test runs on both.
BOTH_STORES = True

PATH = "/webhooks/twilio/status"
RECIPIENT = "+16175550123"


def status_form(error_code: str | None, status: str = "undelivered", **extra: str):
    form = {"MessageSid": "SM" + "f" * 32, "AccountSid": "AC" + "1" * 32,
            "From": OUR_NUMBER, "To": RECIPIENT, "MessageStatus": status}
    if error_code:
        form["ErrorCode"] = error_code
    form.update(extra)
    return form


def test_21610_suppresses_the_recipient_for_that_sender(post_signed, run_jobs, suppressed,
                                                        services):
    assert post_signed(PATH, status_form("21610")).status_code == 204
    assert suppressed(RECIPIENT, OUR_NUMBER)  # before any worker ran
    run_jobs()
    assert suppressed(RECIPIENT, OUR_NUMBER)
    assert not suppressed(RECIPIENT, "+18005550199")
    lookup = services.suppressions.lookup(RECIPIENT, OUR_NUMBER)
    assert lookup.source == "carrier"
    assert services.ledger.history(RECIPIENT)[0]["error_code"] == "21610"


def test_21610_for_a_messaging_service_covers_the_service(post_signed, run_jobs, suppressed):
    service = "MG" + "b" * 32
    post_signed(PATH, status_form("21610", MessagingServiceSid=service))
    run_jobs()
    assert suppressed(RECIPIENT, service)
    assert suppressed(RECIPIENT, OUR_NUMBER)


@pytest.mark.parametrize("code", ["21211", "21614", "30006"])
def test_undeliverable_is_a_separate_flag_not_consent(post_signed, run_jobs, services, code):
    assert post_signed(PATH, status_form(code)).status_code == 204
    run_jobs()
    lookup = services.suppressions.lookup(RECIPIENT, OUR_NUMBER)
    assert lookup.undeliverable and not lookup.suppressed and not lookup.textable
    flags = services.suppressions.check_many([RECIPIENT], OUR_NUMBER)
    assert flags == [2]


def test_an_inbound_text_clears_undeliverable(post_signed, sms, run_jobs, services):
    post_signed(PATH, status_form("30006"))
    run_jobs()
    sms("STOP", sender=RECIPIENT)  # the number just texted us: it can receive texts
    sms("START", sender=RECIPIENT)
    run_jobs()
    lookup = services.suppressions.lookup(RECIPIENT, OUR_NUMBER)
    assert not lookup.undeliverable and lookup.textable


@pytest.mark.parametrize("code,status", [(None, "delivered"), ("30003", "undelivered"),
                                         (None, "sent")])
def test_other_callbacks_are_acknowledged_and_ignored(post_signed, services, code, status):
    assert post_signed(PATH, status_form(code, status)).status_code == 204
    assert ledger_size(services) == 0


def test_repeated_callback_is_recorded_once(post_signed, services):
    post_signed(PATH, status_form("21610"))
    post_signed(PATH, status_form("21610"))
    assert len(services.ledger.history(RECIPIENT)) == 1


def test_unsigned_callback_is_403(client, services):
    assert client.post(PATH, data=status_form("21610")).status_code == 403
    assert not services.suppressions.lookup(RECIPIENT).suppressed


def test_callback_with_a_bad_recipient_is_400(post_signed):
    response = post_signed(PATH, status_form("21610", To="not-a-number"))
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "invalid_number"
