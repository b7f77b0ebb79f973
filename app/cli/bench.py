"""``optout bench``: the benchmark suite in the repository's ``bench/`` folder."""

from __future__ import annotations

import sys
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parents[2]


@click.command()
@click.argument("names", nargs=-1)
@click.option("--redis-url", default=None, help="Benchmark against this Redis instead of a "
              "fresh embedded one (its data is left alone but it will be loaded).")
@click.option("--quick", is_flag=True, help="Shorter runs, for a smoke test.")
def bench(names: tuple[str, ...], redis_url: str | None, quick: bool) -> None:
    """Run benchmarks (default: all) and write bench/results.json."""
    if not (ROOT / "bench" / "run.py").exists():
        raise click.ClickException("bench/ is not here: run from a checkout of the repository")
    sys.path.insert(0, str(ROOT))
    from bench.run import main as run_benchmarks

    run_benchmarks(list(names), redis_url, quick)
