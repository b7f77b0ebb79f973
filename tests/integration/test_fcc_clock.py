"""The FCC clock, watched: an opt-out left pending (no worker) shows on health, /metrics and
the dashboard past the threshold, then near and past its 10-business-day deadline (in the
number's time zone), and clears once a worker applies it."""

from __future__ import annotations

from datetime import UTC, datetime

from app.consent.clocks import deadline, zone_infos
from app.monitoring.health import collect
from tests.helpers import API_KEY, console_login

TEXTER = "+16175550123"  # Boston


def checks(figures: dict) -> dict[str, bool]:
    return {c["name"]: c["ok"] for c in figures["checks"]}


def test_a_pending_opt_out_is_watched_against_its_clock(services, sms, run_jobs, client):
    sms("STOP", sender=TEXTER)  # acknowledged; no worker has run
    (stop,) = services.ledger.history(TEXTER)
    received = int(stop["id"].split("-")[0]) / 1000
    due = deadline(datetime.fromtimestamp(received, UTC), zone_infos(("America/New_York",)))

    fresh = collect(services.watched, now=received + 5)
    assert fresh["opt_out_clock"]["pending"] == 1
    assert fresh["opt_out_clock"]["over_threshold"] == 0
    assert checks(fresh)["pending_opt_outs"] and checks(fresh)["fcc_deadline"]

    stale = collect(services.watched, now=received + 61)
    assert stale["opt_out_clock"]["over_threshold"] == 1 and stale["status"] == "degraded"
    assert not checks(stale)["pending_opt_outs"] and checks(stale)["fcc_deadline"]

    near = collect(services.watched, now=due.timestamp() - 3600)
    assert near["opt_out_clock"]["near_deadline"] == 1 and not checks(near)["fcc_deadline"]
    assert near["opt_out_clock"]["next_deadline"] == due.isoformat(timespec="seconds")
    past = collect(services.watched, now=due.timestamp() + 1)
    assert past["opt_out_clock"]["past_deadline"] == 1
    assert past["opt_out_clock"]["near_deadline"] == 0

    metrics = client.get("/metrics").get_data(as_text=True)
    for name in ("optout_pending_opt_outs_over_threshold", "optout_opt_outs_near_fcc_deadline",
                 "optout_opt_outs_past_fcc_deadline", "optout_oldest_pending_opt_out_seconds"):
        assert f"\n{name} " in metrics
    health = client.get("/ops/health.json", headers={"Authorization": f"Bearer {API_KEY}"})
    assert health.get_json()["opt_out_clock"]["pending"] == 1
    console_login(client)
    page = client.get("/ops").get_data(as_text=True)
    assert 'data-testid="pending-over-threshold"' in page and "FCC deadline" in page

    run_jobs()  # applied: nothing left to watch
    done = collect(services.watched, now=due.timestamp() + 1)
    assert done["opt_out_clock"]["pending"] == 0
    assert checks(done)["pending_opt_outs"] and checks(done)["fcc_deadline"]
