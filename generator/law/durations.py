"""ISO 8601 durations (`P30D`, `P6M`, `P2Y`, `P7Y6M`, `P2W`) as used for retention and deadlines."""

from __future__ import annotations

import calendar
import datetime
import math
import re
from dataclasses import dataclass

_PATTERN = re.compile(
    r"P(?!$)(?:(?P<years>\d+)Y)?(?:(?P<months>\d+)M)?(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
    r"(?:T(?=\d)(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+)S)?)?"
)


@dataclass(frozen=True, slots=True)
class Duration:
    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0
    hours: int = 0
    minutes: int = 0
    seconds: int = 0

    @property
    def total_months(self) -> int:
        return self.years * 12 + self.months

    @property
    def total_days(self) -> float:
        """Days counted exactly for weeks, days and time; months and years are not in it."""
        seconds = self.hours * 3600 + self.minutes * 60 + self.seconds
        return self.weeks * 7 + self.days + seconds / 86400

    def approximate_days(self) -> float:
        """An ordering key: a year is 365.25 days, a month 30.44."""
        return self.total_months * 30.4375 + self.total_days

    def longer_than_one_month(self) -> bool:
        """True when the duration is longer than one month: more than a month, or more than
        30 days (31 days outlast every month but seven of the year)."""
        if self.total_months > 1:
            return True
        if self.total_months == 1:
            return self.total_days > 0
        return self.total_days > 30


def add_duration(day: datetime.date, duration: Duration) -> datetime.date:
    """`day` plus `duration`, with calendar months (31 January plus P1M is 28 or 29 February);
    the time part is rounded up to whole days."""
    months = day.month - 1 + duration.total_months
    year, month = day.year + months // 12, months % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    moved = datetime.date(year, month, min(day.day, last_day))
    return moved + datetime.timedelta(days=math.ceil(duration.total_days))


def parse_duration(text: str) -> Duration | None:
    """The duration `text` stands for, or None when it is not an ISO 8601 duration."""
    match = _PATTERN.fullmatch(text)
    if match is None:
        return None
    return Duration(**{name: int(value) for name, value in match.groupdict().items() if value})
