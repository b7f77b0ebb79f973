"""Prometheus metrics (prefix ``optout_``), read from Redis at scrape time.

Counters are incremented in Redis by the webhook, the API and the workers (inside the
scripts and pipelines they already run), so any number of gunicorn and RQ processes report
one consistent set without prometheus-client's multiprocess mode.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily
from prometheus_client.registry import Collector, CollectorRegistry
from rq.registry import FailedJobRegistry

from app.consent.suppression import LATENCY_BUCKETS
from app.monitoring.clocks import PENDING_OPT_OUT_SECONDS, opt_out_clock
from app.monitoring.counters import store_figures
from app.monitoring.health import Watched, alive_workers


class RedisCollector(Collector):
    """Collects optout's figures from Redis and RQ on every scrape."""

    def __init__(self, watched: Watched) -> None:
        self.watched = watched

    def collect(self) -> Iterator[CounterMetricFamily | GaugeMetricFamily | HistogramMetricFamily]:
        queue = self.watched.queue
        counters = self.watched.counters.totals()

        inbound = CounterMetricFamily("optout_events", "Inbound texts and consent events by "
                                      "intent and outcome (new, repeat, duplicate).",
                                      labels=["intent", "status"])
        replies = CounterMetricFamily("optout_replies", "Replies sent in TwiML.", labels=["kind"])
        for key, value in counters.items():
            parts = key.split(":")
            if parts[0] == "events" and len(parts) == 3:
                inbound.add_metric([parts[1], parts[2]], float(value))
            elif parts[0] == "replies" and len(parts) == 2:
                replies.add_metric([parts[1]], float(value))
        yield inbound
        yield replies
        yield CounterMetricFamily("optout_duplicate_messages", "Carrier retries recorded once.",
                                  value=float(counters.get("duplicates", 0)))
        yield CounterMetricFamily("optout_jobs_applied", "Numbers applied to the suppression "
                                  "list by workers.", value=float(counters.get("jobs:applied", 0)))
        yield CounterMetricFamily("optout_check_requests", "Suppression check API requests.",
                                  value=float(counters.get("checks:requests", 0)))
        yield CounterMetricFamily("optout_numbers_checked", "Numbers checked through the API.",
                                  value=float(counters.get("checks:numbers", 0)))

        cumulative = [(str(b), float(counters.get(f"latency:le:{b}", 0))) for b in LATENCY_BUCKETS]
        count = float(counters.get("latency:count", 0))
        yield HistogramMetricFamily(
            "optout_stop_to_enforced_seconds",
            "From the webhook acknowledging an opt-out to a worker applying it.",
            buckets=[*cumulative, ("+Inf", count)],
            sum_value=float(counters.get("latency:sum", 0)),
        )

        yield GaugeMetricFamily("optout_queue_depth", "Jobs waiting in the queue.",
                                value=queue.count)
        yield GaugeMetricFamily("optout_jobs_failed", "Jobs in RQ's failed registry.",
                                value=FailedJobRegistry(queue=queue).count)
        yield GaugeMetricFamily("optout_workers", "Workers alive on the queue.",
                                value=len(alive_workers(self.watched)))
        figures = store_figures(self.watched.store, float("inf"))
        yield GaugeMetricFamily("optout_pending_opt_outs", "Acknowledged opt-outs not yet "
                                "applied (enforced through their pending mark).",
                                value=figures.pending)
        yield GaugeMetricFamily("optout_unapplied_numbers", "Numbers with consent events not "
                                "yet applied.", value=figures.unapplied)
        yield GaugeMetricFamily("optout_review_queue", "Messages waiting for a person.",
                                value=self.watched.reviews.count())
        clock = opt_out_clock(self.watched.store, time.time())
        yield GaugeMetricFamily("optout_pending_opt_outs_over_threshold", "Opt-outs pending "
                                f"(enforced, not applied) for over {PENDING_OPT_OUT_SECONDS} s.",
                                value=clock.over_threshold)
        yield GaugeMetricFamily("optout_oldest_pending_opt_out_seconds", "Age of the oldest "
                                "pending opt-out.", value=clock.oldest_seconds)
        yield GaugeMetricFamily("optout_opt_outs_near_fcc_deadline", "Pending opt-outs within a "
                                "day of their 10-business-day FCC deadline.",
                                value=clock.near_deadline)
        yield GaugeMetricFamily("optout_opt_outs_past_fcc_deadline", "Pending opt-outs past "
                                "their 10-business-day FCC deadline.", value=clock.past_deadline)


def metrics_registry(watched: Watched) -> CollectorRegistry:
    """A registry of its own (not prometheus-client's global one) holding our collector."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(RedisCollector(watched))
    return registry
