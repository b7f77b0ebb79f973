"""`optout bench [NAME...]`: run benchmarks, print a table, write bench/results.json."""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.store.embedded import EmbeddedRedis

RESULTS = Path(__file__).resolve().parent / "results.json"


def _webhook(redis_url: str, quick: bool) -> dict[str, Any]:
    from app.store.devcluster import LocalCluster, redis_server_binary
    from bench.webhook import bench_inprocess, bench_webhook

    seconds, rounds = (3.0, 1) if quick else (5.0, 5)
    if redis_server_binary() is None:
        http = bench_webhook(redis_url, seconds=seconds, rounds=rounds)
    else:  # the store on 3 masters with a replica each: every STOP waits for its replica
        with LocalCluster(3, 1) as cluster:
            http = bench_webhook(redis_url, seconds=seconds, rounds=rounds,
                                 cluster_url=cluster.url)
            http["cluster"] = "3 masters + 1 replica each (WAIT 1), no persistence"
    return {
        "http": http,
        "in_process": bench_inprocess(redis_url, requests_per_round=300,
                                      rounds=2 if quick else 5),
    }


def _store(redis_url: str, quick: bool) -> dict[str, Any]:
    from bench.store import (
        bench_event_bytes,
        bench_filter,
        bench_kept_message_ids,
        bench_memory,
    )

    return {
        "memory": bench_memory([100_000] if quick else [1_000_000, 10_000_000]),
        "per_sms_opt_out_event": bench_event_bytes(2_000 if quick else 20_000),
        "per_kept_message_id": {f"{n:_}": bench_kept_message_ids(n)
                                for n in ([20_000] if quick else [20_000, 1_000_000])},
        "filter": bench_filter(redis_url, size=100_000 if quick else 1_000_000,
                               rounds=1 if quick else 3, cluster=True),
    }


def _classify(redis_url: str, quick: bool) -> dict[str, Any]:
    from bench.classify import bench_classify

    return bench_classify(rounds=3 if quick else 10)


def _lists(redis_url: str, quick: bool) -> dict[str, Any]:
    from bench.lists import bench_lists

    return bench_lists(redis_url, size=100_000 if quick else 1_000_000)


def _carriers(redis_url: str, quick: bool) -> dict[str, Any]:
    from bench.carriers import bench_inprocess, bench_verify

    return {
        "verify": bench_verify(n=500 if quick else 2000, rounds=2 if quick else 5),
        "in_process": bench_inprocess(redis_url, per_round=100 if quick else 300,
                                      rounds=1 if quick else 3),
    }




def _send_policy(redis_url: str, quick: bool) -> dict[str, Any]:
    from bench.send_policy import bench_erased, bench_policy_check, bench_send_log

    return {
        "bulk_check": bench_policy_check(redis_url, stored=100_000 if quick else 1_000_000,
                                         rounds=3 if quick else 15),
        "erased_prefilter": bench_erased(redis_url, erased=1_000 if quick else 10_000,
                                         rounds=3 if quick else 15),
        "send_log": {f"{per}_per_number": bench_send_log(
            sends=100_000 if quick else 1_000_000, per_number=per) for per in (1, 3)},
    }


def _apply(redis_url: str, quick: bool) -> dict[str, Any]:
    from bench.apply import bench_apply

    return bench_apply(redis_url, numbers=5_000 if quick else 20_000, rate=200,
                       seconds=10 if quick else 60)


def _archive(redis_url: str, quick: bool) -> dict[str, Any]:
    from bench.archive import bench_archive

    return bench_archive(redis_url, events=5_000 if quick else 50_000, rounds=1 if quick else 3)


def _imports(redis_url: str, quick: bool) -> dict[str, Any]:
    from bench.imports import bench_imports

    return bench_imports(redis_url, rows=100_000 if quick else 1_000_000,
                         sample=5_000 if quick else 20_000)


def _footprint(redis_url: str, quick: bool) -> dict[str, Any]:
    from bench.footprint import bench_footprint

    return bench_footprint(redis_url, [100_000] if quick else [1_000_000, 10_000_000])


def _startup(redis_url: str, quick: bool) -> dict[str, Any]:
    from bench.startup import bench_startup

    return bench_startup(redis_url, runs=3 if quick else 7)


def _report(redis_url: str, quick: bool) -> dict[str, Any]:
    from bench.report import bench_report

    return bench_report(redis_url, events=1000, runs=5 if quick else 30)


BENCHMARKS: dict[str, Callable[[str, bool], dict[str, Any]]] = {
    "apply": _apply,
    "archive": _archive,
    "carriers": _carriers,
    "classify": _classify,
    "footprint": _footprint,
    "imports": _imports,
    "lists": _lists,
    "report": _report,
    "send_policy": _send_policy,
    "startup": _startup,
    "store": _store,
    "webhook": _webhook,
}


def cpu_model() -> str:
    """``lscpu``'s model name (the figures are only comparable on one kind of CPU)."""
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return platform.processor() or "unknown"
    names = [line.split(":", 1)[1].strip() for line in out.splitlines()
             if line.startswith("Model name:")]
    return names[0] if names else "unknown"


def _flatten(prefix: str, value: Any, rows: list[tuple[str, str]]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), inner, rows)
    else:
        rows.append((prefix, str(value)))


def main(names: list[str], redis_url: str | None = None, quick: bool = False) -> dict[str, Any]:
    """Run ``names`` (all when empty) on a fresh embedded Redis unless ``redis_url`` is given."""
    chosen = names or list(BENCHMARKS)
    unknown = [n for n in chosen if n not in BENCHMARKS]
    if unknown:
        raise SystemExit(f"unknown benchmark(s) {unknown}; choose from {sorted(BENCHMARKS)}")
    results: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": f"{platform.machine()} {platform.python_implementation()} "
                   f"{platform.python_version()}",
        "cpu": cpu_model(),
        "python": sys.version.replace("\n", " "),
    }
    with tempfile.TemporaryDirectory(prefix="optout-bench-") as folder:
        embedded = None if redis_url else EmbeddedRedis(Path(folder)).acquire()
        url = redis_url or (embedded.url if embedded else "")
        results["redis"] = "embedded redis-server (AOF, fsync always)" if embedded else url
        try:
            for name in chosen:
                print(f"running {name} ...", flush=True)
                results[name] = BENCHMARKS[name](url, quick)
        finally:
            if embedded:
                embedded.release()
    rows: list[tuple[str, str]] = []
    _flatten("", {k: v for k, v in results.items() if k in chosen}, rows)
    width = max(len(k) for k, _ in rows)
    print()
    for key, value in rows:
        print(f"{key.ljust(width)}  {value}")
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwritten to {RESULTS}")
    return results
