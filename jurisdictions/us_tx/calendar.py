"""Texas's count of time: Code Construction Act § 311.014, CPRC § 16.072, Tex. R. Civ. P. 4.

* Gov't Code § 311.014: in computing a period of days the first day is excluded and the
  last included; a period of months ends on the same numerical day of the concluding
  month, or on its last day where it has no such day; a last day on a Saturday, Sunday or
  legal holiday is extended to the next day that is none of them.
* CPRC § 16.072: if the last day of a limitations period "falls on a Saturday, Sunday, or
  holiday, the period for filing suit is extended to include the next day that the county
  offices are open for business". Tex. R. Civ. P. 4 extends a period past a Saturday,
  Sunday or "legal holiday".
* The holidays counted are the national holidays of Gov't Code § 662.003(a): New Year's
  Day, Martin Luther King Jr. Day, Presidents' Day, Memorial Day, Independence Day, Labor
  Day, Veterans Day, Thanksgiving Day and Christmas Day, on their own dates (Texas law
  moves none of them off a weekend). Frasier v Shafeeq (Tex. App.-Fort Worth 2022, mem.
  op.) held Veterans Day extends limitations under Rule 4 even where the county offices
  were open; a dissent read § 16.072 the other way.
* The state holidays of § 662.003(b) (Confederate Heroes Day, Texas Independence Day, San
  Jacinto Day, Emancipation Day, LBJ Day, the Friday after Thanksgiving, 24 and 26
  December) and the optional holidays (Cesar Chavez Day, Good Friday...) are not counted:
  whether they are "legal holidays" for Rule 4 and whether the county offices close on them
  varies, and leaving them out can only make a deadline earlier. The ``holidays`` package's
  Texas list includes them and moves federal holidays off weekends, so it is filtered.
"""

from __future__ import annotations

from datetime import date

import holidays

from medmal.calendar import CourtCalendar, HolidayBlocks

__all__ = ["CPRC_16_072", "FRASIER_SPLIT", "TEXAS_CALENDAR", "national_holidays"]

CPRC_16_072 = "Tex. Civ. Prac. & Rem. Code § 16.072; Tex. R. Civ. P. 4; Tex. Gov't Code §§ 311.014, 662.003(a)"

#: Carried into every rolled Texas deadline's uncertainty: the engine cannot know whether
#: a county's offices were open on a national holiday, nor express a weekend-only roll.
FRASIER_SPLIT = (
    "HOLIDAY ROLL NOT SETTLED: a last day on, or rolled past, a national holiday is extended past the holiday "
    "(Tex. R. Civ. P. 4; Frasier v Shafeeq, Tex. App.-Fort Worth 2022, mem. op., majority). CPRC § 16.072 extends "
    "limitations only to 'the next day that the county offices are open for business'; the Frasier dissent would end "
    "the period on the holiday itself (or the day after a weekend) where the county offices were open, which is "
    "EARLIER than the date shown. Where the date shown was reached by passing a national holiday (Veterans Day, MLK "
    "Day, Presidents' Day and others on which counties may stay open), file by the earlier day."
)

_NATIONAL = {
    "New Year's Day",
    "Martin Luther King Jr. Day",
    "Presidents' Day",
    "Memorial Day",
    "Independence Day",
    "Labor Day",
    "Veterans Day",
    "Thanksgiving Day",
    "Christmas Day",
}

#: The package's listing, built a block of years at a time (see medmal.calendar.HolidayBlocks).
_LISTING = HolidayBlocks(lambda years: holidays.US(subdiv="TX", years=years, observed=False))


def national_holidays(year: int) -> dict[date, str]:
    """The national holidays of Gov't Code § 662.003(a) in ``year``, on their own dates."""
    listed = _LISTING(year)
    out: dict[date, str] = {}
    for day, names in listed.items():
        kept = [n for n in names.split("; ") if n in _NATIONAL]
        if kept:
            out[day] = "; ".join(kept)
    return out


TEXAS_CALENDAR = CourtCalendar(
    name="Texas Code Construction Act and Rules of Civil Procedure",
    holidays_for_year=national_holidays,
    roll="forward",
    citation=CPRC_16_072,
)
