"""Send-time rules: ``QUIET_HOURS`` in the recipient's local time.

``QUIET_HOURS=HH:MM-HH:MM`` names the window in which texting is *not* allowed, in the
recipient's local time: checks answer ``textable_now`` false inside it. A window
may cross midnight (``21:00-08:00``, the usual one). The local time zone comes from the
number (phonenumbers); a number whose prefix spans several zones is quiet while it is quiet
in any of them, and may be texted again once no zone is quiet.

Campaign checks run to millions of numbers, so zones are looked up once per prefix (country
code and area code) and the answer once per prefix per check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from app.phone import time_zones, zone_key

_HHMM = r"([01][0-9]|2[0-3]):([0-5][0-9])"
_WINDOW = re.compile(rf"^\s*{_HHMM}\s*-\s*{_HHMM}\s*$")
# Every zone of the US and Canada: the cautious answer for a +1 number of no known area.
_NANP_FALLBACK = ("America/New_York", "America/Chicago", "America/Denver",
                  "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu")


@dataclass(frozen=True)
class SendTime:
    """Whether a number may be texted now; ``reason`` and ``next_allowed`` when not."""

    textable_now: bool
    reason: str | None = None
    next_allowed: str | None = None

    def as_dict(self) -> dict[str, object]:
        """The check's fields: ``textable_now``, ``reason``, ``next_allowed`` (UTC ISO)."""
        return {"textable_now": self.textable_now, "reason": self.reason,
                "next_allowed": self.next_allowed}


@dataclass(frozen=True)
class QuietHours:
    """The local-time window in which no marketing text may be sent."""

    start: time
    end: time

    @classmethod
    def parse(cls, value: str) -> QuietHours:
        """``"21:00-08:00"`` -> QuietHours. Raises ValueError naming the fault."""
        match = _WINDOW.match(value)
        if not match:
            raise ValueError(f"QUIET_HOURS must be HH:MM-HH:MM (24-hour clock), not {value!r}")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if (h1, m1) == (h2, m2):
            raise ValueError("QUIET_HOURS start and end are the same: the window would be empty")
        return cls(time(h1, m1), time(h2, m2))

    def quiet_at(self, local: datetime) -> bool:
        """Is the local wall-clock time inside the window?"""
        now = local.time().replace(tzinfo=None)
        if self.start < self.end:
            return self.start <= now < self.end
        return now >= self.start or now < self.end

    def _window_end(self, local: datetime) -> datetime:
        end = local.replace(hour=self.end.hour, minute=self.end.minute, second=0, microsecond=0)
        return end if end > local else end + timedelta(days=1)

    def next_allowed(self, zones: Sequence[str], now: datetime) -> datetime | None:
        """The first moment from ``now`` at which no zone is quiet; None if none is now."""
        moment = now
        for _ in range(4 * len(zones) + 4):  # each pass moves past at least one window
            moved = False
            for zone in zones:
                local = moment.astimezone(_zone(zone))
                if self.quiet_at(local):
                    moment = self._window_end(local).astimezone(UTC)
                    moved = True
            if not moved:
                return None if moment == now else moment
        return moment  # the windows of these zones cover the whole day: best effort


@lru_cache(maxsize=512)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def cautious_zones(number: str) -> tuple[str, ...]:
    """The number's time zones, or every zone it could be in when phonenumbers does not
    know (every US and Canadian zone for +1, UTC otherwise)."""
    return time_zones(number) or (_NANP_FALLBACK if number.startswith("+1") else ("UTC",))


@dataclass
class SendTimes:
    """Answers ``textable_now`` for many numbers with one ``now``: zones are looked up once
    per prefix for the process, the answer once per prefix per instance (one check)."""

    quiet: QuietHours | None
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    _answers: dict[str, SendTime] = field(default_factory=dict)

    def for_number(self, number: str, *, suppressed: bool, undeliverable: bool,
                   pending_confirmation: bool = False) -> SendTime:
        """Suppression first ("suppressed", then "undeliverable", then a consent waiting for
        its confirmation, "pending_confirmation"), then quiet hours."""
        if suppressed:
            return SendTime(False, "suppressed")
        if undeliverable:
            return SendTime(False, "undeliverable")
        if pending_confirmation:
            return SendTime(False, "pending_confirmation")
        return self.quiet_answer(number)

    def quiet_answer(self, number: str) -> SendTime:
        """The quiet-hours answer alone (the number is known to be textable otherwise)."""
        if self.quiet is None:
            return _TEXTABLE
        key = zone_key(number)
        answer = self._answers.get(key)
        if answer is None:
            until = self.quiet.next_allowed(cautious_zones(number), self.now)
            answer = _TEXTABLE if until is None else SendTime(
                False, "quiet_hours", until.isoformat(timespec="seconds"))
            self._answers[key] = answer
        return answer


_TEXTABLE = SendTime(True)


def parse_quiet_hours(value: str | None) -> QuietHours | None:
    """QUIET_HOURS as configured; empty or ``off`` means no quiet hours."""
    if not value or value.strip().lower() in ("off", "none"):
        return None
    return QuietHours.parse(value)
