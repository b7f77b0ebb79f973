"""What the whole store costs a suppressed number, measured from outside as an operator would.

Beside ``bench/memory.py`` (the projection alone, loaded directly), this runs the real
commands on a flushed database:

1. ``optout import`` of N new opt-outs (our CSV);
2. a burst worker (``run_worker(burst=True)``) applies whatever is queued;
3. ``optout archive`` with ``LEDGER_HOT_DAYS=0``: every event copied to the archive and
   trimmed from Redis;
4. keys with a time to live (the import's range keys, finished jobs' records) are deleted,
   as their expiry would.

Figures (``used_memory`` after minus before, over N): right after the import (the transient
figure), after the apply, after the archive, and at rest (after step 4); plus the bytes of
each kind of key at rest (``MEMORY USAGE``, keys grouped by name with digits blanked)::

    .venv/bin/python -m bench.footprint --sizes 100000
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import redis

from bench.imports import _run, _write_file
from bench.memory import nanp_digits

SHAPE = re.compile(rb"[0-9]+")


def _used(client: redis.Redis) -> int:
    return int(client.info("memory")["used_memory"])


def _volatile_and_kinds(client: redis.Redis) -> tuple[list[bytes], dict[str, int]]:
    """Keys with a time to live, and bytes per kind of key (digits in names blanked)."""
    volatile: list[bytes] = []
    kinds: Counter[str] = Counter()
    keys = list(client.scan_iter(count=5000))
    for start in range(0, len(keys), 2000):
        part = keys[start : start + 2000]
        pipe = client.pipeline(transaction=False)
        for key in part:
            pipe.pttl(key)
            pipe.memory_usage(key, samples=0)
        replies = pipe.execute()
        for key, ttl, size in zip(part, replies[::2], replies[1::2], strict=True):
            if ttl is not None and int(ttl) >= 0:
                volatile.append(key)
            kinds[SHAPE.sub(b"#", key).decode(errors="replace")] += int(size or 0)
    return volatile, dict(kinds.most_common(12))


def measure(redis_url: str, count: int) -> dict[str, Any]:
    """The footprint of ``count`` imported opt-outs on the Redis at ``redis_url``."""
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    with tempfile.TemporaryDirectory(prefix="optout-footprint-") as folder:
        env = dict(os.environ, REDIS_URL=redis_url, LOG_LEVEL="WARNING",
                   OPTOUT_DATA_DIR=folder, LEDGER_HOT_DAYS="0",
                   ERASURE_PEPPER="bench-erasure-pepper-0123456789abcdef")
        env.pop("SUPPRESSION_REDIS_URL", None)
        env.pop("ARCHIVE_URL", None)
        source = Path(folder) / "optouts.csv"
        _write_file(source, nanp_digits(count, np.random.default_rng(20261205)))
        client.ping()
        before = _used(client)
        imported, _, out = _run(["import", str(source)], env)
        assert f"{count} rows: {count} recorded" in out, out
        after_import = _used(client)
        started = time.perf_counter()
        _run_worker(env)
        applied = time.perf_counter() - started
        after_apply = _used(client)
        _run(["migrate"], env)
        archived, _, _ = _run(["archive"], env)
        after_archive = _used(client)
        volatile, _ = _volatile_and_kinds(client)
        volatile_bytes = sum(int(client.memory_usage(k, samples=0) or 0) for k in volatile)
        for start in range(0, len(volatile), 1000):
            client.delete(*volatile[start : start + 1000])
        at_rest = _used(client)
        _, kinds = _volatile_and_kinds(client)
    client.flushdb()
    client.close()

    def per(value: int) -> float:
        return round((value - before) / count, 1)

    return {
        "numbers": count,
        "bytes_per_number_after_import": per(after_import),
        "bytes_per_number_after_apply": per(after_apply),
        "bytes_per_number_after_archive": per(after_archive),
        "bytes_per_number_at_rest": per(at_rest),
        "transient_over_at_rest": round((after_import - at_rest) / max(at_rest - before, 1), 2),
        "volatile_keys": len(volatile),
        "volatile_bytes_per_number": round(volatile_bytes / count, 1),
        "at_rest_bytes_per_number_by_key": {k: round(v / count, 2) for k, v in kinds.items()},
        "seconds": {"import": round(imported, 1), "apply": round(applied, 1),
                    "archive": round(archived, 1)},
        "goal_bytes_per_number": 64,
    }


def _run_worker(env: dict[str, str]) -> None:
    """A burst worker until the queue is empty."""
    import subprocess

    code = "from workers.worker import run_worker; run_worker(burst=True)"
    subprocess.run([sys.executable, "-c", code], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=3600)


def bench_footprint(redis_url: str, sizes: list[int]) -> dict[str, Any]:
    """``measure`` at each of ``sizes``."""
    return {str(n): measure(redis_url, n) for n in sizes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--redis-url", default=None, help="default: a fresh embedded Redis")
    args = parser.parse_args()
    if args.redis_url:
        print(json.dumps(bench_footprint(args.redis_url, args.sizes), indent=2))
        return
    from app.store.embedded import EmbeddedRedis

    with tempfile.TemporaryDirectory(prefix="optout-bench-") as folder:
        embedded = EmbeddedRedis(Path(folder)).acquire()
        try:
            print(json.dumps(bench_footprint(embedded.url, args.sizes), indent=2))
        finally:
            embedded.release()


if __name__ == "__main__":
    main()
