"""California's count of time: Code of Civil Procedure §§ 12, 12a, 12b, 135 and Cal. Rules of Court 1.11.

* CCP § 12: the time in which an act provided by law is to be done "is computed by
  excluding the first day, and including the last, unless the last day is a holiday, and
  then it is also excluded".
* CCP § 12a(a): a last day that is a holiday is extended "to and including the next day
  that is not a holiday"; for this purpose "holiday" means all day on Saturdays, the
  judicial holidays of § 135 and the days § 12b makes holidays (a public office closed
  for the whole day).
* CCP § 135: every full day that Government Code § 6700 makes a holiday is a judicial
  holiday, except Admission Day (9 September), and - from 2022 (AB 855, Stats. 2021) -
  Columbus Day; Lunar New Year and Genocide Remembrance Day, later added to § 6700, are
  excepted too. Every Saturday and the day after Thanksgiving are judicial holidays.
  Good Friday (noon to 3 p.m.) is not a full day and so not a judicial holiday.
* Cal. Rules of Court 1.11: a judicial holiday falling on a Saturday is observed on the
  preceding Friday, one falling on a Sunday on the following Monday; the courts are closed
  that day, so it is a holiday for § 12a (through § 12b).
* Years and months: calendar months ending on the same-numbered day, or on the last day of
  a shorter month (no California statute states the month-end rule; the earlier reading).

The ``holidays`` package's California list is not the judicial list: it includes Susan B.
Anthony Day (a commemoration) and Diwali (added to § 6700 in 2025, status as a judicial
holiday not verified), and omits Lincoln Day (12 February), Native American Day (fourth
Friday in September) and, before 2022, Columbus Day. Where the status of a day is not
verified it is treated as an open day, which can only make a deadline earlier.
"""

from __future__ import annotations

from datetime import date, timedelta

import holidays

from medmal.calendar import CourtCalendar, HolidayBlocks

__all__ = ["CALIFORNIA_CALENDAR", "CCP_12A", "CCP_135", "ccp_135_holidays"]

CCP_12A = "Cal. Code Civ. Proc. §§ 12, 12a"
CCP_135 = "Cal. Code Civ. Proc. § 135; Cal. Gov. Code § 6700; Cal. Rules of Court, rule 1.11"

# Names in the holidays package's list that are judicial holidays under CCP § 135.
_JUDICIAL = {
    "New Year's Day",
    "Martin Luther King Jr. Day",
    "Presidents' Day",
    "Cesar Chavez Day",
    "Memorial Day",
    "Independence Day",
    "Labor Day",
    "Veterans Day",
    "Thanksgiving Day",
    "Day After Thanksgiving",
    "Christmas Day",
}
# Juneteenth: added to Gov. Code § 6700 by AB 1655 (Stats. 2022); taken as a judicial
# holiday from 2023 (court calendars of 2025 and 2026 list it; the first year is not verified).
_JUNETEENTH_FROM = 2023
# Native American Day: a judicial holiday again from 2022 (AB 855 removed it from § 135's
# exceptions); its status from 2015 to 2021 is not verified, so it is not listed then.
_NATIVE_AMERICAN_DAY_FROM = 2022
# Columbus Day: a judicial holiday until AB 855 (effective 2022-01-01) excepted it.
_COLUMBUS_DAY_UNTIL = 2021

#: The package's listing, built a block of years at a time (see medmal.calendar.HolidayBlocks).
_LISTING = HolidayBlocks(lambda years: holidays.US(subdiv="CA", years=years, observed=False))


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def ccp_135_holidays(year: int) -> dict[date, str]:
    """The judicial holidays of CCP § 135 in ``year``, with the days rule 1.11 observes them.

    Saturdays are not listed here: the calendar closes every Saturday and Sunday.
    """
    listed = _LISTING(year)
    days: dict[date, str] = {}
    for day, names in listed.items():
        kept = [n for n in names.split("; ") if n in _JUDICIAL]
        if year >= _JUNETEENTH_FROM:
            kept += [n for n in names.split("; ") if n.startswith("Juneteenth")]
        if kept:
            days[day] = "; ".join(kept)
    days[date(year, 2, 12)] = "Lincoln Day"
    if year >= _NATIVE_AMERICAN_DAY_FROM:
        days[_nth_weekday(year, 9, 4, 4)] = "Native American Day"
    if year <= _COLUMBUS_DAY_UNTIL:
        days[_nth_weekday(year, 10, 0, 2)] = "Columbus Day"
    # New Year's Day of the next year falling on a Saturday is observed on 31 December.
    if year < date.max.year and date(year + 1, 1, 1).weekday() == 5:
        days[date(year + 1, 1, 1)] = "New Year's Day"
    out = {day: name for day, name in days.items() if day.year == year}
    for day, name in days.items():
        if day.weekday() == 5:
            if (day - timedelta(days=1)).year == year:
                out[day - timedelta(days=1)] = f"{name} (observed on the Friday, rule 1.11)"
        elif day.weekday() == 6:
            out[day + timedelta(days=1)] = f"{name} (observed on the Monday, rule 1.11)"
    return out


CALIFORNIA_CALENDAR = CourtCalendar(
    name="California Code of Civil Procedure",
    holidays_for_year=ccp_135_holidays,
    roll="forward",
    citation=f"{CCP_12A}; {CCP_135}",
)
