"""Named domain errors; callers catch what they mean. None of them carries a full number."""

from __future__ import annotations


class OptoutError(Exception):
    """Base class of every optout domain error. ``code`` names the fault in the JSON error;
    ``status`` is the HTTP status the web layer answers with."""

    code = "optout_error"
    status = 400


class InvalidNumber(OptoutError, ValueError):
    """A phone number that cannot be normalised to E.164."""

    code = "invalid_number"


class InvalidSender(OptoutError, ValueError):
    """A sender that is neither a phone number, a short code, a Messaging Service SID nor an
    alphanumeric sender ID."""

    code = "invalid_sender"


class InvalidEvent(OptoutError, ValueError):
    """A consent event that cannot be recorded as given (unknown source, missing sender...)."""

    code = "invalid_event"


class StoreUnavailable(OptoutError):
    """The consent store did not take or give an answer (a node down, a failover, too few
    replicas in time). Nothing was acknowledged: the caller answers 503 and is retried."""

    code = "store_unavailable"
    status = 503


class InvalidField(OptoutError, ValueError):
    """A field of a request that is missing or malformed; the message names the field."""

    status = 400

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class UnsupportedMediaType(InvalidField):
    """A request body of a type this endpoint does not read."""

    status = 415

    def __init__(self, message: str) -> None:
        super().__init__("unsupported_media_type", message)


class SignatureError(OptoutError):
    """A webhook's signature is missing, wrong or too old; ``code`` names which."""

    status = 403

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class ReplyRejected(OptoutError):
    """A carrier's send API refused a text for good (bad credentials, bad number...): a
    retry would not help."""

    code = "reply_rejected"


class InjectedFault(RuntimeError):
    """A crash a test asked for with ``OPTOUT_TEST_FAULT=<point>``; never set in production."""


def fault_point(point: str) -> None:
    """Raise InjectedFault here when a test named this point in ``OPTOUT_TEST_FAULT``."""
    import os

    armed = os.environ.get("OPTOUT_TEST_FAULT")
    if armed == point:
        raise InjectedFault(f"injected fault at {point}")
    if armed == point + ":stall":  # a process that hangs here until it is killed
        import time

        time.sleep(3600)


class SuppressedNumber(OptoutError):
    """A guarded send refused a number that may not be texted."""

    code = "suppressed"

    def __init__(self, masked_number: str, reason: str) -> None:
        super().__init__(f"refusing to text {masked_number}: {reason}")
        self.masked_number = masked_number
        self.reason = reason


class HeldBack(SuppressedNumber):
    """A guarded send refused a number a send rule holds at this moment: texting hours
    (``state_hours:FL``), a frequency cap, quiet hours. ``rule`` is the check's reason."""

    code = "held_back"

    def __init__(self, masked_number: str, rule: str, next_allowed: str,
                 why: str | None = None) -> None:
        super().__init__(masked_number, why or f"{rule} until {next_allowed}")
        self.rule = rule
        self.next_allowed = next_allowed


class QuietHoursRefusal(HeldBack):
    """A guarded send refused a number inside QUIET_HOURS in its local time."""

    code = "quiet_hours"

    def __init__(self, masked_number: str, next_allowed: str) -> None:
        super().__init__(masked_number, "quiet_hours", next_allowed,
                         f"quiet hours in its local time until {next_allowed}")


class ArchiveNotReady(OptoutError):
    """The archive database has no schema yet: run ``optout migrate``."""

    code = "archive_not_ready"
    status = 503


class ArchiveFailed(OptoutError):
    """An archive run stopped: the database did not answer or refused the copy. The message
    says which in plain words, without SQL or message bodies."""

    code = "archive_failed"
    status = 503
