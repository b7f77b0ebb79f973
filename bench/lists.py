"""Campaign-scale checks: 1,000,000 suppressed numbers, a 1,000,000-number campaign.

Baseline in the same run: a pipelined SMISMEMBER over a plain SET of the same suppressed
numbers (redis-py, batches of 1,000) — the raw floor of "is this number in the set".
"""

from __future__ import annotations

import gc
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import redis
import requests

from app.checks import FilterReport, chunks, classify_inputs
from app.ledger import ConsentEvent, Kind
from app.services import build_services
from app.store.layout import Layout
from bench.webhook import _free_port, _serve
from config import Settings

ROOT = Path(__file__).resolve().parent.parent
SENDER = "+18005550100"


def _numbers(count: int, rng: random.Random) -> list[str]:
    seen: set[int] = set()
    while len(seen) < count:
        seen.add(rng.randrange(2_002_000_000, 9_899_999_999))
    out = []
    for n in seen:
        text = str(n)
        if text[3] in "01":  # keep the NANP exchange digit 2-9
            text = text[:3] + "5" + text[4:]
        out.append("+1" + text)
    return list(dict.fromkeys(out))


def _used(client: redis.Redis) -> int:
    return int(client.info("memory")["used_memory"])


def bench_lists(redis_url: str, *, size: int, events_sample: int) -> dict[str, object]:
    rng = random.Random(20261125)
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    client.flushdb()
    suppressed = _numbers(size, rng)
    fresh = _numbers(size, random.Random(7))
    campaign = suppressed[: size // 10] + fresh[: size - size // 10]  # 10% suppressed
    rng.shuffle(campaign)
    report: dict[str, object] = {"suppressed_numbers": len(suppressed),
                                 "campaign_numbers": len(campaign)}

    # Memory: our projection (membership and values in one) against a plain SET of E.164.
    layout = Layout(16)
    before = _used(client)
    for start in range(0, len(suppressed), 10_000):
        with client.pipeline(transaction=False) as pipe:
            for number in suppressed[start : start + 10_000]:
                _, bucket, field = layout.locate(number)
                pipe.hset(layout.projection(bucket), field, "3" if int(field) % 10 else "*")
            pipe.execute()
    projection_bytes = _used(client) - before
    before = _used(client)
    for start in range(0, len(suppressed), 10_000):
        client.sadd("bench:plain-set", *suppressed[start : start + 10_000])
    set_bytes = _used(client) - before
    report["memory_bytes_per_number"] = {
        "optout_projection": round(projection_bytes / size, 1),
        "plain_set": round(set_bytes / size, 1),
        "encoding": f"hash {client.object('encoding', layout.projection(0))}",
    }

    # The raw floor: pipelined SMISMEMBER, batches of 1,000.
    start_t = time.perf_counter()
    hits = 0
    for start in range(0, len(campaign), 10_000):
        with client.pipeline(transaction=False) as pipe:
            for offset in range(start, min(start + 10_000, len(campaign)), 1000):
                pipe.smismember("bench:plain-set", campaign[offset : offset + 1000])
            for reply in pipe.execute():
                hits += sum(reply)
    floor = time.perf_counter() - start_t
    report["raw_floor_smismember"] = {"seconds": round(floor, 3),
                                      "numbers_per_second": round(len(campaign) / floor)}
    client.delete("bench:plain-set")

    settings = Settings(_env_file=None, redis_url=redis_url, twilio_auth_token="bench",  # type: ignore[call-arg]
                        optout_api_keys=["bench"], secret_key="bench")
    services = build_services(settings)
    try:
        start_t = time.perf_counter()
        result = _filter(services, campaign, SENDER)
        in_process = time.perf_counter() - start_t
        assert result.suppressed == hits, (result.summary(), hits)

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "campaign.txt"
            path.write_text("\n".join(campaign) + "\n")
            env = dict(os.environ, REDIS_URL=redis_url)
            start_t = time.perf_counter()
            with path.open() as stdin:
                done = subprocess.run([sys.executable, "-m", "app.cli", "filter", "--sender",
                                       SENDER], stdin=stdin, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.PIPE, env=env, text=True, check=True)
            whole = time.perf_counter() - start_t
            national = [f"({n[2:5]}) {n[5:8]}-{n[8:]}" for n in campaign[:100_000]]
            start_t = time.perf_counter()
            _filter(services, national, SENDER)
            slow = time.perf_counter() - start_t
        report["optout_filter"] = {
            "in_process_seconds": round(in_process, 3),
            "in_process_ratio_to_floor": round(in_process / floor, 2),
            "cli_seconds_including_startup": round(whole, 3),
            "cli_ratio_to_floor": round(whole / floor, 2),
            "cli_summary": done.stderr.strip(),
            "national_format_numbers_per_second": round(len(national) / slow),
        }

        report["bulk_endpoint"] = _bench_bulk(redis_url, campaign)

        # The compliance record behind each opt-out: ledger entry, history, dedupe key.
        sample = _numbers(events_sample, random.Random(3))
        services.connections.redis.flushdb()
        before = _used(client)
        for start in range(0, len(sample), 500):
            chunk = sample[start : start + 500]
            services.ledger.record_many([
                ConsentEvent(kind=Kind.OPT_OUT, number=n, source="sms", sender=SENDER,
                             keyword="STOP", language="en", confidence=1.0, body="STOP",
                             message_sid="SM" + n[2:].rjust(32, "0"),
                             dedupe_key="sms:SM" + n[2:].rjust(32, "0"))
                for n in chunk], apply=False)
            services.suppressions.apply_numbers(chunk)
        report["memory_bytes_per_sms_opt_out_event"] = round((_used(client) - before) / len(sample))
    finally:
        services.close()
        client.flushdb()
    return report


def _filter(services, numbers: list[str], sender: str) -> FilterReport:  # type: ignore[no-untyped-def]
    """What `optout filter` does per batch, minus reading and writing files."""
    report = FilterReport()
    gc.disable()  # as the command does
    try:
        for raws in chunks(numbers):
            _, flags, _ = classify_inputs(services.suppressions, raws, sender, "US")
            report.count(flags)
    finally:
        gc.enable()
    return report


def _bench_bulk(redis_url: str, campaign: list[str]) -> dict[str, object]:
    port = _free_port()
    env = dict(os.environ, REDIS_URL=redis_url, TWILIO_AUTH_TOKEN="bench",
               OPTOUT_API_KEYS="bench", SECRET_KEY="bench", LOG_LEVEL="WARNING")
    server = _serve("app:create_app()", port, env, workers=2)
    try:
        session = requests.Session()
        headers = {"Authorization": "Bearer bench"}
        url = f"http://127.0.0.1:{port}/v1/suppressions/check"
        session.post(url, json={"numbers": campaign[:100]}, headers=headers).raise_for_status()
        start_t = time.perf_counter()
        checked = 0
        for start in range(0, len(campaign), 10_000):
            response = session.post(url, headers=headers,
                                    json={"sender": SENDER,
                                          "numbers": campaign[start : start + 10_000]})
            response.raise_for_status()
            checked += len(response.json()["results"])
        seconds = time.perf_counter() - start_t
    finally:
        server.terminate()
        server.wait(timeout=15)
    return {"numbers": checked, "seconds": round(seconds, 3),
            "numbers_per_second": round(checked / seconds), "batch": 10_000}
