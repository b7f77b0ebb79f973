"""`optout import` of a million new numbers, run as a user runs it (a subprocess of the real
command on the bench's Redis), then again (the same file: nothing recorded), and the import
of an export of the result (nothing recorded either).

Figures: rows a second and peak RSS of each run. Baselines from the same run: `optout filter`
over the same file (the same reading and parsing, plus a check of each number), and the
one-event-at-a-time path (``record.lua``, what every row took before the bulk path) on a
sample, in process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from bench.memory import nanp_digits
from bench.store import services_on

HEADER = "number,scope,sender,source,since,note,exceptions\n"


def _write_file(path: Path, digits: np.ndarray) -> None:
    with path.open("w") as out:
        out.write(HEADER)
        for start in range(0, len(digits), 100_000):
            out.write("".join(f"+{d},all,,email,2026-01-02T03:04:05Z,,\n"
                              for d in digits[start : start + 100_000].tolist()))


def _run(args: list[str], env: dict[str, str], stdin: Any = None) -> tuple[float, int, str]:
    """Run ``optout ARGS``; (seconds, peak RSS in MB, stderr)."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "app.cli", *args], env=env,
                               stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    assert process.stderr is not None
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise RuntimeError(f"optout {args[0]} failed: {stderr[-2000:]}")
    return seconds, usage.ru_maxrss // 1024, stderr


def _one_by_one(redis_url: str, count: int) -> float:
    """Rows a second of the one-event-at-a-time path (``record.lua`` for every row, what
    every import did before the bulk path), in process."""
    from app.lists.transfer import ImportReport, record_rows, row_events

    digits = nanp_digits(count, np.random.default_rng(7))
    svc = services_on(redis_url)
    try:
        svc.connections.redis.flushdb()
        started = time.perf_counter()
        events = [e for d in digits.tolist() for e in row_events(
            {"number": f"+{d}", "scope": "all", "source": "email",
             "since": "2026-01-02T03:04:05Z"}, "US")]
        report = ImportReport()
        for start in range(0, len(events), 500):
            record_rows(svc.ledger, svc.suppressions, events[start : start + 500], report)
        seconds = time.perf_counter() - started
        assert report.recorded == count, report
        return count / seconds
    finally:
        svc.connections.redis.flushdb()
        svc.close()


def bench_imports(redis_url: str, *, rows: int, sample: int) -> dict[str, Any]:
    """Import ``rows`` new numbers with the real command; ``sample`` rows one by one."""
    env = dict(os.environ, REDIS_URL=redis_url, LOG_LEVEL="WARNING")
    env.pop("SUPPRESSION_REDIS_URL", None)
    svc = services_on(redis_url)
    try:
        svc.connections.redis.flushdb()
        with tempfile.TemporaryDirectory(prefix="optout-bench-import-") as folder:
            source = Path(folder) / "optouts.csv"
            _write_file(source, nanp_digits(rows, np.random.default_rng(20261205)))
            filtered, filter_rss, _ = _run(["filter", str(source), "--no-progress"], env)
            seconds, rss, first = _run(["import", str(source)], env)
            assert f"{rows} rows: {rows} recorded" in first, first
            again, again_rss, second = _run(["import", str(source)], env)
            assert " 0 recorded" in second, second
            exported = Path(folder) / "export.csv"
            _run(["export", "-o", str(exported)], env)
            from_export, _, third = _run(["import", str(exported)], env)
            assert f"{rows} rows: 0 recorded, {rows} already in force" in third, third
        one_by_one = _one_by_one(redis_url, sample)
    finally:
        svc.connections.redis.flushdb()
        svc.close()
    return {
        "rows": rows,
        "import": {"seconds": round(seconds, 2), "rows_per_second": round(rows / seconds),
                   "peak_rss_mb": rss},
        "reimport_same_file": {"seconds": round(again, 2), "recorded": 0,
                               "peak_rss_mb": again_rss},
        "import_of_export": {"seconds": round(from_export, 2), "recorded": 0},
        "baseline_filter_same_file": {"seconds": round(filtered, 2), "peak_rss_mb": filter_rss},
        "import_over_filter": round(seconds / filtered, 2),
        "one_by_one_rows_per_second": round(one_by_one),
        "speedup_over_one_by_one": round(rows / seconds / one_by_one, 1),
    }
