"""Illinois: the 5 ILCS 70/1.11 calendar against 205 ILCS 630/17, rule metadata, and the
13-212(a) adult date against an independent computation with python-dateutil."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from medmal import Engine
from medmal.jurisdictions.us_il.calendar import ILLINOIS_CALENDAR, illinois_holidays

ENGINE = Engine(only=("us_il",))
IL = ENGINE.jurisdiction("US-IL")


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _statute_list(year: int) -> set[date]:
    """205 ILCS 630/17(a), written out from the statute's words."""
    days = {
        date(year, 1, 1),
        _nth_weekday(year, 1, 0, 3),
        date(year, 2, 12),
        _nth_weekday(year, 2, 0, 3),
        _nth_weekday(year, 3, 0, 1),
        easter(year) - timedelta(days=2),
        date(year, 5, 31) - timedelta(days=date(year, 5, 31).weekday()),  # last Monday of May
        date(year, 7, 4),
        _nth_weekday(year, 9, 0, 1),
        _nth_weekday(year, 10, 0, 2),
        date(year, 11, 11),
        _nth_weekday(year, 11, 3, 4),
        date(year, 12, 25),
    }
    if year >= 2022:
        days.add(date(year, 6, 19))
    if year % 2 == 0 and year >= 2008:  # general elections for the House: Tuesday after the first Monday in November
        days.add(_nth_weekday(year, 11, 0, 1) + timedelta(days=1))
    return days


@pytest.mark.parametrize("year", range(2005, 2036))
def test_holidays_are_the_630_17_list(year: int) -> None:
    assert set(illinois_holidays(year)) == _statute_list(year)


def test_good_friday_and_juneteenth_dates() -> None:
    assert date(2026, 4, 3) in illinois_holidays(2026)
    assert date(2021, 6, 18) not in illinois_holidays(2021) and date(2021, 6, 19) not in illinois_holidays(2021)
    assert ILLINOIS_CALENDAR.next_open(date(2026, 4, 3)) == date(2026, 4, 6)
    # No Saturday holiday is moved to the Friday: 4 July 2026 is a Saturday, 3 July is open.
    assert not ILLINOIS_CALENDAR.is_closed(date(2026, 7, 3))


def test_struck_down_caps_are_never_applied() -> None:
    result = ENGINE.evaluate(
        {
            "jurisdiction": "US-IL",
            "claim_type": "personal_injury",
            "defendants": [{"name": "Dr A"}],
            "events": {"act_or_omission": "2008-01-10"},
            "damages": {"currency": "USD", "economic": 0, "non_economic": 3_000_000, "punitive": 0},
            "claimant_fault": 0,
        },
        as_of=date(2009, 1, 1),
    )
    struck = [lim for lim in result.damages.limits if lim.struck_down]
    assert {lim.amount for lim in struck} == {500_000, 1_000_000}
    assert not any(lim.applied for lim in struck)
    assert result.damages.after_caps["non_economic"] == 3_000_000


def test_unknown_birth_date_gives_the_adult_date() -> None:
    case = {
        "jurisdiction": "US-IL",
        "claim_type": "personal_injury",
        "claimant": {"incapacity": []},
        "defendants": [{"name": "Dr A"}],
        "events": {"act_or_omission": "2024-06-03", "discovery": "2024-06-03"},
        "allegations": [],
    }
    limitation = ENGINE.evaluate(case, as_of=date(2025, 1, 1)).limitation("Dr A")
    assert limitation.date == "2026-06-03"
    assert "claimant.date_of_birth" in limitation.missing_facts


ADULT_DAYS = st.dates(min_value=date(2004, 1, 1), max_value=date(2030, 12, 31))


@given(act=ADULT_DAYS, lag=st.integers(min_value=0, max_value=6 * 365))
def test_adult_date_matches_an_independent_count(act: date, lag: int) -> None:
    """13-212(a) for an adult: the earlier of knowledge + 2 years and act + 4 years, then
    every closed day excluded (1.11), counted here with dateutil instead of the engine."""
    knowledge = act + timedelta(days=lag)
    case = {
        "jurisdiction": "US-IL",
        "claim_type": "personal_injury",
        "claimant": {"date_of_birth": "1950-01-01", "incapacity": []},
        "defendants": [{"name": "Dr A"}],
        "events": {"act_or_omission": act.isoformat(), "discovery": knowledge.isoformat()},
        "allegations": [],
    }
    last = min(knowledge + relativedelta(years=2), act + relativedelta(years=4))
    while last.weekday() >= 5 or last in _statute_list(last.year):
        last += timedelta(days=1)
    assert ENGINE.evaluate(case, as_of=date(2020, 1, 1)).limitation("Dr A").date == last.isoformat()


@settings(max_examples=60)
@given(data=st.data())
def test_safe_date_is_never_later_than_its_alternative(data: st.DataObject) -> None:
    """Where authority is split the date shown is the earlier reading."""
    from medmal.testing.strategies import as_of_dates, cases

    case = data.draw(cases("US-IL", currency="USD"))
    for deadline in ENGINE.evaluate(case, data.draw(as_of_dates())).deadlines:
        for alternative in deadline.alternatives:
            assert deadline.date is not None and alternative.date is not None
            assert alternative.date > deadline.date, (deadline.rule_id, deadline.date, alternative.date)
