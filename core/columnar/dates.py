"""Date arithmetic over columns, exactly as :mod:`medmal.calendar` counts it.

* Calendar months: polars ``dt.offset_by("Nmo")`` clamps to the last day of a shorter
  month (31 August + 6 months = 28/29 February; 29 February + 12 months = 28 February),
  the same rule as :func:`medmal.calendar.add_months_days`; days are added after the
  months. :data:`~medmal.calendar.NEVER` stays ``NEVER``, and a result outside the years
  1..9999 becomes ``NEVER`` as the scalar backend's overflow does.
* Closed court days: the calendar's own ``is_closed`` is asked once per day of a fixed
  span of years, giving day-number tables of the next and the previous open day; a roll
  is then one array lookup per row. A date outside the span is flagged so the row can
  be evaluated by the scalar backend instead.
"""

from __future__ import annotations

from datetime import date, timedelta
from threading import Lock

import polars as pl

from ..calendar import CourtCalendar
from .program import NEVER_LIT

__all__ = ["RollTables", "add_months_days", "roll_tables"]

_EPOCH = date(1970, 1, 1)
#: The span of years whose closed days are tabulated (deadlines of any real claim fall in it).
SPAN = (date(1900, 1, 1), date(2150, 12, 31))
_MIN = pl.lit(date.min, dtype=pl.Date)


def add_months_days(day: pl.Expr, months: int, days: int) -> pl.Expr:
    """``day`` plus whole calendar months (clamped to the month end), then ``days``."""
    moved = day
    if months:
        moved = moved.dt.offset_by(f"{months}mo")
    checks = []
    if months and days:
        checks.append((moved > NEVER_LIT) | (moved < _MIN))  # the scalar backend overflows here
        moved = moved + pl.duration(days=days)
    elif days:
        moved = moved + pl.duration(days=days)
    if not months and not days:
        return day
    checks += [day == NEVER_LIT, moved > NEVER_LIT, moved < _MIN]
    return pl.when(pl.any_horizontal(checks)).then(NEVER_LIT).otherwise(moved)


class RollTables:
    """Next and previous open day for every day of :data:`SPAN`, as day numbers."""

    def __init__(self, calendar: CourtCalendar) -> None:
        first, last = SPAN
        closed: list[bool] = []
        day = first
        while day <= last:
            closed.append(calendar.is_closed(day))
            day += timedelta(days=1)
        base = (first - _EPOCH).days
        count = len(closed)
        forward = [0] * count
        back = [0] * count
        nxt = None
        for index in range(count - 1, -1, -1):
            if not closed[index]:
                nxt = index
            # Past the end of the span the next open day is not tabulated: keep the day
            # (flagged for the scalar backend below).
            forward[index] = base + (nxt if nxt is not None else index)
        prev = None
        for index in range(count):
            if not closed[index]:
                prev = index
            back[index] = base + (prev if prev is not None else index)
        self.base = base
        self.count = count
        self.forward = pl.Series("forward", forward, dtype=pl.Int32)
        self.back = pl.Series("back", back, dtype=pl.Int32)
        # Days whose roll needs an open day beyond the span: the trailing closed run
        # (forward) and the leading closed run (back).
        self.forward_limit = base + max(i for i, c in enumerate(closed) if not c)
        self.back_limit = base + min(i for i, c in enumerate(closed) if not c)

    def roll(self, day: pl.Expr, forward: bool) -> tuple[pl.Expr, pl.Expr]:
        """(the rolled date, rows the table cannot answer) for a Date expression ``day``."""
        number = day.to_physical()
        index = (number - self.base).cast(pl.Int64)
        if forward:
            inside = (number >= self.base) & (number <= self.forward_limit)
        else:
            inside = (number >= self.back_limit) & (number < self.base + self.count)
        table = self.forward if forward else self.back
        looked = pl.lit(table).gather(pl.when(inside).then(index).otherwise(None)).cast(pl.Date)
        outside = day.is_not_null() & (day != NEVER_LIT) & ~inside
        return pl.when(inside).then(looked).otherwise(day), outside


_TABLES: dict[int, tuple[CourtCalendar, RollTables]] = {}
_LOCK = Lock()


def roll_tables(calendar: CourtCalendar) -> RollTables:
    """The (cached) roll tables of ``calendar``."""
    with _LOCK:
        found = _TABLES.get(id(calendar))
        if found is None or found[0] is not calendar:
            found = _TABLES[id(calendar)] = (calendar, RollTables(calendar))
        return found[1]
