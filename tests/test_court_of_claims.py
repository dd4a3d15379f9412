"""Claims against the State: New York Court of Claims Act § 10 and the Illinois Court of
Claims Act (705 ILCS 505), checked against an independent computation with
python-dateutil and against the statutes' own structure."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from medmal import Engine
from medmal.jurisdictions.us_il.calendar import illinois_holidays
from medmal.jurisdictions.us_ny.calendar import gcl_24_holidays

ENGINE = Engine(only=("us_ny", "us_il"))


def _open_day(day: date, holidays_for_year) -> date:
    """The day itself, or the next day that is neither a weekend nor a listed holiday."""
    while day.weekday() >= 5 or day in holidays_for_year(day.year):
        day += timedelta(days=1)
    return day


def _case(code: str, act: date, **extra) -> dict:
    procedure = extra.pop("procedure", {})
    absent = extra.pop("confirmed_absent", [])
    return {
        "jurisdiction": code,
        "claim_type": "personal_injury",
        "claimant": {"date_of_birth": "1970-01-01", "incapacity": []},
        "defendants": [{"name": "State", "kind": "hospital", "public_entity": "state"}],
        "events": {"act_or_omission": act.isoformat(), "discovery": act.isoformat()},
        "allegations": [],
        "procedure": procedure,
        "confirmed_absent": ["events.continuous_treatment_end", *absent],
        **extra,
    }


def _deadline(result, kind: str):
    (found,) = [d for d in result.deadlines if d.kind == kind and d.defendant == "State"]
    return found


# --- New York ----------------------------------------------------------------------------

ACTS = st.dates(date(2020, 11, 4), date(2040, 12, 31))  # after the 2020 executive orders


@settings(max_examples=150, deadline=None)
@given(act=ACTS, served_after=st.one_of(st.none(), st.integers(0, 200)))
def test_ny_ten_3_against_dateutil(act: date, served_after: int | None) -> None:
    """§ 10(3): 90 days after accrual, or two years after a notice of intention served in the 90 days."""
    ninety = _open_day(act + timedelta(days=90), gcl_24_holidays)
    if served_after is None:
        case = _case("US-NY", act, confirmed_absent=["procedure.notice_of_claim_served"])
        want = ninety
    else:
        served = act + timedelta(days=served_after)
        case = _case("US-NY", act, procedure={"notice_of_claim_served": served.isoformat()})
        want = _open_day(act + relativedelta(years=2), gcl_24_holidays) if served <= ninety else ninety
    result = ENGINE.evaluate(case, as_of=act)
    assert _deadline(result, "notice_of_claim").date == ninety.isoformat()
    limitation = _deadline(result, "limitation")
    assert limitation.date == want.isoformat()
    assert limitation.rule_id == "us-ny.limitation.court-of-claims-10-3"
    assert limitation.discretion and "§ 10(6)" in limitation.discretion


def test_ny_unknown_notice_of_intention_is_named() -> None:
    """Without the notice-of-intention date the 90-day date is shown, and once it has passed
    the deadline is indeterminate (a timely notice would give two years), never expired."""
    result = ENGINE.evaluate(_case("US-NY", date(2023, 3, 15)), as_of=date(2023, 9, 1))
    limitation = _deadline(result, "limitation")
    assert limitation.date == "2023-06-13"
    assert limitation.status == "indeterminate"
    assert "procedure.notice_of_claim_served" in limitation.missing_facts


def test_ny_infant_ten_year_outer_limit_is_the_safe_reading() -> None:
    """§ 10(5) for a five-year-old: two years after majority would be 2035-06-01; the CPLR 208
    ten-year limit (2020-12-01 + 10y = 2030-12-01, a Sunday -> Monday 2030-12-02) is the safe date."""
    case = _case("US-NY", date(2020, 12, 1), confirmed_absent=["procedure.notice_of_claim_served"])
    case["claimant"]["date_of_birth"] = "2015-06-01"
    limitation = _deadline(ENGINE.evaluate(case, as_of=date(2021, 1, 4)), "limitation")
    assert limitation.date == "2030-12-02"
    assert "ten-year" in limitation.uncertainty


def test_ny_cancer_accrual_reaches_the_court_of_claims() -> None:
    """CPLR 203(g)(2) names 'section ten of the court of claims act': for a failure to diagnose
    cancer the 90 days run from knowledge (2021-03-01): 2021-05-30 is a Sunday and 2021-05-31
    Memorial Day (GCL § 24), so Tuesday 2021-06-01."""
    case = _case("US-NY", date(2019, 1, 10), confirmed_absent=["procedure.notice_of_claim_served"])
    case["events"]["discovery"] = "2021-03-01"
    case["allegations"] = ["failure_to_diagnose_cancer"]
    result = ENGINE.evaluate(case, as_of=date(2021, 4, 1))
    assert _deadline(result, "notice_of_claim").date == "2021-06-01"
    limitation = _deadline(result, "limitation")
    assert (limitation.date, limitation.rule_version) == ("2021-06-01", "2018")


def test_state_defendant_no_longer_reported_as_uncovered() -> None:
    for code in ("US-NY", "US-IL"):
        result = ENGINE.evaluate(_case(code, date(2024, 6, 3)), as_of=date(2024, 7, 1))
        assert not [w for w in result.warnings if w.code == "no_rule"], code
        assert _deadline(result, "limitation").date is not None


# --- Illinois ----------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(act=st.dates(date(2000, 1, 1), date(2040, 12, 31)))
def test_il_section_22_and_22_1_against_dateutil(act: date) -> None:
    """22: 2 years from the act (safe reading); 22-1: notice within 1 year; both rolled by 1.11."""
    result = ENGINE.evaluate(_case("US-IL", act), as_of=act)
    assert _deadline(result, "limitation").date == _open_day(act + relativedelta(years=2), illinois_holidays).isoformat()
    assert _deadline(result, "notice_of_claim").date == _open_day(act + relativedelta(years=1), illinois_holidays).isoformat()


def test_il_discovery_rule_is_named_as_the_alternative() -> None:
    """Knowledge a year after the act: the safe date stays 2 years from the act, the discovery
    reading (2023-01-09 + 2y = 2025-01-09, a Thursday) is named as the alternative."""
    case = _case("US-IL", date(2022, 1, 10))
    case["events"]["discovery"] = "2023-01-09"
    limitation = _deadline(ENGINE.evaluate(case, as_of=date(2022, 2, 1)), "limitation")
    assert limitation.date == "2024-01-10"
    assert [a.date for a in limitation.alternatives] == ["2025-01-09"]


def test_il_award_limit_is_listed_not_applied() -> None:
    case = _case("US-IL", date(2024, 6, 3))
    case["damages"] = {"currency": "USD", "economic": 3_000_000, "non_economic": 0, "punitive": 0}
    case["claimant_fault"] = 0
    money = ENGINE.evaluate(case, as_of=date(2024, 7, 1)).damages
    (limit,) = [lim for lim in money.limits if lim.rule_id == "us-il.damages.court-of-claims-8d"]
    assert (limit.amount, limit.applied) == (2_000_000, False)
    assert money.recoverable == 3_000_000


def _il_state(claim_type: str, events: dict, procedure: dict) -> dict:
    return {
        "jurisdiction": "US-IL",
        "claim_type": claim_type,
        "claimant": {"date_of_birth": "1970-01-01", "incapacity": []},
        "defendants": [{"name": "UIH", "kind": "hospital", "public_entity": "state"}],
        "events": events,
        "allegations": [],
        "procedure": procedure,
    }


def test_illinois_missed_22_1_notice_warns_that_22_2_bars_the_claim() -> None:
    late = _il_state("personal_injury", {"act_or_omission": "2023-01-10"}, {"notice_of_claim_served": "2024-03-01"})
    on_time = _il_state("personal_injury", {"act_or_omission": "2023-01-10"}, {"notice_of_claim_served": "2023-12-01"})
    engine = Engine()
    ids = lambda case: {w.rule_id for w in engine.evaluate(engine.parse(case, "t"), date(2024, 6, 1)).warnings}  # noqa: E731
    assert "us-il.warning.court-of-claims-22-2" in ids(late)
    assert "us-il.warning.court-of-claims-22-2" not in ids(on_time)


def test_illinois_death_long_after_the_act_warns_of_varelis() -> None:
    engine = Engine()
    case = _il_state("wrongful_death", {"act_or_omission": "2019-01-10", "death": "2022-06-01"}, {})
    warnings = engine.evaluate(engine.parse(case, "t"), date(2022, 8, 1)).warnings
    assert any(w.rule_id == "us-il.warning.death-claim-needs-a-live-claim-at-death" for w in warnings)


def test_new_york_cancer_claim_is_due_within_seven_years_of_the_act() -> None:
    # CPLR 203(g)(2): knowledge 2022-06-01 + 2 years would be 2024-06-03, but the claim must be made within
    # seven years of the act 2016-01-11 -> 2023-01-11 (Wed).
    engine = Engine()
    case = {
        "jurisdiction": "US-NY",
        "claim_type": "personal_injury",
        "claimant": {"date_of_birth": "1970-01-01", "incapacity": []},
        "defendants": [{"name": "SUNY", "kind": "hospital", "public_entity": "state"}],
        "events": {"act_or_omission": "2016-01-11", "discovery": "2022-06-01"},
        "allegations": ["failure_to_diagnose_cancer"],
        "procedure": {"notice_of_claim_served": "2022-07-01"},
        "confirmed_absent": ["events.continuous_treatment_end"],
    }
    result = engine.evaluate(engine.parse(case, "t"), date(2022, 8, 1))
    assert result.limitation().date == "2023-01-11"
