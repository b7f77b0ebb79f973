"""/metrics in Prometheus exposition, read from Redis at scrape time."""

from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families


def scrape(client) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    samples = {}
    for family in text_string_to_metric_families(response.get_data(as_text=True)):
        assert family.name.startswith("optout_")
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def test_counts_inbound_replies_jobs_and_latency(client, sms, run_jobs, post_signed):
    sms("STOP")
    sms("STOP")  # repeat: recorded, not confirmed
    sms("HELP")
    sms("hello there")
    run_jobs()
    client.post("/v1/suppressions/check", json={"numbers": ["+16175550123", "x"]},
                headers={"Authorization": "Bearer test-api-key"})
    m = scrape(client)
    assert m[("optout_events_total", (("intent", "opt_out"), ("status", "new")))] == 1
    assert m[("optout_events_total", (("intent", "opt_out"), ("status", "repeat")))] == 1
    assert m[("optout_events_total", (("intent", "help"), ("status", "new")))] == 1
    assert m[("optout_events_total", (("intent", "none"), ("status", "new")))] == 1
    assert m[("optout_replies_total", (("kind", "opt_out"),))] == 1
    assert m[("optout_replies_total", (("kind", "help"),))] == 1
    assert m[("optout_jobs_applied_total", ())] >= 1
    # The repeat is already enforced: one STOP to enforce, one latency sample.
    assert m[("optout_stop_to_enforced_seconds_count", ())] == 1
    assert m[("optout_stop_to_enforced_seconds_bucket", (("le", "+Inf"),))] == 1
    assert m[("optout_check_requests_total", ())] == 1
    assert m[("optout_numbers_checked_total", ())] == 2
    assert m[("optout_queue_depth", ())] == 0
    assert m[("optout_pending_opt_outs", ())] == 0


def test_gauges_show_unapplied_work(client, sms):
    sms("STOP")
    m = scrape(client)
    assert m[("optout_queue_depth", ())] == 1
    assert m[("optout_pending_opt_outs", ())] == 1
    assert m[("optout_unapplied_numbers", ())] == 1
    assert m[("optout_workers", ())] == 0


def test_metrics_and_probes_need_no_login(client):
    assert client.get("/metrics").status_code == 200
    assert client.get("/healthz").get_json() == {"status": "ok"}
    assert client.get("/readyz").get_json() == {"status": "ready"}
