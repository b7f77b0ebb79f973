"""``optout classify``: JSON lines in, one classification a line out. Needs no Redis."""

from __future__ import annotations

import json
import sys

import click

from app.cli.common import emit
from app.services import build_classifier
from config import get_settings


@click.command()
@click.option("--evaluate", "corpus", type=click.File(encoding="utf-8"), default=None,
              help="Report precision and recall on a labelled JSON-lines corpus instead.")
def classify(corpus) -> None:  # type: ignore[no-untyped-def]
    """Classify messages read from stdin, one a line.

    A line is a JSON object {"body": "...", "sender": "..."}, a JSON string, or plain text
    (a line that is not JSON is the body itself). Any other JSON value gets {"error": ...}.
    """
    classifier = build_classifier(get_settings())
    if corpus is not None:
        from app.keywords.evaluate import evaluate, load_corpus

        click.echo(evaluate(classifier, load_corpus(corpus)).report())
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
