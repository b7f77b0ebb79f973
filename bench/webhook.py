"""Webhook throughput: our POST /webhooks/twilio/sms against a bare Flask app that only
enqueues an RQ job, under the same gunicorn settings on the same Redis, alternating; and
with the consent store on a local Redis Cluster. Load from wrk (C: it leaves the cores to
the servers)."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import requests
from twilio.request_validator import RequestValidator

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


def _serve(app: str, port: int, env: dict[str, str], workers: int,
           worker_class: str = "") -> subprocess.Popen[bytes]:
    """gunicorn serving ``app`` on ``port`` with the Procfile's settings (threaded workers
    with a header deadline), or ``worker_class`` (e.g. ``sync``) instead."""
    other = ["--worker-class", worker_class] if worker_class else []
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "python:app.web.serving",
         "--bind", f"127.0.0.1:{port}", "--workers", str(workers), *other,
         "--log-level", "error", app],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            requests.get(f"{BASE}:{port}/", timeout=5)
            return process
        except requests.RequestException:  # not listening yet, or a worker still importing
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


WORKLOADS = {"stop": ["STOP"], "mixed": ["STOP", "Thanks, see you at 3!", "HELP",
                                          "please stop texting me", "START", "ok"]}
# What wrk sends: signed forms, each thread its own slice (no MessageSid sent twice).
_WRK_SCRIPT = """
local forms = {%s}
local count = 0
function setup(thread) thread:set("first", count); count = count + 1 end
function init(args)
  requests = {}
  local threads = tonumber(args[1])
  for k = first + 1, #forms, threads do
    requests[#requests + 1] = wrk.format("POST", "/webhooks/twilio/sms",
      {["Content-Type"] = "application/x-www-form-urlencoded",
       ["X-Twilio-Signature"] = forms[k][1]}, forms[k][2])
  end
  i = 0
end
function request() i = i + 1; return requests[(i - 1) %% #requests + 1] end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests": %%d, "seconds": %%.3f, "non_2xx": %%d, '
    .. '"socket_errors": %%d, "p50_ms": %%.2f, "p99_ms": %%.2f}\\n', summary.requests,
    summary.duration / 1e6, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
"""


def _wrk_script(folder: Path, port: int, bodies: list[str], count: int, tag: str) -> Path:
    """A wrk script sending ``count`` signed forms to ``port`` (fresh MessageSids)."""
    validator = RequestValidator(TOKEN)
    forms = []
    for i in range(count):
        form = {"MessageSid": "SM" + secrets.token_hex(16), "AccountSid": "AC" + "0" * 32,
                "From": f"+1617{5550000 + i % 9_000_000:07d}", "To": "+18005550100",
                "Body": bodies[i % len(bodies)], "NumMedia": "0"}
        signature = validator.compute_signature(f"{BASE}:{port}/webhooks/twilio/sms", form)
        forms.append(f'{{"{signature}", "{urlencode(form)}"}}')
    path = folder / f"{tag}-{port}.lua"
    path.write_text(_WRK_SCRIPT % ",\n".join(forms))
    return path


def _wrk(port: int, script: Path, *, seconds: float, connections: int,
         threads: int = 2) -> dict[str, float]:
    """One wrk run; its summary (rps, latencies, errors)."""
    done = subprocess.run(
        ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{max(1, round(seconds))}s",
         "-s", str(script), f"{BASE}:{port}", "--", str(threads)],
        capture_output=True, text=True, timeout=seconds + 60)
    if done.returncode:
        raise RuntimeError(f"wrk failed: {done.stderr.strip() or done.stdout.strip()}")
    line = [row for row in done.stdout.splitlines() if row.startswith("{")][-1]
    result = json.loads(line)
    result["rps"] = round(result["requests"] / result["seconds"], 1)
    return dict(result)


def _paired(ours: list[dict[str, float]], theirs: list[dict[str, float]]) -> float:
    """Median over rounds of ours / theirs requests a second."""
    ratios = sorted(a["rps"] / b["rps"] for a, b in zip(ours, theirs, strict=True))
    return round(ratios[len(ratios) // 2], 3)


def bench_webhook(redis_url: str, *, seconds: float, rounds: int, workers: int = 4,
                  connections: int = 32, cluster_url: str | None = None) -> dict[str, object]:
    """POST /webhooks/twilio/sms under gunicorn (the Procfile's settings, ``-w 4``) with
    ``connections`` connections from wrk: the bare enqueue app, optout with the store on
    ``redis_url`` and, given ``cluster_url``, optout with the store on that cluster.
    Alternating rounds; medians and ratios. Skipped when wrk is not installed."""
    if shutil.which("wrk") is None:
        return {"skipped": "wrk is not installed (apt-get install -y wrk)"}
    base_env = dict(os.environ, REDIS_URL=redis_url, TWILIO_AUTH_TOKEN=TOKEN,
                    LOG_LEVEL="WARNING", OPTOUT_API_KEYS="bench", SECRET_KEY="bench")
    base_env.pop("SUPPRESSION_REDIS_URL", None)
    apps: dict[str, tuple[str, dict[str, str]]] = {
        "bare_flask_enqueue": ("bench.bare_app:create_app()", {}),
        "optout": ("app:create_app()", {})}
    if cluster_url:
        apps["optout_cluster"] = ("app:create_app()", {"SUPPRESSION_REDIS_URL": cluster_url})
    ports = {name: _free_port() for name in apps}
    servers = []
    report: dict[str, object] = {"connections": connections, "gunicorn_workers": workers,
                                 "worker_class": "gthread, app.web.serving", "load": "wrk -t2",
                                 "seconds_per_round": seconds, "rounds": rounds}
    try:
        for name, (target, extra) in apps.items():
            env = dict(base_env, PUBLIC_BASE_URL=f"{BASE}:{ports[name]}", **extra)
            servers.append(_serve(target, ports[name], env, workers))
        with tempfile.TemporaryDirectory(prefix="optout-bench-wrk-") as folder:
            for workload, bodies in WORKLOADS.items():
                runs: dict[str, list[dict[str, float]]] = {name: [] for name in apps}
                for round_no in range(rounds + 1):  # round 0 warms every server up
                    # Each round in the other order, so a drifting machine load favours no one.
                    for name in list(apps)[:: 1 if round_no % 2 else -1]:
                        script = _wrk_script(Path(folder), ports[name], bodies, 12_000,
                                             f"{workload}{round_no}")
                        result = _wrk(ports[name], script, connections=connections,
                                      seconds=1.0 if round_no == 0 else seconds)
                        if round_no:
                            runs[name].append(result)
                medians = {name: sorted(r, key=lambda x: x["rps"])[len(r) // 2]
                           for name, r in runs.items()}
                entry: dict[str, object] = dict(medians)
                entry["rps_rounds"] = {name: [r["rps"] for r in rs] for name, rs in runs.items()}
                # Ratios of the runs made back to back (the machine's load drifts between
                # rounds more than between neighbours), median over the rounds.
                entry["ratio_optout_to_bare"] = _paired(runs["optout"], runs["bare_flask_enqueue"])
                if "optout_cluster" in runs:
                    entry["ratio_cluster_to_single"] = _paired(runs["optout_cluster"],
                                                               runs["optout"])
                    entry["ratio_cluster_to_bare"] = _paired(runs["optout_cluster"],
                                                             runs["bare_flask_enqueue"])
                report[workload] = entry
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=15)
    return report
