"""Evidence report render time for a number with 1,000 consent events.

Measured three ways: building and writing the report from events in memory; the whole
``GET /v1/suppressions/<n>/report`` with the events in Redis; and the same once every event
is archived (SQLite) and trimmed from Redis.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app import create_app
from app.archive import Archive, archive_now, close_archives, full_history
from app.bootstrap import build_services
from app.evidence.formats import render
from app.evidence.report import build_report
from bench.archive import BENCH_PEPPER, bench_settings, record_sms_events

NUMBER = "+16172000000"


def _timings(action: Callable[[], object], runs: int) -> dict[str, float]:
    action()  # warm: imports, phonenumbers' time zone data, connection pools
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {"median_ms": round(statistics.median(samples), 1),
            "p95_ms": round(samples[int(len(samples) * 0.95) - 1], 1)}


def bench_report(redis_url: str, *, events: int = 1000, runs: int = 30) -> dict[str, object]:
    """Render the report of one number with ``events`` events, ``runs`` times each way."""
    result: dict[str, object] = {"events": events}
    with tempfile.TemporaryDirectory(prefix="optout-report-bench-") as folder:
        settings = bench_settings(redis_url, optout_data_dir=Path(folder))
        services = build_services(settings)
        services.connections.redis.flushdb()
        try:
            record_sms_events(services, events, numbers=1)
            history = services.ledger.history(NUMBER)
            assert len(history) == events, len(history)
            for fmt in ("html", "csv", "json"):

                def in_memory(fmt: str = fmt) -> str:
                    return render(build_report(NUMBER, history, services.replies), fmt)

                result[f"in_memory_{fmt}"] = _timings(in_memory, runs)
            client = create_app(settings, services).test_client()
            headers = {"Authorization": "Bearer bench"}

            def get(fmt: str) -> None:
                response = client.get(f"/v1/suppressions/{NUMBER}/report?format={fmt}",
                                      headers=headers)
                assert response.status_code == 200, response.get_data(as_text=True)[:200]

            result["http_html_from_redis"] = _timings(lambda: get("html"), runs)
            archive = Archive.open(settings.archive_database_url, BENCH_PEPPER)
            archive.migrate()
            archive_now(archive, services.ledger, hot_days=0)
            assert services.ledger.history(NUMBER) == []
            assert len(full_history(services.ledger, archive, NUMBER)) == events
            archive.close()
            result["http_html_from_archive"] = _timings(lambda: get("html"), runs)
            result["http_csv_from_archive"] = _timings(lambda: get("csv"), runs)
            result["http_json_from_archive"] = _timings(lambda: get("json"), runs)
        finally:
            services.connections.redis.flushdb()
            services.close()
            close_archives()
    return result
