"""Pennsylvania's count of time: 1 Pa.C.S. § 1908 (from the Act of June 20, 1883, P.L. 136).

* The first day is excluded and the last day included; "whenever the last day of any such
  period shall fall on Saturday or Sunday, or on any day made a legal holiday by the laws of
  this Commonwealth or of the United States, such day shall be omitted from the computation"
  (the 1883 Act as amended in 1959; Pa.R.C.P. 106(b) says the same for periods in the rules).
* Legal holidays of the Commonwealth (44 P.S. § 11): New Year's Day, Martin Luther King Jr.
  Day, Presidents' Day, Good Friday, Memorial Day, Flag Day (14 June), Independence Day,
  Labor Day, Columbus Day, Election Day (the Tuesday after the first Monday of November),
  Veterans Day, Thanksgiving and Christmas.
* Legal public holidays of the United States (5 U.S.C. § 6103(a)) add Juneteenth (from 2021).

The ``holidays`` package's Pennsylvania list is not this list: it lacks Good Friday, Flag Day
and Election Day, which are added, and it includes the Day After Thanksgiving, a paid holiday of
state employees (and of the courts) but not a legal holiday under either law, which is dropped.
Holidays are kept on their own dates: neither § 11 nor § 1908 was seen to move a holiday that
falls on a weekend, so no observed day is added (the earlier, safe reading).
"""

from __future__ import annotations

from datetime import date, timedelta

import holidays
from dateutil.easter import easter

from medmal.calendar import CourtCalendar, HolidayBlocks

__all__ = ["PA_CS_1908", "PENNSYLVANIA_CALENDAR", "pennsylvania_legal_holidays"]

PA_CS_1908 = "1 Pa.C.S. § 1908 (Act of June 20, 1883, P.L. 136, as amended 1959); Pa.R.C.P. 106"
_NOT_LEGAL_HOLIDAYS = {"Day After Thanksgiving"}

#: The package's listing, built a block of years at a time (see medmal.calendar.HolidayBlocks).
_LISTING = HolidayBlocks(lambda years: holidays.US(subdiv="PA", years=years, observed=False))


def _election_day(year: int) -> date:
    """The first Tuesday after the first Monday of November."""
    first = date(year, 11, 1)
    first_monday = first + timedelta(days=(0 - first.weekday()) % 7)
    return first_monday + timedelta(days=1)


def pennsylvania_legal_holidays(year: int) -> dict[date, str]:
    """Days of ``year`` made legal holidays by Pennsylvania (44 P.S. § 11) or federal law."""
    listed = _LISTING(year)
    out: dict[date, str] = {}
    for day, names in listed.items():
        kept = [n for n in names.split("; ") if n not in _NOT_LEGAL_HOLIDAYS]
        if kept:
            out[day] = "; ".join(kept)
    for day, name in (
        (easter(year) - timedelta(days=2), "Good Friday (44 P.S. § 11)"),
        (date(year, 6, 14), "Flag Day (44 P.S. § 11)"),
        (_election_day(year), "Election Day (44 P.S. § 11)"),
    ):
        out[day] = f"{out[day]}; {name}" if day in out else name
    return out


PENNSYLVANIA_CALENDAR = CourtCalendar(
    name="Pennsylvania Statutory Construction Act, 1 Pa.C.S. § 1908",
    holidays_for_year=pennsylvania_legal_holidays,
    roll="forward",
    citation=f"{PA_CS_1908}; 44 P.S. § 11; 5 U.S.C. § 6103(a)",
)
