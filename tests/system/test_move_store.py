"""Moving a single-Redis store onto a Redis Cluster, as the README says: `optout export` on
the old store, then `optout import` with SUPPRESSION_REDIS_URL pointing at the cluster. The
commands run as real processes; every lookup answer must come out the same."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.bootstrap import build_services
from app.consent.events import ConsentEvent, Kind
from app.store.devcluster import LocalCluster
from tests.helpers import make_settings

OPTOUT = str(Path(sys.executable).with_name("optout"))
SHOP = "+18005550100"
CLINIC = "+18005550111"
OTHER = "+18005550122"

ONLY_SHOP = "+16175550101"  # STOP to SHOP by text
PHONED = "+16175550102"  # STOP to CLINIC, taken on the phone, with a note
EVERYONE = "+16175550103"  # STOPALL, then START to CLINIC: an exception to the global opt-out
BACK_IN = "+16175550104"  # STOP then START to SHOP: textable again
BOTH = "+16175550105"  # STOP to SHOP and to CLINIC
DEAD = "+16175550106"  # undeliverable: not exported (carrier facts are not consent)
NEVER = "+16175550107"  # nothing recorded

COMPARED = [ONLY_SHOP, PHONED, EVERYONE, BACK_IN, BOTH, NEVER]
SENDERS = [SHOP, CLINIC, OTHER, None]


def event(kind: Kind, number: str, sender: str | None, *, scope: str = "sender",
          source: str = "sms", note: str | None = None, sid: str) -> ConsentEvent:
    return ConsentEvent(kind=kind, number=number, source=source, scope=scope,  # type: ignore[arg-type]
                        sender=sender, channel="sms" if source == "sms" else source,
                        keyword="STOP" if kind is Kind.OPT_OUT else None, note=note,
                        message_sid=sid, dedupe_key=f"sms:{sid}")


def optout(command: list[str], env: dict[str, str], cwd: Path,
           stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([OPTOUT, *command], input=stdin, env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


def test_export_then_import_into_a_cluster_keeps_every_answer(
        services, redis_url, clean_cluster: LocalCluster, tmp_path):
    history = [
        event(Kind.OPT_OUT, ONLY_SHOP, SHOP, sid="SM1"),
        event(Kind.OPT_OUT, PHONED, CLINIC, source="phone", note="called the front desk",
              sid="SM2"),
        event(Kind.OPT_OUT, EVERYONE, None, scope="all", sid="SM3"),
        event(Kind.OPT_IN, EVERYONE, CLINIC, sid="SM4"),
        event(Kind.OPT_OUT, BACK_IN, SHOP, sid="SM5"),
        event(Kind.OPT_IN, BACK_IN, SHOP, sid="SM6"),
        event(Kind.OPT_OUT, BOTH, SHOP, sid="SM7"),
        event(Kind.OPT_OUT, BOTH, CLINIC, sid="SM8"),
        ConsentEvent(kind=Kind.UNDELIVERABLE, number=DEAD, source="carrier", scope="all",
                     error_code="21610", dedupe_key="status:SM9"),
    ]
    for item in history:  # one at a time: each later event sees the one before
        services.ledger.record_many([item], apply=False)
    services.suppressions.apply_numbers([e.number for e in history])
    before = {(n, s): services.suppressions.lookup(n, s) for n in COMPARED for s in SENDERS}
    assert before[(ONLY_SHOP, SHOP)].suppressed and not before[(ONLY_SHOP, CLINIC)].suppressed
    assert before[(EVERYONE, OTHER)].scope == "all"
    assert not before[(EVERYONE, CLINIC)].suppressed
    assert before[(PHONED, CLINIC)].source == "phone"

    env = {k: v for k, v in os.environ.items() if k != "SUPPRESSION_REDIS_URL"}
    env.update(REDIS_URL=redis_url, OPTOUT_DATA_DIR=str(tmp_path / "data"), LOG_LEVEL="WARNING")
    exported = optout(["export", "-o", str(tmp_path / "optouts.csv")], env, tmp_path)
    assert "exported 5 opt-outs" in exported.stderr  # EVERYONE's exception rides on its row
    csv_text = (tmp_path / "optouts.csv").read_text()
    assert DEAD not in csv_text and BACK_IN not in csv_text

    to_cluster = dict(env, SUPPRESSION_REDIS_URL=clean_cluster.url)
    imported = optout(["import", str(tmp_path / "optouts.csv")], to_cluster, tmp_path)
    assert "5 rows: 6 recorded" in imported.stderr, imported.stderr

    moved = build_services(make_settings(redis_url, tmp_path,
                                         suppression_redis_url=clean_cluster.url))
    try:
        assert moved.connections.store.cluster
        for (number, sender), old in before.items():
            new = moved.suppressions.lookup(number, sender)
            # An opt-out by text is imported as an import (a CSV row has no message id).
            source = "import" if old.source in ("sms", "carrier") else old.source
            assert (new.suppressed, new.scope, new.since, new.source) == (
                old.suppressed, old.scope, old.since, source), (number, sender)
            assert moved.suppressions.check_many([number], sender) == \
                services.suppressions.check_many([number], sender), (number, sender)
        # Importing the same file again records nothing new.
        again = optout(["import", str(tmp_path / "optouts.csv")], to_cluster, tmp_path)
        assert "0 recorded, 0 already in force, 6 already imported" in again.stderr, again.stderr
    finally:
        # RedisCluster.close() leaves the node pools it was given to the garbage collector,
        # whose unclosed-socket warning would land in another test: disconnect them here.
        for node in moved.connections.store.client.get_nodes():
            if node.redis_connection is not None:
                node.redis_connection.connection_pool.disconnect()
        moved.close()
