"""California: the court calendar, rule metadata, and rules the golden examples do not reach."""

from __future__ import annotations

from datetime import date

import pytest

from medmal import Engine

ENGINE = Engine(only=("us_ca",))
CALIFORNIA = ENGINE.jurisdiction("US-CA")
CALENDAR = CALIFORNIA.calendar


@pytest.mark.parametrize(
    ("day", "closed"),
    [
        (date(2023, 6, 10), True),  # every Saturday is a holiday (CCP § 12a)
        (date(2024, 2, 12), True),  # Lincoln Day, missing from the holidays package's list
        (date(2023, 2, 15), False),  # Susan B. Anthony Day is a commemoration, not a judicial holiday
        (date(2021, 10, 11), True),  # Columbus Day, a judicial holiday until AB 855
        (date(2023, 10, 9), False),  # ... excepted from 2022
        (date(2023, 9, 22), True),  # Native American Day (fourth Friday in September)
        (date(2026, 7, 3), True),  # Independence Day on a Saturday, observed Friday (rule 1.11)
        (date(2021, 12, 31), True),  # New Year's Day 2022 on a Saturday, observed 31 December
        (date(2023, 11, 24), True),  # the day after Thanksgiving (CCP § 135)
        (date(2023, 9, 8), False),  # an ordinary Friday
        (date(2026, 11, 9), False),  # Diwali's Monday: not a verified judicial holiday
    ],
)
def test_court_holidays(day: date, closed: bool) -> None:
    assert CALENDAR.is_closed(day) is closed


def _case(**procedure: str) -> dict:
    return {
        "jurisdiction": "US-CA",
        "claim_type": "personal_injury",
        "claimant": {"date_of_birth": "1970-01-01", "incapacity": []},
        "defendants": [{"name": "Dr A", "kind": "physician"}],
        "events": {"act_or_omission": "2023-03-15", "injury": "2023-03-15", "discovery": "2023-03-15"},
        "allegations": [],
        "procedure": procedure,
    }


def _limitation(case: dict, as_of: date = date(2023, 6, 1)):
    result = ENGINE.evaluate(ENGINE.parse(case, "test"), as_of)
    return next(d for d in result.deadlines if d.kind == "limitation")


def test_notice_of_intent_before_the_last_ninety_days_does_not_extend() -> None:
    # 2023-12-01 + 90 days = 2024-02-29, before the last day 2024-03-15: not "within 90 days of the expiration".
    deadline = _limitation(_case(pre_action_letter="2023-12-01"))
    assert deadline.date == "2024-03-15"
    assert deadline.alternatives == []


def test_notice_of_intent_after_the_period_does_not_revive() -> None:
    deadline = _limitation(_case(pre_action_letter="2024-03-20"))
    assert deadline.date == "2024-03-15"


def test_unknown_notice_is_named_as_a_fact_that_could_extend() -> None:
    deadline = _limitation(_case(), as_of=date(2024, 4, 1))
    assert deadline.date == "2024-03-15"
    assert deadline.status == "indeterminate"
    assert "procedure.pre_action_letter" in deadline.missing_facts


def test_incapacity_tolls_only_up_to_the_three_years() -> None:
    case = _case(pre_action_letter=None)
    case["procedure"] = {}
    case["confirmed_absent"] = ["procedure.pre_action_letter"]
    case["claimant"]["incapacity"] = [{"start": "2023-01-01", "end": None}]
    # One year tolled while the incapacity lasts; the three years from injury (2026-03-15, a Sunday) still bar.
    assert _limitation(case).date == "2026-03-16"


def test_cap_schedule_from_2034_rises_two_percent() -> None:
    injury = CALIFORNIA.parameters["civ_3333_2_injury"]
    assert injury.at(date(2033, 6, 1)).value == 750_000
    assert injury.at(date(2034, 1, 1)).value == 765_000
    assert injury.at(date(2035, 1, 1)).value == 780_300
    death = CALIFORNIA.parameters["civ_3333_2_death"]
    assert death.at(date(2031, 1, 1)).value == 900_000  # a secondary source's table misprints it as $90,000
    ceiling = CALIFORNIA.parameters["civ_3333_2_injury_all_categories"]
    for year in range(2023, 2038):
        day = date(year, 7, 1)
        assert ceiling.at(day).value == pytest.approx(3 * injury.at(day).value)


def test_minor_warns_when_the_literal_minors_sentence_is_earlier() -> None:
    engine = ENGINE
    case = {
        "jurisdiction": "US-CA",
        "claim_type": "personal_injury",
        "claimant": {"date_of_birth": "2005-01-01", "incapacity": []},
        "defendants": [{"name": "Dr A", "kind": "physician"}],
        "events": {"act_or_omission": "2020-01-10", "injury": "2022-07-10", "discovery": "2022-07-10"},
        "allegations": [],
        "confirmed_absent": ["procedure.pre_action_letter"],
    }
    later_injury = engine.evaluate(engine.parse(case, "test"), date(2022, 8, 1))
    assert any(w.rule_id == "us-ca.warning.minors-literal-reading" for w in later_injury.warnings)
    case["events"] = {"act_or_omission": "2020-01-10", "injury": "2020-01-10", "discovery": "2020-01-10"}
    same_day = engine.evaluate(engine.parse(case, "test"), date(2022, 8, 1))
    assert not any(w.rule_id == "us-ca.warning.minors-literal-reading" for w in same_day.warnings)


def _damages_case(*defendants: dict) -> dict:
    return {
        "jurisdiction": "US-CA",
        "claim_type": "personal_injury",
        "claimant": {"date_of_birth": "1970-01-01", "incapacity": []},
        "defendants": list(defendants),
        "events": {"act_or_omission": "2024-03-01", "injury": "2024-03-01", "discovery": "2024-03-01"},
        "allegations": [],
        "procedure": {"pre_action_letter": "2024-11-01", "complaint_filed": "2025-02-01"},
        "damages": {"currency": "USD", "economic": 0, "non_economic": 2_000_000, "punitive": 0},
        "claimant_fault": 0.0,
    }


@pytest.mark.parametrize(
    ("defendants", "ceiling", "warnings"),
    [
        # 2025 category cap 430,000 (350,000 + 2 x 40,000).
        ([{"name": "Dr A"}], 430_000, set()),
        ([{"name": "Dr A"}, {"name": "Dr B"}], 430_000, {"unaffiliated"}),
        # Two defendants in two categories: no third cap is possible, so no warning.
        ([{"name": "Dr A"}, {"name": "H", "kind": "hospital"}], 860_000, set()),
        ([{"name": "Dr A"}, {"name": "Dr B"}, {"name": "H", "kind": "hospital"}], 860_000, {"unaffiliated"}),
        # A clinic of unknown category beside a physician: the lower ceiling, and the fact named.
        ([{"name": "Dr A"}, {"name": "C", "kind": "other_provider"}], 430_000, {"unaffiliated", "category-unknown"}),
        ([{"name": "Dr A"}, {"name": "C", "kind": "other_provider", "institution": True}], 860_000, set()),
        ([{"name": "Dr A"}, {"name": "N", "kind": "other_provider", "institution": False}], 430_000, {"unaffiliated"}),
        # Alone, an uncategorised defendant fills exactly one category either way.
        ([{"name": "C", "kind": "other_provider"}], 430_000, set()),
    ],
)
def test_ab35_ceiling_counts_the_categories_sued(defendants: list[dict], ceiling: int, warnings: set[str]) -> None:
    result = ENGINE.evaluate(ENGINE.parse(_damages_case(*defendants), "test"), date(2025, 6, 1))
    (cap,) = [lim for lim in result.damages.limits if lim.rule_id == "us-ca.damages.civ-3333-2-ab35"]
    assert (cap.amount, cap.applied, cap.after_fault) == (ceiling, True, True)
    assert result.damages.after_fault["non_economic"] == ceiling
    found = {w.rule_id.removeprefix("us-ca.warning.civ-3333-2-") for w in result.warnings if "civ-3333-2" in (w.rule_id or "")}
    assert found == warnings
    for warning in result.warnings:
        if warning.rule_id == "us-ca.warning.civ-3333-2-category-unknown":
            assert warning.fact == "defendants[].institution" and warning.code == "missing_fact"


def test_unknown_filing_date_takes_the_lower_pre_ab35_cap_and_says_so() -> None:
    # Act 2022-03-01: the action may have been filed in 2022 (MICRA, $250,000) or later (AB 35, $430,000 in 2025).
    case = _damages_case({"name": "Dr A"})
    case["events"] = {"act_or_omission": "2022-03-01", "injury": "2022-03-01", "discovery": "2022-03-01"}
    case["procedure"] = {}
    result = ENGINE.evaluate(ENGINE.parse(case, "test"), date(2025, 6, 1))
    applied = [lim for lim in result.damages.limits if lim.applied]
    assert [(lim.rule_id, lim.amount) for lim in applied] == [("us-ca.damages.civ-3333-2-micra", 250_000)]
    (warning,) = [w for w in result.warnings if w.rule_id == "us-ca.warning.filing-date-chooses-caps"]
    assert warning.fact == "procedure.complaint_filed"
    # An act from 2023 cannot lead to an action filed before AB 35: no ambiguity, no warning.
    case["events"] = {"act_or_omission": "2023-03-01", "injury": "2023-03-01", "discovery": "2023-03-01"}
    result = ENGINE.evaluate(ENGINE.parse(case, "test"), date(2025, 6, 1))
    assert [lim.rule_id for lim in result.damages.limits if lim.applied] == ["us-ca.damages.civ-3333-2-ab35"]
    assert not any(w.rule_id == "us-ca.warning.filing-date-chooses-caps" for w in result.warnings)
