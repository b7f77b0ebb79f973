"""What may hold a send back at an instant, and when it lets go.

Each blocker answers one question: "is a send blocked at this moment, and if so, from when
is it not?" (``reopens``). ``first_allowed`` moves a moment past every blocker in turn until
none holds it: a window that reopens at 08:00 may land inside a cap that lets go at 09:12,
which may land in another zone's closed hours, and so on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol
from zoneinfo import ZoneInfo

from app.lists.rules import Cap, RulePack

if TYPE_CHECKING:
    from app.lists.send_times import QuietHours

# A week of windows that never open (a misconfigured pack): held this long, then asked again.
_NEVER = timedelta(days=7)


class Blocker(Protocol):
    """One rule applied to one number at one instant."""

    @property
    def reason(self) -> str:
        """What a check says when this blocker holds the send (``state_hours:FL``)."""
        ...

    def reopens(self, moment: datetime) -> datetime | None:
        """None when a send at ``moment`` (UTC) is allowed; else the first later instant
        at which this blocker would allow it."""
        ...


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """A time zone by IANA name (cached: campaign checks ask for a few hundred)."""
    return ZoneInfo(name)


@dataclass(frozen=True)
class Hours:
    """A jurisdiction's texting hours, in one of the number's time zones."""

    pack: RulePack
    jurisdiction: str
    zone_name: str

    @property
    def reason(self) -> str:
        return ("federal_hours" if self.jurisdiction == self.pack.federal
                else f"state_hours:{self.jurisdiction}")

    def reopens(self, moment: datetime) -> datetime | None:
        local = moment.astimezone(zone(self.zone_name))
        opened = self.pack.open_at(self.jurisdiction, local)
        if opened is None:
            return moment + _NEVER
        return None if opened == local else opened.astimezone(UTC)


@dataclass(frozen=True)
class Quiet:
    """The business's own QUIET_HOURS, in one of the number's time zones."""

    quiet: QuietHours
    zone_name: str
    reason: str = "quiet_hours"

    def reopens(self, moment: datetime) -> datetime | None:
        local = moment.astimezone(zone(self.zone_name))
        if not self.quiet.quiet_at(local):
            return None
        return self.quiet.window_end(local).astimezone(UTC)


@dataclass(frozen=True)
class Frequency:
    """A cap over the sends that count toward it (sorted Unix seconds)."""

    cap: Cap
    sends: tuple[int, ...]

    @property
    def reason(self) -> str:
        return f"frequency_cap:{self.cap.jurisdiction}"

    def reopens(self, moment: datetime) -> datetime | None:
        span = self.cap.hours * 3600
        now = moment.timestamp()
        recent = [t for t in self.sends if now - span < t <= now]
        if len(recent) < self.cap.count:
            return None
        # Sends age out oldest first: this one's leaving brings the count under the cap.
        return datetime.fromtimestamp(recent[len(recent) - self.cap.count] + span, UTC)


def first_blocker(blockers: Sequence[Blocker], at: datetime) -> Blocker | None:
    """The first of ``blockers`` (in the order given) that holds a send at ``at``."""
    for blocker in blockers:
        if blocker.reopens(at) is not None:
            return blocker
    return None


def first_allowed(blockers: Sequence[Blocker], at: datetime) -> datetime | None:
    """The first instant from ``at`` at which no blocker holds a send; None if ``at``
    itself is one."""
    moment = at
    for _ in range(8 * len(blockers) + 8):  # each pass moves past at least one closed span
        moved = False
        for blocker in blockers:
            until = blocker.reopens(moment)
            if until is not None and until > moment:
                moment, moved = until, True
        if not moved:
            break
    return None if moment == at else moment
