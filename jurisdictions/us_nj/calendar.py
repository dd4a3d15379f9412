"""New Jersey's count of time: Court Rule 1:3-1 with the legal holidays of N.J.S.A. 36:1-1.

* R. 1:3-1: the day of the act or event from which the period runs is excluded and the
  last day included, "unless it is a Saturday, Sunday or legal holiday, in which event the
  period runs until the end of the next day which is neither a Saturday, Sunday nor legal
  holiday". The Supreme Court's order of 2007-01-02 applied a court-closure day "in the
  computation of time periods under the Rules of Court and any statute of limitations",
  and Estate of Harrington v. City of Linden, 338 N.J. Super. 500 (App. Div. 2001), rolled
  a Tort Claims Act notice day falling on a Saturday; so the roll is applied to statutory
  periods too.
* 36:1-1(a) lists the legal holidays: New Year's Day, the third Monday in January, the
  third Monday in February, Good Friday, the last Monday in May, Juneteenth (the third
  Friday in June, from 2021), 4 July, the first Monday in September, the second Monday in
  October, general election day (every November: New Jersey holds a general election each
  year, N.J.S.A. 19:2-3), 11 November, the fourth Thursday in November and 25 December.
  36:1-1(d) takes Lincoln's Birthday (12 February) out for State government business, so
  the courts are open on it and it is left out.
* 36:1-1(b): a holiday falling on a Sunday makes the Monday a holiday; 36:1-1.2: one
  falling on a Saturday makes the preceding Friday a holiday.

The ``holidays`` package's New Jersey list differs: it keeps Lincoln's Birthday, puts
Juneteenth on 19 June and lists election day only in even years. Those are corrected here.
"""

from __future__ import annotations

from datetime import date, timedelta

import holidays

from medmal.calendar import CourtCalendar, HolidayBlocks

__all__ = ["NEW_JERSEY_CALENDAR", "NJSA_36_1_1", "RULE_1_3_1", "new_jersey_holidays"]

RULE_1_3_1 = "N.J. Ct. R. 1:3-1"
NJSA_36_1_1 = "N.J.S.A. 36:1-1"
_JUNETEENTH_FROM = 2021

#: The package's listing, built a block of years at a time (see medmal.calendar.HolidayBlocks).
_LISTING = HolidayBlocks(lambda years: holidays.US(subdiv="NJ", years=years, observed=False))


def _third_friday_of_june(year: int) -> date:
    first = date(year, 6, 1)
    return first + timedelta(days=(4 - first.weekday()) % 7 + 14)


def _election_day(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(0 - first.weekday()) % 7 + 1)  # Tuesday after the first Monday


def new_jersey_holidays(year: int) -> dict[date, str]:
    """The 36:1-1 legal holidays of ``year`` with their Sunday-Monday and Saturday-Friday days."""
    listed = _LISTING(year)
    days: dict[date, str] = {}
    for day, names in listed.items():
        if day.year != year:
            continue
        kept = [n for n in names.split("; ") if "Lincoln" not in n and "Juneteenth" not in n and "Election" not in n]
        if kept:
            days[day] = "; ".join(kept)
    if year >= _JUNETEENTH_FROM:
        days[_third_friday_of_june(year)] = "Juneteenth Day (third Friday in June)"
    days[_election_day(year)] = "General election day"
    out = dict(days)
    for day, name in days.items():
        if day.weekday() == 6:
            out.setdefault(day + timedelta(days=1), f"{name} (Sunday holiday: Monday, {NJSA_36_1_1}(b))")
        elif day.weekday() == 5 and (day.month, day.day) != (1, 1):  # 1 January's Friday belongs to the year before
            out.setdefault(day - timedelta(days=1), f"{name} (Saturday holiday: Friday, N.J.S.A. 36:1-1.2)")
    if date(year + 1, 1, 1).weekday() == 5:  # next New Year's Day on a Saturday: this 31 December
        out[date(year, 12, 31)] = "New Year's Day (Saturday holiday: Friday, N.J.S.A. 36:1-1.2)"
    return out


NEW_JERSEY_CALENDAR = CourtCalendar(
    name="New Jersey Court Rules",
    holidays_for_year=new_jersey_holidays,
    roll="forward",
    citation=f"{RULE_1_3_1}; {NJSA_36_1_1}, 36:1-1.2",
)
