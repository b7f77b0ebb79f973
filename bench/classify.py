"""Keyword engine speed and accuracy: µs per message (median and p99 of the best of
``rounds`` runs of each message) on the project's labelled sets and, when the folder is
there, on real people's texts (public SMS corpora, read in place from OPTOUT_CORPORA or a
``shared/corpora`` folder beside the checkout, never copied into it), with
false opt-outs per 10,000 ordinary messages and opt-outs caught, reviewed and missed."""

from __future__ import annotations

import gc
import os
import time
from pathlib import Path

from app.keywords import KeywordClassifier
from app.keywords.evaluate import evaluate, load_corpus

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
CORPORA = Path(os.environ.get("OPTOUT_CORPORA") or ROOT.parent / "shared" / "corpora")


def _rows(path: Path) -> list[dict[str, object]]:
    return load_corpus(path.read_text(encoding="utf-8").splitlines())


# Adversarial shapes of 1,600 characters (the webhook's limit): spelled letters, repeated
# phrases and keywords, one long word, emoji, scripts without spaces, many short clauses.
WORST_SHAPES = (
    "s t o p ", "stop ", "S.T.O.P.", "don't stop texting me ", "take me off your list ",
    "what is this ", "x ", "a. ", "a", "😀", "退订", "配信停止", "\u0405\u0422\u041e\u0420 ",
    "ﷺ", "when i end i msg, ", "remove me from the waitlist ", "Stooooooooop ",
)


def _worst_case(engine: KeywordClassifier, rounds: int) -> dict[str, object]:
    """The slowest shape (best of ``rounds`` runs each) and its steps a character."""
    timings = []
    gc.disable()
    try:
        for shape in WORST_SHAPES:
            body = (shape * (1600 // len(shape) + 1))[:1600]
            best = min(_time(engine, body) for _ in range(max(rounds, 3)))
            timings.append((best, shape, engine.measure(body)[1] / len(body)))
    finally:
        gc.enable()
    best, shape, steps = max(timings)
    return {"us": round(best * 1e6), "shape": shape.strip(), "steps_per_char": round(steps, 1),
            "max_steps_per_char": round(max(t[2] for t in timings), 1)}


def _time(engine: KeywordClassifier, body: str) -> float:
    start = time.perf_counter()
    engine.classify(body)
    return time.perf_counter() - start


def bench_classify(rounds: int) -> dict[str, object]:
    engine = KeywordClassifier()
    results: dict[str, object] = {"worst_case_1600_chars": _worst_case(engine, rounds)}
    sets = [(name, DATA / name) for name in ("keywords.jsonl", "keywords_holdout.jsonl")]
    if CORPORA.is_dir():
        sets += [(path.name, path) for path in sorted(CORPORA.glob("*.jsonl"))]
    else:
        results["shared_corpora"] = f"skipped: {CORPORA} is absent"
    for name, path in sets:
        rows = _rows(path)
        for row in rows:  # warm caches
            engine.classify(str(row["body"]))
        found = evaluate(engine, rows, rounds=rounds)
        results[name.removesuffix(".jsonl")] = {
            "messages": found.total,
            "us_median": round(found.median_us, 1),
            "us_p99": round(found.p99_us, 1),
            "us_mean": round(found.microseconds_per_message, 1),
            "false_opt_outs_per_10k": round(found.false_opt_outs_per_10k, 2),
            "ordinary_sent_to_review": f"{found.ordinary_reviewed}/{found.ordinary}",
            "opt_outs": f"{found.opt_outs_caught} caught, {found.opt_outs_reviewed} reviewed, "
                        f"{found.opt_outs_missed} missed of {found.labelled['opt_out']}",
            "opt_out_recall": round(found.recall("opt_out"), 3),
            "opt_out_recall_with_review": round(
                (found.opt_outs_caught + found.opt_outs_reviewed)
                / max(found.labelled["opt_out"], 1), 3),
        }
    return results


# -- blind held-out sets -------------------------------------------------------------------
# A blind set is a folder of ``<language>.jsonl`` files written by people who never read the
# rules or the training data. Its scorer prints counts only, never a message, so scoring it
# teaches nothing about its wording.

_FORMS = ("native", "romanised", "accentless", "mixed", "slang")


def score_blind(engine: KeywordClassifier, folder: Path) -> dict[str, dict[str, object]]:
    """Per language (and per form, and overall): opt-out, opt-in and help recall, opt-outs
    sent to review, false opt-outs among the other messages, and the language reported."""
    groups: dict[str, dict[str, int]] = {}

    def add(group: str, key: str, value: int = 1) -> None:
        counts = groups.setdefault(group, {})
        counts[key] = counts.get(key, 0) + value

    for path in sorted(folder.glob("*.jsonl")):
        for row in _rows(path):
            got = engine.classify(str(row["body"]))
            expected = str(row["intent"])
            for group in (str(row.get("language") or path.stem), f"form:{row.get('form')}",
                          "all"):
                add(group, f"n_{expected}")
                add(group, f"ok_{expected}", got.intent == expected)
                if expected == "opt_out":
                    add(group, "opt_out_reviewed", got.intent != "opt_out" and got.review)
                else:
                    add(group, "false_opt_out", got.intent == "opt_out")
                add(group, "language_right", got.language == path.stem)
                add(group, "n")
    table: dict[str, dict[str, object]] = {}
    for group, c in groups.items():
        others = c.get("n", 0) - c.get("n_opt_out", 0)
        table[group] = {
            "n": c.get("n", 0),
            **{f"{intent}_recall": round(c.get(f"ok_{intent}", 0) / c[f"n_{intent}"], 3)
               for intent in ("opt_out", "opt_in", "help") if c.get(f"n_{intent}")},
            "opt_outs": f"{c.get('ok_opt_out', 0)}/{c.get('n_opt_out', 0)}",
            "opt_outs_reviewed": c.get("opt_out_reviewed", 0),
            "false_opt_outs": f"{c.get('false_opt_out', 0)}/{others}",
            "language_right": round(c.get("language_right", 0) / max(c.get("n", 1), 1), 3),
        }
    return table


def print_blind(table: dict[str, dict[str, object]]) -> None:
    """One line a group: languages, then forms, then all."""
    head = (f"{'group':<16}{'n':>5}{'out':>8}{'in':>8}{'help':>8}{'outs':>10}{'rev':>5}"
            f"{'false outs':>12}{'lang':>7}")
    print(head)
    order = sorted(k for k in table if not k.startswith("form:") and k != "all")
    order += [k for k in sorted(table) if k.startswith("form:")] + ["all"]
    for group in order:
        row = table[group]
        print(f"{group:<16}{row['n']:>5}{row.get('opt_out_recall', '-')!s:>8}"
              f"{row.get('opt_in_recall', '-')!s:>8}{row.get('help_recall', '-')!s:>8}"
              f"{row['opt_outs']!s:>10}{row['opt_outs_reviewed']!s:>5}"
              f"{row['false_opt_outs']!s:>12}{row['language_right']!s:>7}")


if __name__ == "__main__":
    import sys

    print_blind(score_blind(KeywordClassifier(), Path(sys.argv[1])))
