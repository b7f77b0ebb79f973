"""Every key optout keeps on the queue Redis (``REDIS_URL``), in one place.

The consent store's keys (ledgers, histories, projections, per-shard counters) are laid out
by ``app.store.layout``; these are the others: figures that record no consent, short-lived
records that make requests idempotent or once-only, console sessions, the archive job's
schedule. All start with ``optout:``, so they never meet RQ's own ``rq:`` keys.
"""

from __future__ import annotations

# Counters of texts and checks that record no consent event (hash name -> count).
METRICS = "optout:metrics"
# + YYYYMMDDHH: hash intent -> count of such texts in that UTC hour (kept two days).
HOURLY = "optout:hourly:"
# Zset worker name -> time of its last heartbeat (seconds).
HEARTBEATS = "optout:workers:heartbeat"
# + <provider>:<message id> -> the number the id was first recorded for.
MESSAGE_IDS = "optout:sid:"
# + sha256 of (API key hash, Idempotency-Key) -> the first request's answer.
IDEMPOTENCY = "optout:idem:"
# + <provider>:<inbound message id> -> the id of the reply sent through a carrier's API.
REPLY_SENT = "optout:carriers:reply-sent:"
# + <provider>-nonce:<sha256 of the nonce>: a signed nonce already used.
NONCES = "optout:carriers:"
# + session id -> operator name: a console login.
CONSOLE_SESSIONS = "optout:console:session:"
# Prefix of Flask-Limiter's counters of failed console logins.
CONSOLE_LIMITER = "optout:console:limiter"
# + token -> a previewed upload waiting for its confirmation.
CONSOLE_UPLOADS = "optout:console:upload:"
# + sha256 of a Reassigned Numbers Database result file -> when it was imported (kept: a
# file imported again is recognised and recorded once).
RND_FILES = "optout:rnd:file:"
# The id of the next (or running) archive job, and the lock of whoever schedules it.
ARCHIVE_NEXT = "optout:archive:next"
ARCHIVE_SCHEDULE_LOCK = "optout:archive:schedule-lock"
# Hash since, reason: the archive database did not answer from ``since`` on (cleared when it
# does).
ARCHIVE_UNREACHABLE = "optout:archive:unreachable"
# Hash endpoint id -> JSON of a webhook endpoint created through the API.
EVENT_ENDPOINTS = "optout:events:endpoints"
# + target ("webhook:<id>", "sync:<provider>"): hash of its delivery state (failing since,
# attempts, next attempt, last error, parked).
EVENT_STATE = "optout:events:state:"
# + target: list of JSON {shard, id, error, at}: events a receiver refused for good (4xx).
EVENT_DEAD = "optout:events:dead:"
# + target: set while a delivery job of the target is queued or running.
EVENT_JOB = "optout:events:job:"
# + provider: hash number -> JSON of what the provider refused to take from us, and why.
SYNC_REFUSED = "optout:sync:refused:"


def nonce_key(provider: str, digest: str) -> str:
    """The key of one provider's used nonce (``digest``: a hash of the nonce)."""
    return f"{NONCES}{provider}-nonce:{digest}"
