"""New Jersey: the R. 1:3-1 / 36:1-1 calendar, rule metadata, and the 2A:14-2 adult and
minor dates against an independent computation with python-dateutil."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from dateutil.easter import easter
from dateutil.relativedelta import FR, MO, TH, relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from medmal import Engine
from medmal.jurisdictions.us_nj.calendar import NEW_JERSEY_CALENDAR, new_jersey_holidays

ENGINE = Engine(only=("us_nj",))
NJ = ENGINE.jurisdiction("US-NJ")


def _statute_days(year: int) -> set[date]:
    """36:1-1(a) without Lincoln's Birthday (36:1-1(d)), written out with dateutil."""
    days = {
        date(year, 1, 1),
        date(year, 1, 1) + relativedelta(weekday=MO(3)),
        date(year, 2, 1) + relativedelta(weekday=MO(3)),
        easter(year) - timedelta(days=2),
        date(year, 5, 31) + relativedelta(weekday=MO(-1)),
        date(year, 7, 4),
        date(year, 9, 1) + relativedelta(weekday=MO(1)),
        date(year, 10, 1) + relativedelta(weekday=MO(2)),
        date(year, 11, 1) + relativedelta(weekday=MO(1)) + timedelta(days=1),
        date(year, 11, 11),
        date(year, 11, 1) + relativedelta(weekday=TH(4)),
        date(year, 12, 25),
    }
    if year >= 2021:
        days.add(date(year, 6, 1) + relativedelta(weekday=FR(3)))
    return days


def _closed_days(year: int) -> set[date]:
    out = set()
    for day in _statute_days(year) | _statute_days(year + 1):
        if day.weekday() == 6:
            day += timedelta(days=1)
        elif day.weekday() == 5:
            day -= timedelta(days=1)
        if day.year == year:
            out.add(day)
    return out | {d for d in _statute_days(year)}


@pytest.mark.parametrize("year", range(2005, 2036))
def test_holidays_are_the_36_1_1_list(year: int) -> None:
    assert set(new_jersey_holidays(year)) == _closed_days(year)


def test_corrections_to_the_package_list() -> None:
    assert date(2026, 2, 12) not in new_jersey_holidays(2026)  # Lincoln's Birthday: courts open
    assert date(2025, 6, 20) in new_jersey_holidays(2025) and date(2025, 6, 19) not in new_jersey_holidays(2025)
    assert date(2025, 11, 4) in new_jersey_holidays(2025)  # odd-year general election
    assert date(2021, 12, 31) in new_jersey_holidays(2021)  # New Year's Day 2022 on a Saturday
    assert NEW_JERSEY_CALENDAR.next_open(date(2026, 4, 3)) == date(2026, 4, 6)


def test_discretionary_late_notice_never_extends_the_notice() -> None:
    case = {
        "jurisdiction": "US-NJ",
        "claim_type": "personal_injury",
        "claimant": {"date_of_birth": "1970-01-01", "incapacity": []},
        "defendants": [{"name": "County", "kind": "hospital", "public_entity": "municipal"}],
        "events": {"act_or_omission": "2025-01-06", "discovery": "2025-01-06"},
        "allegations": [],
    }
    result = ENGINE.evaluate(case, as_of=date(2025, 6, 1))
    notice = next(d for d in result.deadlines if d.kind == "notice_of_claim")
    assert (notice.date, notice.status) == ("2025-04-07", "expired")  # 90th day 2025-04-06 is a Sunday
    assert notice.discretion and "59:8-9" in notice.discretion


@given(
    act=st.dates(min_value=date(2005, 1, 1), max_value=date(2030, 12, 31)),
    lag=st.integers(min_value=0, max_value=5 * 365),
    age_days=st.integers(min_value=2, max_value=60 * 365),
)
def test_date_matches_an_independent_count(act: date, lag: int, age_days: int) -> None:
    """Without a birth injury or disability: 2 years from discovery, or from the 18th
    birthday for a minor at the act if later, then every closed day skipped."""
    born = act - timedelta(days=age_days)
    discovery = act + timedelta(days=lag)
    case = {
        "jurisdiction": "US-NJ",
        "claim_type": "personal_injury",
        "claimant": {"date_of_birth": born.isoformat(), "incapacity": []},
        "defendants": [{"name": "Dr A"}],
        "events": {"act_or_omission": act.isoformat(), "discovery": discovery.isoformat()},
        "allegations": [],
    }
    last = discovery + relativedelta(years=2)
    majority = born + relativedelta(years=18)
    if act < majority:
        last = max(last, majority + relativedelta(years=2))
    while last.weekday() >= 5 or last in _closed_days(last.year):
        last += timedelta(days=1)
    assert ENGINE.evaluate(case, as_of=date(2020, 1, 1)).limitation("Dr A").date == last.isoformat()


@settings(max_examples=60)
@given(data=st.data())
def test_safe_date_is_never_later_than_its_alternative(data: st.DataObject) -> None:
    """Where authority is split the date shown is the earlier reading."""
    from medmal.testing.strategies import as_of_dates, cases

    case = data.draw(cases("US-NJ", currency="USD"))
    for deadline in ENGINE.evaluate(case, data.draw(as_of_dates())).deadlines:
        for alternative in deadline.alternatives:
            assert deadline.date is not None and alternative.date is not None
            assert alternative.date > deadline.date, (deadline.rule_id, deadline.date, alternative.date)
