"""Florida: rule metadata, the Rule 2.514 calendar, and the notice-of-intent toll checked
against an independent day count of § 766.106(4)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medmal import Engine
from medmal.jurisdictions.us_fl.calendar import rule_2_514_holidays

ENGINE = Engine(only=("us_fl",))
FLORIDA = ENGINE.jurisdiction("US-FL")


def test_rule_2_514_holidays_drop_days_the_rule_does_not_list() -> None:
    days = rule_2_514_holidays(2026)
    assert date(2026, 2, 15) not in days  # Susan B. Anthony Day (in the holidays package's Florida list)
    assert date(2026, 6, 19) not in days  # Juneteenth: federal, not § 110.117
    assert date(2026, 2, 16) not in days  # Presidents' Day is not a Florida court holiday
    assert date(2026, 11, 27) in days  # the Friday after Thanksgiving is
    assert date(2021, 12, 31) in rule_2_514_holidays(2021)  # New Year's Day 2022 fell on a Saturday: observed the Friday before


def _limitation(case: dict, as_of: date) -> tuple[str | None, list[str | None]]:
    result = ENGINE.evaluate(case, as_of)
    found = next(d for d in result.deadlines if d.kind == "limitation")
    return found.date, [a.date for a in found.alternatives]


def _case(act: date, notice: date | None) -> dict:
    case = {
        "jurisdiction": "US-FL",
        "claim_type": "personal_injury",
        "claimant": {"date_of_birth": "1950-01-01", "incapacity": []},
        "defendants": [{"name": "Dr A"}],
        "events": {"act_or_omission": act.isoformat(), "discovery": act.isoformat()},
        "allegations": [],
    }
    if notice is None:
        case["confirmed_absent"] = ["procedure.pre_action_letter"]
    else:
        case["procedure"] = {"pre_action_letter": notice.isoformat()}
    return case


def _next_open(day: date) -> date:
    while day.weekday() >= 5 or day in rule_2_514_holidays(day.year):
        day += timedelta(days=1)
    return day


@given(
    act=st.dates(min_value=date(2005, 1, 1), max_value=date(2035, 12, 31)),
    mailed_days_before_end=st.integers(min_value=-5, max_value=700),
)
def test_notice_of_intent_toll_matches_a_day_count(act: date, mailed_days_before_end: int) -> None:
    """§ 766.106(4) counted day by day: the clock stops at mailing; after the presuit period
    (ended at once by a rejection on the safe reading, after 90 days on the other) the claimant
    has the greater of 60 days or what was left."""
    end = act.replace(year=act.year + 2) if not (act.month == 2 and act.day == 29) else date(act.year + 2, 2, 28)
    mailed = end - timedelta(days=mailed_days_before_end)
    if mailed < act:
        return
    alternatives = []
    if mailed <= _next_open(end):
        remainder = (end - mailed).days
        expected = _next_open(mailed + timedelta(days=max(60, remainder)))
        full = _next_open(mailed + timedelta(days=90 + max(60, remainder)))
        alternatives = [full.isoformat()] if full != expected else []
    else:
        expected = _next_open(end)  # mailed too late: no toll
    assert _limitation(_case(act, mailed), date(2000, 1, 1)) == (expected.isoformat(), alternatives)


@pytest.mark.parametrize(("accrual", "shortened"), [(date(2026, 9, 30), False), (date(2026, 10, 1), True)])
def test_hb_145_shortens_only_claims_accruing_from_2026_10_01(accrual: date, shortened: bool) -> None:
    case = _case(accrual, None)
    case["defendants"] = [{"name": "County Hospital", "kind": "hospital", "public_entity": "municipal"}]
    result = ENGINE.evaluate(case, date(2026, 12, 1))
    claim = next(d for d in result.deadlines if d.kind == "notice_of_claim")
    # 2026-10-01 + 18 months = 2028-04-01 (Sat) -> Monday 2028-04-03; 3 years capped at the 2-year suit date.
    two_years = _next_open(accrual.replace(year=2028))
    expected = date(2028, 4, 3) if shortened else two_years
    assert claim.date == expected.isoformat()
    assert [a.date for a in claim.alternatives] == ([two_years.isoformat()] if shortened else [])
    assert ("us-fl.warning.hb-145-2026" in {w.rule_id for w in result.warnings}) is shortened
