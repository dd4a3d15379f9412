"""The England & Wales court calendar: how time is counted and when the court office is closed.

* The day of accrual is excluded, so a period of years ends on the anniversary date
  (*Marren v Dawson Bentley* [1961] 2 QB 135; *Pritam Kaur v S Russell & Sons* [1973] QB 336
  (CA)); months are calendar months (the corresponding-date rule).
* The court office is closed on Saturdays, Sundays and the England & Wales bank and public
  holidays: those in the Banking and Financial Dealings Act 1971 Sch 1 para 1, those made by
  royal proclamation (New Year's Day, the early-May Monday, substitute days, one-off days such
  as 8 May 2020 and 19 Sep 2022) and the common-law holidays Christmas Day and Good Friday.
  The ``holidays`` package's ``UK(subdiv="ENG")`` list is exactly that set.
* ``roll="none"``: no statute moves a limitation last day off a closed day. *Pritam Kaur*
  holds an act that can only be done at the court office is in time on the next open day,
  but whether that survives electronic filing (CPR 2.8(5) is "subject to PD 5C") is not
  settled, so the rules keep the last open day on or before the last day as the safe date
  and name the *Pritam Kaur* day as the arguable alternative.
"""

from __future__ import annotations

from datetime import date

import holidays

from medmal.calendar import CourtCalendar, HolidayBlocks

__all__ = ["BFDA_1971", "ENGLAND_AND_WALES_CALENDAR", "PRITAM_KAUR", "england_and_wales_holidays"]

BFDA_1971 = "Banking and Financial Dealings Act 1971 s.1, Sch 1 para 1 (and royal proclamations under s.1(3))"
PRITAM_KAUR = "Pritam Kaur v S Russell & Sons Ltd [1973] QB 336 (CA)"

#: The package's listing, built a block of years at a time (see medmal.calendar.HolidayBlocks).
_LISTING = HolidayBlocks(lambda years: holidays.UK(subdiv="ENG", years=years))


def england_and_wales_holidays(year: int) -> dict[date, str]:
    """The days in ``year`` other than weekends on which the court office is closed."""
    return _LISTING(year)


ENGLAND_AND_WALES_CALENDAR = CourtCalendar(
    name="England and Wales court office",
    holidays_for_year=england_and_wales_holidays,
    roll="none",
    citation=f"{BFDA_1971}; CPR 2.8; {PRITAM_KAUR}; Marren v Dawson Bentley Ltd [1961] 2 QB 135",
)
