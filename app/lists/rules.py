"""Rule packs: the dated sending rules of a jurisdiction, as data (``SEND_POLICY=us``).

A pack (``app/lists/rulepacks/<name>.json``) lists, per jurisdiction (``US`` for the federal
rules, a state's code for its own), *windows* (the local hours in which a marketing text may
be sent, per weekday) and *caps* (at most N texts in a sliding number of hours, counted per
subject or over every subject). Every rule carries ``effective_from`` (and, once replaced,
``effective_until``) and its ``source``, so the rules that applied on any past date can be
listed (``RulePack.in_force``). A jurisdiction's windows combine per weekday; several
jurisdictions (the federal rules and every state a number may be in) must all allow a send.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from importlib.resources import files
from typing import Any, Literal

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HHMM = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])$")


class RulePackError(ValueError):
    """A rule pack that cannot be read as given; the message names the rule and field."""


@dataclass(frozen=True)
class Rule:
    """What every rule has: where it applies, from when (until when) and why."""

    jurisdiction: str
    effective_from: date
    effective_until: date | None
    source: str

    def in_force(self, day: date) -> bool:
        """Was (or is) the rule in force on ``day``?"""
        return self.effective_from <= day and (
            self.effective_until is None or day <= self.effective_until)


@dataclass(frozen=True)
class Window(Rule):
    """Texting allowed from ``start`` to ``end`` local time on ``weekdays`` (0 = Monday)."""

    weekdays: frozenset[int]
    start: time
    end: time

    def describe(self) -> str:
        """``"08:00-20:00 mon-sun"``."""
        days = sorted(self.weekdays)
        contiguous = days == list(range(days[0], days[-1] + 1))
        named = (f"{DAYS[days[0]]}-{DAYS[days[-1]]}" if contiguous and len(days) > 1
                 else ",".join(DAYS[d] for d in days))
        return f"{self.start:%H:%M}-{self.end:%H:%M} {named}"


@dataclass(frozen=True)
class Cap(Rule):
    """At most ``count`` texts in any ``hours`` hours, per subject or over every subject."""

    count: int
    hours: int
    per: Literal["subject", "any"]

    def describe(self) -> str:
        """``"3 per 24 h, same subject"``."""
        what = "same subject" if self.per == "subject" else "any subject"
        return f"{self.count} per {self.hours} h, {what}"


@dataclass(frozen=True)
class RulePack:
    """The rules of a pack, by jurisdiction; ``federal`` names the one that applies to every
    number of the country (the states' rules apply on top of it)."""

    name: str
    description: str
    categories: frozenset[str]
    federal: str
    windows: dict[str, tuple[Window, ...]]
    caps: dict[str, tuple[Cap, ...]]

    @property
    def states(self) -> frozenset[str]:
        """Every jurisdiction with rules of its own, besides the federal one."""
        return (frozenset(self.windows) | frozenset(self.caps)) - {self.federal}

    def applies_to(self, category: str | None) -> bool:
        """Does the pack govern a text of ``category``? Without one, the cautious answer:
        yes (the check cannot tell a promotion from a receipt)."""
        return category is None or category in self.categories

    def windows_on(self, jurisdiction: str, day: date) -> tuple[Window, ...]:
        """The windows of ``jurisdiction`` in force on ``day``."""
        return tuple(w for w in self.windows.get(jurisdiction, ()) if w.in_force(day))

    def caps_on(self, jurisdictions: Iterable[str], day: date) -> tuple[Cap, ...]:
        """The caps of these jurisdictions in force on ``day``."""
        return tuple(c for j in jurisdictions for c in self.caps.get(j, ()) if c.in_force(day))

    def in_force(self, jurisdictions: Iterable[str], day: date) -> list[Window | Cap]:
        """Every rule of these jurisdictions (and the federal ones) in force on ``day``:
        "which rules applied to a send on that date"."""
        wanted = [self.federal, *sorted(set(jurisdictions) - {self.federal})]
        return [*(w for j in wanted for w in self.windows_on(j, day)),
                *self.caps_on(wanted, day)]

    def open_at(self, jurisdiction: str, local: datetime) -> datetime | None:
        """The first local time at or after ``local`` at which ``jurisdiction``'s windows
        allow a text (``local`` itself when they allow it now, or when none is in force);
        None when its windows in force open on no day of the coming week."""
        windows = self.windows.get(jurisdiction, ())
        first_day, now = local.date(), local.time()
        for offset in range(8):
            day = first_day + timedelta(days=offset)
            weekday = day.weekday()
            in_force = False
            opens: time | None = None
            for window in windows:
                if not window.in_force(day):
                    continue
                in_force = True
                if weekday not in window.weekdays:
                    continue
                if offset == 0 and window.start <= now < window.end:
                    return local
                if (offset or now < window.start) and (opens is None or window.start < opens):
                    opens = window.start
            if not in_force:  # no hours in force that day: nothing to keep
                return local if offset == 0 else datetime.combine(day, time(0), local.tzinfo)
            if opens is not None:
                return datetime.combine(day, opens, local.tzinfo)
        return None


def _day(value: object, where: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise RulePackError(f"{where}: {value!r} is not a YYYY-MM-DD date") from None


def _clock(value: object, where: str) -> time:
    match = _HHMM.match(str(value))
    if not match:
        raise RulePackError(f"{where}: {value!r} is not HH:MM")
    return time(int(match.group(1)), int(match.group(2)))


def _weekdays(value: object, where: str) -> frozenset[int]:
    text = str(value).strip().lower()
    first, _, last = text.partition("-")
    if first not in DAYS or (last and last not in DAYS):
        raise RulePackError(f"{where}: days must be like 'mon-sat' or 'sun', not {value!r}")
    a, b = DAYS.index(first), DAYS.index(last or first)
    return frozenset(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])


def _rule(jurisdiction: str, raw: dict[str, Any], where: str) -> Window | Cap:
    since = _day(raw.get("effective_from"), where)
    until = _day(raw["effective_until"], where) if raw.get("effective_until") else None
    source = str(raw.get("source") or "")
    if not source:
        raise RulePackError(f"{where}: every rule names its source")
    if raw.get("kind") == "window":
        start, end = _clock(raw.get("start"), where), _clock(raw.get("end"), where)
        if not start < end:
            raise RulePackError(f"{where}: a window ends after it starts")
        return Window(jurisdiction, since, until, source,
                      _weekdays(raw.get("days", "mon-sun"), where), start, end)
    if raw.get("kind") == "cap":
        per = raw.get("per", "subject")
        if per not in ("subject", "any"):
            raise RulePackError(f"{where}: per must be 'subject' or 'any'")
        count, hours = int(raw.get("count", 0)), int(raw.get("hours", 0))
        if count < 1 or not 1 <= hours <= 24:
            raise RulePackError(f"{where}: a cap needs a count >= 1 and 1-24 hours")
        return Cap(jurisdiction, since, until, source, count, hours, per)
    raise RulePackError(f"{where}: kind must be 'window' or 'cap'")


def parse_pack(data: dict[str, Any]) -> RulePack:
    """A rule pack from its JSON document. Raises RulePackError naming the bad rule."""
    name = str(data.get("name") or "")
    windows: dict[str, list[Window]] = {}
    caps: dict[str, list[Cap]] = {}
    for jurisdiction, rules in dict(data.get("jurisdictions") or {}).items():
        for i, raw in enumerate(rules):
            rule = _rule(jurisdiction, raw, f"{name} {jurisdiction} rule {i + 1}")
            if isinstance(rule, Window):
                windows.setdefault(jurisdiction, []).append(rule)
            else:
                caps.setdefault(jurisdiction, []).append(rule)
    federal = str(data.get("federal") or "")
    if federal not in windows:
        raise RulePackError(f"{name}: the federal jurisdiction {federal!r} has no window")
    return RulePack(name, str(data.get("description") or ""),
                    frozenset(data.get("categories") or ()), federal,
                    {j: tuple(w) for j, w in windows.items()},
                    {j: tuple(c) for j, c in caps.items()})


@cache
def load_pack(name: str) -> RulePack:
    """The packaged rule pack ``name`` (``us``).

    Raises:
        RulePackError: no such pack, or it is malformed.
    """
    if not re.fullmatch(r"[a-z][a-z0-9_-]*", name):
        raise RulePackError(f"SEND_POLICY must name a rule pack such as 'us', not {name!r}")
    resource = files("app.lists") / "rulepacks" / f"{name}.json"
    if not resource.is_file():
        raise RulePackError(f"SEND_POLICY={name}: there is no such rule pack (known: us)")
    return parse_pack(json.loads(resource.read_text(encoding="utf-8")))


def parse_send_policy(value: str | None) -> RulePack | None:
    """SEND_POLICY as configured: unset, empty or ``off`` means no rule pack."""
    if not value or value.strip().lower() in ("off", "none"):
        return None
    return load_pack(value.strip().lower())
