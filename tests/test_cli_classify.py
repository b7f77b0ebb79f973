"""`optout classify`: JSON lines in, JSON lines out, in order, with no Redis at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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
    assert out[3] == {"intent": "none", "scope": None, "matched": None, "language": "en",
                      "confidence": 0.9, "review": False}
    assert "error" in out[4] and "error" in out[5]
    assert out[6]["intent"] == "none"
    assert set(out[0]) == {"intent", "scope", "matched", "language", "confidence", "review"}


def test_evaluate_prints_precision_and_recall():
    corpus = Path(__file__).parent / "data" / "keywords.jsonl"
    result = classify("", "--evaluate", str(corpus))
    assert result.returncode == 0, result.stderr
    assert "precision" in result.stdout and "opt_out" in result.stdout
    assert "µs/message" in result.stdout
