"""How long ``optout`` takes to start and answer for ``check``, ``filter`` and ``classify``
with almost nothing to do: what a script calling the command for each list or message pays.

Each command runs ``runs`` times as a subprocess (the real console entry point through
``python -m app.cli``), on the bench's Redis; the figure is the median wall time, beside the
same run's floor (``python -c pass``) and the modules the command did not load::

    .venv/bin/python -m bench.startup
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from typing import Any

COMMANDS: dict[str, tuple[list[str], str]] = {
    "check": (["check", "+16175550123"], ""),
    "filter": (["filter"], "+16175550123\n"),
    "classify": (["classify"], '{"body": "STOP"}\n'),
}
HEAVY = ("flask", "sqlalchemy", "numpy", "requests", "app.keywords", "redis")


def _time(args: list[str], stdin: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, input=stdin, env=env, text=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def _loaded(command: str) -> list[str]:
    """Which of ``HEAVY`` importing ``command``'s module loads."""
    from app.cli import COMMANDS as TARGETS

    module = TARGETS[command].partition(":")[0]
    code = (f"import sys, {module}; print(','.join(m for m in {HEAVY!r} "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    return out.split(",") if out else []


def bench_startup(redis_url: str, runs: int = 7) -> dict[str, Any]:
    """Median start-to-exit seconds of each command, and of bare Python, over ``runs``."""
    env = dict(os.environ, REDIS_URL=redis_url, LOG_LEVEL="WARNING")
    env.pop("SUPPRESSION_REDIS_URL", None)
    floor = statistics.median(_time([sys.executable, "-c", "pass"], "", env)
                              for _ in range(runs))
    out: dict[str, Any] = {"python_floor_seconds": round(floor, 3), "runs": runs}
    for name, (args, stdin) in COMMANDS.items():
        command = [sys.executable, "-m", "app.cli", *args]
        _time(command, stdin, env)  # warm the page cache
        seconds = statistics.median(_time(command, stdin, env) for _ in range(runs))
        out[name] = {"median_seconds": round(seconds, 3), "loads": _loaded(name)}
    out["goal_seconds"] = 0.3
    return out


def main() -> None:
    url = sys.argv[1] if len(sys.argv) > 1 else None
    if url:
        print(json.dumps(bench_startup(url), indent=2))
        return
    import tempfile
    from pathlib import Path

    from app.store.embedded import EmbeddedRedis

    with tempfile.TemporaryDirectory(prefix="optout-bench-") as folder:
        embedded = EmbeddedRedis(Path(folder)).acquire()
        try:
            print(json.dumps(bench_startup(embedded.url), indent=2))
        finally:
            embedded.release()


if __name__ == "__main__":
    main()
