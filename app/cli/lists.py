"""Commands for marketing tools: ``check`` (and the campaign list tools)."""

from __future__ import annotations

import sys

import click

from app.cli.common import emit, services_for_command
from app.exceptions import InvalidNumber, InvalidSender
from app.numbers import normalize_number, normalize_sender


@click.command()
@click.argument("numbers", nargs=-1, required=True)
@click.option("--sender", default=None, help="Our number, short code or MG SID; omit for any.")
def check(numbers: tuple[str, ...], sender: str | None) -> None:
    """Say whether each NUMBER may be texted, one JSON object a line.

    Exit status: 0 every number may be texted, 1 one is suppressed or undeliverable,
    2 bad input.
    """
    with services_for_command() as svc:
        region = svc.settings.default_region
        try:
            sender_id = normalize_sender(sender, region) if sender else None
        except InvalidSender as exc:
            emit({"error": str(exc)})
            sys.exit(2)
        status = 0
        for raw in numbers:
            try:
                number = normalize_number(raw, region)
            except InvalidNumber as exc:
                emit({"input": raw, "error": str(exc)})
                status = 2
                continue
            lookup = svc.suppressions.lookup(number, sender_id)
            emit({"input": raw, **lookup.as_dict()})
            if not lookup.textable and status == 0:
                status = 1
    sys.exit(status)
