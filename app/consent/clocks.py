"""The FCC clocks: business days in the number's time zone, and the deadline of an opt-out.

47 CFR 64.1200(a)(11) (FCC 24-24, in force since 2025-04-11): a revocation is honoured
"within a reasonable time not to exceed ten business days" of its receipt. A business day
here is a weekday that is not a US federal holiday (the ``holidays`` library's US calendar,
observed days included), counted in the number's local time zone. The deadline is the end
of the tenth business day after the day of receipt. A number whose zone is unknown (toll-free,
or an area spanning many zones) is counted in UTC; one whose area spans a few zones gets the
earliest of their deadlines, so a count never makes an opt-out look on time when it is not.

Confirmation texts: 64.1200(a)(12) allows one, presumed timely when sent within five minutes
of the revocation (``CONFIRMATION_LIMIT_SECONDS``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

FCC_LIMIT_BUSINESS_DAYS = 10
CONFIRMATION_LIMIT_SECONDS = 5 * 60
MAX_LOCAL_ZONES = 3  # more than this (toll-free, +1 without area): the zone is unknown


@lru_cache(maxsize=64)
def federal_holidays(year: int) -> frozenset[date]:
    """The US federal holidays of ``year``, with the days they are observed on."""
    return frozenset(holidays.country_holidays("US", years=year).keys())


def is_business_day(day: date) -> bool:
    """A weekday that is not a US federal holiday (nor observed as one)."""
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def business_days_between(start: date, end: date) -> int:
    """Business days after ``start`` up to and including ``end`` (0 when ``end <= start``)."""
    if end <= start:
        return 0
    # Whole weeks at once: a week has five weekdays; then the rest day by day.
    weeks, rest = divmod((end - start).days, 7)
    count = weeks * 5 + sum((start.weekday() + i) % 7 < 5 for i in range(1, rest + 1))
    first = start + timedelta(days=1)
    for year in range(first.year, end.year + 1):
        count -= sum(first <= d <= end and d.weekday() < 5 for d in federal_holidays(year))
    return count


def add_business_days(start: date, days: int) -> date:
    """The ``days``-th business day after ``start``."""
    day = start
    while days > 0:
        day += timedelta(days=1)
        if is_business_day(day):
            days -= 1
    return day


def clock_zones(zones: tuple[str, ...]) -> tuple[str, ...]:
    """The zones a number's clock counts in: its own, or none (UTC) when it may be in more
    than MAX_LOCAL_ZONES (a toll-free number, a +1 number of no known area)."""
    return () if len(zones) > MAX_LOCAL_ZONES else zones


def zone_infos(zones: tuple[str, ...]) -> list[ZoneInfo]:
    """The zones that exist; UTC when none does."""
    found = []
    for zone in zones:
        try:
            found.append(ZoneInfo(zone))
        except ZoneInfoNotFoundError:
            continue
    return found or [ZoneInfo("UTC")]


def deadline(received: datetime, zones: list[ZoneInfo],
             limit: int = FCC_LIMIT_BUSINESS_DAYS) -> datetime:
    """The end of the ``limit``-th business day after the day ``received`` (in each zone;
    the earliest), in UTC."""
    ends = []
    for zone in zones:
        local = received.astimezone(zone)
        last = add_business_days(local.date(), limit)
        ends.append(datetime.combine(last + timedelta(days=1), time(), zone).astimezone(UTC)
                    - timedelta(milliseconds=1))
    return min(ends)


def business_days_taken(received: datetime, done: datetime, zones: list[ZoneInfo]) -> int:
    """Business days from receipt to ``done`` (the most any of the zones counts)."""
    return max(business_days_between(received.astimezone(z).date(), done.astimezone(z).date())
               for z in zones)
