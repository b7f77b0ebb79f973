"""The learned half of the keyword engine: a linear model over character n-grams
(``app.keywords.features``).

The model is trained by ``app.keywords.train`` (``make train``, with scikit-learn) and
shipped as one JSON file read here without any machine-learning import. Its weights are
16-bit integers.

Serving never builds the feature strings ``features.features`` draws. A message's n-grams
are read as 64-bit polynomial hashes of its code points, rolled one character longer a step
over the whole text at once with numpy; its words and word pairs (a handful) as Python's own
string hashes. Those hashes are looked up in a bucketed hash table of the model's features,
a cache line a bucket, all of a message's at once. Against drawing the strings and looking
each one up in a dict (a cache miss or more each), the model reads a message of the public
SMS corpora in less than half the time, in less than half the memory (the README gives the
figures). Two different features share a hash with a chance of about 2**-64.
"""

from __future__ import annotations

import base64
import contextlib
import ctypes
import json
import math
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import numpy as np

from app.keywords.features import NGRAMS, model_text

MODEL_PATH = Path(__file__).resolve().parent / "data" / "intent_model.json"
CLASSES = ("opt_out", "opt_in", "help", "none")
FORMAT = 2  # 2: word pairs among the features

_U64 = np.uint64
_BASE = _U64(0x9E3779B97F4A7C15)  # of the n-grams' polynomial hash
_MIX = _U64(0xD6E8FEB86659FD93)  # odd: a hash times this, top bits, is its bucket
_BUCKET = 8  # slots a bucket: 64 bytes of hashes, one cache line
_SPARE = 64  # buckets past the last a hash points to, so that full ones never wrap round
_OFFSET = 1 << 15  # added to a quantised weight to store it unsigned
_FIELD = (1 << 32) - 1
_MOST_FOUND = 1 << 16  # sums of this many offset weights could carry out of a field
_EMPTY = 0  # a free slot


def _hashes_of_lines(names: str) -> np.ndarray:
    """The hash of each line of ``names`` (a model file's features), read in place: no string
    is made of an n-gram, which keeps the memory a load takes small."""
    codes = _codes(names)
    if not len(codes):
        return np.zeros(1, dtype=_U64)
    # A word (``w:``) or word pair (``b:``) has Python's hash; every other line is an n-gram
    # (the tokens the model reads hold no colon, so none starts so).
    ends = np.append(np.flatnonzero(codes == 10), len(codes))
    starts = np.concatenate([[0], ends[:-1] + 1])
    lengths = ends - starts
    second = np.where(lengths >= 2, codes[np.minimum(starts + 1, len(codes) - 1)], 0)
    named = (second == ord(":")) & np.isin(codes[starts], [ord("w"), ord("b")])
    hashes = np.zeros(len(starts), dtype=_U64)
    spans = zip(starts[named].tolist(), ends[named].tolist(), strict=True)
    hashes[named] = _named_hashes([names[s:e] for s, e in spans])
    grams = np.flatnonzero(~named)
    for k in range(int(lengths[grams].max(initial=0))):
        grams = grams[lengths[grams] > k]
        hashes[grams] = hashes[grams] * _BASE + codes[starts[grams] + k]
    return hashes


def _named_hashes(named: Sequence[str]) -> np.ndarray:
    """Python's hashes of word and pair features, as unsigned 64-bit integers."""
    return np.fromiter(map(hash, named), dtype=np.int64, count=len(named)).view(_U64)


def _rolled(codes: np.ndarray) -> list[np.ndarray]:
    """The hashes of every n-gram of ``codes`` (``NGRAMS`` long), one array a length, n-grams
    in the order they start."""
    rolled, found = codes, []
    for n in range(2, max(NGRAMS) + 1):
        rolled = rolled[:-1] * _BASE + codes[n - 1:]
        if n in NGRAMS:
            found.append(rolled)
    return found


def _codes(text: str) -> np.ndarray:
    """The code points of ``text`` (the rolling hash widens them to 64 bits as it goes)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def feature_hashes(text: str) -> np.ndarray:
    """The hashes of ``features.features(text)``, distinct and sorted."""
    words = text.split()
    named = ["w:" + word for word in words]
    named += [f"b:{first} {second}" for first, second in pairwise(words)]
    return _distinct(np.concatenate([*_rolled(_codes(f" {text} ")), _named_hashes(named)]))


def word_feature_hashes(words: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """The hashes of ``features.features(word)`` for each of ``words`` (each one word, no
    space), as (word index, hash) pairs distinct within a word: the n-grams of the words
    joined by spaces that lie within one padded word, and each word's ``w:``."""
    codes = _codes(f" {' '.join(words)} ")
    spaces = np.flatnonzero(codes == 32)
    owners, hashes = [np.arange(len(words))], [_named_hashes(["w:" + w for w in words])]
    for n, rolled in zip(NGRAMS, _rolled(codes), strict=True):
        starts = np.arange(len(rolled))
        # An n-gram belongs to the word whose leading space or letters it starts on, if it
        # ends by that word's trailing space.
        owner = np.searchsorted(spaces, starts, side="right") - 1
        inside = starts + n <= spaces[np.minimum(owner + 1, len(spaces) - 1)] + 1
        owners.append(owner[inside])
        hashes.append(rolled[inside])
    owner, hashed = np.concatenate(owners), np.concatenate(hashes)
    order = np.lexsort((hashed, owner))
    owner, hashed = owner[order], hashed[order]
    keep = np.empty(len(hashed), dtype=bool)
    keep[:1] = True
    keep[1:] = (hashed[1:] != hashed[:-1]) | (owner[1:] != owner[:-1])
    return owner[keep], hashed[keep]


def _distinct(hashes: np.ndarray) -> np.ndarray:
    """``hashes`` sorted, each once (``np.unique`` without its overhead, which on a short
    text costs more than the rest)."""
    hashes.sort()
    keep = np.empty(len(hashes), dtype=bool)
    keep[:1] = True
    np.not_equal(hashes[1:], hashes[:-1], out=keep[1:])
    return hashes[keep]


def _weights(values: np.ndarray) -> np.ndarray:
    """The quantised weights (one column a class) of rows of ``IntentModel._values``."""
    fields = np.stack([values[:, 0] & _U64(_FIELD), values[:, 0] >> _U64(32),
                       values[:, 1] & _U64(_FIELD), values[:, 1] >> _U64(32)], axis=1)
    return fields.astype(np.int64) - _OFFSET


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
        names: the features as ``features.features`` draws them, one a line.
        weights: each feature's quantised weights, one int16 column a class.
        scale: what one quantisation step weighs.
        bias: one intercept a class.
        thresholds: the measured decision thresholds.
        language_words: word -> language code, words seen in one language's corpus only, or
            ``*`` for words several non-English corpora share and the English one lacks.
    """

    def __init__(self, names: str, weights: np.ndarray, scale: float,
                 bias: Sequence[float], thresholds: Thresholds,
                 language_words: dict[str, str]) -> None:
        self.scale = scale
        self.bias = bias
        self.thresholds = thresholds
        self.language_words = language_words
        hashes = _hashes_of_lines(names)
        # Two features sharing a hash (a chance of about 2**-64 a pair) or one hashing to
        # the free mark: the first is kept.
        _, first = np.unique(hashes, return_index=True)
        first = first[hashes[first] != _EMPTY]
        hashes = hashes[first]
        # Two classes' weights a 64-bit word, in 32-bit fields offset to be positive: one sum
        # of a column adds two classes (no carry crosses a field below _MOST_FOUND features).
        fields = weights[first].astype(_U64)
        fields += _U64(_OFFSET)
        self._values = np.stack([fields[:, 0] | fields[:, 1] << _U64(32),
                                 fields[:, 2] | fields[:, 3] << _U64(32)], axis=1)
        # Buckets of _BUCKET slots, about 1.2 hashes a bucket: a hash's bucket is full (and
        # its lookup reads on into the next) about once in 25,000.
        bits = max(1, (len(hashes) - 1).bit_length() - 1)
        self._shift = _U64(64 - bits)
        buckets = (1 << bits) + _SPARE
        self._keys = np.zeros((buckets, _BUCKET), dtype=_U64)
        self._rows = np.zeros((buckets, _BUCKET), dtype=np.int32)
        home = ((hashes * _MIX) >> self._shift).astype(np.int64)
        filled = np.zeros(buckets, dtype=np.int64)
        pending = np.argsort(home, kind="stable")
        while len(pending):
            # Each bucket takes as many of the hashes pointing at it as it has free slots;
            # the rest move on to the next bucket.
            bucket = home[pending]
            rank = np.arange(len(pending)) - np.searchsorted(bucket, bucket, side="left")
            slot = filled[bucket] + rank
            fits = slot < _BUCKET
            self._keys[bucket[fits], slot[fits]] = hashes[pending[fits]]
            self._rows[bucket[fits], slot[fits]] = pending[fits]
            filled += np.bincount(bucket[fits], minlength=buckets)
            pending = pending[~fits]  # still in order of their buckets
            home[pending] += 1
        if (self._keys[-1] != _EMPTY).any():
            raise ValueError("the model's hash table overflows its last bucket")

    @property
    def known_hashes(self) -> np.ndarray:
        """The model's features' hashes, sorted (to compare two models in one process)."""
        return np.sort(self._keys[self._keys != _EMPTY])

    def _find(self, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Which of ``hashes`` the model has (their positions) and their ``_values`` rows."""
        buckets = ((hashes * _MIX) >> self._shift).view(np.int64)
        positions = None  # of the hashes still read, when not all of them
        found: list[np.ndarray] = []
        rows: list[np.ndarray] = []
        while True:
            keys = self._keys.take(buckets, axis=0)  # (hashes, _BUCKET): a cache line each
            hit = keys == hashes[:, None]
            at, slot = hit.nonzero()  # a hash's one hit at most, in their order
            found.append(at if positions is None else positions[at])
            rows.append(self._rows[buckets[at], slot])
            # A full bucket without the hash: it may have moved on to the next.
            going = keys[:, -1] != _EMPTY
            if going.any():
                going &= ~hit.any(axis=1)
            if not going.any():
                break
            positions = np.flatnonzero(going) if positions is None else positions[going]
            hashes, buckets = hashes[going], buckets[going] + 1
        if len(found) == 1:
            return found[0], self._values.take(rows[0], axis=0)
        return np.concatenate(found), self._values.take(np.concatenate(rows), axis=0)

    def _totals(self, hashes: np.ndarray) -> tuple[int, list[int]]:
        """How many of ``hashes`` the model has, and their quantised weights summed a class."""
        _, values = self._find(hashes)
        count = len(values)
        if count >= _MOST_FOUND:
            return count, _weights(values).sum(axis=0).tolist()
        low, high = int(values[:, 0].sum()), int(values[:, 1].sum())
        offset = count * _OFFSET
        return count, [(low & _FIELD) - offset, (low >> 32) - offset,
                       (high & _FIELD) - offset, (high >> 32) - offset]

    def weights(self, feature: str) -> tuple[float, ...]:
        """The feature's weight for each class (zeros for a feature the model lacks)."""
        return tuple(s * self.scale for s in self._totals(_hashes_of_lines(feature))[1])

    def predict(self, text: str) -> Prediction:
        """Class probabilities for ``text`` (already ``model_text``)."""
        hashes = feature_hashes(text)
        found, sums = self._totals(hashes)
        scale = self.scale / math.sqrt(len(hashes)) if len(hashes) else 0.0
        scores = [b + scale * s for b, s in zip(self.bias, sums, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total_exp = sum(exps)
        probabilities = {c: e / total_exp for c, e in zip(CLASSES, exps, strict=True)}
        best = max(probabilities, key=probabilities.__getitem__)
        # Steps: the n-grams drawn (``NGRAMS`` a character), each distinct one looked up, and
        # one addition for each one found.
        return Prediction(best, probabilities[best], probabilities,
                          len(text) * len(NGRAMS) + len(hashes) + found)

    def evidence(self, tokens: Sequence[str], intent: str, limit: int = 3) -> list[str]:
        """The words that pushed hardest towards ``intent`` (what ``matched`` reports): each
        word's features read as a message of its own."""
        c = CLASSES.index(intent)
        distinct = list(dict.fromkeys(tokens))
        words = [model_text((token,)) for token in distinct]
        if not words:
            return []
        if all(word and len(word.split()) == 1 == len(word.split(" ")) for word in words):
            owners, hashes = word_feature_hashes(words)
            positions, values = self._find(hashes)
            sums = np.zeros(len(words), dtype=np.int64)
            np.add.at(sums, owners[positions], _weights(values)[:, c])
            weights = sums.tolist()
        else:
            weights = [self._totals(feature_hashes(word))[1][c] for word in words]
        # Quantisation steps, whose sign and order are the weights' (the scale is positive).
        scored = sorted(((w, t) for w, t in zip(weights, distinct, strict=True) if w > 0),
                        reverse=True)
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
    document = json.loads(path.read_bytes())  # UTF-8 bytes: no copy of the file as a str
    if (document.get("format") != FORMAT or tuple(document["classes"]) != CLASSES
            or tuple(document["ngrams"]) != NGRAMS):
        raise ValueError(f"{path}: a model for other classes or features")
    columns = [np.frombuffer(base64.b64decode(packed), dtype=np.int16)
               for packed in document["weights"]]
    model = IntentModel(document["features"], np.stack(columns, axis=1),
                        float(document["scale"]), document["bias"],
                        Thresholds(**document["thresholds"]), document["language_words"])
    del document
    _release_freed_memory()
    return model


def _release_freed_memory() -> None:
    """Hand back to the system the heap a load used and freed (glibc's ``malloc_trim``):
    glibc keeps it otherwise, and a process would hold twice the model's memory for good.
    Elsewhere nothing happens."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


@lru_cache(maxsize=1)
def shipped() -> IntentModel | None:
    """The model shipped with the package, loaded once; None when the file is missing."""
    return read() if MODEL_PATH.exists() else None
