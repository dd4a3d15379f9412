"""England & Wales: the golden cases in examples.yaml plus direct checks of the rules."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

import medmal
from medmal.jurisdictions.gb_eng import ENGLAND_AND_WALES
from medmal.jurisdictions.gb_eng.calendar import ENGLAND_AND_WALES_CALENDAR
from medmal.jurisdictions.gb_eng.limitation_act_1980 import S11_RULE_ID, S12_RULE_ID
from medmal.testing.golden import check_example, load_examples

EXAMPLES_FILE = Path(medmal.jurisdictions.gb_eng.__file__).parent / "examples.yaml"
EXAMPLES: list[dict[str, Any]] = yaml.safe_load(EXAMPLES_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def engine() -> medmal.Engine:
    return medmal.Engine(only=["gb_eng"])


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def _case(**overrides: Any) -> dict[str, Any]:
    """An adult personal-injury case with every limitation fact known."""
    case: dict[str, Any] = {
        "jurisdiction": "GB-ENG",
        "claim_type": "personal_injury",
        "claimant": {"date_of_birth": "1980-05-01", "incapacity": []},
        "defendants": [{"name": "Trust", "kind": "hospital", "public_entity": None}],
        "events": {"act_or_omission": "2023-03-14", "injury": "2023-03-14", "discovery": "2023-03-14"},
        "allegations": [],
        "procedure": {},
    }
    case.update(overrides)
    return case


# --- golden cases -------------------------------------------------------------------------


def test_the_golden_file_covers_the_worked_examples() -> None:
    sources = " ".join(example["source"] for example in EXAMPLES)
    for worked in ("EW-1", "EW-2", "EW-3", "EW-4", "EW-5", "EW-6"):
        assert worked in sources
    assert len({example["name"] for example in EXAMPLES}) == len(EXAMPLES)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["name"] for e in EXAMPLES])
def test_golden_case(engine: medmal.Engine, example: dict[str, Any]) -> None:
    result = engine.evaluate(example["case"], as_of=example["as_of"])
    assert result.jurisdiction == "GB-ENG"
    for expected in example["expect"]:
        found = [
            d
            for d in result.deadlines
            if d.kind == expected["kind"] and ("defendant" not in expected or d.defendant == expected["defendant"])
        ]
        assert len(found) == 1, f"expected one {expected['kind']} deadline, got {found}"
        deadline = found[0]
        assert deadline.date == _iso(expected["date"])
        if "status" in expected:
            assert deadline.status == expected["status"]
        if "alternatives" in expected:
            assert [a.date for a in deadline.alternatives] == [_iso(d) for d in expected["alternatives"]]
    if "expect_damages" in example:
        assert result.damages is not None
        assert result.damages.currency == "GBP"
        limits = {(limit.component, limit.amount) for limit in result.damages.limits}
        for expected in example["expect_damages"]["limits"]:
            amount = expected["amount"]
            assert (expected["component"], float(amount) if amount is not None else None) in limits


# --- calendar -----------------------------------------------------------------------------


def test_christmas_2026_closes_the_court_office_through_the_boxing_day_substitute() -> None:
    cal = ENGLAND_AND_WALES_CALENDAR
    assert cal.roll == "none"
    assert cal.is_closed(date(2026, 12, 25))  # Friday, Christmas Day
    assert cal.is_closed(date(2026, 12, 26))  # Saturday
    assert cal.is_closed(date(2026, 12, 28))  # Monday, Boxing Day substitute
    assert "Boxing Day" in cal.closed_reason(date(2026, 12, 28))
    assert not cal.is_closed(date(2026, 12, 24))
    assert not cal.is_closed(date(2026, 12, 29))
    assert cal.previous_open(date(2026, 12, 25)) == date(2026, 12, 24)
    assert cal.next_open(date(2026, 12, 25)) == date(2026, 12, 29)


def test_one_off_bank_holidays_are_closed_days() -> None:
    cal = ENGLAND_AND_WALES_CALENDAR
    assert cal.is_closed(date(2020, 5, 8))  # VE Day 75: early May holiday moved
    assert not cal.is_closed(date(2020, 5, 4))
    assert cal.is_closed(date(2022, 9, 19))  # State funeral
    assert cal.is_closed(date(2023, 5, 8))  # Coronation


# --- limitation ---------------------------------------------------------------------------


def test_every_limitation_deadline_names_the_s33_discretion(engine: medmal.Engine) -> None:
    seen = 0
    for example in EXAMPLES:
        result = engine.evaluate(example["case"], as_of=example["as_of"])
        for deadline in result.deadlines_of("limitation"):
            seen += 1
            assert deadline.discretion == "Limitation Act 1980 s.33"
            assert deadline.rule_id in (S11_RULE_ID, S12_RULE_ID)
        assert any(w.code == "discretion" and w.rule_id == "gb-eng.warning.la1980-s33" for w in result.warnings)
    assert seen == len(EXAMPLES)
    assert all(
        rule.discretion == "Limitation Act 1980 s.33"
        for rule in ENGLAND_AND_WALES.deadline_rules
        if rule.kind == "limitation"
    )


def test_a_fatal_accidents_claim_is_governed_by_s12_alone(engine: medmal.Engine) -> None:
    case = _case(
        claim_type="wrongful_death",
        events={"act_or_omission": "2024-01-30", "injury": "2024-01-30", "death": "2024-02-02"},
    )
    result = engine.evaluate(case, as_of=date(2026, 11, 23))
    deadline = result.limitation("Trust")
    assert deadline.rule_id == S12_RULE_ID
    assert deadline.date == "2027-02-02"  # dependant's knowledge unknown: taken as the death
    assert deadline.missing_facts == ["events.discovery"]
    assert not any(w.code == "rule_choice" for w in result.warnings)


def test_a_barred_deceased_claim_stays_expired_without_the_dependants_knowledge(engine: medmal.Engine) -> None:
    case = _case(
        claim_type="wrongful_death",
        claimant={"date_of_birth": "1950-10-10", "incapacity": []},
        events={"act_or_omission": "2015-03-10", "injury": "2015-03-10", "death": "2020-06-01"},
    )
    deadline = engine.evaluate(case, as_of=date(2026, 11, 23)).limitation()
    assert (deadline.date, deadline.status, deadline.missing_facts) == ("2018-03-09", "expired", [])
    assert [a.date for a in deadline.alternatives] == ["2023-06-01", "2018-03-12"]


def test_a_leap_day_child_gets_the_earlier_reading_with_1_march_arguable(engine: medmal.Engine) -> None:
    # Whether a 29 February child attains 21 on 28 February or 1 March in a common year is not
    # settled: the safe date takes 28 February (and, after Sedman, the day before it); the
    # conventional 21st birthday on the later reading is named as the alternative.
    case = _case(
        claimant={"date_of_birth": "2004-02-29", "incapacity": []},
        events={"act_or_omission": "2004-02-29", "injury": "2004-02-29", "discovery": "2004-02-29"},
    )
    deadline = engine.evaluate(case, as_of=date(2024, 1, 1)).limitation()
    assert deadline.date == "2025-02-27"
    assert [a.date for a in deadline.alternatives] == ["2025-03-01"]


def test_turning_18_on_the_day_of_accrual_is_not_a_disability(engine: medmal.Engine) -> None:
    case = _case(
        claimant={"date_of_birth": "2005-03-14", "incapacity": []},
        events={"act_or_omission": "2023-03-14", "injury": "2023-03-14", "discovery": "2023-03-14"},
    )
    deadline = engine.evaluate(case, as_of=date(2025, 1, 1)).limitation()
    assert deadline.date == "2026-03-13"
    assert [a.date for a in deadline.alternatives] == ["2026-03-16"]


def test_an_unknown_injury_date_is_taken_at_the_act_and_named(engine: medmal.Engine) -> None:
    case = _case(events={"act_or_omission": "2023-03-14"})
    result = engine.evaluate(case, as_of=date(2027, 1, 1))
    deadline = result.limitation()
    assert deadline.date == "2026-03-13"
    assert deadline.status == "indeterminate"  # a later injury or knowledge could save it
    assert deadline.missing_facts == ["events.discovery", "events.injury"]


def test_an_injury_confirmed_absent_leaves_accrual_at_the_act(engine: medmal.Engine) -> None:
    case = _case(
        claimant={"date_of_birth": "2000-01-01", "incapacity": []},
        events={"act_or_omission": "2000-01-01", "discovery": "2000-01-01"},
        confirmed_absent=["events.injury"],
    )
    deadline = engine.evaluate(case, as_of=date(2001, 1, 1)).limitation()
    assert deadline.date == "2020-12-31"  # minor at the act: the day before the 21st birthday
    assert [a.date for a in deadline.alternatives] == ["2021-01-01"]


def test_the_shared_golden_checker_accepts_every_example(engine: medmal.Engine) -> None:
    examples = load_examples(EXAMPLES_FILE)
    assert len(examples) == len(EXAMPLES)
    for example in examples:
        assert check_example(engine, example) == [], example.name


def test_a_claim_received_on_the_pritam_kaur_day_is_undecided_not_met(engine: medmal.Engine) -> None:
    # Filed after the safe date but on the Pritam Kaur next-open day: authority supports it,
    # so the claim is neither met nor expired, and a warning says why.
    result = engine.evaluate(_case(procedure={"complaint_filed": "2026-03-16"}), as_of=date(2026, 11, 23))
    deadline = result.limitation()
    assert deadline.status == "indeterminate"
    assert "2026-03-16" in [a.date for a in deadline.alternatives]
    assert "authority_split" in {w.code for w in result.warnings}
    late = engine.evaluate(_case(procedure={"complaint_filed": "2026-03-17"}), as_of=date(2026, 11, 23))
    assert late.limitation().status == "expired"


def test_the_date_of_knowledge_warning_appears_only_when_knowledge_postdates_accrual(engine: medmal.Engine) -> None:
    later_knowledge = _case(events={"act_or_omission": "2020-01-10", "injury": "2020-01-10", "discovery": "2023-06-05"})
    codes = {w.code for w in engine.evaluate(later_knowledge, as_of=date(2026, 1, 1)).warnings}
    assert "finding_of_fact" in codes
    codes = {w.code for w in engine.evaluate(_case(), as_of=date(2026, 1, 1)).warnings}
    assert "finding_of_fact" not in codes


# --- pre-action and experts ---------------------------------------------------------------


def test_no_letter_of_claim_means_no_letter_of_response_date(engine: medmal.Engine) -> None:
    result = engine.evaluate(_case(), as_of=date(2025, 1, 1))
    assert result.deadlines_of("pre_action") == []
    assert not any(w.code == "protocol" for w in result.warnings)


def test_the_letter_of_response_is_advisory_and_does_not_stop_limitation(engine: medmal.Engine) -> None:
    result = engine.evaluate(_case(procedure={"pre_action_letter": "2026-01-10"}), as_of=date(2026, 6, 1))
    (response,) = result.deadlines_of("pre_action")
    assert response.date == "2026-05-10"
    assert response.status == "expired"
    assert result.limitation().date == "2026-03-13"  # unchanged by the protocol
    assert any(w.code == "protocol" for w in result.warnings)


def test_cpr_part_35_requirements_are_listed(engine: medmal.Engine) -> None:
    result = engine.evaluate(_case(), as_of=date(2025, 1, 1))
    kinds = {r.kind: r for r in result.requirements}
    assert set(kinds) == {"expert_permission", "single_joint_expert", "expert_questions"}
    assert kinds["expert_permission"].citation == "CPR 35.4(1)"
    assert "28 days" in kinds["expert_questions"].due
    assert all(r.defendant is None for r in result.requirements)


# --- damages ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("death", "award"),
    [
        ("2008-01-01", 11800),
        ("2013-03-31", 11800),
        ("2013-04-01", 12980),
        ("2020-04-30", 12980),
        ("2020-05-01", 15120),
        ("2025-06-30", 15120),
    ],
)
def test_bereavement_damages_follow_the_date_of_death(engine: medmal.Engine, death: str, award: int) -> None:
    day = date.fromisoformat(death)
    act = date.fromordinal(day.toordinal() - 3).isoformat()
    case = _case(
        claim_type="wrongful_death",
        events={"act_or_omission": act, "injury": act, "discovery": death, "death": death},
        damages={"currency": "GBP", "economic": 10000},
    )
    result = engine.evaluate(case, as_of=date(2026, 11, 23))
    assert result.damages is not None
    (bereavement,) = [limit for limit in result.damages.limits if limit.component == "bereavement"]
    assert bereavement.amount == award
    assert bereavement.effect == "fixed_award"
    assert ENGLAND_AND_WALES.parameters["bereavement_award"].at(day).value == award


def test_no_bereavement_award_in_a_personal_injury_claim(engine: medmal.Engine) -> None:
    result = engine.evaluate(_case(damages={"currency": "GBP", "economic": 1000}), as_of=date(2026, 1, 1))
    assert result.damages is not None
    assert not any(limit.component == "bereavement" for limit in result.damages.limits)


@pytest.mark.parametrize(
    ("as_of", "rate"),
    [(date(2017, 3, 19), 2.5), (date(2017, 3, 20), -0.75), (date(2025, 1, 10), -0.25), (date(2025, 1, 11), 0.5)],
)
def test_the_discount_rate_is_the_one_in_force_at_assessment(engine: medmal.Engine, as_of: date, rate: float) -> None:
    result = engine.evaluate(_case(damages={"currency": "GBP", "economic": 1000}), as_of=as_of)
    assert result.damages is not None
    (found,) = [limit for limit in result.damages.limits if limit.component == "future_loss"]
    assert found.amount == rate


def test_contributory_negligence_reduces_but_never_bars(engine: medmal.Engine) -> None:
    case = _case(damages={"currency": "GBP", "economic": 100000, "non_economic": 50000}, claimant_fault=0.75)
    result = engine.evaluate(case, as_of=date(2026, 1, 1))
    assert result.damages is not None
    assert result.damages.after_fault == {"economic": 25000.0, "non_economic": 12500.0, "punitive": 0.0}
    assert result.damages.recoverable == 37500.0
    no_cap = [limit for limit in result.damages.limits if limit.effect == "no_cap"]
    assert [(limit.component, limit.applied) for limit in no_cap] == [("non_economic", False)]


# --- registration -------------------------------------------------------------------------


def test_gb_wls_resolves_to_england_and_wales(engine: medmal.Engine) -> None:
    assert engine.jurisdiction("GB-WLS") is engine.jurisdiction("GB-ENG")
    assert engine.jurisdiction("gb-wls").code == "GB-ENG"
    result = engine.evaluate(_case(jurisdiction="GB-WLS"), as_of=date(2025, 1, 1))
    assert result.jurisdiction == "GB-ENG"
    assert result.limitation().date == "2026-03-13"


def test_the_jurisdiction_is_registered_with_gbp_and_its_examples(engine: medmal.Engine) -> None:
    j = engine.jurisdiction("GB-ENG")
    assert j.currency == "GBP"
    assert j.aliases == ("GB-WLS",)
    assert j.examples == EXAMPLES_FILE
    assert {r.verified for r in j.rules} <= {"primary", "secondary", "unverified"}
    assert all(r.citation and r.id.startswith("gb-eng.") for r in j.rules)
