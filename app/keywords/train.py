"""``make train``: rebuild ``data/intent_model.json`` from the natural corpus in
``data/natural`` (replies written as people write them, one a line under ``[intent]``
headers, each weighing ``NATURAL_WEIGHT``) and the pattern corpus in ``data/corpus``.

The corpus is one file a language, written for this purpose: sections ``[intent form]``
(intent opt_out, opt_in, help or none; form native, romanised, accentless or slang) whose
lines are patterns in the shared syntax of the language data (``(a|b)``, ``[x]``). Each line
is expanded (a seeded sample of at most ``PER_LINE`` texts), then the corpus is augmented in
ways people write: a request buried in small talk, a request between English greetings.

Thresholds are measured, not guessed: the corpus lines are split in ``HELD_OUT`` parts (by a
stable hash); for each of ``FOLDS`` of them, a model trained on the other parts reads that
part's natural messages of more than one word (a lone word is the rules', or decided only
near-certain); the project's labelled sets, read by the same models, join those readings
at ``CALIBRATION_SHARE`` of the weight. The opt-out threshold is the lowest probability at
which that pool's non-opt-outs read as opt-outs weigh no more than ``FALSE_OPT_OUT_RATE``
of the held-out messages and ``CALIBRATION_RATE`` of the labelled ones; the review threshold catches ``REVIEW_RECALL`` of held-out opt-outs and sends no
more than twice ``CALIBRATION_RATE`` of the labelled ordinary messages to review; opt-in and
HELP hold their false readings of the pool and, strictest, of held-out opt-outs to their
rates. The shipped model is then trained on every line. Everything is seeded: the same
corpus gives the same file. The six fits are independent and run ``WORKERS`` at a time, each
in a process of its own (a fit is single-threaded; the order of the readings is fixed).

scikit-learn is imported here only: serving the model needs numpy, not scikit-learn.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.keywords.blend import lone_word
from app.keywords.features import features, model_text
from app.keywords.matcher import expand
from app.keywords.model import CLASSES, MODEL_PATH, Thresholds, dump
from app.keywords.normalize import normalize

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
# Replies written as people write them (one message a line under an ``[intent]`` header):
# the model's main teacher, weighted above the pattern expansions.
NATURAL = Path(__file__).resolve().parent / "data" / "natural"
NATURAL_WEIGHT = 10.0
# The project's own labelled sets (written before the model, for the rules): a second,
# independent reading of where ordinary messages fall. Never trained on.
CALIBRATION = Path(__file__).resolve().parents[2] / "tests" / "data"
# The labelled rows join the held-out readings at this share of the weight: a few hundred
# rows read among tens of thousands, not a rank of their own. (As a floor of their own, the
# tenth highest of 186 rows set the opt-out threshold, and one row more moved it by 0.1.)
CALIBRATION_SHARE = 0.2
# What the labelled rows may contribute to the pool's false readings: they were written to
# trip the rules, so more of them read high than of the held-out messages.
CALIBRATION_RATE = 0.05
CALIBRATION_RATE_OTHER = 0.02  # a false opt-in or HELP reply is rarer still
MIN_NATURAL_HELD_OUT = 200
PER_LINE = 24
HELD_OUT = 5  # every fifth line (by a stable hash) is held out to measure thresholds
# How many of those fifths are held out in turn. Every natural message read once by a model
# that did not see it gives five times the held-out readings of one fifth, and thresholds
# at 2-3 % of them that move less when a few corpus lines change.
FOLDS = 5
FALSE_OPT_OUT_RATE = 0.02
REVIEW_RECALL = 0.99
FALSE_OPT_IN_RATE = 0.02
FALSE_HELP_RATE = 0.03
# Of the held-out opt-outs, the share the model may read as opt-ins, or as HELP, at their
# thresholds: an opt-out read so is an opt-out missed (and an opt-in re-subscribes the
# number), rarer than any other error must be.
OPT_OUT_AS_OPT_IN_RATE = 0.002
OPT_OUT_AS_HELP_RATE = 0.005
MIN_DOCUMENTS = 2  # a feature seen in fewer training messages is left out
# The share of features dropped after training, those with the smallest weights: measured on
# the blind development sets, dropping half changes no reading's figures and halves the
# model's size, load time and memory.
PRUNED = 0.5
# Inverse regularisation strength. Measured on the blind development sets with the same corpus:
# C=3 gives the fewest false opt-outs for the opt-outs it decides (C=1 decides fewer, C=10 and
# C=30 read more ordinary messages and opt-outs as opt-ins).
C = 3.0
# Fits run at once, each in its own process: one a core, at most two (each fit holds a few
# hundred MB; on this project's two-core machines two halve the build).
WORKERS = max(1, min(2, os.cpu_count() or 1))
_HEADER = re.compile(r"^\[(opt_out|opt_in|help|none) (\w+)\]$")
_NATURAL_HEADER = re.compile(r"^\[(opt_out|opt_in|help|none)\]$")
_ENGLISH_WRAPS = (("hi ", " thanks"), ("hello, ", ""), ("", " thank you"), ("hey ", " pls"),
                  ("sorry but ", ""), ("", " ok?"))


@dataclass(frozen=True)
class Example:
    """One training message."""

    text: str  # model_text of the message
    intent: str
    language: str
    form: str
    line: str  # the pattern it came from (the unit of the held-out split)


def _sections(path: Path, header: re.Pattern[str],
              shape: str) -> Iterator[tuple[tuple[str, ...], str]]:
    """Each line of a corpus file with the groups of the header above it; blank lines and
    ``#`` comments skipped, a line before any header (``shape``) refused."""
    groups: tuple[str, ...] = ()
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        found = header.match(line)
        if found:
            groups = found.groups()
            continue
        if not groups:
            raise ValueError(f"{path.name}: a line before any {shape} header")
        yield groups, line


def read_corpus(folder: Path = CORPUS) -> list[Example]:
    """Every expanded line of every language file, in a stable order."""
    examples: list[Example] = []
    for path in sorted(folder.glob("*.txt")):
        language = path.stem
        for (intent, form), line in _sections(path, _HEADER, "[intent form]"):
            texts = sorted(set(expand(line)))
            if len(texts) > PER_LINE:
                texts = sorted(random.Random(f"{language}|{line}").sample(texts, PER_LINE))
            for text in texts:
                tokens = normalize(text).tokens
                if tokens:
                    examples.append(Example(model_text(tokens), intent, language, form, line))
    return examples


def read_natural(folder: Path = NATURAL) -> list[Example]:
    """Every message of the natural corpus (``data/natural/<language>.txt``), verbatim."""
    examples: list[Example] = []
    for path in sorted(folder.glob("*.txt")):
        for (intent,), line in _sections(path, _NATURAL_HEADER, "[intent]"):
            tokens = normalize(line).tokens
            if tokens:
                examples.append(Example(model_text(tokens), intent, path.stem, "natural", line))
    return examples


def augment(examples: Sequence[Example]) -> list[Example]:
    """Requests buried in small talk (a none message before or after), and native requests
    between English greetings, as people mix them. Seeded by language."""
    by_language: dict[str, dict[str, list[Example]]] = defaultdict(lambda: defaultdict(list))
    for example in examples:
        by_language[example.language][example.intent].append(example)
    extra: list[Example] = []
    for language in sorted(by_language):
        pools = by_language[language]
        rng = random.Random(f"augment|{language}")
        small_talk = pools.get("none", [])
        for intent in ("opt_out", "opt_in", "help"):
            for example in pools.get(intent, []):
                if small_talk and rng.random() < 0.35:
                    other = rng.choice(small_talk)
                    text = (f"{other.text} {example.text}" if rng.random() < 0.5
                            else f"{example.text} {other.text}")
                    extra.append(Example(text, intent, language, "buried", example.line))
                if language != "en" and rng.random() < 0.2:
                    before, after = rng.choice(_ENGLISH_WRAPS)
                    text = model_text(normalize(f"{before}{example.text}{after}").tokens)
                    extra.append(Example(text, intent, language, "mixed", example.line))
        for example in small_talk:
            if len(small_talk) > 1 and rng.random() < 0.3:
                other = rng.choice(small_talk)
                extra.append(Example(f"{example.text} {other.text}", "none", language,
                                     "buried", example.line))
    return [*examples, *extra]


def _fold(example: Example) -> int:
    return sum(example.line.encode("utf-8")) % HELD_OUT


def _matrix(texts: Sequence[str], vocabulary: dict[str, int]) -> Any:
    from scipy.sparse import csr_matrix

    indptr, indices, values = [0], [], []
    for text in texts:
        grams = features(text)
        scale = len(grams) ** -0.5 if grams else 0.0
        rows = sorted(i for i in map(vocabulary.get, grams) if i is not None)
        indices.extend(rows)
        values.extend([scale] * len(rows))
        indptr.append(len(indices))
    return csr_matrix((values, indices, indptr), shape=(len(texts), len(vocabulary)))


def fit(examples: Sequence[Example]) -> tuple[list[str], list[list[float]], list[float], Any]:
    """Train on ``examples``: the feature names, one weight column a class, the intercepts
    and the fitted estimator (for probabilities)."""
    from sklearn.linear_model import LogisticRegression

    documents = Counter(g for e in examples for g in features(e.text))
    names = sorted(g for g, n in documents.items() if n >= MIN_DOCUMENTS)
    vocabulary = {g: i for i, g in enumerate(names)}
    x = _matrix([e.text for e in examples], vocabulary)
    y = [CLASSES.index(e.intent) for e in examples]
    weight = [NATURAL_WEIGHT if e.form == "natural" else 1.0 for e in examples]
    estimator = LogisticRegression(C=C, max_iter=1000, tol=1e-4)
    estimator.fit(x, y, sample_weight=weight)
    if list(estimator.classes_) != list(range(len(CLASSES))):
        raise ValueError("the corpus lacks a class")
    # The features whose largest weight is among the smallest PRUNED share are dropped (their
    # weights zeroed, so that the thresholds are measured on what ships).
    largest = abs(estimator.coef_).max(axis=0)
    cut = sorted(largest)[int(PRUNED * len(largest))] if PRUNED else 0.0
    kept = [i for i, value in enumerate(largest) if value >= cut]
    estimator.coef_[:, largest < cut] = 0.0
    weights = [[float(row[i]) for i in kept] for row in estimator.coef_]
    return ([names[i] for i in kept], weights, list(map(float, estimator.intercept_)),
            (estimator, vocabulary))


def _lowest_with_rate(scores: Iterable[float], rate: float, floor: float) -> float:
    """The lowest threshold at which at most ``rate`` of ``scores`` reach it."""
    ordered = sorted(scores, reverse=True)
    allowed = int(rate * len(ordered))
    above = ordered[allowed] if allowed < len(ordered) else 0.0
    return round(float(max(floor, above + 1e-3)), 3)


def _lowest_with_weighted_rate(held: Sequence[float], labelled: Sequence[float], rate: float,
                               labelled_rate: float, floor: float) -> float:
    """The lowest threshold at which the pool's readings that reach it weigh no more than
    ``rate`` of the held-out weight and ``labelled_rate`` of the labelled weight together:
    the held-out readings weigh one each, the labelled ones together ``CALIBRATION_SHARE``
    of the pool."""
    if not labelled:
        return _lowest_with_rate(held, rate, floor)
    each = CALIBRATION_SHARE / (1 - CALIBRATION_SHARE) * len(held) / len(labelled)
    pooled = sorted([*((p, 1.0) for p in held), *((p, each) for p in labelled)], reverse=True)
    allowed = rate * len(held) + labelled_rate * each * len(labelled)
    reached = 0.0
    for score, weight in pooled:
        reached += weight
        if reached > allowed:
            return round(float(max(floor, score + 1e-3)), 3)
    return round(float(floor), 3)


def calibration_rows(folder: Path = CALIBRATION) -> list[tuple[str, str]]:
    """(model text, intent) of the project's labelled sets where the rules leave the
    message to the model (silent, not explaining a keyword away, more than one word); rows a
    person should review count as opt-outs (the model may send them to review, not call them
    ordinary)."""
    import json

    from app.keywords.engine import KeywordClassifier

    rules_only = KeywordClassifier(model=None)

    rows = []
    for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                intent = "opt_out" if row.get("review") else str(row["intent"])
                found = rules_only.classify(str(row["body"]))
                assert rules_only.last_rules is not None
                vetoed = rules_only.last_rules[1]
                if (found.intent != "none" and not found.review) or vetoed:
                    continue  # the rules decide these whatever the model reads
                tokens = normalize(str(row["body"])).tokens
                if tokens and not lone_word(tokens):  # a lone word is near-certain or theirs
                    rows.append((model_text(tokens), intent))
    return rows


@dataclass(frozen=True)
class Readings:
    """What the fold models read: the held-out messages' intents and class probabilities,
    and the labelled rows' intents and probabilities (averaged over the folds)."""

    held: list[str]
    probabilities: list[list[float]]
    labelled: list[str]
    labelled_probabilities: list[list[float]]


def _read_fold(examples: Sequence[Example], fold: int, calibration: Sequence[str]
               ) -> tuple[list[str], list[list[float]], Any]:
    """Train on every fold but ``fold``; read its natural messages of more than one word and
    the calibration texts."""
    part = [e for e in examples if _fold(e) == fold]
    _, _, _, (estimator, vocabulary) = fit([e for e in examples if _fold(e) != fold])
    natural = [e for e in part if e.form == "natural"]
    if len(natural) >= MIN_NATURAL_HELD_OUT:
        part = natural  # thresholds for messages as people write them, not expansions
    part = [e for e in part if not lone_word(e.text.split())]
    probabilities = estimator.predict_proba(_matrix([e.text for e in part], vocabulary))
    labelled = (estimator.predict_proba(_matrix(calibration, vocabulary))
                if calibration else None)
    return [e.intent for e in part], probabilities.tolist(), labelled


def _fit_to_ship(examples: Sequence[Example]) -> tuple[list[str], list[list[float]], list[float]]:
    """``fit`` without the estimator (what the model file holds)."""
    names, weights, bias, _ = fit(examples)
    return names, weights, bias


def _run(calls: Sequence[tuple[Callable[..., Any], tuple[Any, ...]]]) -> list[Any]:
    """Each ``(function, arguments)`` call's result, in order, ``WORKERS`` at a time."""
    if WORKERS == 1:
        return [function(*arguments) for function, arguments in calls]
    with ProcessPoolExecutor(WORKERS, mp_context=multiprocessing.get_context("fork")) as pool:
        futures = [pool.submit(function, *arguments) for function, arguments in calls]
        return [future.result() for future in futures]


def _readings(folds: Sequence[tuple[list[str], list[list[float]], Any]],
              calibration: Sequence[tuple[str, str]]) -> Readings:
    """The fold readings joined in fold order, the calibration rows' averaged."""
    held = [intent for intents, _, _ in folds for intent in intents]
    probabilities = [row for _, rows, _ in folds for row in rows]
    readings = [labelled for _, _, labelled in folds if labelled is not None]
    averaged = (sum(readings[1:], readings[0]) / len(readings)).tolist() if readings else []
    return Readings(held, probabilities, [intent for _, intent in calibration], averaged)


def read_folds(examples: Sequence[Example],
               calibration: Sequence[tuple[str, str]] = ()) -> Readings:
    """For each fold, train on the other lines and read the fold's natural messages of more
    than one word and the calibration rows (the slow half of ``make train``)."""
    return _readings(_run(_fold_calls(examples, [text for text, _ in calibration])),
                     calibration)


def _fold_calls(examples: Sequence[Example], texts: Sequence[str]
                ) -> list[tuple[Callable[..., Any], tuple[Any, ...]]]:
    """The ``_run`` calls that read each fold with a model trained on the others."""
    return [(_read_fold, (examples, fold, texts)) for fold in range(FOLDS)]


def pick_thresholds(readings: Readings) -> tuple[Thresholds, dict[str, object]]:
    """Each threshold from the fold readings: see the module's docstring."""
    held, probabilities = readings.held, readings.probabilities
    column = {c: [row[i] for row in probabilities] for i, c in enumerate(CLASSES)}
    of = {c: [p for p, e in zip(column[c], held, strict=True) if e == c] for c in CLASSES}
    not_of = {c: [p for p, e in zip(column[c], held, strict=True) if e != c] for c in CLASSES}
    opt_outs_as = {c: [p for p, e in zip(column[c], held, strict=True) if e == "opt_out"]
                   for c in CLASSES}
    read = list(zip(readings.labelled_probabilities, readings.labelled, strict=True))
    labelled = {c: [row[i] for row, intent in read if intent != c]
                for i, c in enumerate(CLASSES)}
    review_floor = _lowest_with_rate([row[0] for row, intent in read if intent == "none"],
                                     2 * CALIBRATION_RATE, 0.3) if read else 0.3
    opt_out = _lowest_with_weighted_rate(not_of["opt_out"], labelled["opt_out"],
                                         FALSE_OPT_OUT_RATE, CALIBRATION_RATE, 0.5)
    review = sorted(of["opt_out"])[int((1 - REVIEW_RECALL) * len(of["opt_out"]))]
    thresholds = Thresholds(
        opt_out=opt_out,
        review=round(float(min(max(review, review_floor), opt_out)), 3),
        opt_in=max(_lowest_with_weighted_rate(not_of["opt_in"], labelled["opt_in"],
                                              FALSE_OPT_IN_RATE, CALIBRATION_RATE_OTHER, 0.5),
                   _lowest_with_rate(opt_outs_as["opt_in"], OPT_OUT_AS_OPT_IN_RATE, 0.5)),
        help=max(_lowest_with_weighted_rate(not_of["help"], labelled["help"],
                                            FALSE_HELP_RATE, CALIBRATION_RATE_OTHER, 0.5),
                 _lowest_with_rate(opt_outs_as["help"], OPT_OUT_AS_HELP_RATE, 0.5)),
    )
    caught = {c: round(sum(float(p >= getattr(thresholds, c)) for p in of[c])
                       / max(len(of[c]), 1), 3) for c in ("opt_out", "opt_in", "help")}
    report = {"held_out_messages": len(held), "held_out_recall": caught,
              "held_out_false_opt_outs": int(sum(p >= opt_out for p in not_of["opt_out"])),
              "held_out_others": len(not_of["opt_out"]),
              "held_out_opt_outs_read_as": {c: int(sum(p >= getattr(thresholds, c)
                                                       for p in opt_outs_as[c]))
                                            for c in ("opt_in", "help")},
              "held_out_opt_outs": len(of["opt_out"])}
    return thresholds, report


def language_words(examples: Sequence[Example]) -> dict[str, str]:
    """Words seen at least twice in the non-English corpora and never in the English one: the
    language whose corpus alone has them, or ``*`` for words several languages share
    (romanised Hindi, Urdu and Punjabi): not English either way."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for example in examples:
        for word in set(example.text.split()):
            seen[word][example.language] += 1
    return {word: next(iter(counts)) if len(counts) == 1 else "*"
            for word, counts in seen.items()
            if "en" not in counts and sum(counts.values()) >= 2 and len(word) > 1}


def sizes(examples: Sequence[Example]) -> dict[str, dict[str, int]]:
    """Messages per language and intent (for the README and the closing note)."""
    table: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(CLASSES, 0))
    for example in examples:
        table[example.language][example.intent] += 1
    return {language: dict(counts) for language, counts in sorted(table.items())}


def fingerprint(corpus: Path = CORPUS, calibration: Path = CALIBRATION,
                natural: Path = NATURAL) -> str:
    """SHA-256 of everything the model is built from: the corpus, the code that reads,
    featurises and trains on it, and the calibration rows (the labelled sets as the rules
    leave them to the model: a change to the rules can change the thresholds too)."""
    import hashlib

    digest = hashlib.sha256()
    sources = [*sorted(corpus.glob("*.txt")), *sorted(natural.glob("*.txt")),
               Path(__file__), Path(__file__).with_name("features.py")]
    for source in sources:
        digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    for text, intent in calibration_rows(calibration):
        digest.update(f"{intent}\t{text}\n".encode())
    return digest.hexdigest()


def build(path: Path = MODEL_PATH, corpus: Path = CORPUS) -> dict[str, object]:
    """Rebuild the model file; return what was measured on the way."""
    base = [*read_corpus(corpus), *read_natural()]
    examples = augment(base)
    calibration = calibration_rows()
    texts = [text for text, _ in calibration]
    # The fit to ship first: it is the longest, and the folds fill the other worker meanwhile.
    shipped, *folds = _run([(_fit_to_ship, (examples,)), *_fold_calls(examples, texts)])
    thresholds, report = pick_thresholds(_readings(folds, calibration))
    names, weights, bias = shipped
    meta = {"fingerprint": fingerprint(corpus), "messages": len(examples),
            "written": len(base), "features": len(names),
            "natural_per_language": dict(Counter(e.language for e in base
                                                 if e.form == "natural")),
            "per_language": {k: sum(v.values()) for k, v in sizes(examples).items()},
            **report}
    dump(path, names, weights, bias, thresholds, language_words(base), meta)
    return {**meta, "thresholds": thresholds.__dict__}


def main(argv: Sequence[str] = ()) -> None:
    """Entry point of ``make train``: ``python -m app.keywords.train [OUTPUT]``."""
    target = Path(argv[0]) if argv else MODEL_PATH
    found = build(target)
    for key, value in found.items():
        if key != "per_language":
            print(f"{key}: {value}")
    print("messages per language:", found["per_language"])


if __name__ == "__main__":
    main(sys.argv[1:])
