"""The archive's hash chain: what a row's hash covers, personal-field digests, redaction.

Every archived row is sealed in its shard's chain, in ledger order::

    hash = SHA-256( canonical_json({
        "v": 1, "shard": <int>, "id": "<ledger id>",
        "fields": {<every ledger field of the event except PERSONAL_FIELDS>},
        "digests": {<personal field>: HMAC-SHA-256(ERASURE_PEPPER, "<field>:<value>"), ...},
        "key": "<the pepper's id>",
        "prev": "<hash of the row before it in the shard, or 64 zeros for the first>",
    }) ).hexdigest()

``canonical_json`` is JSON with keys sorted by code point, no insignificant whitespace,
UTF-8 without escaping non-ASCII (RFC 8785's form for our values: every value is a string,
except ``shard`` and ``v``, small integers). Personal fields enter the chain only through
their keyed digests, so an erasure may delete them and the chain still verifies; a field
still present is checked against its digest. The digest is keyed (ERASURE_PEPPER) so that a
phone number's digest cannot be reversed by hashing every possible number.

ERASURE_PEPPER is set once and never changed: every digest is keyed with it. Its rule (see
README, "Archive and evidence"): set in the environment in production; on a development
machine ``optout run`` generates one into OPTOUT_DATA_DIR/dev-secrets.json, where every
``optout`` command finds it. Without one, the archive copies nothing (the job fails, events
stay in Redis untrimmed) and ``optout verify`` refuses to run.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# The fields an erasure deletes; the chain covers them only through their digests.
PERSONAL_FIELDS = ("number", "body", "note", "ip", "user_agent", "url", "reference")
# Keys readers add to an event that are not ledger fields: the id, its times, the shard.
DERIVED_KEYS = frozenset({"id", "at", "recorded_at", "shard", "hash"})
GENESIS = "0" * 64
SEAL_VERSION = 1
MIN_PEPPER_CHARS = 32


class PepperMissing(RuntimeError):
    """ERASURE_PEPPER is needed (to seal or to verify) and none is configured."""


def canonical_json(value: object) -> bytes:
    """The one serialisation the chain hashes (see the module docstring)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class Pepper:
    """ERASURE_PEPPER: the key of every personal-field digest."""

    secret: bytes

    @classmethod
    def of(cls, value: str | None) -> Pepper | None:
        """The pepper of a configured value (None when unset).

        Raises:
            ValueError: shorter than MIN_PEPPER_CHARS characters.
        """
        if not value:
            return None
        if len(value) < MIN_PEPPER_CHARS:
            raise ValueError(f"ERASURE_PEPPER must be at least {MIN_PEPPER_CHARS} characters")
        return cls(value.encode("utf-8"))

    @property
    def key_id(self) -> str:
        """A short public name of this pepper, sealed in every row: verify tells a changed
        pepper from tampered rows."""
        return hmac.new(self.secret, b"optout-archive-key-id", hashlib.sha256).hexdigest()[:16]

    def digest(self, field: str, value: str) -> str:
        """HMAC-SHA-256 of ``"<field>:<value>"`` (hex)."""
        return hmac.new(self.secret, f"{field}:{value}".encode(), hashlib.sha256).hexdigest()


def ledger_fields(event: Mapping[str, Any]) -> dict[str, str]:
    """The event's own ledger fields (without the keys readers derive), as strings."""
    return {k: str(v) for k, v in event.items() if k not in DERIVED_KEYS and v not in (None, "")}


def digests_of(event: Mapping[str, Any], pepper: Pepper) -> dict[str, str]:
    """The digest of each personal field the event holds."""
    fields = ledger_fields(event)
    return {name: pepper.digest(name, fields[name]) for name in PERSONAL_FIELDS if name in fields}


def seal_hash(shard: int, ledger_id: str, event: Mapping[str, Any], digests: Mapping[str, str],
              key_id: str, prev: str) -> str:
    """The hash of one row (see the module docstring); ``event`` may have been redacted."""
    fields = {k: v for k, v in ledger_fields(event).items() if k not in PERSONAL_FIELDS}
    content = {"v": SEAL_VERSION, "shard": shard, "id": ledger_id, "fields": fields,
               "digests": dict(digests), "key": key_id, "prev": prev}
    return hashlib.sha256(canonical_json(content)).hexdigest()


@dataclass(frozen=True)
class Seal:
    """What sealing adds to a row."""

    hash: str
    prev_hash: str
    digests: dict[str, str]
    key_id: str


def seal(shard: int, ledger_id: str, event: Mapping[str, Any], pepper: Pepper,
         prev: str) -> Seal:
    """Seal ``event`` after the row whose hash is ``prev``."""
    digests = digests_of(event, pepper)
    return Seal(seal_hash(shard, ledger_id, event, digests, pepper.key_id, prev), prev,
                digests, pepper.key_id)


def redact_event(event: Mapping[str, Any]) -> dict[str, Any]:
    """``event`` without its personal fields (what an erasure keeps). A sealed row whose
    event is replaced by this, with its digests kept, still verifies."""
    return {k: v for k, v in event.items() if k not in PERSONAL_FIELDS}


def check_personal_fields(event: Mapping[str, Any], digests: Mapping[str, str],
                          pepper: Pepper) -> str | None:
    """The first personal field that does not match its digest (or has none), else None.
    A field an erasure deleted is not checked: its digest stays in the chain."""
    fields = ledger_fields(event)
    for name in PERSONAL_FIELDS:
        if name not in fields:
            continue
        expected = digests.get(name)
        if expected is None:
            return f"{name} is present but was not sealed"
        if not hmac.compare_digest(expected, pepper.digest(name, fields[name])):
            return f"{name} does not match its sealed digest"
    return None
