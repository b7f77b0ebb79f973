"""A small HTTP/1.1 keep-alive load generator on asyncio, for loopback benchmarks."""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass
class LoadResult:
    requests: int
    errors: int
    seconds: float
    latencies: list[float]

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(int(len(ordered) * p / 100), len(ordered) - 1)] * 1000

    def summary(self) -> dict[str, float]:
        return {"rps": round(self.rps, 1), "p50_ms": round(self.percentile(50), 2),
                "p99_ms": round(self.percentile(99), 2), "errors": self.errors,
                "requests": self.requests,
                "mean_ms": round(statistics.fmean(self.latencies) * 1000, 2)}


async def _connection(host: str, port: int, requests: Sequence[bytes], start: int, step: int,
                      stop_at: float, warm_until: float, result: LoadResult) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    i = start
    try:
        while True:
            now = time.perf_counter()
            if now >= stop_at:
                return
            writer.write(requests[i % len(requests)])
            i += step
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head[9:12])
            length = 0
            close = False
            for line in head.split(b"\r\n"):
                lower = line.lower()
                if lower.startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
                elif lower.startswith(b"connection:") and b"close" in lower:
                    close = True
            if length:
                await reader.readexactly(length)
            done = time.perf_counter()
            if done >= warm_until:
                result.latencies.append(done - now)
                result.requests += 1
                if status >= 400:
                    result.errors += 1
            if close:
                writer.close()
                reader, writer = await asyncio.open_connection(host, port)
    finally:
        writer.close()


def run_load(host: str, port: int, requests: Sequence[bytes], *, connections: int = 32,
             seconds: float = 8.0, warmup: float = 1.5) -> LoadResult:
    """Send ``requests`` (raw HTTP/1.1 bytes, reused round-robin) over ``connections``."""

    async def main() -> LoadResult:
        result = LoadResult(0, 0, seconds, [])
        start = time.perf_counter()
        warm_until, stop_at = start + warmup, start + warmup + seconds
        await asyncio.gather(*(
            _connection(host, port, requests, i, connections, stop_at, warm_until, result)
            for i in range(connections)
        ))
        return result

    return asyncio.run(main())
