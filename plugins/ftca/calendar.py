"""The federal count of closed days: 5 U.S.C. § 6103 and Fed. R. Civ. P. 6(a).

* 5 U.S.C. § 6103(a) lists the legal public holidays (New Year's Day, Birthday of Martin
  Luther King Jr., Washington's Birthday, Memorial Day, Juneteenth National Independence
  Day from 2021, Independence Day, Labor Day, Columbus Day, Veterans Day, Thanksgiving Day,
  Christmas Day); § 6103(b) moves a holiday on a Saturday to the Friday before and one on a
  Sunday to the Monday after for federal employees - the days federal offices close. The
  ``holidays`` package's United States calendar is that list with those observed days.
* Fed. R. Civ. P. 6(a)(1)(C): a last day on a Saturday, Sunday or legal holiday runs to the
  end of the next day that is not one; 6(a)(6) makes "legal holiday" the days set aside by
  statute for the § 6103 holidays, any day declared a holiday by the President or Congress,
  and - for periods measured after an event - "any other day declared a holiday by the
  state where the district court is located".

The agency's calendar (:data:`FEDERAL_CALENDAR`) serves the presentation of the
administrative claim, the district court's (:func:`district_court_calendar`: the federal
days plus the state's) the filing of the suit. Days closed by executive order (the
President's "declared" holidays, such as Christmas Eve in some years) are not in the
package's list and are not counted: the rolled date can only come out earlier, never later.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import holidays

from medmal.calendar import CourtCalendar, HolidayBlocks

__all__ = ["FEDERAL_CALENDAR", "FRCP_6A", "USC_6103", "district_court_calendar", "federal_legal_holidays"]

USC_6103 = "5 U.S.C. § 6103(a), (b)"
FRCP_6A = "Fed. R. Civ. P. 6(a)(1)(C), (6)"

#: The package's listing, built a block of years at a time (see medmal.calendar.HolidayBlocks).
_LISTING = HolidayBlocks(lambda years: holidays.US(years=years))


def federal_legal_holidays(year: int) -> dict[date, str]:
    """The legal public holidays of ``year`` and the days federal offices observe them."""
    return _LISTING(year)


FEDERAL_CALENDAR = CourtCalendar(
    name="Federal legal public holidays (5 U.S.C. § 6103)",
    holidays_for_year=federal_legal_holidays,
    roll="forward",
    citation=f"{USC_6103}; {FRCP_6A}",
)

_DISTRICT_CALENDARS: dict[str, tuple[CourtCalendar, CourtCalendar]] = {}


def district_court_calendar(code: str, state: CourtCalendar) -> CourtCalendar:
    """The closed days of the federal district court in the state: the federal legal holidays
    and the days the state's own calendar closes (Fed. R. Civ. P. 6(a)(6)(C)). One per state."""
    found = _DISTRICT_CALENDARS.get(code)
    if found is None or found[0] is not state:
        made = CourtCalendar(
            name=f"United States district court in {code} (Fed. R. Civ. P. 6(a)(6))",
            holidays_for_year=_Union(state).holidays,
            roll="forward",
            citation=f"{FRCP_6A}; {USC_6103}; {state.citation or state.name}",
        )
        found = _DISTRICT_CALENDARS[code] = (state, made)
    return found[1]


class _Union:
    """Federal legal holidays plus the days a state calendar lists as holidays."""

    def __init__(self, state: CourtCalendar) -> None:
        self.state = state

    def holidays(self, year: int) -> Mapping[date, str]:
        out = dict(self.state.holidays(year))
        for day, name in federal_legal_holidays(year).items():
            out[day] = f"{out[day]}; {name}" if day in out and name not in out[day] else name
        return out
