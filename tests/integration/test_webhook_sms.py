"""POST /webhooks/twilio/sms: signed requests in, TwiML out, decisions in Redis."""

from __future__ import annotations

import secrets

from tests.helpers import OUR_NUMBER, inbound_form

# The consent store on one Redis and on a Redis Cluster: every test runs on both.
BOTH_STORES = True

OTHER_NUMBER = "+18005550199"
TEXTER = "+16175550123"


def reply_of(response) -> str:
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "text/xml"
    return response.get_data(as_text=True)


def test_stop_confirms_once_and_suppresses_for_that_sender(sms, run_jobs, suppressed):
    body = reply_of(sms("STOP"))
    assert "You have been unsubscribed from MiniLuxe" in body
    assert "Reply START to resubscribe" in body
    assert run_jobs()
    assert suppressed(TEXTER, OUR_NUMBER)
    assert not suppressed(TEXTER, OTHER_NUMBER)
    assert suppressed(TEXTER, None)  # no sender: cautious, any opt-out counts


def test_repeated_stop_is_recorded_but_never_confirmed_again(sms, run_jobs, services):
    assert "<Message" in reply_of(sms("STOP"))
    second = reply_of(sms("stop please"))
    assert "<Message" not in second
    run_jobs()
    history = services.ledger.history(TEXTER)
    assert [e["status"] for e in history] == ["new", "repeat"]


def test_stop_is_enforced_with_no_worker_running(sms, suppressed, services):
    reply_of(sms("Stop"))
    # No job has run: the acknowledgement alone makes every check say suppressed.
    assert services.queue.count == 1
    assert suppressed(TEXTER, OUR_NUMBER)
    lookup = services.suppressions.lookup(TEXTER, OUR_NUMBER)
    assert lookup.pending and lookup.source == "sms" and lookup.scope == "sender"


def test_start_lifts_the_opt_out_once_applied(sms, run_jobs, suppressed):
    reply_of(sms("STOP"))
    run_jobs()
    body = reply_of(sms("START"))
    assert "resubscribed to MiniLuxe" in body
    assert "Reply HELP for help, STOP to cancel" in body
    run_jobs()
    assert not suppressed(TEXTER, OUR_NUMBER)


def test_help_answers_with_program_support_rates_and_stop(sms, services):
    body = reply_of(sms("HELP"))
    for part in ("MiniLuxe", "help@miniluxe.example", "Msg&amp;data rates may apply",
                 "Reply STOP to cancel"):
        assert part in body
    assert services.queue.count == 0  # HELP is not a consent event


def test_ordinary_conversation_gets_an_empty_response(sms, services):
    body = reply_of(sms("Can you stop by at 5?"))
    assert "<Message" not in body and "<Response" in body
    assert services.ledger.history(TEXTER) == []


def test_stopall_suppresses_every_sender(sms, run_jobs, suppressed):
    body = reply_of(sms("STOPALL"))
    assert "unsubscribed from all MiniLuxe messages" in body
    run_jobs()
    assert suppressed(TEXTER, OUR_NUMBER)
    assert suppressed(TEXTER, OTHER_NUMBER)
    assert suppressed(TEXTER, "12345")


def test_start_after_stopall_resubscribes_only_that_sender(sms, run_jobs, suppressed):
    sms("STOP ALL")
    sms("START")
    run_jobs()
    assert not suppressed(TEXTER, OUR_NUMBER)
    assert suppressed(TEXTER, OTHER_NUMBER)


def test_duplicate_message_sid_changes_nothing_twice(post_signed, run_jobs, services):
    form = inbound_form("STOP")
    first = reply_of(post_signed("/webhooks/twilio/sms", form))
    second = reply_of(post_signed("/webhooks/twilio/sms", form))
    assert "<Message" in first and "<Message" not in second
    run_jobs()
    assert len(services.ledger.history(TEXTER)) == 1


def test_stop_then_start_applied_in_event_order_even_when_jobs_run_backwards(
    sms, services, suppressed
):
    sms("STOP")
    sms("START")
    # Run the two jobs newest first: the result must follow the carrier's order.
    for job in reversed(services.queue.get_jobs()):
        job.perform()
    assert not suppressed(TEXTER, OUR_NUMBER)


def test_start_then_stop_applied_in_event_order(sms, services, suppressed):
    sms("STOP")
    for job in services.queue.get_jobs():
        job.perform()
    services.queue.empty()
    sms("START")
    sms("STOP")
    for job in reversed(services.queue.get_jobs()):
        job.perform()
    assert suppressed(TEXTER, OUR_NUMBER)
    assert services.connections.redis.hlen("optout:pending") == 0


def test_messaging_service_opt_out_covers_every_number_of_the_service(sms, run_jobs, suppressed):
    service = "MG" + "a" * 32
    sms("hello", to=OTHER_NUMBER, MessagingServiceSid=service)  # learn the second number
    reply_of(sms("STOP", MessagingServiceSid=service))
    run_jobs()
    assert suppressed(TEXTER, OUR_NUMBER)
    assert suppressed(TEXTER, OTHER_NUMBER)
    assert suppressed(TEXTER, service)
    assert not suppressed(TEXTER, "+18005550111")


def test_whatsapp_channel_is_kept_in_the_history(sms, run_jobs, services, suppressed):
    reply_of(sms("STOP", sender="whatsapp:" + TEXTER, to="whatsapp:" + OUR_NUMBER))
    run_jobs()
    assert suppressed(TEXTER, OUR_NUMBER)
    assert services.ledger.history(TEXTER)[0]["channel"] == "whatsapp"


def test_national_format_from_is_normalised(sms, run_jobs, suppressed):
    reply_of(sms("STOP", sender="(617) 555-0123"))
    assert suppressed(TEXTER, OUR_NUMBER)


def test_short_code_and_alphanumeric_senders_are_valid(sms, run_jobs, suppressed):
    reply_of(sms("STOP", to="12345"))
    reply_of(sms("STOP", to="MiniLuxe"))
    run_jobs()
    assert suppressed(TEXTER, "12345")
    assert suppressed(TEXTER, "MINILUXE")
    assert not suppressed(TEXTER, OUR_NUMBER)


def test_spanish_stop_is_confirmed_in_spanish(sms):
    body = reply_of(sms("PARAR"))
    assert "Se ha dado de baja de MiniLuxe" in body


def test_plain_language_opt_out_is_enforced(sms, run_jobs, suppressed):
    reply_of(sms("please stop texting me"))
    run_jobs()
    assert suppressed(TEXTER, OUR_NUMBER)


def test_ambiguous_message_goes_to_review_without_suppressing(sms, run_jobs, services, suppressed):
    body = reply_of(sms("I'd like to cancel my appointment"))
    assert "<Message" not in body
    run_jobs()
    assert not suppressed(TEXTER, OUR_NUMBER)
    items = services.reviews.items()
    assert len(items) == 1


def test_carrier_reply_mode_records_but_does_not_reply(redis_url, tmp_path, redis_client):
    from app import create_app
    from app.bootstrap import build_services
    from tests.helpers import BASE_URL, make_settings, sign

    svc = build_services(make_settings(redis_url, tmp_path, reply_mode="carrier"))
    try:
        client = create_app(svc.settings, svc).test_client()
        form = inbound_form("STOP", OptOutType="STOP")
        url = BASE_URL + "/webhooks/twilio/sms"
        response = client.post("/webhooks/twilio/sms", data=form,
                               headers={"X-Twilio-Signature": sign(url, form)})
        assert "<Message" not in reply_of(response)
        assert svc.suppressions.lookup(TEXTER, OUR_NUMBER).suppressed
    finally:
        svc.close()


def test_opt_out_type_from_twilio_wins_over_our_reading(sms, services):
    # Twilio Advanced Opt-Out matched a custom keyword we do not know.
    reply_of(sms("BYEBYE", OptOutType="STOP"))
    assert services.suppressions.lookup(TEXTER, OUR_NUMBER).suppressed


def test_signature_validated_against_public_base_url_behind_a_proxy(client):
    # The request reaches us as http://localhost/... but Twilio signed the public URL.
    from tests.helpers import sign

    form = inbound_form("STOP")
    wrong = sign("http://localhost/webhooks/twilio/sms", form)
    assert client.post("/webhooks/twilio/sms", data=form,
                       headers={"X-Twilio-Signature": wrong}).status_code == 403


def test_shared_key_sha256_signatures_are_validated(redis_url, tmp_path, redis_client):
    from twilio.request_validator import RequestValidator

    from app import create_app
    from app.bootstrap import build_services
    from tests.helpers import AUTH_TOKEN, BASE_URL, make_settings

    url = BASE_URL + "/webhooks/twilio/sms"
    headers = {"X-Twilio-Webhooks-Signature-Settings": "key=KSabc,algorithm=HMAC_SHA256"}
    svc = build_services(make_settings(redis_url, tmp_path, twilio_webhook_shared_key="shh"))
    try:
        client = create_app(svc.settings, svc).test_client()
        form = inbound_form("STOP")
        good = RequestValidator("shh").compute_signature(url, form, "HMAC_SHA256")
        response = client.post("/webhooks/twilio/sms", data=form,
                               headers={**headers, "X-Twilio-Signature": good})
        assert response.status_code == 200
        # The auth token does not validate a request that says it used the shared key.
        form = inbound_form("STOP")
        bad = RequestValidator(AUTH_TOKEN).compute_signature(url, form, "HMAC_SHA256")
        response = client.post("/webhooks/twilio/sms", data=form,
                               headers={**headers, "X-Twilio-Signature": bad})
        assert response.status_code == 403
    finally:
        svc.close()


def test_unique_sids_are_not_mistaken_for_duplicates(post_signed, services):
    for _ in range(3):
        form = inbound_form("STOP")
        form["MessageSid"] = "SM" + secrets.token_hex(16)
        post_signed("/webhooks/twilio/sms", form)
    assert len(services.ledger.history(TEXTER)) == 3
