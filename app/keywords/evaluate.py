"""Precision and recall of the keyword engine on a labelled corpus (``optout classify
--evaluate``). A corpus line: ``{"body", "intent", "scope"?, "language"?, "review"?,
"debatable"?}`` where ``intent`` is what a person reads in the message, ``review`` marks one a
person should judge and ``debatable`` a label that is a judgement call (such an opt-out must be
either an opt-out or sent to review, never silently dropped).

Besides precision and recall the report gives what matters on real text: false opt-outs per
10,000 ordinary messages, opt-outs missed, and the time per message (median and p99 of the
best of ``rounds`` runs of each message, with the garbage collector paused)."""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.keywords.engine import Classification, KeywordClassifier

INTENTS = ("opt_out", "opt_in", "help", "none")


@dataclass
class Miss:
    """A message the engine got wrong."""

    body: str
    expected: str
    got: Classification


@dataclass
class Evaluation:
    """The counts behind the report."""

    total: int = 0
    true_positive: dict[str, int] = field(default_factory=lambda: dict.fromkeys(INTENTS, 0))
    predicted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(INTENTS, 0))
    labelled: dict[str, int] = field(default_factory=lambda: dict.fromkeys(INTENTS, 0))
    ordinary: int = 0
    ordinary_flagged: int = 0
    ordinary_reviewed: int = 0
    review_none_flagged: int = 0  # "none, review" messages read as opt-outs outright
    review_expected: int = 0
    review_caught: int = 0
    scope_checked: int = 0
    scope_right: int = 0
    language_checked: int = 0
    language_right: int = 0
    microseconds_per_message: float = 0.0
    median_us: float = 0.0
    p99_us: float = 0.0
    opt_outs_caught: int = 0  # labelled opt-outs read as opt-out
    opt_outs_reviewed: int = 0  # labelled opt-outs sent to review instead
    misses: list[Miss] = field(default_factory=list)

    @property
    def false_opt_outs_per_10k(self) -> float:
        """Ordinary ("none") messages read as opt-outs, per 10,000."""
        none = self.labelled["none"]
        flagged = self.ordinary_flagged + self.review_none_flagged
        return flagged / none * 1e4 if none else 0.0

    @property
    def opt_outs_missed(self) -> int:
        """Labelled opt-outs neither read as opt-outs nor sent to review."""
        return self.labelled["opt_out"] - self.opt_outs_caught - self.opt_outs_reviewed

    def precision(self, intent: str) -> float:
        return self.true_positive[intent] / self.predicted[intent] if self.predicted[intent] else 1.0

    def recall(self, intent: str) -> float:
        return self.true_positive[intent] / self.labelled[intent] if self.labelled[intent] else 1.0

    def report(self, show_misses: int = 50) -> str:
        """A plain-text table for a terminal or a closing note."""
        lines = [f"{self.total} messages, {self.microseconds_per_message:.1f} µs/message "
                 f"(median {self.median_us:.1f} µs, p99 {self.p99_us:.1f} µs)", "",
                 f"{'intent':<8} {'labelled':>8} {'predicted':>9} {'precision':>9} {'recall':>7}"]
        for intent in INTENTS:
            lines.append(f"{intent:<8} {self.labelled[intent]:>8} {self.predicted[intent]:>9} "
                         f"{self.precision(intent):>9.3f} {self.recall(intent):>7.3f}")
        lines += [
            "",
            f"ordinary messages flagged as opt-out: {self.ordinary_flagged}/{self.ordinary}"
            f" ({self.ordinary_flagged / max(self.ordinary, 1):.1%}); sent to review: "
            f"{self.ordinary_reviewed}/{self.ordinary}",
            f"ambiguous messages sent to review: {self.review_caught}/{self.review_expected}",
            f"opt-out scope right: {self.scope_right}/{self.scope_checked}; "
            f"language right: {self.language_right}/{self.language_checked}",
            f"false opt-outs per 10,000 ordinary messages: {self.false_opt_outs_per_10k:.2f} "
            f"({self.ordinary_flagged + self.review_none_flagged}/{self.labelled['none']})",
            f"labelled opt-outs: {self.labelled['opt_out']}, read as opt-out "
            f"{self.opt_outs_caught}, sent to review {self.opt_outs_reviewed}, "
            f"missed {self.opt_outs_missed}",
        ]
        for miss in self.misses[:show_misses]:
            lines.append(f"  miss: {miss.body!r} expected {miss.expected}, got {miss.got.intent}"
                         f"{' (review)' if miss.got.review else ''} [{miss.got.matched}]")
        if len(self.misses) > show_misses:
            lines.append(f"  ... and {len(self.misses) - show_misses} more")
        return "\n".join(lines)


def load_corpus(lines: Iterable[str]) -> list[dict[str, object]]:
    """Parse a JSON-lines corpus, skipping blank lines."""
    return [json.loads(line) for line in lines if line.strip()]


def corpus_files(path: Path) -> list[Path]:
    """The ``*.jsonl`` files of a folder, or the file itself."""
    return sorted(path.glob("*.jsonl")) if path.is_dir() else [path]


def evaluate(classifier: KeywordClassifier, rows: list[dict[str, object]],
             rounds: int = 1) -> Evaluation:
    """Classify every row and count against its labels."""
    result = Evaluation(total=len(rows))
    bodies = [str(row["body"]) for row in rows]
    outputs = [classifier.classify(body) for body in bodies]
    best = [float("inf")] * len(bodies)
    clock = time.perf_counter
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(rounds):
            for i, body in enumerate(bodies):
                start = clock()
                classifier.classify(body)
                best[i] = min(best[i], clock() - start)
    finally:
        if enabled:
            gc.enable()
    if bodies:
        ordered = sorted(best)
        result.microseconds_per_message = sum(ordered) / len(ordered) * 1e6
        result.median_us = ordered[len(ordered) // 2] * 1e6
        result.p99_us = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1e6
    for row, got in zip(rows, outputs, strict=True):
        _count(result, row, got)
    return result


def _count(result: Evaluation, row: dict[str, object], got: Classification) -> None:
    expected = str(row["intent"])
    wants_review = bool(row.get("review"))
    body = str(row["body"])
    result.labelled[expected] += 1
    result.predicted[got.intent] += 1
    if got.intent == expected:
        result.true_positive[expected] += 1
    if expected == "opt_out":
        if got.intent == "opt_out" and not got.review:
            result.opt_outs_caught += 1
        elif got.review:
            result.opt_outs_reviewed += 1
    if wants_review:
        result.review_expected += 1
        result.review_caught += got.review
        result.review_none_flagged += expected == "none" and got.intent == "opt_out" and not got.review
    elif expected == "none":
        result.ordinary += 1
        result.ordinary_flagged += got.intent == "opt_out"
        result.ordinary_reviewed += got.review
    debatable_ok = bool(row.get("debatable")) and expected == "opt_out" and got.review
    if (got.intent != expected and not debatable_ok) or (wants_review and not got.review) or (
        not wants_review and expected == "none" and got.review
    ):
        result.misses.append(Miss(body, expected, got))
    if expected == "opt_out" and got.intent == "opt_out" and "scope" in row:
        result.scope_checked += 1
        result.scope_right += got.scope == row["scope"]
        if got.scope != row["scope"]:
            result.misses.append(Miss(body, f"scope {row['scope']}", got))
    if "language" in row and got.intent == expected:
        result.language_checked += 1
        result.language_right += got.language == row["language"]
