"""``optout sync status``: optout's suppression list against each provider's own."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from app.bootstrap import Services
from app.cli.common import services_for_command
from app.sync.drift import ProviderDrift, compare_list, compare_refusals, suppressed_here
from app.sync.refusals import Refusals

PROVIDERS = ("twilio", "aws", "telnyx")


@click.group()
def sync() -> None:
    """The providers' own opt-out lists (SYNC_PROVIDERS)."""


@sync.command()
@click.option("--provider", type=click.Choice(PROVIDERS), multiple=True,
              help="Compare with this provider only (default: each of SYNC_PROVIDERS).")
@click.option("--json", "as_json", is_flag=True, help="Print the drift as one JSON object.")
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True,
              help="Items shown per kind of drift (all are counted).")
def status(provider: tuple[str, ...], as_json: bool, limit: int) -> None:
    """Compare optout's suppression list with each provider's: numbers suppressed here but
    textable there, numbers blocked there but textable here, and why.

    Exit status: 0 no drift, 1 drift, 2 a provider could not be read.
    """
    with services_for_command() as svc:
        chosen = list(provider) or svc.settings.sync_providers
        if not chosen:
            raise click.UsageError("no provider: set SYNC_PROVIDERS or name one with "
                                   "--provider")
        ours = list(suppressed_here(svc.connections.store))
        results = [_compare(svc, name, ours, limit) for name in chosen]
    report = {"suppressed_here": len(ours), "providers": [r.as_dict() for r in results],
              "drift": sum(sum(r.counts.values()) for r in results)}
    if as_json:
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        _print(report)
    sys.exit(2 if any(r.error for r in results) else 1 if report["drift"] else 0)


def _compare(svc: Services, name: str, ours: list[str], limit: int) -> ProviderDrift:
    drift = ProviderDrift(name)
    outbox, targets = svc.events
    if "sync:" + name in targets.names():
        drift.push = outbox.state("sync:" + name).as_dict()
    settings = svc.settings
    refusals = Refusals(svc.connections.redis, name).all()
    try:
        if name == "twilio":
            drift.note = ("Twilio offers no API to read its opt-out list: shown is what it "
                          "refused of our pushes, and how the pushes stand")
            compare_refusals(drift, refusals, svc.suppressions, limit=limit)
        elif name == "aws":
            from app.sync.aws import AwsOptOutList, aws_client

            listing = AwsOptOutList(aws_client(), settings.aws_optout_list,
                                    Refusals(svc.connections.redis, "aws"), lambda _: True)
            compare_list(drift, listing.listed(), ours, svc.suppressions, limit=limit,
                         per_sender=False, describe=lambda item: _aws_why(item, refusals))
        else:
            from app.sync.telnyx import TelnyxOptOuts

            key = settings.telnyx_api_key.get_secret_value()
            if not key:
                raise click.UsageError("TELNYX_API_KEY is not set")
            listing_t = TelnyxOptOuts(key, settings.telnyx_api_base_url)
            compare_list(drift, listing_t.listed(), ours, svc.suppressions, limit=limit,
                         per_sender=True, describe=_telnyx_why)
    except click.UsageError:
        raise
    except Exception as exc:  # a provider down or refusing is reported, not a traceback
        drift.error = f"{type(exc).__name__}: {exc}"[:500]
    return drift


def _aws_why(item: dict[str, Any], refusals: dict[str, dict[str, Any]]) -> str:
    how = "opted out by keyword" if item.get("by_keyword") else "added to the list"
    why = f"on the AWS opt-out list since {item.get('since')} ({how})"
    refused = refusals.get(item["number"])
    if refused:
        why += ("; AWS refused to remove it (a number leaves the list at most once every "
                f"30 days): {'; '.join(refused.get('messages') or []) or refused['error_code']}")
    return why


def _telnyx_why(item: dict[str, Any]) -> str:
    return f"opted out of {item.get('sender')} on Telnyx by {item.get('keyword') or 'a keyword'} " \
           f"at {item.get('since')}"


def _print(report: dict[str, Any]) -> None:
    click.echo(f"optout suppresses {report['suppressed_here']} numbers")
    for entry in report["providers"]:
        listed = "not readable" if entry["listed"] is None else f"{entry['listed']} listed"
        counts = entry["counts"]
        click.echo(f"\n{entry['provider']}: {listed}; "
                   f"{counts['suppressed_here_textable_there']} suppressed here but textable "
                   f"there, {counts['blocked_there_textable_here']} blocked there but textable "
                   "here")
        if entry["error"]:
            click.echo(f"  could not compare: {entry['error']}")
        if entry["note"]:
            click.echo(f"  ({entry['note']})")
        if entry["push"] and entry["push"]["status"] != "ok":
            push = entry["push"]
            click.echo(f"  pushes {push['status']}: {push['last_error']} "
                       f"(held at {push['held_event']})")
        for item in entry["items"]:
            sender = f" for {item['sender']}" if item["sender"] else ""
            click.echo(f"  {item['number']}{sender}: {item['why']}")
