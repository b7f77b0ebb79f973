"""Webhook throughput: our POST /webhooks/twilio/sms against a bare Flask app that only
enqueues an RQ job, both under the same gunicorn settings on the same Redis, alternating."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import requests
from twilio.request_validator import RequestValidator

from bench.loadgen import LoadResult, run_load

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-token"
BASE = "http://127.0.0.1"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _requests(port: int, bodies: list[str], count: int) -> list[bytes]:
    validator = RequestValidator(TOKEN)
    out = []
    for i in range(count):
        sid = "SM" + secrets.token_hex(16)
        form = {"MessageSid": sid, "AccountSid": "AC" + "0" * 32,
                "From": f"+1617{5550000 + i % 9_000_000:07d}", "To": "+18005550100",
                "Body": bodies[i % len(bodies)], "NumMedia": "0"}
        url = f"{BASE}:{port}/webhooks/twilio/sms"
        payload = urlencode(form).encode()
        head = (f"POST /webhooks/twilio/sms HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                "Content-Type: application/x-www-form-urlencoded\r\n"
                f"X-Twilio-Signature: {validator.compute_signature(url, form)}\r\n"
                f"Content-Length: {len(payload)}\r\n\r\n")
        out.append(head.encode() + payload)
    return out


def _serve(app: str, port: int, env: dict[str, str], workers: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers",
         str(workers), "--worker-class", "gthread", "--threads", "4", "--log-level", "error",
         app],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            requests.get(f"{BASE}:{port}/", timeout=1)
            return process
        except requests.ConnectionError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"{app} did not start")


def bench_inprocess(redis_url: str, *, requests_per_round: int, rounds: int) -> dict[str, object]:
    """Per-request cost through Flask's test client (no HTTP server, no load generator):
    the least noisy view of what our webhook adds to a bare enqueue."""
    import statistics

    os.environ.update(REDIS_URL=redis_url, TWILIO_AUTH_TOKEN=TOKEN, LOG_LEVEL="WARNING",
                      PUBLIC_BASE_URL="http://bench.local", OPTOUT_API_KEYS="b", SECRET_KEY="b")
    from app import create_app
    from bench.bare_app import create_app as create_bare
    from config import get_settings

    get_settings.cache_clear()
    validator = RequestValidator(TOKEN)
    clients = {"bare_flask_enqueue": create_bare().test_client(),
               "optout": create_app().test_client()}
    report: dict[str, object] = {"requests_per_round": requests_per_round, "rounds": rounds}
    for body in ("STOP", "Thanks, see you at 3!"):
        micros: dict[str, list[float]] = {name: [] for name in clients}
        for _ in range(rounds):
            for name, client in clients.items():
                forms = []
                for i in range(requests_per_round):
                    form = {"MessageSid": "SM" + secrets.token_hex(16),
                            "From": f"+1617{5550000 + i:07d}", "To": "+18005550100", "Body": body}
                    url = "http://bench.local/webhooks/twilio/sms"
                    forms.append((form, validator.compute_signature(url, form)))
                start = time.perf_counter()
                for form, signature in forms:
                    client.post("/webhooks/twilio/sms", data=form,
                                headers={"X-Twilio-Signature": signature})
                micros[name].append((time.perf_counter() - start) / len(forms) * 1e6)
        medians = {name: statistics.median(values) for name, values in micros.items()}
        report[body] = {
            **{f"{name}_us": round(value) for name, value in medians.items()},
            "ratio_throughput": round(medians["bare_flask_enqueue"] / medians["optout"], 3),
        }
    get_settings.cache_clear()
    return report


def bench_webhook(redis_url: str, *, seconds: float, rounds: int, workers: int = 2,
                  connections: int = 32) -> dict[str, object]:
    """Measure both apps ``rounds`` times each, alternating; report medians and ratios."""
    env = dict(os.environ, REDIS_URL=redis_url, TWILIO_AUTH_TOKEN=TOKEN, LOG_LEVEL="WARNING",
               OPTOUT_API_KEYS="bench", SECRET_KEY="bench")
    ours_port, bare_port = _free_port(), _free_port()
    env["PUBLIC_BASE_URL"] = f"{BASE}:{ours_port}"
    servers = [_serve("app:create_app()", ours_port, env, workers),
               _serve("bench.bare_app:create_app()", bare_port, env, workers)]
    workloads = {"stop": ["STOP"], "mixed": ["STOP", "Thanks, see you at 3!", "HELP",
                                             "please stop texting me", "START", "ok"]}
    report: dict[str, object] = {"connections": connections, "gunicorn_workers": workers,
                                 "seconds_per_round": seconds, "rounds": rounds}
    try:
        for name, bodies in workloads.items():
            ours_requests = _requests(ours_port, bodies, 20_000)
            bare_requests = _requests(bare_port, bodies, 20_000)
            ours: list[LoadResult] = []
            bare: list[LoadResult] = []
            for _ in range(rounds):
                bare.append(run_load("127.0.0.1", bare_port, bare_requests,
                                     connections=connections, seconds=seconds))
                ours.append(run_load("127.0.0.1", ours_port, ours_requests,
                                     connections=connections, seconds=seconds))
            best_ours = sorted(ours, key=lambda r: r.rps)[len(ours) // 2].summary()
            best_bare = sorted(bare, key=lambda r: r.rps)[len(bare) // 2].summary()
            report[name] = {"optout": best_ours, "bare_flask_enqueue": best_bare,
                            "ratio_rps": round(best_ours["rps"] / best_bare["rps"], 3)}
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=15)
    return report
