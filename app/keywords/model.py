"""The learned half of the keyword engine: a linear model over character n-grams
(``app.keywords.features``).

The model is trained by ``app.keywords.train`` (``make train``, with scikit-learn) and
shipped as one JSON file read here with the standard library only, so serving it needs no
machine-learning import. Its weights are 16-bit integers; a message's score for every class
is one ``sum`` over its features.
"""

from __future__ import annotations

import base64
import json
import math
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from app.keywords.features import NGRAMS, features, model_text

MODEL_PATH = Path(__file__).resolve().parent / "data" / "intent_model.json"
CLASSES = ("opt_out", "opt_in", "help", "none")
FORMAT = 2  # 2: word pairs among the features
# A feature's four quantised weights ride in one Python int, a field of _FIELD bits a class
# (offset by _OFFSET so none is negative) and a count of 1 above them: one ``sum`` over a
# message's features adds every class's score and counts the features found. 48 bits leave
# room for 2**32 features in one message.
_FIELD = 48
_OFFSET = 1 << 15
_MASK = (1 << _FIELD) - 1
_COUNT = _FIELD * len(CLASSES)


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
    """A multinomial logistic regression over the n-gram features of ``features``.

    Args:
        packed: feature -> its weights, quantised and packed (``pack``).
        scale: what one quantisation step weighs.
        bias: one intercept a class.
        thresholds: the measured decision thresholds.
        language_words: word -> language code, words seen in one language's corpus only, or
            ``*`` for words several non-English corpora share and the English one lacks.
    """

    def __init__(self, packed: dict[str, int], scale: float, bias: Sequence[float],
                 thresholds: Thresholds, language_words: dict[str, str]) -> None:
        self.packed = packed
        self.scale = scale
        self.bias = bias
        self.thresholds = thresholds
        self.language_words = language_words

    def weights(self, feature: str) -> tuple[float, ...]:
        """The feature's weight for each class (zeros for a feature the model lacks)."""
        value = self.packed.get(feature, 0)
        if not value:
            return (0.0,) * len(CLASSES)
        return tuple((((value >> (_FIELD * c)) & _MASK) - _OFFSET) * self.scale
                     for c in range(len(CLASSES)))

    def predict(self, text: str) -> Prediction:
        """Class probabilities for ``text`` (already ``model_text``)."""
        grams = features(text)
        # One sum in C adds all four classes' quantised weights and counts what was found.
        total = sum(map(self.packed.get, grams, repeat(0)))
        found = total >> _COUNT
        scale = self.scale / math.sqrt(len(grams)) if grams else 0.0
        scores = [b + scale * (((total >> (_FIELD * c)) & _MASK) - found * _OFFSET)
                  for c, b in enumerate(self.bias)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total_exp = sum(exps)
        probabilities = {c: e / total_exp for c, e in zip(CLASSES, exps, strict=True)}
        best = max(probabilities, key=probabilities.__getitem__)
        # Steps: the n-grams drawn (``NGRAMS`` a character), each distinct one looked up, and
        # one addition for each one found.
        return Prediction(best, probabilities[best], probabilities,
                          len(text) * len(NGRAMS) + len(grams) + found)

    def evidence(self, tokens: Sequence[str], intent: str, limit: int = 3) -> list[str]:
        """The words that pushed hardest towards ``intent`` (what ``matched`` reports)."""
        shift = _FIELD * CLASSES.index(intent)
        scored = []
        for token in dict.fromkeys(tokens):
            # The packed sum of ``predict``, read for one class: quantisation steps, whose
            # sign and order are the weights' (the scale is positive).
            total = sum(map(self.packed.get, features(model_text((token,))), repeat(0)))
            weight = ((total >> shift) & _MASK) - (total >> _COUNT) * _OFFSET
            if weight > 0:
                scored.append((weight, token))
        scored.sort(reverse=True)
        return [token for _, token in scored[:limit]]

    def language_word(self, token: str) -> str | None:
        """The language only ``token`` 's corpus has (``*``: several, none English), or None.
        The words are kept as the model reads them (Turkish dotless i as i, Polish l-stroke as
        l: "wylaczyc" for "wyłączyć"), so a token is folded the same way first."""
        return self.language_words.get(token if token.isascii() else model_text((token,)))

    def language_of(self, tokens: Sequence[str],
                    ignore: frozenset[str] = frozenset()) -> str | None:
        """The language most of the message's language-specific words belong to (words in
        ``ignore``, such as ordinary English ones, cast no vote)."""
        votes: dict[str, int] = {}
        for token in tokens:
            code = None if token in ignore else self.language_word(token)
            if code is not None and code != "*":  # "*": not English, but no one language
                votes[code] = votes.get(code, 0) + 1
        if not votes:
            return None
        return max(votes, key=votes.__getitem__)


def pack(quantised: Sequence[int]) -> int:
    """One feature's quantised weights (one a class) as the int ``IntentModel`` sums."""
    value = 1 << _COUNT
    for c, weight in enumerate(quantised):
        value |= (weight + _OFFSET) << (_FIELD * c)
    return value


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
    columns = []
    for packed in document["weights"]:
        quantised = array("h")
        quantised.frombytes(base64.b64decode(packed))
        columns.append(quantised)
    weights = dict(zip(names, map(pack, zip(*columns, strict=True)), strict=True))
    return IntentModel(weights, float(document["scale"]), document["bias"],
                       Thresholds(**document["thresholds"]), document["language_words"])


@lru_cache(maxsize=1)
def shipped() -> IntentModel | None:
    """The model shipped with the package, loaded once; None when the file is missing."""
    return read() if MODEL_PATH.exists() else None
