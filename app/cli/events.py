"""``optout events tail|replay``: the changes feed on the terminal, and dead-lettered event
targets sent on again."""

from __future__ import annotations

import sys
import time

import click

from app.cli.common import emit, services_for_command


@click.group()
def events() -> None:
    """Consent events: the changes feed, and deliveries to webhooks and providers."""


@events.command()
@click.option("--after", default="", metavar="CURSOR",
              help="Start after this cursor (the 'next' of a page); default: the start.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Print at most this many events.")
@click.option("--follow", "-f", is_flag=True, help="Keep printing new events as they come.")
def tail(after: str, limit: int | None, follow: bool) -> None:
    """Print consent events oldest first, one JSON object a line (the feed of
    GET /v1/events); the cursor to go on from is printed on stderr at the end."""
    from app.archive import archive_for
    from app.archive.history import shard_events_after
    from app.errors import InvalidField
    from app.events.feed import MAX_LIMIT, page

    with services_for_command() as svc:
        archive = archive_for(svc.settings)
        shards = svc.connections.store.layout.shards
        cursor, printed = after, 0
        try:
            while limit is None or printed < limit:
                ready = archive if archive.ready() else None
                size = MAX_LIMIT if limit is None else min(MAX_LIMIT, limit - printed)
                result = page(lambda s, a, n, r=ready: shard_events_after(  # type: ignore[misc]
                    svc.ledger, r, s, a, n), shards, cursor, size)
                for event in result.events:
                    emit(event)
                printed += len(result.events)
                cursor = result.next
                if not result.events:
                    if not follow:
                        break
                    sys.stdout.flush()
                    time.sleep(1.0)
        except InvalidField as exc:
            raise click.BadParameter(str(exc), param_hint="--after") from None
        except KeyboardInterrupt:
            pass
        finally:
            click.echo(f"next: {cursor}", err=True)


@events.command()
@click.argument("names", nargs=-1)
@click.option("--all", "everything", is_flag=True, help="Every dead-lettered or failing one.")
def replay(names: tuple[str, ...], everything: bool) -> None:
    """Send events again to dead-lettered (or failing) targets, from the event each stopped
    at. NAMES are webhook ids, or providers as sync:twilio, sync:aws. A worker delivers
    within seconds."""
    with services_for_command() as svc:
        outbox, targets = svc.events
        known = targets.names()
        chosen = [n if ":" in n else "webhook:" + n for n in names]
        if everything:
            chosen = [n for n in known if outbox.state(n).parked or outbox.state(n).attempts]
        unknown = [n for n in chosen if n not in known]
        if unknown or not chosen:
            raise click.UsageError(f"unknown target(s) {unknown}; known: {', '.join(known)}"
                                   if unknown else "name a target, or give --all")
        for name in chosen:
            state = outbox.replay(name)
            click.echo(f"{name}: delivering again from {state.held or 'where it stood'}")
