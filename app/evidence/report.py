"""The evidence report for one number: every consent event, when and how it was enforced.

``build_report(number, events, replies)`` turns a number's history (``full_history``: the
archive and Redis together) into a ``Report``; ``app.evidence.formats`` writes it as
printable HTML, PDF, CSV or JSON. Pure functions of their arguments: no Redis, no SQL, no
Flask.

The FCC's 2024 rule (47 CFR 64.1200(a)(11)) gives a business 10 business days to honour a
revocation: each opt-out shows its deadline (``app.consent.clocks``: business days in the
number's time zone, US federal holidays excluded) and when it was met. Its one confirmation
text shows what was sent, when (late past five minutes), the carrier's id and what the
carrier said became of it (``app.messaging.confirmations``). Archived events carry their
hash in the shard's chain; a signed report adds the chain head.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.consent.clocks import (
    CONFIRMATION_LIMIT_SECONDS,
    FCC_LIMIT_BUSINESS_DAYS,
    MAX_LOCAL_ZONES,
    business_days_taken,
    deadline,
    zone_infos,
)
from app.consent.events import MANUAL_SOURCES, ledger_time
from app.messaging.replies import ReplyBook, ReplyKind
from app.phone import time_zones as number_time_zones

# Fields of a consent capture's proof (POST /v1/consents), shown with the event.
CAPTURE_FIELDS = ("method", "disclosure", "url", "ip", "user_agent", "captured_at",
                  "reference")
REVIEW_CONFIDENCE = 0.5  # the keyword engine's confidence in a message it was unsure of

ACTIONS = {
    "opt_out": "Opt-out",
    "opt_in": "Opt-in",
    "undeliverable": "Undeliverable (carrier)",
    "review": "Unclear message (review)",
    "retract": "Retraction",
    "rnd": "Reassigned Numbers Database answer",
    "captured": "Consent captured",
    "narrowed": "Revocation narrowed (answer to the clarification)",
    "erased": "Erasure of personal data",
    "confirmation": "Confirmation report (carrier)",
}


@dataclass(frozen=True)
class ReportEvent:
    """One row of the report. Times are ISO-8601; ``*_local`` maps zone -> local time."""

    ledger_id: str
    shard: int
    kind: str
    action: str
    status: str
    received_utc: str
    received_local: dict[str, str]
    recorded_utc: str
    channel: str
    sender: str
    words: str
    keyword: str
    language: str
    recorded_by: str
    enforced_utc: str | None
    enforced_local: dict[str, str]
    enforcement: str
    confirmation: str | None
    confirmation_basis: str
    seconds_to_enforcement: float | None
    business_days_to_enforcement: int | None
    within_fcc_limit: bool | None
    categories: str = ""  # "" = every category
    policy: str = ""
    capture: dict[str, str] = field(default_factory=dict)
    deadline_utc: str | None = None
    deadline_local: dict[str, str] = field(default_factory=dict)
    confirmation_sent_utc: str | None = None
    confirmation_seconds: float | None = None
    confirmation_message_id: str = ""
    confirmation_status: str = ""
    confirmation_status_utc: str | None = None
    confirmation_late: bool | None = None
    confirmation_summary: str = ""
    confirmation_events: list[dict[str, Any]] = field(default_factory=list)
    hash: str | None = None


@dataclass(frozen=True)
class Report:
    """The evidence for ``number``; ``status`` is the current check answer, if given."""

    number: str
    generated_at: str
    time_zones: tuple[str, ...]
    zone_note: str
    program: str
    events: list[ReportEvent]
    status: dict[str, Any] | None = None
    fcc_limit_business_days: int = FCC_LIMIT_BUSINESS_DAYS
    summary: dict[str, int] = field(default_factory=dict)
    seal: dict[str, Any] | None = None  # the chain head and how to check (signed reports)

    def as_dict(self) -> dict[str, Any]:
        """The report as plain JSON-able data (the ``json`` format)."""
        # Shallow copies: dataclasses.asdict deep-copies every value, 4x slower here.
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["events"] = [dict(vars(event)) for event in self.events]
        return out


def build_report(
    number: str,
    events: list[dict[str, Any]],
    replies: ReplyBook,
    *,
    reply_mode: str = "app",
    status: dict[str, Any] | None = None,
    now: datetime | None = None,
    seal: dict[str, Any] | None = None,
) -> Report:
    """The evidence report of ``number`` (E.164) from its events (oldest first, as
    ``app.archive.full_history`` returns them).

    Args:
        replies: the reply texts, to show the confirmation an event got when the event
            does not carry the text it was sent (``reply``).
        reply_mode: REPLY_MODE: ``carrier`` and ``none`` mean we sent no confirmation.
        status: the current check answer (``Lookup.as_dict()``), shown at the top.
        now: the report's time (default: now).
        seal: the chain head of the number's shard and what it proves (signed reports).

    Example (what ``GET /v1/suppressions/<number>/report`` does)::

        events = full_history(svc.ledger, archive_for(svc.settings), number)
        report = build_report(number, events, svc.replies,
                              reply_mode=svc.settings.reply_mode,
                              status=svc.suppressions.lookup(number).as_dict())
        html = app.report_formats.render(report, "html")  # or "csv", "json"
    """
    zones, note = _zones(number)
    tzinfos = _tzinfos(zones)
    ids = {str(e["id"]) for e in events}
    reports: dict[str, list[dict[str, Any]]] = {}
    for event in events:
        if event.get("kind") == "confirmation" and event.get("target") in ids:
            reports.setdefault(str(event["target"]), []).append(event)
    rows = [_row(event, tzinfos, replies, reply_mode, reports.get(str(event["id"]), []))
            for event in events
            if not (event.get("kind") == "confirmation" and event.get("target") in ids)]
    summary = {
        "events": len(rows),
        "opt_outs": sum(r.kind == "opt_out" for r in rows),
        "opt_ins": sum(r.kind == "opt_in" for r in rows),
        "late_opt_outs": sum(r.within_fcc_limit is False for r in rows),
        "late_confirmations": sum(r.confirmation_late is True for r in rows),
        "unarchived_events": sum(r.hash is None for r in rows),
    }
    return Report(
        number=number,
        generated_at=_iso(now or datetime.now(UTC)),
        time_zones=zones,
        zone_note=note,
        program=replies.program,
        events=rows,
        status=status,
        summary=summary,
        seal=seal,
    )


def duration(seconds: float) -> str:
    """``0.4 s``, ``12 min``, ``3 h 5 min``, ``2 d 4 h``."""
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes} min"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h"


def _zones(number: str) -> tuple[tuple[str, ...], str]:
    zones = number_time_zones(number)
    if not zones:
        return (), "time zone unknown: times are shown in UTC"
    if len(zones) > MAX_LOCAL_ZONES:
        return (), f"the number may be in any of {len(zones)} time zones: times are shown in UTC"
    if len(zones) > 1:
        return zones, "the number's area spans several time zones: each is shown"
    return zones, ""


def _tzinfos(zones: tuple[str, ...]) -> list[tuple[str, ZoneInfo]]:
    found = []
    for zone in zones:
        try:
            found.append((zone, ZoneInfo(zone)))
        except ZoneInfoNotFoundError:
            continue
    return found


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _local(moment: datetime | None, tzinfos: list[tuple[str, ZoneInfo]]) -> dict[str, str]:
    if moment is None:
        return {}
    return {name: _iso(moment.astimezone(tz)) for name, tz in tzinfos}


def _row(event: dict[str, Any], tzinfos: list[tuple[str, ZoneInfo]], replies: ReplyBook,
         reply_mode: str, reports: list[dict[str, Any]]) -> ReportEvent:
    kind = str(event.get("kind", ""))
    ledger_id = str(event["id"])
    recorded = _parse(event.get("recorded_at")) or _parse(ledger_time(ledger_id))
    assert recorded is not None
    received = _parse(event.get("at")) or recorded
    enforced, enforcement = _enforcement(event, kind, recorded)
    seconds = days = within = None
    due: datetime | None = None
    if kind == "opt_out" and enforced is not None:
        zones = zone_infos(tuple(name for name, _ in tzinfos))
        seconds = max((enforced - received).total_seconds(), 0.0)
        due = deadline(received, zones)
        days = business_days_taken(received, enforced, zones)
        within = enforced <= due
    confirmation, basis = _confirmation(event, kind, replies, reply_mode)
    facts = _confirmation_facts(event, received, reports) if confirmation else {}
    received_utc, received_local = _iso(received), _local(received, tzinfos)
    recorded_utc = received_utc if recorded == received else _iso(recorded)
    if enforced == received:  # the usual case: an opt-out enforced on receipt
        enforced_utc: str | None = received_utc
        enforced_local = received_local
    else:
        enforced_utc = _iso(enforced) if enforced else None
        enforced_local = _local(enforced, tzinfos)
    return ReportEvent(
        ledger_id=ledger_id,
        shard=int(event.get("shard", 0)),
        kind=kind,
        action=ACTIONS.get(kind, kind),
        status=str(event.get("status", "")),
        received_utc=received_utc,
        received_local=received_local,
        recorded_utc=recorded_utc,
        channel=str(event.get("channel") or event.get("source") or ""),
        sender="all senders" if event.get("scope") == "all" else str(event.get("sender") or ""),
        words=str(event.get("body") or event.get("note") or ""),
        keyword=str(event.get("keyword") or ""),
        language=str(event.get("language") or ""),
        recorded_by=_recorded_by(event, kind),
        enforced_utc=enforced_utc,
        enforced_local=enforced_local,
        enforcement=enforcement,
        confirmation=confirmation,
        confirmation_basis=basis,
        seconds_to_enforcement=seconds,
        business_days_to_enforcement=days,
        within_fcc_limit=within,
        categories=str(event.get("categories") or ""),
        policy=str(event.get("policy") or ""),
        capture={f: str(event[f]) for f in CAPTURE_FIELDS if event.get(f)},
        deadline_utc=_iso(due) if due else None,
        deadline_local=_local(due, tzinfos),
        hash=str(event["hash"]) if event.get("hash") else None,
        **facts,
    )


def _confirmation_facts(event: dict[str, Any], received: datetime,
                        reports: list[dict[str, Any]]) -> dict[str, Any]:
    """When the confirmation went, the carrier's id, what the carrier said of it."""
    sent = _parse(event.get("reply_sent_at"))
    message_id = ""
    status, status_at = "", None
    for report in reports:  # in ledger order: the last status is the latest word
        sent = sent or _parse(report.get("reply_sent_at"))
        message_id = message_id or str(report.get("reply_sid") or "")
        if report.get("reply_status") and report.get("reply_status") != "accepted":
            status = str(report["reply_status"])
            status_at = _parse(report.get("reply_status_at")) or _parse(report.get("at"))
    seconds = max((sent - received).total_seconds(), 0.0) if sent else None
    late = None if seconds is None else seconds > CONFIRMATION_LIMIT_SECONDS
    if not event.get("reply"):
        summary = ""
    elif seconds is None:
        summary = "queued for the carrier's send API, not sent yet"
    else:
        word = str(event.get("keyword") or "").upper() or ACTIONS.get(
            str(event.get("kind")), "event").lower()
        summary = f"confirmation sent {duration(seconds)} after the {word}, " + (
            status or "no delivery report yet")
        if late:
            summary += " (LATE: more than 5 minutes)"
    return {
        "confirmation_sent_utc": _iso(sent) if sent else None,
        "confirmation_seconds": seconds,
        "confirmation_message_id": message_id,
        "confirmation_status": status,
        "confirmation_status_utc": _iso(status_at) if status_at else None,
        "confirmation_late": late,
        "confirmation_summary": summary,
        "confirmation_events": [
            {"ledger_id": str(r["id"]), "status": str(r.get("reply_status") or ""),
             "at": str(r.get("reply_status_at") or r.get("at") or ""),
             "message_id": str(r.get("reply_sid") or ""), "hash": r.get("hash")}
            for r in reports],
    }


def _enforcement(event: dict[str, Any], kind: str,
                 recorded: datetime) -> tuple[datetime | None, str]:
    if kind == "opt_out":
        note = " (already in force: recorded again)" if event.get("status") == "repeat" else ""
        return recorded, ("enforced at acknowledgement: every check honours the pending "
                          "opt-out from the moment of the 2xx" + note)
    if kind == "opt_in":
        return recorded, ("in force at acknowledgement for one-number checks; bulk checks "
                          "once a worker applied it")
    if kind == "undeliverable":
        return None, "the number is flagged undeliverable once a worker applies it"
    if kind == "review":
        return None, "not an opt-out unless a person confirms it in the review queue"
    if kind == "retract":
        return None, f"cancels event {event.get('target', '?')}"
    if kind == "rnd":
        asked = (f"asked on {event.get('queried_on', '?')} about a consent of "
                 f"{event.get('date_given', '?')}: {event.get('answer', '?')}")
        if event.get("answer") == "yes":
            return recorded, (f"{asked}, disconnected since: held back in every check "
                              "until a later opt-in")
        return None, f"{asked}: no change (kept as the evidence of the query)"
    if kind == "captured":
        if event.get("status") == "pending_confirmation":
            return None, "pending: not textable for marketing until the number confirms"
        return recorded, "in force at acknowledgement"
    if kind == "narrowed":
        return recorded, "narrows the revocation at acknowledgement"
    if kind == "erased":
        return recorded, "personal data erased; the opt-out stays in force"
    return None, ""


def _recorded_by(event: dict[str, Any], kind: str) -> str:
    if event.get("recorded_by"):
        return str(event["recorded_by"])
    source = str(event.get("source") or "")
    if source == "sms":
        sid = event.get("message_sid")
        return f"carrier: inbound {event.get('channel') or 'sms'}" + (f" {sid}" if sid else "")
    if source == "carrier":
        code = event.get("error_code")
        return "carrier: delivery status callback" + (f", error {code}" if code else "")
    if source == "review":
        return "operator, from the review queue"
    if source in MANUAL_SOURCES:
        return f"API key holder or operator ({source}; no name recorded)"
    return source or "unknown"


def _confirmation(event: dict[str, Any], kind: str, replies: ReplyBook,
                  reply_mode: str) -> tuple[str | None, str]:
    if event.get("reply"):
        return str(event["reply"]), "recorded"
    if event.get("source") != "sms" or kind not in ("opt_out", "opt_in"):
        return None, "none: no text message to answer"
    if reply_mode == "carrier":
        return None, "sent by the carrier (REPLY_MODE=carrier)"
    if reply_mode == "none":
        return None, "none (REPLY_MODE=none)"
    status = event.get("status")
    language = event.get("language") or None
    if _confidence(event) <= REVIEW_CONFIDENCE:
        return None, "none: an unclear message, held for review (unclear messages get no reply)"
    if kind == "opt_out":
        if status != "new":
            return None, "none: one confirmation per opt-out (FCC 2024), already sent"
        reply_kind: ReplyKind = "opt_out_all" if event.get("scope") == "all" else "opt_out"
        return replies.text(reply_kind, language), "derived from the reply templates"
    return replies.text("opt_in", language), "derived from the reply templates"


def _confidence(event: dict[str, Any]) -> float:
    try:
        return float(event.get("confidence") or 1.0)
    except ValueError:
        return 1.0
