"""`optout classify`: JSON lines in, JSON lines out, in order, with no Redis at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import DATA

OPTOUT = str(Path(sys.executable).with_name("optout"))


def classify(stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, REDIS_URL="redis://127.0.0.1:1/0")  # nothing listens there
    return subprocess.run([OPTOUT, "classify", *args], input=stdin, env=env,
                          capture_output=True, text=True, timeout=60)


def test_json_lines_in_order_with_every_input_form():
    lines = [json.dumps({"body": "STOP"}), "please stop texting me", json.dumps("HELP"),
             json.dumps({"body": "Can you stop by at 5?"}), json.dumps(42),
             json.dumps({"text": "no body"}), "", json.dumps({"body": "NOMORE", "sender": "x"})]
    result = classify("\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(lines)
    assert out[0]["intent"] == "opt_out" and out[0]["scope"] == "sender"
    assert out[1]["intent"] == "opt_out"
    assert out[2]["intent"] == "help"
    assert {k: out[3][k] for k in ("intent", "scope", "matched", "language", "confidence",
                                   "review", "decided_by")} == {
        "intent": "none", "scope": None, "matched": None, "language": "en", "confidence": 0.9,
        "review": False, "decided_by": "rule"}
    assert out[3]["model_intent"] in ("opt_out", "opt_in", "help", "none")
    assert 0 <= out[3]["model_probability"] <= 1
    assert "error" in out[4] and "error" in out[5]
    assert out[6]["intent"] == "none"
    assert set(out[0]) == {"intent", "scope", "matched", "language", "confidence", "review",
                           "decided_by", "model_intent", "model_probability"}


def test_evaluate_prints_precision_and_recall():
    corpus = DATA / "keywords.jsonl"
    result = classify("", "--evaluate", str(corpus))
    assert result.returncode == 0, result.stderr
    assert "precision" in result.stdout and "opt_out" in result.stdout
    assert "µs/message" in result.stdout


def test_evaluate_a_folder_reports_false_opt_outs_per_10k_and_latency(tmp_path):
    # Our own sentences, in the shared corpora's format, in a folder of two files.
    rows = [{"body": "STOP", "intent": "opt_out"},
            {"body": "one more stop and I'm home", "intent": "none"},
            {"body": "leave me alone", "intent": "opt_out", "debatable": True},
            {"body": "not interested", "intent": "opt_out", "debatable": True},
            {"body": "see you at 5", "intent": "none"}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows[:3]) + "\n")
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(r) for r in rows[3:]) + "\n")
    result = classify("", "--evaluate", str(tmp_path), "--rounds", "2")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "== a.jsonl" in out and "== b.jsonl" in out
    assert "false opt-outs per 10,000 ordinary messages: 0.00 (0/1)" in out
    assert "labelled opt-outs: 2, read as opt-out 2, sent to review 0, missed 0" in out
    assert "labelled opt-outs: 1, read as opt-out 0, sent to review 1, missed 0" in out
    assert "median" in out and "p99" in out


def test_opt_in_yes_comes_from_the_environment():
    lines = "YES\nyes please\n"
    default = [json.loads(x) for x in classify(lines).stdout.splitlines()]
    assert [d["intent"] for d in default] == ["none", "none"]
    env_run = subprocess.run([OPTOUT, "classify"], input=lines, capture_output=True, text=True,
                             timeout=60, env=dict(os.environ, REDIS_URL="redis://127.0.0.1:1/0",
                                                  OPT_IN_YES="true"))
    configured = [json.loads(x) for x in env_run.stdout.splitlines()]
    assert [d["intent"] for d in configured] == ["opt_in", "none"]
