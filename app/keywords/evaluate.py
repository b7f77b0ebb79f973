"""Precision and recall of the keyword engine on a labelled corpus (``optout classify
--evaluate``). A corpus line: ``{"body", "intent", "scope"?, "language"?, "review"?}`` where
``intent`` is what a person reads in the message and ``review`` marks one a person should
judge."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

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
    review_expected: int = 0
    review_caught: int = 0
    scope_checked: int = 0
    scope_right: int = 0
    language_checked: int = 0
    language_right: int = 0
    microseconds_per_message: float = 0.0
    misses: list[Miss] = field(default_factory=list)

    def precision(self, intent: str) -> float:
        return self.true_positive[intent] / self.predicted[intent] if self.predicted[intent] else 1.0

    def recall(self, intent: str) -> float:
        return self.true_positive[intent] / self.labelled[intent] if self.labelled[intent] else 1.0

    def report(self) -> str:
        """A plain-text table for a terminal or a closing note."""
        lines = [f"{self.total} messages, {self.microseconds_per_message:.1f} µs/message", "",
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
        ]
        for miss in self.misses:
            lines.append(f"  miss: {miss.body!r} expected {miss.expected}, got {miss.got.intent}"
                         f"{' (review)' if miss.got.review else ''} [{miss.got.matched}]")
        return "\n".join(lines)


def load_corpus(lines: Iterable[str]) -> list[dict[str, object]]:
    """Parse a JSON-lines corpus, skipping blank lines."""
    return [json.loads(line) for line in lines if line.strip()]


def evaluate(classifier: KeywordClassifier, rows: list[dict[str, object]]) -> Evaluation:
    """Classify every row and count against its labels."""
    result = Evaluation(total=len(rows))
    start = time.perf_counter()
    outputs = [classifier.classify(str(row["body"])) for row in rows]
    result.microseconds_per_message = (time.perf_counter() - start) / max(len(rows), 1) * 1e6
    for row, got in zip(rows, outputs, strict=True):
        expected = str(row["intent"])
        wants_review = bool(row.get("review"))
        result.labelled[expected] += 1
        result.predicted[got.intent] += 1
        if got.intent == expected:
            result.true_positive[expected] += 1
        if wants_review:
            result.review_expected += 1
            result.review_caught += got.review
        elif expected == "none":
            result.ordinary += 1
            result.ordinary_flagged += got.intent == "opt_out"
            result.ordinary_reviewed += got.review
        if got.intent != expected or (wants_review and not got.review) or (
            not wants_review and expected == "none" and got.review
        ):
            result.misses.append(Miss(str(row["body"]), expected, got))
        if expected == "opt_out" and got.intent == "opt_out" and "scope" in row:
            result.scope_checked += 1
            result.scope_right += got.scope == row["scope"]
            if got.scope != row["scope"]:
                result.misses.append(Miss(str(row["body"]), f"scope {row['scope']}", got))
        if "language" in row and got.intent == expected:
            result.language_checked += 1
            result.language_right += got.language == row["language"]
    return result
