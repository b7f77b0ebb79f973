"""The learned half of the keyword engine: a linear model over character n-grams.

Character n-grams carry over to what rules miss: typos, dropped accents, transliteration,
phrasings nobody listed. The model is trained by ``app.keywords.train`` (``make train``,
with scikit-learn) and shipped as one JSON file read here with the standard library only,
so loading it costs a few milliseconds and no machine-learning import.

Features: the engine's normalised tokens joined by spaces, padded with a space, with a few
letters that do not decompose folded too (Polish l, Turkish dotless i, Vietnamese d, ss); then every
character 2- to 6-gram, every word and every pair of neighbouring words, each present or
absent, scaled to unit length. The cost is linear in the message: at most seven features a
character.
"""

from __future__ import annotations

import base64
import json
import math
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent / "data" / "intent_model.json"
CLASSES = ("opt_out", "opt_in", "help", "none")
# 6-grams too: on held-out messages, 0.016 more opt-outs read at the same false rate.
NGRAMS = (2, 3, 4, 5, 6)
FORMAT = 2  # 2: word pairs among the features
_FOLD = str.maketrans({"ł": "l", "ı": "i", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe"})


def model_text(tokens: Sequence[str]) -> str:
    """The text the model reads: the engine's tokens, with letters NFD cannot strip folded."""
    return " ".join(tokens).translate(_FOLD).replace("ß", "ss")


def features(text: str) -> set[str]:
    """Character 2- to 6-grams of `` text ``, its words (prefixed ``w:``) and each pair of
    neighbouring words (``b:``: "dont stop", "nahi band" read differently from their parts)."""
    padded = f" {text} "
    size = len(padded)
    grams = {padded[i : i + n] for n in NGRAMS for i in range(size - n + 1)}
    words = text.split()
    grams.update("w:" + word for word in words)
    grams.update(f"b:{first} {second}" for first, second in pairwise(words))
    return grams


@dataclass(frozen=True)
class Thresholds:
    """Probabilities measured on held-out training data (``app.keywords.train``):
    ``opt_out`` and above is an opt-out, ``review`` and above goes to a person, and
    ``opt_in`` / ``help`` are what those readings need."""

    opt_out: float
    review: float
    opt_in: float
    help: float


@dataclass(frozen=True)
class Prediction:
    """The model's reading of one message."""

    intent: str
    probability: float
    probabilities: dict[str, float]
    steps: int


class IntentModel:
    """A multinomial logistic regression over hashed-free n-gram features.

    Args:
        vocabulary: feature -> row index.
        weights: one flat array a class (row index -> weight).
        bias: one intercept a class.
        thresholds: the measured decision thresholds.
        language_words: word -> language code, words seen in one language's corpus only, or
            ``*`` for words several non-English corpora share and the English one lacks.
    """

    def __init__(self, vocabulary: dict[str, int], weights: Sequence[Sequence[float]],
                 bias: Sequence[float], thresholds: Thresholds,
                 language_words: dict[str, str]) -> None:
        self.vocabulary = vocabulary
        self.weights = weights
        self.bias = bias
        self.thresholds = thresholds
        self.language_words = language_words

    def predict(self, text: str) -> Prediction:
        """Class probabilities for ``text`` (already ``model_text``)."""
        grams = features(text)
        get = self.vocabulary.get
        rows = [i for i in map(get, grams) if i is not None]
        scale = 1.0 / math.sqrt(len(grams)) if grams else 0.0
        # map(column.__getitem__) sums in C, in the same order as a loop would.
        scores = [b + scale * sum(map(column.__getitem__, rows))
                  for b, column in zip(self.bias, self.weights, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        probabilities = {c: e / total for c, e in zip(CLASSES, exps, strict=True)}
        best = max(probabilities, key=probabilities.__getitem__)
        return Prediction(best, probabilities[best], probabilities,
                          len(text) * len(NGRAMS) + len(rows) * len(CLASSES))

    def evidence(self, tokens: Sequence[str], intent: str, limit: int = 3) -> list[str]:
        """The words that pushed hardest towards ``intent`` (what ``matched`` reports)."""
        column = self.weights[CLASSES.index(intent)]
        get = self.vocabulary.get
        scored = []
        for token in dict.fromkeys(tokens):
            folded = model_text((token,))
            rows = [i for i in map(get, features(folded)) if i is not None]
            weight = sum(column[i] for i in rows)
            if weight > 0:
                scored.append((weight, token))
        scored.sort(reverse=True)
        return [token for _, token in scored[:limit]]

    def language_of(self, tokens: Sequence[str],
                    ignore: frozenset[str] = frozenset()) -> str | None:
        """The language most of the message's language-specific words belong to (words in
        ``ignore``, such as ordinary English ones, cast no vote)."""
        votes: dict[str, int] = {}
        for token in tokens:
            code = None if token in ignore else self.language_words.get(token)
            if code is not None and code != "*":  # "*": not English, but no one language
                votes[code] = votes.get(code, 0) + 1
        if not votes:
            return None
        return max(votes, key=votes.__getitem__)


def dump(path: Path, features_: Sequence[str], weights: Sequence[Sequence[float]],
         bias: Sequence[float], thresholds: Thresholds, language_words: dict[str, str],
         meta: dict[str, object]) -> None:
    """Write a model: weights quantised to 16-bit integers, one scale for all."""
    largest = max((abs(w) for column in weights for w in column), default=1.0) or 1.0
    scale = largest / 32767
    packed = []
    for column in weights:
        quantised = array("h", (round(w / scale) for w in column))
        packed.append(base64.b64encode(quantised.tobytes()).decode("ascii"))
    document = {
        "format": FORMAT, "classes": list(CLASSES), "ngrams": list(NGRAMS), "meta": meta,
        "bias": [round(b, 6) for b in bias], "scale": scale,
        "thresholds": thresholds.__dict__, "features": "\n".join(features_),
        "weights": packed, "language_words": dict(sorted(language_words.items())),
    }
    path.write_text(json.dumps(document, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def read(path: Path = MODEL_PATH) -> IntentModel:
    """Load a model written by ``dump``."""
    document = json.loads(path.read_text(encoding="utf-8"))
    if (document.get("format") != FORMAT or tuple(document["classes"]) != CLASSES
            or tuple(document["ngrams"]) != NGRAMS):
        raise ValueError(f"{path}: a model for other classes or features")
    names = document["features"].split("\n")
    scale = float(document["scale"])
    columns = []
    for packed in document["weights"]:
        quantised = array("h")
        quantised.frombytes(base64.b64decode(packed))
        columns.append(quantised)
    # One float object a distinct quantised value, shared by every feature that has it.
    value = {w: w * scale for w in set().union(*columns)}
    weights = [list(map(value.__getitem__, column)) for column in columns]
    vocabulary = dict(zip(names, range(len(names)), strict=True))
    return IntentModel(vocabulary, weights, document["bias"],
                       Thresholds(**document["thresholds"]), document["language_words"])


@lru_cache(maxsize=1)
def shipped() -> IntentModel | None:
    """The model shipped with the package, loaded once; None when the file is missing."""
    return read() if MODEL_PATH.exists() else None
