"""Illinois's count of time: the Statute on Statutes, 5 ILCS 70/1.11.

"The time within which any act provided by law is to be done shall be computed by
excluding the first day and including the last, unless the last day is Saturday or Sunday
or is a holiday as defined or fixed in any statute now or hereafter in force in this
State, and then it shall also be excluded. If the day succeeding such Saturday, Sunday or
holiday is also a holiday or a Saturday or Sunday then such succeeding day shall also be
excluded." Years and months are calendar years and months (815 ILCS 205/10 uses the same
reckoning).

The holidays are those "defined or fixed in any statute". The general list is the
Promissory Note and Bank Holiday Act, 205 ILCS 630/17(a): New Year's Day, the third Monday
in January, 12 February (Lincoln's Birthday), the third Monday in February, the first
Monday in March (Casimir Pulaski's birthday), Good Friday, the last Monday of May, 19 June
(Juneteenth National Freedom Day), 4 July, the first Monday in September, the second Monday
in October, 11 November, the fourth Thursday in November, 25 December, and the days of the
general elections for members of the House of Representatives (even-year November
elections). The ``holidays`` package's Illinois list has all of these except Good Friday,
which is added here. Juneteenth became an Illinois holiday by P.A. 102-334 (effective
2021-08-09), so it counts from 2022. 630/17 moves no holiday falling on a weekend, so no
observed days are added (the package's observed days are left out); a day the Governor
proclaims a holiday cannot be known in advance and is not listed. The package lists
general election days from 2008; when the election-day clause entered 630/17 was not
verified, so earlier election days are left out (the earlier, safe reading).
"""

from __future__ import annotations

from datetime import date, timedelta

import holidays
from dateutil.easter import easter

from medmal.calendar import CourtCalendar, HolidayBlocks

__all__ = ["ILCS_1_11", "ILCS_630_17", "ILLINOIS_CALENDAR", "illinois_holidays"]

ILCS_1_11 = "5 ILCS 70/1.11"
ILCS_630_17 = "205 ILCS 630/17(a)"
_JUNETEENTH_FROM = 2022  # P.A. 102-334, effective 2021-08-09: first 19 June after it

#: The package's listing, built a block of years at a time (see medmal.calendar.HolidayBlocks).
_LISTING = HolidayBlocks(lambda years: holidays.US(subdiv="IL", years=years, observed=False))


def illinois_holidays(year: int) -> dict[date, str]:
    """The statutory holidays of 205 ILCS 630/17(a) in ``year`` (no weekend substitutes)."""
    listed = _LISTING(year)
    out: dict[date, str] = {}
    for day, names in listed.items():
        kept = [n for n in names.split("; ") if not ("Juneteenth" in n and year < _JUNETEENTH_FROM)]
        if kept:
            out[day] = "; ".join(kept)
    good_friday = easter(year) - timedelta(days=2)
    out[good_friday] = f"Good Friday ({ILCS_630_17})"
    return out


ILLINOIS_CALENDAR = CourtCalendar(
    name="Illinois Statute on Statutes",
    holidays_for_year=illinois_holidays,
    roll="forward",
    citation=f"{ILCS_1_11}; {ILCS_630_17}",
)
