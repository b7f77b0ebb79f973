"""Where a number is, for the rules that depend on it: its country, its US state, its zones.

A US number's state comes from its area code (and exchange, where phonenumbers' geocoder
knows one), the way the states' own laws presume it ("a call to a Florida area code is made
to a Florida resident"). That is a known limit: a number ported or carried elsewhere keeps
its area code. Where the geocoder cannot tell one state (an area code whose exchanges lie in
several states, a toll-free or an unknown area code), every candidate counts and the
strictest rules of them all apply.

Campaign checks run to millions of numbers, so a place is looked up once per NANP prefix
(``+1`` with area code and exchange) for the life of the process.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from app.phone import time_zones

STATES = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA",
    "Colorado": "CO", "Connecticut": "CT", "Delaware": "DE", "Florida": "FL", "Georgia": "GA",
    "Hawaii": "HI", "Idaho": "ID", "Illinois": "IL", "Indiana": "IN", "Iowa": "IA",
    "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA", "Maine": "ME", "Maryland": "MD",
    "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN", "Mississippi": "MS",
    "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV",
    "New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY",
    "North Carolina": "NC", "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK",
    "Oregon": "OR", "Pennsylvania": "PA", "Rhode Island": "RI", "South Carolina": "SC",
    "South Dakota": "SD", "Tennessee": "TN", "Texas": "TX", "Utah": "UT", "Vermont": "VT",
    "Virginia": "VA", "Washington": "WA", "Washington State": "WA", "West Virginia": "WV",
    "Wisconsin": "WI", "Wyoming": "WY", "Washington D.C.": "DC",
    "District of Columbia": "DC",
}
STATE_CODES = frozenset(STATES.values())
# US territories: federal rules apply, no state's do.
TERRITORIES = frozenset({"PR", "VI", "GU", "AS", "MP"})
_US_REGIONS = TERRITORIES | {"US"}
_STATE_SUFFIX = re.compile(r", ([A-Z]{2})$")
# Every zone of the US: the cautious answer for a US number of no known area.
_US_ZONES = ("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
             "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu")


@dataclass(frozen=True)
class Place:
    """Where the rules place a number. ``states`` is None when any US state is possible."""

    us: bool
    states: frozenset[str] | None
    zones: tuple[str, ...]

    @property
    def known(self) -> bool:
        """Exactly one state (or a territory, or outside the US)."""
        return self.states is not None and len(self.states) <= 1


def place_key(number: str) -> str:
    """The key a number's place is cached under: ``+1`` + area code + exchange, else the
    number itself (other countries' rules are not in any pack)."""
    return number[:8] if number.startswith("+1") else number


def place_of(number: str) -> Place:
    """The place of an E.164 number (cached per ``place_key``)."""
    return _place(place_key(number), number)


_cache: dict[str, Place] = {}


def _place(key: str, number: str) -> Place:
    found = _cache.get(key)
    if found is None:
        found = _cache[key] = _locate(key, number)
    return found


def _locate(key: str, number: str) -> Place:
    if not number.startswith("+1"):
        return Place(False, frozenset(), time_zones(number))
    area, exchange = key[2:5], key[5:8]
    table = nanp_table()
    code = table["areas"].get(area)
    if code is None:  # an area code the geocoder does not place (toll-free, new, unused)
        code = _numbering_region(number) or "US"
        code = code if code in _US_REGIONS else ""
    if code == "" :  # Canada, the Caribbean: no US rule applies
        return Place(False, frozenset(), time_zones(number))
    zones = time_zones(number) or _US_ZONES
    if code in TERRITORIES:
        return Place(True, frozenset(), zones)
    split = table["split"].get(area)
    if split is None:
        return Place(True, frozenset({code}) if code in STATE_CODES else None, zones)
    for length in (3, 2, 1):  # the geocoder's own longest-prefix match within the area
        state = split["exchanges"].get(exchange[:length])
        if state:
            return Place(True, frozenset({state}), zones)
    return Place(True, frozenset(split["states"]), zones)


def _state(description: str) -> str | None:
    """The US state a geocoder description names ("Boston, MA", "Florida"), if any."""
    match = _STATE_SUFFIX.search(description)
    if match:
        return match.group(1) if match.group(1) in STATE_CODES else None
    return STATES.get(description)


_TERRITORY_NAMES = {"Puerto Rico": "PR", "U.S. Virgin Islands": "VI", "Guam": "GU",
                    "American Samoa": "AS", "Northern Mariana Islands": "MP"}


@cache
def _numbering_region(number: str) -> str | None:
    """phonenumbers' region of a number its geocoder does not place (toll-free: "US")."""
    import phonenumbers

    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(number, None))
    except phonenumbers.NumberParseException:
        return None


_TABLE = files("app.lists") / "rulepacks" / "nanp_places.json"


@cache
def nanp_table() -> dict[str, Any]:
    """The shipped table of NANP area codes: ``areas`` (area -> state, territory, or ""
    outside the US) and ``split`` (areas whose exchanges lie in several states: each known
    exchange prefix -> state, and the area's ``states``). Built from phonenumbers' geocoder
    by ``build_nanp_table`` (loading the geocoder costs 90 MB and 0.3 s a process; the table
    costs neither)."""
    return json.loads(_TABLE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def build_nanp_table() -> dict[str, Any]:
    """The table ``nanp_table`` ships, computed from the installed phonenumbers' geocoder
    (``python -m app.lists.geography`` rewrites the file; a test checks it is current)."""
    from phonenumbers.geodata import GEOCODE_DATA

    described: dict[str, str] = {}
    exchanges: dict[str, dict[str, str]] = {}
    for key, entry in GEOCODE_DATA.items():
        if not key.startswith("1") or not entry.get("en"):
            continue
        if len(key) == 4:
            described[key[1:]] = entry["en"]
        else:
            state = _state(entry["en"])
            if state:
                exchanges.setdefault(key[1:4], {})[key[4:]] = state
    areas: dict[str, str] = {}
    for area in sorted(set(described) | set(exchanges)):
        description = described.get(area, "")
        state = _state(description)
        seen = set(exchanges.get(area, {}).values())
        if state or (not description and seen):
            areas[area] = state or (seen.pop() if len(seen) == 1 else "US")
        else:
            areas[area] = _TERRITORY_NAMES.get(description, "")
    split = {}
    for area, known in sorted(exchanges.items()):
        states = set(known.values()) | ({areas[area]} if areas[area] in STATE_CODES else set())
        if len(states) > 1:
            split[area] = {"states": sorted(states), "exchanges": dict(sorted(known.items()))}
    return {"areas": areas, "split": split}


if __name__ == "__main__":  # python -m app.lists.geography: rewrite the shipped table
    from pathlib import Path

    Path(str(_TABLE)).write_text(json.dumps(build_nanp_table(), separators=(",", ":"),
                                            sort_keys=True) + "\n", encoding="utf-8")
