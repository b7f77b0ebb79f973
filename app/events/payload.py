"""What one ledger entry says to the outside: the consent event pushed to webhooks and
listed by the changes feed.

``type`` is ``"consent." + kind`` for the kinds that change consent (opt_out, opt_in,
captured, narrowed, undeliverable, erased); reviews and retractions stay inside. An entry
that changed nothing (a repeated STOP, status ``repeat``) is not an event. The id names the
shard and the ledger id, which is unique only within its shard.
"""

from __future__ import annotations

from typing import Any

PUSHED_KINDS = frozenset({"opt_out", "opt_in", "captured", "narrowed", "undeliverable",
                          "erased"})
EVENT_TYPES = frozenset("consent." + kind for kind in PUSHED_KINDS)
# Ledger fields the event does not repeat: they are its id, type and time, or bookkeeping.
_INTERNAL = frozenset({"id", "at", "recorded_at", "shard", "kind", "target", "status",
                       "number", "sender", "scope", "categories", "source", "body",
                       "occurred_at"})
# A record's own statuses; any other ``status`` (a consent awaiting confirmation) is data.
_RECORD_STATUSES = frozenset({"new", "repeat", "duplicate", "in_force"})


def event_id(shard: int, ledger_id: str) -> str:
    """The event's id (and ``webhook-id``): ``evt_<shard>_<ledger id>``."""
    return f"evt_{shard}_{ledger_id}"


def parse_event_id(value: str) -> tuple[int, str]:
    """(shard, ledger id) of an event id.

    Raises:
        ValueError: not an event id.
    """
    prefix, shard, ledger_id = value.split("_", 2)
    if prefix != "evt" or not shard.isdigit() or "-" not in ledger_id:
        raise ValueError(f"not an event id: {value!r}")
    return int(shard), ledger_id


def outbound(entry: dict[str, Any]) -> dict[str, Any] | None:
    """The consent event of a ledger entry (as the ledger or the archive gives it, with
    ``id`` and ``shard``), or None when it is not one."""
    kind = str(entry.get("kind", ""))
    if kind not in PUSHED_KINDS or entry.get("status") == "repeat":
        return None
    categories = entry.get("categories")
    data: dict[str, Any] = {
        "number": entry.get("number") or None,
        "sender": entry.get("sender") or None,
        "scope": entry.get("scope") or None,
        "categories": categories.split(",") if categories else None,
        "source": entry.get("source") or None,
        "time": entry.get("occurred_at") or entry.get("recorded_at") or entry.get("at"),
        "words": entry.get("body") or None,
    }
    status = entry.get("status")
    if status and status not in _RECORD_STATUSES:
        data["status"] = status
    data.update((k, v) for k, v in entry.items() if k not in _INTERNAL and v not in (None, ""))
    data["ledger_id"] = str(entry["id"])
    data["shard"] = int(entry.get("shard", 0))
    return {
        "id": event_id(int(entry.get("shard", 0)), str(entry["id"])),
        "type": "consent." + kind,
        "timestamp": entry.get("recorded_at") or entry.get("at"),
        "data": data,
    }


def type_matches(patterns: list[str], event_type: str) -> bool:
    """Whether ``event_type`` is one of ``patterns`` (``consent.*`` or ``*``: every type)."""
    for pattern in patterns:
        if pattern in ("*", event_type):
            return True
        if pattern.endswith(".*") and event_type.startswith(pattern[:-1]):
            return True
    return False


def valid_pattern(pattern: str) -> bool:
    """Whether ``pattern`` names an event type, or ``consent.*``/``*``."""
    return pattern in EVENT_TYPES or pattern in ("*", "consent.*")
