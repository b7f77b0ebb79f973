"""Send-time rules: when a number may be texted, at any instant a check asks about.

Three kinds of rule hold a send back, each in the recipient's local time:

* ``QUIET_HOURS=HH:MM-HH:MM``, the business's own window in which texting is *not* allowed
  (``21:00-08:00``, across midnight, is the usual one): reason ``quiet_hours``;
* with ``SEND_POLICY=us``, the federal and state texting hours of the number's state
  (``app/lists/rules.py``; the state from the area code, ``app/lists/geography.py``):
  reasons ``federal_hours`` and ``state_hours:<ST>``;
* the same pack's frequency caps, counted in the send log (``app/lists/send_log.py``):
  ``frequency_cap:<ST>``.

A number whose prefix spans several zones (or states) is held while any of them holds it,
and ``next_allowed`` is the first instant none does. Every check is asked "at" an instant
(default now; ``at=`` plans ahead): windows and caps are answered for that instant.

Campaign checks run to millions of numbers, so places are looked up once per prefix for the
process, and the hours answered once per place per check; only numbers under a cap, and
otherwise textable, are looked up in the send log.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from itertools import compress
from typing import cast

from app.consent.history import REASSIGNED, SUPPRESSED, UNDELIVERABLE
from app.lists.blockers import Blocker, Frequency, Hours, Quiet, first_allowed, first_blocker, zone
from app.lists.geography import Place, place_of
from app.lists.rules import Cap, RulePack, RulePackError
from app.lists.send_log import MARK_AT, NO_SUCH_SUBJECT, SendLog, counted
from app.phone import time_zones

INVALID = 4  # a flag of the list checks: the input is not a phone number

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

    def window_end(self, local: datetime) -> datetime:
        """The local end of the quiet window ``local`` is in."""
        end = local.replace(hour=self.end.hour, minute=self.end.minute, second=0, microsecond=0)
        return end if end > local else end + timedelta(days=1)

    def next_allowed(self, zones: Sequence[str], now: datetime) -> datetime | None:
        """The first moment from ``now`` at which no zone is quiet; None if none is now."""
        moment = now
        for _ in range(4 * len(zones) + 4):  # each pass moves past at least one window
            moved = False
            for name in zones:
                local = moment.astimezone(zone(name))
                if self.quiet_at(local):
                    moment = self.window_end(local).astimezone(UTC)
                    moved = True
            if not moved:
                return None if moment == now else moment
        return moment  # the windows of these zones cover the whole day: best effort


def cautious_zones(number: str) -> tuple[str, ...]:
    """The number's time zones, or every zone it could be in when phonenumbers does not
    know (every US and Canadian zone for +1, UTC otherwise)."""
    return time_zones(number) or (_NANP_FALLBACK if number.startswith("+1") else ("UTC",))


@dataclass(frozen=True)
class _Answer:
    """What a place's hours say at the check's instant, and the caps a send there is under."""

    time: SendTime
    caps: tuple[Cap, ...] = ()
    blockers: tuple[Blocker, ...] = ()

    @property
    def fewest(self) -> int:
        """The smallest count any of the caps holds a send at."""
        return min((cap.count for cap in self.caps), default=0)


_TEXTABLE = SendTime(True)
_FREE = _Answer(_TEXTABLE)
_HELD, _CAPPED = 1, 2


@dataclass
class SendTimes:
    """Answers ``textable_now`` for many numbers at one instant ``at``: places are looked
    up once per prefix for the process, hours answered once per place per instance (one
    check), and the send log read once per batch for the numbers under a cap."""

    quiet: QuietHours | None
    at: datetime = field(default_factory=lambda: datetime.now(UTC))
    pack: RulePack | None = None
    category: str | None = None
    subject: str | None = None
    log: SendLog | None = None
    _answers: dict[int, _Answer] = field(default_factory=dict)  # by place id

    @property
    def active(self) -> bool:
        """Is there any rule of time to apply?"""
        return self.quiet is not None or (self.pack is not None
                                          and self.pack.applies_to(self.category))

    def answer_many(self, numbers: Sequence[str], flags: Sequence[int]) -> list[SendTime]:
        """One answer per number, in order (``flags`` from the suppression check; a number
        with INVALID is answered "invalid")."""
        held = self.held(numbers, [i for i, flag in enumerate(flags) if not flag])
        return [held.get(i, _TEXTABLE) if not flag else _consent_answer(flag)
                for i, flag in enumerate(flags)]

    def held(self, numbers: Sequence[str], indices: Sequence[int]) -> dict[int, SendTime]:
        """The answers of those ``indices`` (numbers textable as far as consent goes) that
        a rule holds back at ``at``; the others may be texted."""
        if not self.active or not indices:
            return {}
        ids, place_id = (_PACK_IDS, _pack_place) if self.pack else (_ZONE_IDS, _zone_place)
        chosen = list(map(numbers.__getitem__, indices))
        keys = [n[:8] if n.startswith("+1") else n for n in chosen]
        known = list(map(ids.get, keys))  # places are known to the process: C-level lookups
        pids = cast(list[int], known) if None not in known else [
            place_id(k, n) if p is None else p for k, n, p in zip(keys, chosen, known,
                                                                  strict=True)]
        answers = self._answers
        for pid in set(pids).difference(answers):
            answers[pid] = self._answer_at(_PLACES[pid])
        kinds = list(map(self._kind_of(answers).__getitem__, pids))
        out = {indices[j]: answers[pids[j]].time
               for j in compress(range(len(kinds)), map(_HELD.__eq__, kinds))}
        if self.log is not None and _CAPPED in kinds:
            where = list(compress(indices, map(_CAPPED.__eq__, kinds)))
            under = list(compress(pids, map(_CAPPED.__eq__, kinds)))
            self._apply_caps(numbers, where, under, out)
        return out

    @staticmethod
    def _kind_of(answers: dict[int, _Answer]) -> dict[int, int]:
        """Per place id: _HELD, _CAPPED (textable, under a cap) or 0."""
        return {pid: _HELD if not a.time.textable_now else _CAPPED if a.caps else 0
                for pid, a in answers.items()}

    def quiet_answer(self, number: str) -> SendTime:
        """The hours' answer alone (caps aside) for one number."""
        key = number[:8] if number.startswith("+1") else number
        pid = (_pack_place if self.pack else _zone_place)(key, number)
        answer = self._answers.get(pid)
        if answer is None:
            answer = self._answers[pid] = self._answer_at(_PLACES[pid])
        return answer.time

    def _answer_at(self, place: Place) -> _Answer:
        blockers: list[Blocker] = []
        caps: tuple[Cap, ...] = ()
        pack = self.pack
        if pack is not None and place.us and pack.applies_to(self.category):
            states = sorted(pack.states if place.states is None else place.states)
            for jurisdiction in [*states, pack.federal]:
                if jurisdiction in pack.windows:
                    blockers += [Hours(pack, jurisdiction, z) for z in place.zones]
            local_day = self.at.astimezone(zone(place.zones[0])).date()
            caps = pack.caps_on(states, local_day)
        if self.quiet is not None:
            blockers += [Quiet(self.quiet, z) for z in place.zones]
        if not blockers and not caps:
            return _FREE
        first = first_blocker(blockers, self.at)
        time = _TEXTABLE if first is None else SendTime(
            False, first.reason, _iso(first_allowed(blockers, self.at)))
        return _Answer(time, caps, tuple(blockers))

    def _apply_caps(self, numbers: Sequence[str], where: list[int], pids: list[int],
                    out: dict[int, SendTime]) -> None:
        """Hold the numbers at ``where`` (places ``pids``) their caps hold, from the send
        log (read only for the numbers it marks as texted often enough to be held)."""
        assert self.log is not None
        sends = self.log.recent(list(map(numbers.__getitem__, where)), self.at)
        if not sends:
            return
        subject = (None if not self.subject
                   else self.log.known_code(self.subject) or NO_SUCH_SUBJECT)
        for k, found in sends.items():
            i, answer = where[k], self._answers[pids[k]]
            if len(found) < answer.fewest:
                continue  # fewer sends than any cap allows: nothing to count
            # Every send read is inside the 24 h before ``at``: a group smaller than its cap
            # cannot hold the send now, nor later (the log holds no sends after now).
            caps: list[Blocker] = [Frequency(cap, tuple(group)) for cap in answer.caps
                                   for group in counted(found, subject, cap.per)
                                   if len(group) >= cap.count]
            if not caps:
                continue
            first = first_blocker(caps, self.at)
            if first is not None:
                until = first_allowed([*answer.blockers, *caps], self.at)
                out[i] = SendTime(False, first.reason, _iso(until))


# Places interned for the process: a check keeps one answer per place id. Keys are NANP
# prefixes (or other countries' numbers); with a rule pack, places by state and zones, else
# by zones alone.
_PLACES: list[Place] = []
_PLACE_IDS: dict[Place, int] = {}
_PACK_IDS: dict[str, int] = {}
_ZONE_IDS: dict[str, int] = {}


def _intern(place: Place) -> int:
    pid = _PLACE_IDS.get(place)
    if pid is None:
        pid = _PLACE_IDS[place] = len(_PLACES)
        _PLACES.append(place)
    return pid


def _pack_place(key: str, number: str) -> int:
    pid = _PACK_IDS.get(key)
    if pid is None:
        pid = _PACK_IDS[key] = _intern(place_of(number))
    return pid


def _zone_place(key: str, number: str) -> int:
    pid = _ZONE_IDS.get(key)
    if pid is None:
        pid = _ZONE_IDS[key] = _intern(Place(False, frozenset(), cautious_zones(number)))
    return pid


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def _consent_answer(flag: int) -> SendTime:
    if flag & INVALID:
        return SendTime(False, "invalid")
    if flag & SUPPRESSED:
        return SendTime(False, "suppressed")
    if flag & REASSIGNED:
        return SendTime(False, "reassigned")
    if flag & UNDELIVERABLE:
        return SendTime(False, "undeliverable")
    return SendTime(False, "pending_confirmation")  # a consent waiting for its YES


@dataclass(frozen=True)
class SendPolicy:
    """The process's rules of time: QUIET_HOURS, the SEND_POLICY rule pack and the send log
    its caps count in. ``times`` makes the answerer of one check."""

    quiet: QuietHours | None = None
    pack: RulePack | None = None
    log: SendLog | None = None
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))  # tests fix it

    def __post_init__(self) -> None:
        caps = [c.count for cs in (self.pack.caps.values() if self.pack else ()) for c in cs]
        if caps and min(caps) < MARK_AT:
            raise RulePackError(f"a cap of {min(caps)} is below the send log's marks "
                                f"({MARK_AT}): lower MARK_AT in app/lists/send_log.py")

    def times(self, at: datetime | None = None, *, category: str | None = None,
              subject: str | None = None) -> SendTimes:
        """A SendTimes for one check at ``at`` (default now)."""
        return SendTimes(self.quiet, at or self.clock(), self.pack, category,
                         subject or None, self.log)


def parse_at(value: str | None) -> datetime | None:
    """An ``at=`` instant: ISO 8601 with its offset (``2026-12-06T15:00:00Z``); None for
    none given.

    Raises:
        ValueError: not an ISO 8601 time, or without an offset (whose 15:00 would it be?).
    """
    if value is None or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"at must be an ISO 8601 time such as 2026-12-06T15:00:00Z, "
                         f"not {value[:40]!r}") from None
    if moment.tzinfo is None:
        raise ValueError("at needs its UTC offset (2026-12-06T15:00:00Z or "
                         "2026-12-06T10:00:00-05:00): a time alone names no instant")
    return moment.astimezone(UTC)


def parse_quiet_hours(value: str | None) -> QuietHours | None:
    """QUIET_HOURS as configured; empty or ``off`` means no quiet hours."""
    if not value or value.strip().lower() in ("off", "none"):
        return None
    return QuietHours.parse(value)
