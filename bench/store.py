"""The consent store at scale, measured on the real key layout (app/store/layout.py).

* Memory per suppressed number (projection hash + membership intset) at 1M and 10M numbers
  on one throwaway redis-server: the embedded binary with the embedded server's encoding
  limits (persistence off: it does not change what the data takes).
* Redis bytes per SMS opt-out event: ledger entry, history and dedupe key (recorded and
  applied through the ledger and the apply script, then the projection part taken off).
* Redis bytes per carrier message kept for good (the replay guard), at 20k and 1M messages.
* The campaign filter of 1M numbers (10% suppressed, 1M stored) against the same run's floor:
  pipelined SMISMEMBER in batches of 1,000 on a plain SET of E.164 strings, hiredis-packed.
  In process on one Redis, through ``optout filter``, and on a 3-master local cluster.

Bulk loads write exactly what the apply script writes (HSET projection field value, SADD
membership member), many fields a command, after checking on real recorded opt-outs that
the keys and fields computed here are the ones the apply script used.
"""

from __future__ import annotations

import contextlib
import cProfile
import os
import pstats
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import redis

from app.bootstrap import Services, build_services
from app.consent.events import ConsentEvent, Kind
from app.consent.history import ALL, LETTERS
from app.lists.checks import FilterReport, chunks, classify_inputs
from app.messaging.message_ids import keep_message_ids
from app.store.bulk import runs
from app.store.devcluster import (
    LocalCluster,
    encoding_options,
    server_version,
    start_server,
    wait_until,
)
from app.store.embedded import _redis_server_binary
from app.store.layout import (
    BUCKETS,
    HASH_MAX_LISTPACK_ENTRIES,
    MEMBER_BUCKETS,
    SET_MAX_INTSET_ENTRIES,
)
from app.store.pipelining import send_all
from app.store.store import Store
from bench.memory import e164, nanp_digits, timed
from config import Settings

ROOT = Path(__file__).resolve().parent.parent
SENDER = "+18005550100"
FLOOR_KEY = "bench:floor"
LOAD_CHUNK = 100_000  # numbers a round of load commands (a few MB a send)


# -- servers and services ------------------------------------------------------------------


@contextlib.contextmanager
def throwaway_server(binary: str | None = None) -> Iterator[str]:
    """A redis-server (the embedded binary by default) on a unix socket in a temporary
    folder, with the embedded server's encoding limits; its URL. Killed on exit."""
    binary = binary or _redis_server_binary()
    with tempfile.TemporaryDirectory(prefix="optout-bench-store-") as folder:
        sock = Path(folder) / "redis.sock"
        options = encoding_options(server_version(binary), HASH_MAX_LISTPACK_ENTRIES,
                                   SET_MAX_INTSET_ENTRIES)
        process = start_server(binary, Path(folder), ["--port", "0", "--unixsocket", str(sock),
                                                      "--unixsocketperm", "700", *options])
        try:
            client = redis.Redis(unix_socket_path=str(sock))
            wait_until(client.ping, 15, "the throwaway redis-server")
            client.close()
            yield f"unix://{sock}"
        finally:
            process.kill()
            process.wait()


def services_on(queue_url: str, store_url: str | None = None) -> Services:
    """Services with the queue on ``queue_url`` and the store on ``store_url`` (or there too)."""
    settings = Settings(_env_file=None, redis_url=queue_url,  # type: ignore[call-arg]
                        suppression_redis_url=store_url, twilio_auth_token="bench",
                        optout_api_keys=["bench"], secret_key="bench")
    return build_services(settings)


def used_memory(store: Store) -> int:
    """used_memory summed over the store's masters."""
    return sum(int(node.info("memory")["used_memory"]) for node in store.masters())


def encodings(store: Store, digits: np.ndarray) -> str:
    """OBJECT ENCODING of the projection hash and membership set of the first number."""
    number = f"+{int(digits[0])}"
    shard, bucket, _ = store.layout.locate(number)
    member_bucket, _ = store.layout.member_of(number)
    node = store.node(shard)
    return (f"{node.object('encoding', store.layout.projection(bucket))}/"
            f"{node.object('encoding', store.layout.members(member_bucket))}")


# -- loading the real layout ----------------------------------------------------------------


def _send(store: Store, commands: dict[int, list[tuple[Any, ...]]]) -> None:
    store.send_by_shard(commands)  # type: ignore[arg-type]


def load_store(store: Store, digits: np.ndarray, values: np.ndarray) -> float:
    """Write projection values ``values`` of numbers ``digits`` as the apply script does
    (projection HSET + membership SADD), many fields a command; the seconds it took."""
    layout = store.layout
    shards = layout.shards
    projection_keys = [layout.projection(b) for b in range(BUCKETS)]
    member_keys = [layout.members(m) for m in range(MEMBER_BUCKETS)]
    start_t = time.perf_counter()
    for start in range(0, len(digits), LOAD_CHUNK):
        part, codes = digits[start : start + LOAD_CHUNK], values[start : start + LOAD_CHUNK]
        fields, buckets = np.divmod(part, BUCKETS)
        order, ids, starts, ends = runs(buckets)
        pairs = np.empty((len(part), 2), dtype="S12")
        pairs[:, 0] = fields[order].astype("S12")
        pairs[:, 1] = codes[order]
        flat = pairs.ravel().tolist()
        commands: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
        for b, s, e in zip(ids, starts, ends, strict=True):
            commands[b % shards].append(("HSET", projection_keys[b], *flat[2 * s : 2 * e]))
        _send(store, commands)
        members, member_buckets = np.divmod(part, MEMBER_BUCKETS)
        order, ids, starts, ends = runs(member_buckets)
        ordered = members[order].tolist()
        commands = defaultdict(list)
        for m, s, e in zip(ids, starts, ends, strict=True):
            commands[m % shards].append(("SADD", member_keys[m], *ordered[s:e]))
        _send(store, commands)
    return time.perf_counter() - start_t


def real_codes(svc: Services, count: int = 200) -> tuple[bytes, bytes]:
    """Record ``count`` real opt-outs (half for SENDER, half STOPALL), apply them through the
    apply script, and check the loader's keys and fields find exactly their values.
    Returns (SENDER's projection value, the STOPALL value)."""
    digits = nanp_digits(count, np.random.default_rng(11))
    numbers = e164(digits)
    events = [ConsentEvent(kind=Kind.OPT_OUT, number=n, source="sms", sender=SENDER,
                           scope="sender" if i % 2 else "all", keyword="STOP",
                           message_sid=f"SMreal{i:026d}", dedupe_key=f"sms:SMreal{i:026d}")
              for i, n in enumerate(numbers)]
    svc.ledger.record_many(events, apply=False)
    svc.suppressions.apply_numbers(numbers)
    code = svc.suppressions.sender_codes(SENDER)[0]
    store = svc.connections.store
    layout = store.layout
    for i, number in enumerate(numbers):
        value = int(digits[i])
        shard = layout.shard_of(number)
        node = store.node(shard)
        got = node.hget(layout.projection(value % BUCKETS), str(value // BUCKETS))
        member = node.sismember(layout.members(value % MEMBER_BUCKETS),
                                str(value // MEMBER_BUCKETS))
        assert got == (code if i % 2 else ALL) and member, (number, got, member)
    return code.encode(), ALL.encode()


def stored_values(count: int, code: bytes, star: bytes, rng: np.random.Generator) -> np.ndarray:
    """Projection values: the sender's code for 90% of the numbers, STOPALL for 10%."""
    return np.where(rng.random(count) < 0.9, code, star)


# -- memory ---------------------------------------------------------------------------------


def bench_memory(sizes: list[int]) -> dict[str, Any]:
    """Bytes a suppressed number (projection + membership) at each size, one fresh server."""
    binary = _redis_server_binary()
    report: dict[str, Any] = {
        "server": f"embedded redis-server {'.'.join(map(str, server_version(binary)))}",
        "limits": f"hash-max-listpack(ziplist)-entries {HASH_MAX_LISTPACK_ENTRIES}, "
                  f"set-max-intset-entries {SET_MAX_INTSET_ENTRIES}",
    }
    for size in sizes:
        with throwaway_server(binary) as url:
            svc = services_on(url)
            try:
                code, star = real_codes(svc)
                rng = np.random.default_rng(20261127 + size)
                digits = nanp_digits(size, rng)
                store = svc.connections.store
                before = used_memory(store)
                seconds = load_store(store, digits, stored_values(size, code, star, rng))
                used = used_memory(store) - before
                report[f"{size:_}"] = {
                    "bytes_per_number": round(used / size, 2),
                    "encodings": encodings(store, digits),
                    "load_seconds": round(seconds, 1),
                }
            finally:
                svc.close()
    return report


def bench_event_bytes(events: int) -> dict[str, Any]:
    """Redis bytes of one SMS opt-out: recorded through the ledger and applied, then the
    projection and membership keys dropped to leave ledger entry + history + dedupe key."""
    with throwaway_server() as url:
        svc = services_on(url)
        try:
            store = svc.connections.store
            numbers = e164(nanp_digits(events, np.random.default_rng(3)))
            before = used_memory(store)
            for start in range(0, len(numbers), 500):
                chunk = numbers[start : start + 500]
                svc.ledger.record_many([
                    ConsentEvent(kind=Kind.OPT_OUT, number=n, source="sms", sender=SENDER,
                                 keyword="STOP", language="en", confidence=1.0, body="STOP",
                                 message_sid="SM" + n[2:].rjust(32, "0"),
                                 dedupe_key="sms:SM" + n[2:].rjust(32, "0"))
                    for n in chunk], apply=False)
                svc.suppressions.apply_numbers(chunk)
            total = used_memory(store) - before
            client = store.node(0)
            for pattern in ("*}:p:*", "*}:m:*"):
                keys = list(client.scan_iter(match=pattern, count=1000))
                for start in range(0, len(keys), 1000):
                    client.delete(*keys[start : start + 1000])
            record = used_memory(store) - before
        finally:
            svc.close()
    return {"events": events, "bytes_per_event_all": round(total / events),
            "bytes_per_event_ledger_history_dedupe": round(record / events)}


def bench_kept_message_ids(ids: int, store_url: str | None = None,
                           binary: str | None = None) -> dict[str, Any]:
    """Redis bytes of one carrier message id kept for good (the replay guard of a message
    that changed consent): ``used_memory`` around ``keep_message_ids`` of ``ids`` SMS
    opt-outs, one a random number, on a throwaway server (``binary``, default the
    embedded one) or the flushed database at ``store_url`` (the store and the queue)."""
    with contextlib.ExitStack() as stack:
        url = store_url or stack.enter_context(throwaway_server(binary))
        svc = services_on(url)
        stack.callback(svc.close)
        store = svc.connections.store
        if store_url:
            store.node(0).flushdb()
            stack.callback(store.node(0).flushdb)
        numbers = e164(nanp_digits(ids, np.random.default_rng(5)))
        events = [{"id": f"{1765000000000 + i}-0", "kind": "opt_out", "number": n,
                   "source": "sms", "provider": "twilio", "message_sid": f"SM{i:032x}"}
                  for i, n in enumerate(numbers)]
        before = used_memory(store)
        kept = keep_message_ids(svc.ledger, events)
        used = used_memory(store) - before
        keys = sum(node.dbsize() for node in store.masters())
        shard, bucket, _ = store.layout.locate(numbers[0])
        encoding = store.node(shard).object("encoding", store.layout.kept_messages(bucket))
    return {"ids": kept, "bytes_per_id": round(used / ids, 1), "keys": keys,
            "encoding": encoding}


# -- the campaign filter --------------------------------------------------------------------


def floor_check(client: redis.Redis, numbers: list[str]) -> int:
    """Pipelined SMISMEMBER, batches of 1,000, hiredis-packed: how many are in the SET."""
    hits = 0
    for chunk in chunks(numbers):
        for reply in send_all(client, [("SMISMEMBER", FLOOR_KEY, *chunk[i : i + 1000])
                                       for i in range(0, len(chunk), 1000)]):
            hits += sum(reply)
    return hits


def filter_in_process(svc: Services, numbers: list[str], sender: str,
                      letters: str = LETTERS) -> int:
    """What ``optout filter`` does per batch, minus reading and writing files; ``letters``:
    the category asked (``filter --category``; default any)."""
    report = FilterReport()
    for raws in chunks(numbers):
        _, flags, _ = classify_inputs(svc.suppressions, raws, sender, "US", letters)
        report.count(flags)
    return report.suppressed


def filter_cli(path: Path, env: dict[str, str], sender: str) -> tuple[float, str]:
    """Seconds of ``optout filter --sender`` over ``path`` (process start included)."""
    start_t = time.perf_counter()
    with path.open() as stdin:
        done = subprocess.run([sys.executable, "-m", "app.cli", "filter", "--sender", sender],
                              stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              env=env, text=True, check=True, cwd=ROOT)
    return time.perf_counter() - start_t, done.stderr.strip()


def _profile(run: Callable[[], Any], top: int = 8) -> list[str]:
    """The ``top`` functions by own time of one run (cProfile): "seconds calls where"."""
    profiler = cProfile.Profile(time.process_time)  # CPU: a loaded machine waits too
    profiler.runcall(run)
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    rows = sorted(stats.items(), key=lambda item: item[1][2], reverse=True)[:top]
    return [f"{tt:.3f}s {calls} {Path(file).name}:{line}({name})"
            for (file, line, name), (_, calls, tt, _, _) in rows]


def bench_filter(queue_url: str, *, size: int, rounds: int, cluster: bool,
                 profile: bool = True) -> dict[str, Any]:
    """The filter of a ``size``-number campaign against ``size`` stored numbers."""
    plain = redis.Redis.from_url(queue_url)
    plain.flushdb()
    rng = np.random.default_rng(20261125)
    stored = nanp_digits(size, rng)
    chosen = rng.choice(stored, size=size // 10, replace=False)
    fresh = nanp_digits(size - size // 10, rng, exclude=stored)
    campaign = e164(rng.permutation(np.concatenate([chosen, fresh])))
    expected = size // 10
    for chunk in chunks(e164(stored), 100_000):
        send_all(plain, [("SADD", FLOOR_KEY, *chunk[i : i + 1000])
                         for i in range(0, len(chunk), 1000)])

    report: dict[str, Any] = {"stored": size, "campaign": len(campaign), "suppressed": expected,
                              "single_server": str(plain.info("server")["redis_version"])}
    floors: list[float] = []
    timings: dict[str, list[float]] = defaultdict(list)
    runs: dict[str, Callable[[], Any]] = {}
    clis: dict[str, dict[str, str]] = {}
    services: list[Services] = []
    local: LocalCluster | None = None
    with tempfile.TemporaryDirectory(prefix="optout-bench-filter-") as folder:
        path = Path(folder) / "campaign.txt"
        path.write_text("\n".join(campaign) + "\n")
        try:
            single = services_on(queue_url)
            services.append(single)
            code, star = real_codes(single)
            load_store(single.connections.store, stored,
                       stored_values(size, code, star, np.random.default_rng(5)))
            runs["single"] = lambda: filter_in_process(single, campaign, SENDER)
            # `filter --category marketing`: the same numbers, one category asked
            runs["single_category"] = lambda: filter_in_process(single, campaign, SENDER, "m")
            clis["single_cli"] = dict(os.environ, REDIS_URL=queue_url)
            if cluster:
                local = LocalCluster(3, 0, folder=Path(folder) / "cluster").start()
                report["cluster"] = "3 masters, no replicas, redis-server " + ".".join(
                    map(str, server_version(local.binary or "redis-server")))
                on_cluster = services_on(queue_url, local.url)
                services.append(on_cluster)
                code, star = real_codes(on_cluster)
                load_store(on_cluster.connections.store, stored,
                           stored_values(size, code, star, np.random.default_rng(5)))
                runs["cluster"] = lambda: filter_in_process(on_cluster, campaign, SENDER)
                clis["cluster_cli"] = dict(os.environ, REDIS_URL=queue_url,
                                           SUPPRESSION_REDIS_URL=local.url)
            for _ in range(rounds):  # alternate: every path meets the same machine load
                seconds, hits = timed(lambda: floor_check(plain, campaign))
                assert hits == expected, (hits, expected)
                floors.append(seconds)
                for name, run in runs.items():
                    seconds, found = timed(run)
                    assert found == expected, (name, found, expected)
                    timings[name].append(seconds)
                for name, env in clis.items():
                    seconds, summary = filter_cli(path, env, SENDER)
                    timings[name].append(seconds)
                    report[f"{name}_summary"] = summary
            floor = min(floors)
            report["floor_seconds"] = round(floor, 3)
            report["floor_numbers_per_second"] = round(len(campaign) / floor)
            for name, values in timings.items():
                report[f"{name}_seconds"] = round(min(values), 3)
                report[f"{name}_ratio"] = round(min(values) / floor, 2)
            startup, _ = filter_cli(Path(os.devnull), clis["single_cli"], SENDER)
            report["cli_startup_seconds"] = round(startup, 2)
            if profile:
                report["profile_single_tottime"] = _profile(runs["single"])
        finally:
            for svc in services:
                svc.close()
            if local is not None:
                local.stop()
            plain.flushdb()
            plain.close()
    return report
