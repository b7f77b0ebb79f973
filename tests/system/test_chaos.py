"""The chaos suite (``make test-chaos``): 3,000 signed STOPs against a real ``optout run`` on
loopback while a worker is SIGKILLed every 500 requests and the embedded Redis once.

Afterwards it proves: no acknowledged (2xx) STOP lost, no number confirmed twice by one
sender, the stack still up, everything applied within 30 s of the last kill, and health "ok"
again. Requests answered 503 (or refused mid-restart) are retried, as Twilio would, with the
same MessageSid and signature. The figures are printed in the run's summary.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

from tests.helpers import inbound_form, report_figure
from tests.helpers.stack import Stack, clean_env, running

pytestmark = [pytest.mark.chaos, pytest.mark.timeout(420)]

TOTAL = 3_000
KILL_EVERY = 500
REDIS_KILL_AT = 1_750
THREADS = 4
SENDERS = ("+18005550100", "+18005550101")
DISTINCT = 2_000  # the other 1,000 STOPs repeat a number already used: no second confirmation
APPLY_LIMIT_SECONDS = 30.0
RETRY_FOR_SECONDS = 60.0


@dataclass
class Tally:
    """What the senders saw; shared by the threads under ``lock``."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    done: int = 0
    acknowledged: dict[tuple[str, str], int] = field(default_factory=dict)
    confirmations: Counter[tuple[str, str]] = field(default_factory=Counter)
    statuses: Counter[int] = field(default_factory=Counter)
    retries: int = 0
    refused: int = 0
    gave_up: list[str] = field(default_factory=list)


def stops() -> list[dict[str, str]]:
    rng = random.Random(2026)
    numbers = [f"+1617{rng.randrange(2_000_000, 9_999_999):07d}" for _ in range(DISTINCT)]
    numbers = list(dict.fromkeys(numbers))
    forms = []
    for i in range(TOTAL):
        number = numbers[i % len(numbers)] if i < len(numbers) else rng.choice(numbers)
        forms.append(inbound_form(rng.choice(["STOP", "stop", "Stop.", "UNSUBSCRIBE"]),
                                  sender=number, to=rng.choice(SENDERS)))
    return forms


def send_all(stack: Stack, forms: list[dict[str, str]], tally: Tally,
             on_progress: threading.Condition) -> None:
    work: queue.Queue[dict[str, str]] = queue.Queue()
    for form in forms:
        work.put(form)

    def sender() -> None:
        with requests.Session() as session:
            while True:
                try:
                    form = work.get_nowait()
                except queue.Empty:
                    return
                deadline = time.monotonic() + RETRY_FOR_SECONDS
                while True:
                    try:
                        response = stack.post_sms(session, form)
                        status = response.status_code
                    except requests.RequestException:
                        status = 0
                    if status == 200 or time.monotonic() > deadline:
                        break
                    with tally.lock:
                        tally.retries += 1
                        tally.refused += status == 0
                        tally.statuses[status] += 1
                    time.sleep(0.2)  # Twilio retries; so do we, with the same request
                key = (form["From"], form["To"])
                with tally.lock:
                    tally.statuses[status] += 1
                    if status == 200:
                        tally.acknowledged[key] = tally.acknowledged.get(key, 0) + 1
                        if "unsubscribed" in response.text:
                            tally.confirmations[key] += 1
                    else:
                        tally.gave_up.append(form["MessageSid"])
                    tally.done += 1
                with on_progress:
                    on_progress.notify_all()

    threads = [threading.Thread(target=sender) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def unapplied(stack: Stack) -> int | None:
    try:
        health = stack.health()
    except (requests.RequestException, ValueError):
        return None
    if "unapplied_numbers" not in health:
        return None
    return int(health["unapplied_numbers"]) + int(health["pending_opt_outs"])  # type: ignore[call-overload]


def suppressed(stack: Stack, numbers: list[str], sender: str) -> dict[str, bool]:
    out: dict[str, bool] = {}
    for start in range(0, len(numbers), 5_000):
        chunk = numbers[start : start + 5_000]
        response = requests.post(f"{stack.base}/v1/suppressions/check",
                                 json={"sender": sender, "numbers": chunk},
                                 headers={"Authorization": f"Bearer {stack.api_key()}"},
                                 timeout=60)
        response.raise_for_status()
        for number, result in zip(chunk, response.json()["results"], strict=True):
            out[number] = bool(result["suppressed"])
    return out


def test_stops_survive_killed_workers_and_a_killed_redis(tmp_path: Path):
    env = clean_env(tmp_path, LOG_LEVEL="WARNING")
    with running(env, tmp_path, args=("--workers", "2", "--web-workers", "3")) as stack:
        run(stack)


def run(stack: Stack) -> None:
    forms = stops()
    tally = Tally()
    progress = threading.Condition()
    kills: list[tuple[int, str]] = []
    last_kill = time.monotonic()
    started = time.monotonic()
    sending = threading.Thread(target=send_all, args=(stack, forms, tally, progress))
    sending.start()
    next_worker_kill, redis_killed = KILL_EVERY, False
    while sending.is_alive() or next_worker_kill <= TOTAL:
        with progress:
            progress.wait(timeout=0.5)
        done = tally.done
        if not redis_killed and done >= REDIS_KILL_AT:
            pid = stack.redis_server()
            assert pid, "no embedded redis to kill"
            os.kill(pid, signal.SIGKILL)
            redis_killed, last_kill = True, time.monotonic()
            kills.append((done, f"redis {pid}"))
        if done >= next_worker_kill:
            workers = stack.workers()
            if workers:
                victim = workers[(next_worker_kill // KILL_EVERY) % len(workers)]
                os.kill(victim, signal.SIGKILL)
                last_kill = time.monotonic()
                kills.append((done, f"worker {victim}"))
                next_worker_kill += KILL_EVERY
        if not sending.is_alive() and next_worker_kill > TOTAL:
            break
    sending.join()
    sent_seconds = time.monotonic() - started
    try:
        health = stack.health()
        backlog = (f"{health['unapplied_numbers']} numbers unapplied, "
                   f"{health['queue']['depth']} jobs queued")  # type: ignore[index]
    except (requests.RequestException, ValueError, KeyError):
        backlog = "unknown"

    # Everything applied within 30 s of the last kill.
    applied_after = None
    deadline = last_kill + APPLY_LIMIT_SECONDS + 60  # measure even a miss, then judge it
    while time.monotonic() < deadline:
        if unapplied(stack) == 0:
            applied_after = time.monotonic() - last_kill
            break
        time.sleep(0.25)

    # No acknowledged STOP lost; no number confirmed twice by one sender.
    lost = 0
    for sender in SENDERS:
        numbers = sorted({n for (n, s) in tally.acknowledged if s == sender})
        checks = suppressed(stack, numbers, sender)
        lost += sum(not ok for ok in checks.values())
    doubles = sum(1 for count in tally.confirmations.values() if count > 1)

    # Health "ok" again, and the stack is still up.
    health_status, health_after, failing = None, None, ""
    health_deadline = time.monotonic() + 60
    while time.monotonic() < health_deadline:
        health = stack.health()
        health_status = health.get("status")
        failing = "; ".join(f"{c['name']}: {c['detail']}" for c in health.get("checks", [])  # type: ignore[attr-defined]
                            if not c["ok"])
        if health_status == "ok":
            health_after = time.monotonic() - last_kill
            break
        time.sleep(0.5)
    still_up = (stack.process is not None and stack.process.poll() is None
                and requests.get(stack.base + "/readyz", timeout=10).status_code == 200)
    restarts = stack.log().count(" restarted (pid ")

    acknowledged = sum(tally.acknowledged.values())
    report_figure(
        f"chaos: {TOTAL} signed STOPs ({len({n for n, _ in tally.acknowledged})} numbers, "
        f"{len(SENDERS)} senders) in {sent_seconds:.1f}s from {THREADS} threads; "
        f"{len(kills)} kills: " + ", ".join(f"{what.split()[0]}@{at}" for at, what in kills))
    report_figure(
        f"chaos: {acknowledged} acknowledged (2xx); {tally.retries} retries "
        f"({tally.refused} refused connections, {tally.statuses[503]} answered 503); "
        f"{len(tally.gave_up)} given up; other statuses "
        f"{ {k: v for k, v in tally.statuses.items() if k not in (200, 503, 0)} }")
    report_figure(f"chaos: lost acknowledged STOPs: {lost}; double confirmations: {doubles}; "
                  f"confirmations sent: {sum(tally.confirmations.values())}")
    report_figure(f"chaos: backlog when the last request was answered: {backlog}")
    report_figure(
        "chaos: all applied "
        + (f"{applied_after:.1f}s after the last kill" if applied_after is not None
           else "NOT within the wait")
        + f"; health {health_status!r}" + (f" ({failing})" if failing else "")
        + (f" {health_after:.1f}s after the last kill" if health_after is not None else "")
        + f"; stack up: {still_up}; supervisor restarts: {restarts}")

    assert not tally.gave_up, f"{len(tally.gave_up)} STOPs never acknowledged"
    assert acknowledged == TOTAL
    assert lost == 0
    assert doubles == 0
    assert len(kills) == TOTAL // KILL_EVERY + 1
    assert still_up
    assert applied_after is not None and applied_after <= APPLY_LIMIT_SECONDS
    assert health_status == "ok"
    assert stack.ctrl_c() == 0
    stack.wait_for(lambda: not stack.processes(), timeout=20)
