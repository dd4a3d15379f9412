"""Date arithmetic over columns, exactly as :mod:`medmal.calendar` counts it.

* A period (calendar months clamped to the month end, then days) is tabulated once per
  period over a fixed span of days with polars' own calendar arithmetic
  (``dt.offset_by``, which clamps to the month end exactly as
  :func:`medmal.calendar.add_months_days` does - a test holds the two equal over the whole
  span), so a period is one array lookup per row. :data:`~medmal.calendar.NEVER` stays
  ``NEVER``.
* Closed court days: the calendar's closed weekdays and its holiday list for each year
  of a fixed span give (by column arithmetic, equal to asking ``is_closed`` day by day)
  day-number tables of the next and the previous open day; a roll is then one array
  lookup per row. A date outside the span is flagged so the row can
  be evaluated by the scalar backend instead.
"""

from __future__ import annotations

from datetime import date
from threading import Lock

import polars as pl

from ..calendar import CourtCalendar
from .program import NEVER_LIT

__all__ = ["PERIODS", "PeriodTables", "RollTables", "roll_tables"]

_EPOCH = date(1970, 1, 1)
#: The span of days tabulated (the dates of any real claim fall in it); a date outside it
#: is flagged so its row is evaluated by the scalar backend.
SPAN = (date(1900, 1, 1), date(2150, 12, 31))


class PeriodTables:
    """``day + period`` for every day of :data:`SPAN` (the arithmetic of
    :func:`medmal.calendar.add_months_days`), so a period is one array lookup per row."""

    def __init__(self) -> None:
        first, last = SPAN
        self.base = (first - _EPOCH).days
        self.count = (last - first).days + 1
        self._days = pl.date_range(first, last, "1d", eager=True)
        self._tables: dict[tuple[int, int], pl.Series] = {}
        self._lock = Lock()

    def table(self, months: int, days: int) -> pl.Series:
        with self._lock:
            found = self._tables.get((months, days))
            if found is None:
                moved = self._days
                if months:  # calendar months first, clamped to the month end ...
                    moved = moved.dt.offset_by(f"{months}mo")
                if days:  # ... then days, as add_months_days counts
                    moved = moved.dt.offset_by(f"{days}d")
                # The name keeps tables apart where columns are de-duplicated by expression text.
                found = moved.to_physical().cast(pl.Int32).rename(f"period_{months}_{days}")
                self._tables[(months, days)] = found
            return found

    def add(self, day: pl.Expr, months: int, days: int) -> tuple[pl.Expr, pl.Expr]:
        """(``day`` plus the period, rows outside the span that the table cannot answer)."""
        number = day.to_physical()
        index = (number - self.base).cast(pl.Int64)
        inside = (index >= 0) & (index < self.count)
        looked = pl.lit(self.table(months, days)).gather(pl.when(inside).then(index)).cast(pl.Date)
        outside = day.is_not_null() & (day != NEVER_LIT) & ~inside
        return pl.when(day == NEVER_LIT).then(NEVER_LIT).otherwise(looked), outside


PERIODS = PeriodTables()


class RollTables:
    """Next and previous open day for every day of :data:`SPAN`, as day numbers.

    Built with column arithmetic from the calendar's closed weekdays and its holiday list,
    year by year, exactly as :meth:`~medmal.calendar.CourtCalendar.is_closed` decides a day
    (a day is closed when its weekday is closed or it is in the holidays of its own year;
    a test holds the two equal for every day of the span, for every shipped calendar).
    """

    def __init__(self, calendar: CourtCalendar) -> None:
        first, last = SPAN
        base = (first - _EPOCH).days
        holidays = [day for year in range(first.year, last.year + 1) for day in calendar.holidays(year) if day.year == year]
        frame = pl.DataFrame({"day": pl.date_range(first, last, "1d", eager=True)}).with_row_index("index")
        # polars numbers weekdays 1 (Monday) to 7; date.weekday() 0 to 6.
        weekday = pl.col("day").dt.weekday() - 1
        closed = weekday.is_in(sorted(calendar.closed_weekdays)) | pl.col("day").is_in(pl.Series(holidays, dtype=pl.Date).implode())
        index = pl.col("index").cast(pl.Int32)
        # Past either end of the span the open day is not tabulated: keep the day itself
        # (flagged for the scalar backend in :meth:`roll`).
        opened = pl.when(~closed).then(index)
        tables = frame.select(
            (opened.backward_fill().fill_null(index) + base).alias("forward"),
            (opened.forward_fill().fill_null(index) + base).alias("back"),
            closed.alias("closed"),
        )
        self.base = base
        self.count = frame.height
        self.forward = tables.get_column("forward")
        self.back = tables.get_column("back")
        # Days whose roll needs an open day beyond the span: the trailing closed run
        # (forward) and the leading closed run (back).
        open_days = (~tables.get_column("closed")).arg_true()
        self.forward_limit = base + int(open_days.max())  # type: ignore[arg-type]
        self.back_limit = base + int(open_days.min())  # type: ignore[arg-type]

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
