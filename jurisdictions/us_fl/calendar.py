"""Florida's count of time: Fla. R. Gen. Prac. & Jud. Admin. 2.514 and Fla. Stat. § 110.117.

* Rule 2.514(a) (in force from 2012-10-01) applies "in computing time periods specified in
  any rule of procedure, local rule, court order, or statute that does not specify a method
  of computing time"; § 95.11 specifies none. The day of the event is excluded, every day
  counts, and the last day is included - but if it is a Saturday, Sunday or legal holiday the
  period runs to the end of the next day that is none of those (2.514(a)(1)(C)).
* Rule 2.514(a)(6) defines "legal holiday" as (A) the day set aside by § 110.117 for observing
  New Year's Day, Martin Luther King Jr.'s Birthday, Memorial Day, Independence Day, Labor
  Day, Veterans' Day, Thanksgiving Day, the Friday after Thanksgiving and Christmas Day, and
  (B) any day observed as a holiday by the clerk's office or designated by the chief judge.
* § 110.117(2): a holiday falling on a Saturday is observed on the Friday before, one falling
  on a Sunday on the Monday after.

The ``holidays`` package's Florida list is not this list: it adds Susan B. Anthony Day (a
commemoration) and Juneteenth (a federal, not a § 110.117, holiday), which are dropped here.
Part (B) days differ by court (Good Friday and the Jewish High Holy Days in many circuits and
in the district courts of appeal) and cannot be listed statewide; leaving them out gives the
earlier, safe date.
"""

from __future__ import annotations

from datetime import date

import holidays

from medmal.calendar import CourtCalendar, HolidayBlocks

__all__ = ["FLORIDA_CALENDAR", "RULE_2_514", "rule_2_514_holidays"]

RULE_2_514 = "Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(1)(C), (a)(6); Fla. Stat. § 110.117"

#: The § 110.117 holidays Rule 2.514(a)(6)(A) names, as the holidays package spells them.
_RULE_2_514_NAMES = (
    "New Year's Day",
    "Martin Luther King Jr. Day",
    "Memorial Day",
    "Independence Day",
    "Labor Day",
    "Veterans Day",
    "Thanksgiving Day",
    "Friday After Thanksgiving",
    "Christmas Day",
)

#: The package's listing, built a block of years at a time (see medmal.calendar.HolidayBlocks).
_LISTING = HolidayBlocks(lambda years: holidays.US(subdiv="FL", years=years, observed=True))


def _listed(name: str) -> bool:
    return name.removesuffix(" (observed)") in _RULE_2_514_NAMES


def rule_2_514_holidays(year: int) -> dict[date, str]:
    """The Rule 2.514(a)(6)(A) legal holidays of ``year``, on their § 110.117 observed days."""
    listed = _LISTING(year)
    out: dict[date, str] = {}
    for day, names in listed.items():
        kept = [n for n in names.split("; ") if _listed(n)]
        if kept:
            out[day] = "; ".join(kept)
    return out


FLORIDA_CALENDAR = CourtCalendar(
    name="Florida Rule of General Practice and Judicial Administration 2.514",
    holidays_for_year=rule_2_514_holidays,
    roll="forward",
    citation=RULE_2_514,
)
