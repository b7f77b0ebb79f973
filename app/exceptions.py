"""Named domain errors; callers catch what they mean. None of them carries a full number."""

from __future__ import annotations


class OptoutError(Exception):
    """Base class of every optout domain error."""

    code = "optout_error"


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


class ProjectionBusy(OptoutError):
    """Another worker holds the number's projection lock; the job is retried."""

    code = "projection_busy"


class SuppressedNumber(OptoutError):
    """A guarded send refused a number that may not be texted."""

    code = "suppressed"

    def __init__(self, masked_number: str, reason: str) -> None:
        super().__init__(f"refusing to text {masked_number}: {reason}")
        self.masked_number = masked_number
        self.reason = reason


class ArchiveNotReady(OptoutError):
    """The archive database has no schema yet: run ``optout migrate``."""

    code = "archive_not_ready"
