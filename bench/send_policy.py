"""The send policy's costs: a bulk check with SEND_POLICY=us and ``at=`` against the same
check without them, the erasure prefilter, and the send log's memory for a million sends a day.

* ``bench_policy_check``: ``POST /v1/suppressions/check`` of 10,000 numbers (the Flask app in
  process, so JSON in and out counts, the network does not) against a store of suppressed
  numbers; random US numbers, 10% suppressed, 20% of them texted 1-3 times today. The
  baseline is the same request to an app without SEND_POLICY and without ``at``; the two
  take turns, request after request, and the ratio is taken per round. A second campaign
  holds only numbers of capped states (Florida, Oklahoma, Maryland, Oregon): the worst case
  for the send log.
* ``bench_erased``: ``check_many`` of 10,000 numbers with 0 and with 10,000 erased numbers
  in the store (the keyed prefilter, then an HMAC for its few hits).
* ``bench_send_log``: Redis memory of the send log on a fresh server, one day and two days
  (the steady state: yesterday's keys live until today ends) of a million sends, and the
  time to record them through ``SendLog.record`` (10,000 a call, as ``POST /v1/sends``).
"""

from __future__ import annotations

import dataclasses
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np

from app import create_app
from app.bootstrap import build_services
from app.lists.send_log import Send, SendLog
from bench.memory import e164, nanp_digits, timed
from bench.store import (
    SENDER,
    load_store,
    real_codes,
    services_on,
    stored_values,
    throwaway_server,
    used_memory,
)
from config import Settings

BATCH = 10_000
AT = datetime(2026, 12, 8, 17, 0, tzinfo=UTC)  # a Tuesday: noon Eastern, 09:00 Pacific
CAPPED_AREAS = (305, 786, 813, 407, 405, 918, 301, 410, 503, 541)  # FL, OK, MD, OR


def _settings(url: str, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        "redis_url": url, "twilio_auth_token": "bench", "optout_api_keys": ["bench"],
        "secret_key": "bench", "erasure_pepper": "bench-erasure-pepper-0123456789abcdef",
        **extra}
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def _campaign(stored: np.ndarray, rng: np.random.Generator, areas: tuple[int, ...] | None
              ) -> list[str]:
    """10,000 numbers, 10% of them suppressed (stored)."""
    chosen = rng.choice(stored, size=BATCH // 10, replace=False)
    if areas is None:
        fresh = nanp_digits(BATCH - len(chosen), rng, exclude=stored)
    else:
        npa = rng.choice(np.array(areas, dtype=np.int64), size=BATCH - len(chosen))
        fresh = 10**10 + npa * 10**7 + rng.integers(200, 1000, len(npa)) * 10**4 \
            + rng.integers(0, 10_000, len(npa))
    return e164(rng.permutation(np.concatenate([chosen, fresh])))


def _log_sends(log: SendLog, campaign: list[str], rng: np.random.Generator) -> int:
    """Sends today (before AT) to 20% of the campaign, 1 to 3 each, on two subjects."""
    sends = []
    for number in rng.choice(campaign, size=len(campaign) // 5, replace=False).tolist():
        for k in range(int(rng.integers(1, 4))):
            sends.append(Send(number, ("promo", "news")[k % 2],
                              AT - timedelta(hours=int(rng.integers(1, 20)))))
    return log.record(sends, AT)


def bench_policy_check(redis_url: str, *, stored: int, rounds: int) -> dict[str, Any]:
    """Time the bulk endpoint with SEND_POLICY=us and at=, against it without."""
    rng = np.random.default_rng(20261208)
    plain = build_services(_settings(redis_url))
    policy = build_services(_settings(redis_url, send_policy="us"))
    policy.send_policy = dataclasses.replace(policy.send_policy, clock=lambda: AT)
    try:
        plain.connections.redis.flushdb()
        digits = nanp_digits(stored, rng)
        code, star = real_codes(plain)
        load_store(plain.connections.store, digits, stored_values(stored, code, star, rng))
        out: dict[str, Any] = {"stored_suppressed": stored, "batch": BATCH,
                               "at": AT.isoformat()}
        for name, areas in (("us_mix", None), ("capped_states_only", CAPPED_AREAS)):
            campaign = _campaign(digits, rng, areas)
            logged = _log_sends(policy.send_policy.log, campaign, rng)  # type: ignore[arg-type]
            out[name] = {"sends_logged": logged,
                         **_race_endpoint(plain, policy, campaign, rounds)}
        return out
    finally:
        plain.connections.redis.flushdb()
        policy.close()
        plain.close()


def _race_endpoint(plain: Any, policy: Any, campaign: list[str], rounds: int
                   ) -> dict[str, Any]:
    def client_of(svc: Any) -> Callable[[dict[str, Any]], Any]:
        client = create_app(svc.settings, svc).test_client()

        def post(body: dict[str, Any]) -> Any:
            response = client.post("/v1/suppressions/check", json=body,
                                   headers={"Authorization": "Bearer bench"})
            assert response.status_code == 200, response.get_data(as_text=True)[:300]
            return response.get_json()["results"]

        return post

    base, rules = client_of(plain), client_of(policy)
    base_body = {"sender": SENDER, "numbers": campaign}
    rules_body = {**base_body, "at": AT.isoformat(), "subject": "promo"}
    base(base_body)
    held = rules(rules_body)  # warm both (place cache, scripts, connections)
    ratios, base_times, rule_times = [], [], []
    for _ in range(rounds):
        b, _ = timed(lambda: base(base_body))
        r, _ = timed(lambda: rules(rules_body))
        base_times.append(b)
        rule_times.append(r)
        ratios.append(r / b)
    reasons: dict[str, int] = {}
    for result in held:
        key = (result["reason"] or "textable").split(":")[0]
        reasons[key] = reasons.get(key, 0) + 1
    return {
        "without_ms": [round(t * 1000, 1) for t in sorted(base_times)],
        "with_send_policy_and_at_ms": [round(t * 1000, 1) for t in sorted(rule_times)],
        "ratio_median": round(statistics.median(ratios), 3),
        "ratio_range": [round(min(ratios), 3), round(max(ratios), 3)],
        "answers": reasons,
    }


def bench_erased(redis_url: str, *, erased: int, rounds: int) -> dict[str, Any]:
    """check_many of 10,000 numbers with no erasure, then with ``erased`` erased numbers."""
    rng = np.random.default_rng(20261209)
    svc = build_services(_settings(redis_url))
    try:
        svc.connections.redis.flushdb()
        campaign = e164(nanp_digits(BATCH, rng))
        check = svc.suppressions.check_many
        before = [timed(lambda: check(campaign, None))[0] for _ in range(rounds)]
        started = time.perf_counter()
        for number in e164(nanp_digits(erased, rng)):
            svc.ledger.erase(number, source="bench", recorded_by="bench")
        erase_seconds = time.perf_counter() - started
        check(campaign, None)  # the process reads the prefilter bits once
        after = [timed(lambda: check(campaign, None))[0] for _ in range(rounds)]
        return {"numbers": BATCH, "erased": erased,
                "none_erased_ms": [round(t * 1000, 1) for t in sorted(before)],
                "with_erased_ms": [round(t * 1000, 1) for t in sorted(after)],
                "ratio_of_medians": round(statistics.median(after) / statistics.median(before),
                                          3),
                "erasures_per_second": round(erased / erase_seconds)}
    finally:
        svc.connections.redis.flushdb()
        svc.close()


def bench_send_log(*, sends: int, per_number: int) -> dict[str, Any]:
    """Memory of a day and of two days of ``sends`` sends (``per_number`` to each number),
    on a fresh server; and how fast they were recorded."""
    rng = np.random.default_rng(20261210)
    with throwaway_server() as url:
        svc = services_on(url)
        try:
            log = svc.send_policy.log
            assert log is not None
            store = svc.connections.store
            start_memory = used_memory(store)
            report: dict[str, Any] = {"sends_a_day": sends, "sends_per_number": per_number}
            seconds = 0.0
            for day, label in ((1, "one_day"), (0, "two_days")):
                numbers = e164(nanp_digits(sends // per_number, rng))
                now = AT - timedelta(days=day)
                batch: list[Send] = []
                for k in range(per_number):
                    batch += [Send(n, "promo", now - timedelta(minutes=30 + 60 * k))
                              for n in numbers]
                started = time.perf_counter()
                for first in range(0, len(batch), BATCH):
                    log.record(batch[first : first + BATCH], now)
                seconds += time.perf_counter() - started
                used = used_memory(store) - start_memory
                report[label] = {"mb": round(used / 2**20, 1),
                                 "bytes_per_send": round(used / (sends * (2 - day)), 1)}
            report["sends_recorded_per_second"] = round(2 * sends / seconds)
            return report
        finally:
            svc.close()
