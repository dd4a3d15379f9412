"""New York's count of time: General Construction Law §§ 20, 24, 25-a, 30, 58.

* § 20: the day from which a period is reckoned is excluded.
* §§ 30, 31, 58: months are calendar months ending on the same-numbered day or the last
  day of a shorter month; a year is twelve months.
* § 25-a(1): a period ending on a Saturday, Sunday or public holiday may be done on the
  next succeeding business day.
* § 24: the public holidays. The ``holidays`` package's New York list is not this list:
  it adds Susan B. Anthony Day (a commemoration, not a § 24 holiday) and moves holidays
  falling on Saturday to Friday, which § 24 never does. § 24 moves a holiday falling on a
  Sunday to the Monday, except Flag Day. Juneteenth was added by L.2020 ch. 249 (signed
  2020-10-14), so it counts from 2021.
"""

from __future__ import annotations

from datetime import date, timedelta

import holidays

from medmal.calendar import CourtCalendar, HolidayBlocks

__all__ = ["GCL_24", "GCL_25A", "NEW_YORK_CALENDAR", "gcl_24_holidays"]

GCL_24 = "N.Y. Gen. Constr. Law § 24"
GCL_25A = "N.Y. Gen. Constr. Law § 25-a(1)"

_NOT_GCL_24 = {"Susan B. Anthony Day"}
_JUNETEENTH_FROM = 2021  # L.2020 ch. 249, signed 2020-10-14: first 19 June after it

#: The package's listing, built a block of years at a time (see medmal.calendar.HolidayBlocks).
_LISTING = HolidayBlocks(lambda years: holidays.US(subdiv="NY", years=years, observed=False))


def gcl_24_holidays(year: int) -> dict[date, str]:
    """The public holidays of GCL § 24 in ``year`` (with the Sunday-to-Monday rule)."""
    listed = _LISTING(year)
    out: dict[date, str] = {}
    for day, names in listed.items():
        kept = [n for n in names.split("; ") if n not in _NOT_GCL_24]
        if "Juneteenth" in names and year < _JUNETEENTH_FROM:
            kept = [n for n in kept if "Juneteenth" not in n]
        if not kept:
            continue
        name = "; ".join(kept)
        out[day] = name
        if day.weekday() == 6 and "Flag Day" not in name:
            # "if any of such days except Flag day is Sunday, the next day thereafter"
            out[day + timedelta(days=1)] = f"{name} (Sunday holiday moved to Monday, {GCL_24})"
    return out


NEW_YORK_CALENDAR = CourtCalendar(
    name="New York General Construction Law",
    holidays_for_year=gcl_24_holidays,
    roll="forward",
    citation=f"{GCL_24}; {GCL_25A}; §§ 20, 30, 58",
)
