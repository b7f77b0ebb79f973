"""``optout classify``: JSON lines in, one classification a line out. Needs no Redis."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from app.cli.common import emit
from app.keywords.configured import build_classifier
from config import get_settings


@click.command()
@click.option("--evaluate", "corpus", type=click.Path(exists=True, path_type=Path),
              default=None, help="Report precision, recall, false opt-outs per 10,000 and "
              "µs/message on a labelled JSON-lines corpus (a file, or a folder of *.jsonl, "
              "such as the public SMS corpora) instead.")
@click.option("--rounds", default=1, show_default=True,
              help="With --evaluate: time each message this many times and keep the best.")
def classify(corpus: Path | None, rounds: int) -> None:
    """Classify messages read from stdin, one a line.

    A line is a JSON object {"body": "...", "sender": "..."}, a JSON string, or plain text
    (a line that is not JSON is the body itself). Any other JSON value gets {"error": ...}.
    """
    classifier = build_classifier(get_settings())
    if corpus is not None:
        from app.keywords.evaluate import corpus_files, evaluate, load_corpus

        for path in corpus_files(corpus):
            rows = load_corpus(path.read_text(encoding="utf-8").splitlines())
            click.echo(f"== {path.name}")
            click.echo(evaluate(classifier, rows, rounds=max(rounds, 1)).report())
        return
    for line in sys.stdin:
        text = line.rstrip("\n")
        try:
            value = json.loads(text)
        except ValueError:
            value = text
        if isinstance(value, dict) and isinstance(value.get("body"), str):
            sender = value.get("sender") if isinstance(value.get("sender"), str) else None
            emit(classifier.classify(value["body"], senders=(sender,)).as_dict())
        elif isinstance(value, str):
            emit(classifier.classify(value).as_dict())
        elif isinstance(value, dict):
            emit({"error": "a JSON object needs a string field 'body'"})
        else:
            kind = type(value).__name__
            emit({"error": f"expected a JSON object with 'body' or a string, got {kind}"})
        sys.stdout.flush()
