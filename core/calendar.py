"""Counting time the way a jurisdiction's law counts it.

Every jurisdiction plugin supplies one :class:`CourtCalendar`. It knows three things the
law fixes and nothing else:

* how a period of years, months and days is added to a start date (the start day is
  excluded and calendar months end on the same-numbered day, or on the last day of a
  shorter month - New York GCL § 30, the E&W corresponding-date rule);
* which days the court office is closed (weekends plus the jurisdiction's own statutory
  holiday list, built from the ``holidays`` package and corrected where the package's
  default list is not the law's list);
* what happens when a last day falls on a closed day (rolled forward by statute, or left
  where it is with the next open day named as an arguable alternative).

Month arithmetic clamps to the month end exactly as python-dateutil's ``relativedelta``
does; the test suite holds the two equal over generated dates.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from threading import Lock
from typing import Literal

__all__ = ["NEVER", "CourtCalendar", "HolidayBlocks", "Period", "add_months_days", "add_period"]

_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: A deadline that never arrives while the facts stay as they are (time not running).
NEVER = date.max

RollRule = Literal["forward", "none"]


@dataclass(frozen=True, slots=True)
class Period:
    """A period of time as statutes state it: years, months and days."""

    years: int = 0
    months: int = 0
    days: int = 0

    def __str__(self) -> str:
        parts = []
        if self.years:
            parts.append(f"{self.years} year{'s' if self.years != 1 else ''}")
        if self.months:
            parts.append(f"{self.months} month{'s' if self.months != 1 else ''}")
        if self.days:
            parts.append(f"{self.days} day{'s' if self.days != 1 else ''}")
        return " ".join(parts) or "0 days"

    def to_dict(self) -> dict[str, int]:
        return {"years": self.years, "months": self.months, "days": self.days}


def add_period(start: date, period: Period) -> date:
    """Return the last day of ``period`` counted from ``start`` (the start day excluded).

    Years and months go first, by calendar month, clamping to the last day of a shorter
    month (31 August + 6 months = 28/29 February); days are then added one by one. A
    period added to :data:`NEVER` stays :data:`NEVER`.
    """
    return add_months_days(start, period.years * 12 + period.months, period.days)


class _IsoDates(dict[date, str]):
    """``ISO[day]`` is ``day.isoformat()``, remembered: every traced step of every case
    prints a date, and formatting one costs more than looking it up."""

    __slots__ = ()

    def __missing__(self, day: date) -> str:
        text = day.isoformat()
        if len(self) >= 1 << 18:  # bounded, for a long-running service
            self.clear()
        self[day] = text
        return text


#: ``ISO[day] == day.isoformat()`` (cached).
ISO: dict[date, str] = _IsoDates()


@lru_cache(maxsize=1 << 16)
def add_months_days(start: date, months: int, days: int) -> date:
    """``start`` plus whole calendar months (clamped to the month end), then days.

    The same arithmetic as python-dateutil's ``relativedelta(months=...)`` - a property
    test holds the two equal - written out because it runs for every rule of every case.
    """
    if start == NEVER:
        return NEVER
    year, month = divmod(start.year * 12 + start.month - 1 + months, 12)
    month += 1
    try:
        day = start.day
        if day > 28:
            last = monthrange(year, month)[1]
            if day > last:
                day = last
        moved = date(year, month, day)
        return moved + timedelta(days=days) if days else moved
    except (OverflowError, ValueError):
        return NEVER


_NOT_CACHED = object()
_ROLLED_LIMIT = 1 << 17


class HolidayBlocks:
    """A ``holidays`` listing built a block of years at a time, handed out a year at a time.

    ``listing(years)`` is a ``holidays`` calendar over a range of years (for instance
    ``lambda years: holidays.US(subdiv="NY", years=years, observed=False)``). Calling the
    package once per year costs twenty times more per year than once per block, and the
    columnar backend tabulates every year of 1900-2150 at start-up. A year's dates are those
    the listing gives in that year; tests hold this equal to the package's one-year listing
    over that whole span, for every shipped calendar.
    """

    def __init__(self, listing: Callable[[range], Mapping[date, str]], block: int = 32) -> None:
        self.listing, self.block = listing, block
        self._years: dict[int, dict[date, str]] = {}
        self._lock = Lock()

    def __call__(self, year: int) -> dict[date, str]:
        """The listed days of ``year`` (a fresh dict: the caller may change it)."""
        found = self._years.get(year)
        if found is None:
            with self._lock:
                found = self._years.get(year)  # another thread may have built the block meanwhile
                if found is None:
                    start = year - year % self.block
                    years = range(start, start + self.block)
                    block: dict[int, dict[date, str]] = {y: {} for y in years}
                    for day, name in self.listing(years).items():
                        if day.year in block:
                            block[day.year][day] = name
                    self._years.update(block)
                    found = block[year]
        return dict(found)


@dataclass(frozen=True)
class CourtCalendar:
    """A jurisdiction's calendar for counting and for closed court days.

    ``holidays_for_year`` maps each holiday of one year to its name; it is cached per year.
    ``roll`` says what the law does with a last day on a closed day: ``"forward"`` moves
    it to the next open day (New York GCL § 25-a), ``"none"`` leaves it in place.
    """

    name: str
    holidays_for_year: Callable[[int], Mapping[date, str]]
    roll: RollRule = "forward"
    closed_weekdays: frozenset[int] = frozenset({5, 6})
    citation: str = ""
    _cache: dict[int, Mapping[date, str]] = field(default_factory=dict, compare=False, repr=False)
    _rolled: dict[tuple[date, bool], tuple[date, str] | None] = field(default_factory=dict, compare=False, repr=False)

    def holidays(self, year: int) -> Mapping[date, str]:
        found = self._cache.get(year)
        if found is None:
            found = dict(self.holidays_for_year(year))
            self._cache[year] = found
        return found

    def is_closed(self, day: date) -> bool:
        """True when the court office is closed: a weekend day or a listed holiday."""
        return day.weekday() in self.closed_weekdays or day in self.holidays(day.year)

    def next_open(self, day: date) -> date:
        """The first open day on or after ``day``."""
        if day == NEVER:
            return NEVER
        while self.is_closed(day):
            day += timedelta(days=1)
        return day

    def previous_open(self, day: date) -> date:
        """The last open day on or before ``day``."""
        if day == NEVER:
            return NEVER
        while self.is_closed(day):
            day -= timedelta(days=1)
        return day

    def rolled(self, day: date, forward: bool) -> tuple[date, str] | None:
        """``None`` when ``day`` is open (or is :data:`NEVER`), else the open day it moves
        to (the next one, or the last before it) and why it is closed. Cached per day,
        because every deadline of every case asks it."""
        key = (day, forward)
        found = self._rolled.get(key, _NOT_CACHED)
        if found is _NOT_CACHED:
            found = None
            if day != NEVER and self.is_closed(day):
                found = (self.next_open(day) if forward else self.previous_open(day), self.closed_reason(day))
            if len(self._rolled) < _ROLLED_LIMIT:
                self._rolled[key] = found
        return found  # type: ignore[return-value]

    def closed_reason(self, day: date) -> str:
        """Why the office is closed on ``day`` (for traces), or an empty string."""
        if day.weekday() in self.closed_weekdays:
            return _DAY_NAMES[day.weekday()]
        return self.holidays(day.year).get(day, "")
