"""The bulk check endpoint, POST /v1/suppressions/check: a 1,000,000-number campaign (10%
suppressed) in batches of 10,000 against 1,000,000 stored numbers, through gunicorn, beside
the same run's baseline: a bare Flask app under the same server settings that answers each
batch with one SMISMEMBER on a plain SET of the same numbers (bench/bare_app.py), the two
alternating for three rounds.

Memory, bytes per event and the `optout filter` / in-process / cluster checks against the
SMISMEMBER floor are measured on the real layout in bench/store.py.
"""

from __future__ import annotations

import os
import time

import numpy as np
import requests

from app.store.pipelining import send_all
from bench.memory import e164, nanp_digits
from bench.store import FLOOR_KEY, SENDER, load_store, real_codes, services_on, stored_values
from bench.webhook import _free_port, _serve


def bench_lists(redis_url: str, *, size: int) -> dict[str, object]:
    """Load ``size`` suppressed numbers on ``redis_url`` and time the bulk endpoint."""
    rng = np.random.default_rng(20261125)
    svc = services_on(redis_url)
    try:
        svc.connections.redis.flushdb()
        stored = nanp_digits(size, rng)
        code, star = real_codes(svc)
        load_store(svc.connections.store, stored, stored_values(size, code, star, rng))
        chosen = rng.choice(stored, size=size // 10, replace=False)
        fresh = nanp_digits(size - size // 10, rng, exclude=stored)
        campaign = e164(rng.permutation(np.concatenate([chosen, fresh])))
        for chunk in range(0, size, 100_000):
            strings = e164(stored[chunk : chunk + 100_000])
            send_all(svc.connections.redis, [("SADD", FLOOR_KEY, *strings[i : i + 1000])
                                             for i in range(0, len(strings), 1000)])
        ours: list[float] = []
        bare: list[float] = []
        for _ in range(3):  # alternate: both meet the same machine load
            ours.append(_bench_bulk(redis_url, campaign, size // 10, "app:create_app()"))
            bare.append(_bench_bulk(redis_url, campaign, size // 10,
                                    "bench.bare_app:create_app()"))
        return {"suppressed_numbers": size, "campaign_numbers": len(campaign), "batch": 10_000,
                "bulk_endpoint": {
                    "numbers_per_second": [round(len(campaign) / s) for s in ours],
                    "bare_numbers_per_second": [round(len(campaign) / s) for s in bare],
                    "ratio_to_bare": [round(b / o, 2) for o, b in zip(ours, bare, strict=True)],
                }}
    finally:
        svc.connections.redis.flushdb()
        svc.close()


def _bench_bulk(redis_url: str, campaign: list[str], expected: int, app: str) -> float:
    """Seconds to check ``campaign`` through ``app`` (2 gunicorn workers) in batches of
    10,000; ``expected`` of them must come back suppressed."""
    port = _free_port()
    env = dict(os.environ, REDIS_URL=redis_url, TWILIO_AUTH_TOKEN="bench",
               OPTOUT_API_KEYS="bench", SECRET_KEY="bench", LOG_LEVEL="WARNING")
    env.pop("SUPPRESSION_REDIS_URL", None)
    server = _serve(app, port, env, workers=2)
    try:
        session = requests.Session()
        headers = {"Authorization": "Bearer bench"}
        url = f"http://127.0.0.1:{port}/v1/suppressions/check"
        session.post(url, json={"numbers": campaign[:100]}, headers=headers).raise_for_status()
        start_t = time.perf_counter()
        checked = suppressed = 0
        for start in range(0, len(campaign), 10_000):
            response = session.post(url, headers=headers,
                                    json={"sender": SENDER,
                                          "numbers": campaign[start : start + 10_000]})
            response.raise_for_status()
            results = response.json()["results"]
            checked += len(results)
            suppressed += sum(1 for r in results if r["suppressed"])
        seconds = time.perf_counter() - start_t
    finally:
        server.terminate()
        server.wait(timeout=15)
    assert (checked, suppressed) == (len(campaign), expected), (app, checked, suppressed)
    return seconds
