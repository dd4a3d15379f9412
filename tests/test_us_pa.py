"""Pennsylvania: rule metadata, the § 1908 holiday list, and the limitation for minors checked
against an independent computation of §§ 5524(2), 5533(b) and MCARE § 513(c)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from medmal import Engine
from medmal.jurisdictions.us_pa.calendar import pennsylvania_legal_holidays

ENGINE = Engine(only=("us_pa",))
PENNSYLVANIA = ENGINE.jurisdiction("US-PA")


def test_section_1908_holidays_are_pennsylvania_and_federal_legal_holidays() -> None:
    days = pennsylvania_legal_holidays(2026)
    assert date(2026, 4, 3) in days  # Good Friday (44 P.S. § 11), not in the holidays package's list
    assert date(2026, 6, 14) in days  # Flag Day
    assert date(2026, 11, 3) in days  # Election Day: Tuesday after the first Monday of November
    assert date(2026, 6, 19) in days  # Juneteenth, a federal legal holiday
    assert date(2026, 11, 27) not in days  # Day After Thanksgiving: a paid day off, not a legal holiday
    assert date(2020, 6, 19) not in pennsylvania_legal_holidays(2020)  # Juneteenth only from 2021
    assert date(2027, 11, 2) in pennsylvania_legal_holidays(2027)  # first Monday is 1 November


def _next_open(day: date) -> date:
    while day.weekday() >= 5 or day in pennsylvania_legal_holidays(day.year):
        day += timedelta(days=1)
    return day


@given(
    born=st.dates(min_value=date(1990, 1, 1), max_value=date(2024, 12, 31)),
    age_days=st.integers(min_value=0, max_value=40 * 365),
    discovered_after=st.integers(min_value=0, max_value=25 * 365),
)
def test_limitation_matches_an_independent_computation(born: date, age_days: int, discovered_after: int) -> None:
    act = born + timedelta(days=age_days)
    discovered = act + timedelta(days=discovered_after)
    if discovered > date(2045, 1, 1):
        return
    case = {
        "jurisdiction": "US-PA",
        "claim_type": "personal_injury",
        "claimant": {"date_of_birth": born.isoformat(), "incapacity": []},
        "defendants": [{"name": "Dr A"}],
        "events": {"act_or_omission": act.isoformat(), "injury": act.isoformat(), "discovery": discovered.isoformat()},
        "allegations": [],
    }
    adulthood = born + relativedelta(years=18)
    adult = _next_open(discovered + relativedelta(years=2))
    plain = _next_open(max(discovered, adulthood) + relativedelta(years=2)) if act < adulthood else adult
    bar = None
    if act < adulthood and act >= date(2002, 3, 20):
        # § 513(c) as written: not after the later of 7 years (rolled forward) and the day before the
        # 20th birthday (a fixed day: the last open day on or before it), even below an adult's date.
        age_20 = born + relativedelta(years=20) - timedelta(days=1)
        while age_20.weekday() >= 5 or age_20 in pennsylvania_legal_holidays(age_20.year):
            age_20 -= timedelta(days=1)
        cut_off = max(_next_open(act + relativedelta(years=7)), age_20)
        bar = cut_off if cut_off < plain else None
    deadlines = ENGINE.evaluate(case, date(2000, 1, 1)).deadlines
    got = next(d for d in deadlines if d.kind == "limitation")
    assert got.date == plain.isoformat()
    assert got.alternatives == []
    repose = [d for d in deadlines if d.kind == "repose"]
    if bar is None:
        assert repose == []
    else:
        assert [(d.date, [a.date for a in d.alternatives]) for d in repose] == [(bar.isoformat(), [plain.isoformat()])]


@pytest.mark.parametrize(("filed", "notice_shown"), [(None, True), ("2025-07-10", False), ("2025-07-11", True)])
def test_suit_within_six_months_makes_the_5522_notice_unnecessary(filed: str | None, notice_shown: bool) -> None:
    # Injury 2025-01-10: notice due 2025-07-10 (Thu); a complaint by then serves its purpose.
    case = {
        "jurisdiction": "US-PA",
        "claim_type": "personal_injury",
        "claimant": {"date_of_birth": "1970-01-01", "incapacity": []},
        "defendants": [{"name": "State Hospital", "kind": "hospital", "public_entity": "state"}],
        "events": {"act_or_omission": "2025-01-10", "injury": "2025-01-10", "discovery": "2025-01-10"},
        "allegations": [],
        "procedure": {"complaint_filed": filed} if filed else {},
        "confirmed_absent": [] if filed else ["procedure.complaint_filed"],
    }
    kinds = [d.kind for d in ENGINE.evaluate(case, date(2025, 8, 1)).deadlines]
    assert ("notice_of_claim" in kinds) is notice_shown
