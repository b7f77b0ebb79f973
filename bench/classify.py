"""Keyword engine speed: µs per message over the labelled corpora, against a floor of the
same loop calling str.casefold (the cheapest thing that touches every message)."""

from __future__ import annotations

import time
from pathlib import Path

from app.keywords import KeywordClassifier
from app.keywords.evaluate import evaluate, load_corpus

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def bench_classify(rounds: int) -> dict[str, object]:
    rows = []
    for name in ("keywords.jsonl", "keywords_holdout.jsonl"):
        rows += load_corpus((DATA / name).read_text(encoding="utf-8").splitlines())
    bodies = [str(row["body"]) for row in rows]
    engine = KeywordClassifier()
    for body in bodies:  # warm caches and compiled patterns
        engine.classify(body)
    per_message, floor = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        for body in bodies:
            engine.classify(body)
        per_message.append((time.perf_counter() - start) / len(bodies) * 1e6)
        start = time.perf_counter()
        for body in bodies:
            body.casefold()
        floor.append((time.perf_counter() - start) / len(bodies) * 1e6)
    best, best_floor = min(per_message), min(floor)
    holdout = evaluate(engine, load_corpus(
        (DATA / "keywords_holdout.jsonl").read_text(encoding="utf-8").splitlines()))
    return {
        "messages": len(bodies),
        "us_per_message": round(best, 1),
        "messages_per_second": round(1e6 / best),
        "casefold_floor_us": round(best_floor, 3),
        "holdout_opt_out_recall": round(holdout.recall("opt_out"), 3),
        "holdout_ordinary_flagged": f"{holdout.ordinary_flagged}/{holdout.ordinary}",
    }
