"""`optout import` of a million new numbers, run as a user runs it (a subprocess of the real
command on the bench's Redis), ``runs`` times on an emptied store; then `optout filter` of the
same file (every number must come out suppressed: nothing textable), the same file again
(nothing recorded), and the import of an export of the result (nothing recorded either).

Figures: rows a second (each run, and their range) and peak RSS. Baselines from the same
run: the same numbers SADDed into one plain set, pipelined (hiredis-packed, 1,000 a command),
what Redis takes to store a million strings at all; `optout filter` over the same file (the
same reading and parsing, plus a check of each number); and the one-event-at-a-time path
(``record.lua``, what every row took before the bulk path) on a sample, in process.
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
import redis

from app.store.pipelining import send_all
from bench.memory import nanp_digits
from bench.store import FLOOR_KEY, services_on

HEADER = "number,scope,sender,source,since,note,exceptions\n"


def _write_file(path: Path, digits: np.ndarray) -> None:
    with path.open("w") as out:
        out.write(HEADER)
        for start in range(0, len(digits), 100_000):
            out.write("".join(f"+{d},all,,email,2026-01-02T03:04:05Z,,\n"
                              for d in digits[start : start + 100_000].tolist()))


def _run(args: list[str], env: dict[str, str], stdout: Any = subprocess.DEVNULL
         ) -> tuple[float, int, str]:
    """Run ``optout ARGS``; (seconds, peak RSS in MB, stderr). The peak is the child's own
    (VmHWM, read while it runs): its rusage would also count the bench process it was
    forked from."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as errors:
        process = subprocess.Popen([sys.executable, "-m", "app.cli", *args], env=env,
                                   stdout=stdout, stderr=errors, text=True)
        peak = 0
        while process.poll() is None:
            peak = max(peak, _peak_kb(process.pid))
            time.sleep(0.02)
        seconds = time.perf_counter() - started
        errors.seek(0)
        stderr = errors.read()
    if process.returncode:
        raise RuntimeError(f"optout {args[0]} failed: {stderr[-2000:]}")
    return seconds, peak // 1024, stderr


def _peak_kb(pid: int) -> int:
    """VmHWM of a running process, in kB (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0


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


def _sadd_floor(redis_url: str, digits: np.ndarray) -> float:
    """Seconds to SADD the same numbers (E.164 strings) into one plain set, pipelined."""
    plain = redis.Redis.from_url(redis_url)
    numbers = [f"+{d}" for d in digits.tolist()]
    try:
        plain.delete(FLOOR_KEY)
        started = time.perf_counter()
        for start in range(0, len(numbers), 100_000):
            chunk = numbers[start : start + 100_000]
            send_all(plain, [("SADD", FLOOR_KEY, *chunk[i : i + 1000])
                             for i in range(0, len(chunk), 1000)])
        seconds = time.perf_counter() - started
        assert plain.scard(FLOOR_KEY) == len(numbers)
        return seconds
    finally:
        plain.delete(FLOOR_KEY)
        plain.close()


def bench_imports(redis_url: str, *, rows: int, sample: int, runs: int = 3) -> dict[str, Any]:
    """Import ``rows`` new numbers with the real command ``runs`` times (an emptied store
    each time), each run beside its own SADD floor; ``sample`` rows one by one."""
    env = dict(os.environ, REDIS_URL=redis_url, LOG_LEVEL="WARNING")
    env.pop("SUPPRESSION_REDIS_URL", None)
    svc = services_on(redis_url)
    digits = nanp_digits(rows, np.random.default_rng(20261205))
    imports: list[dict[str, Any]] = []
    try:
        with tempfile.TemporaryDirectory(prefix="optout-bench-import-") as folder:
            source = Path(folder) / "optouts.csv"
            _write_file(source, digits)
            for _ in range(runs):
                svc.connections.redis.flushdb()
                floor = _sadd_floor(redis_url, digits)
                seconds, rss, first = _run(["import", str(source)], env)
                assert f"{rows} rows: {rows} recorded" in first, first
                imports.append({"seconds": round(seconds, 2),
                                "rows_per_second": round(rows / seconds),
                                "peak_rss_mb": rss, "sadd_floor_seconds": round(floor, 2),
                                "import_over_sadd_floor": round(seconds / floor, 1)})
            textable = Path(folder) / "textable.txt"
            with textable.open("w") as out:
                filtered, filter_rss, _ = _run(["filter", str(source), "--no-progress"], env,
                                               stdout=out)
            left = [line for line in textable.read_text().splitlines()[1:] if line.strip()]
            assert not left, f"{len(left)} imported numbers are still textable"
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
    speeds = [run["rows_per_second"] for run in imports]
    ratios = [run["import_over_sadd_floor"] for run in imports]
    seconds = min(run["seconds"] for run in imports)
    return {
        "rows": rows,
        "import": {"runs": imports, "rows_per_second_range": [min(speeds), max(speeds)],
                   "import_over_sadd_floor_range": [min(ratios), max(ratios)],
                   "peak_rss_mb": max(run["peak_rss_mb"] for run in imports)},
        "check_after_import": {"textable": 0, "filter_seconds": round(filtered, 2),
                               "filter_peak_rss_mb": filter_rss},
        "reimport_same_file": {"seconds": round(again, 2), "recorded": 0,
                               "peak_rss_mb": again_rss},
        "import_of_export": {"seconds": round(from_export, 2), "recorded": 0},
        "best_import_over_filter": round(seconds / filtered, 2),
        "one_by_one_rows_per_second": round(one_by_one),
        "speedup_over_one_by_one": round(max(speeds) / one_by_one, 1),
    }
