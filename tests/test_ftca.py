"""The Federal Tort Claims Act overlay (medmal.plugins.ftca): worked examples and behaviour."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medmal import Engine
from medmal.case import Case
from medmal.caseio import parse_case
from medmal.columnar import ColumnarBackend, frame_from_rows
from medmal.errors import CaseError
from medmal.flat import case_to_rows, result_rows, row_to_case
from medmal.plugins.ftca import ftca_rules
from medmal.plugins.ftca.calendar import FEDERAL_CALENDAR, district_court_calendar, federal_legal_holidays
from medmal.testing import strategies as mst
from medmal.testing.golden import Example, check_example, load_examples

ENGINE = Engine()
EXAMPLES = Path(__file__).resolve().parents[1] / "plugins" / "ftca" / "examples.yaml"


@pytest.mark.parametrize("example", load_examples(EXAMPLES), ids=lambda e: e.name)
def test_ftca_worked_examples(example: Example) -> None:
    problems = check_example(ENGINE, example)
    assert problems == [], f"{example.name} ({example.why})\n  " + "\n  ".join(problems)


def _case(**changes: Any) -> dict[str, Any]:
    case: dict[str, Any] = {
        "jurisdiction": "US-NY",
        "claim_type": "personal_injury",
        "claimant": {"date_of_birth": "1970-01-01", "incapacity": []},
        "defendants": [{"name": "VA", "kind": "hospital", "public_entity": "federal"}],
        "events": {"act_or_omission": "2022-03-10", "injury": "2022-03-10", "discovery": "2022-10-14"},
        "allegations": [],
    }
    case.update(changes)
    return case


def _codes(result: Any) -> set[str]:
    return {w.code for w in result.warnings}


def test_every_us_jurisdiction_gets_the_overlay_and_no_other() -> None:
    for code, jurisdiction in ENGINE.jurisdictions.items():
        ids = {r.id for r in jurisdiction.rules}
        assert ("ftca.limitation.2401b-claim" in ids) is code.startswith("US-"), code


def test_every_us_state_gives_one_limitation_for_the_federal_defendant() -> None:
    for code in ENGINE.registry.codes():
        if not code.startswith("US-"):
            continue
        result = ENGINE.evaluate(_case(jurisdiction=code), date(2024, 1, 15))
        limitations = result.deadlines_of("limitation")
        assert [(d.defendant, d.date, d.rule_id) for d in limitations] == [
            ("VA", "2024-10-14", "ftca.limitation.2401b-claim")
        ], code
        assert "no_rule" not in _codes(result)


def test_blocking_the_plugin_restores_the_no_rule_answer() -> None:
    blocked = Engine(block=["ftca"])
    result = blocked.evaluate(_case(), date(2024, 1, 15))
    limitation = result.limitation("VA")
    assert (limitation.date, limitation.status, limitation.rule_id) == (None, "indeterminate", "")
    assert "no_rule" in _codes(result)
    assert not any(r.id.startswith("ftca.") for r in blocked.jurisdiction("US-NY").rules)


def test_private_defendants_see_nothing_of_the_overlay() -> None:
    case = _case(defendants=[{"name": "Dr A"}], damages={"economic": 1, "non_economic": 1, "punitive": 1})
    result = ENGINE.evaluate(case, date(2024, 1, 15))
    assert not any(d.rule_id.startswith("ftca.") for d in result.deadlines)
    assert not any(r.rule_id.startswith("ftca.") for r in result.requirements)
    assert not any((w.rule_id or "").startswith("ftca.") for w in result.warnings)
    assert result.damages is not None
    assert not any(limit.rule_id.startswith("ftca.") for limit in result.damages.limits)


def test_premature_suit_is_flagged_only_before_exhaustion() -> None:
    early = _case(procedure={"administrative_claim_presented": "2024-01-05", "complaint_filed": "2024-03-01"})
    assert "premature_suit" in _codes(ENGINE.evaluate(early, date(2024, 3, 2)))
    never_presented = _case(procedure={"complaint_filed": "2024-03-01"})
    assert "premature_suit" in _codes(ENGINE.evaluate(never_presented, date(2024, 3, 2)))
    after_denial = _case(
        procedure={"administrative_claim_presented": "2024-01-05", "claim_denied": "2024-02-01", "complaint_filed": "2024-03-01"}
    )
    assert "premature_suit" not in _codes(ENGINE.evaluate(after_denial, date(2024, 3, 2)))
    on_the_last_day = _case(procedure={"administrative_claim_presented": "2024-01-05", "complaint_filed": "2024-07-05"})
    assert "premature_suit" in _codes(ENGINE.evaluate(on_the_last_day, date(2024, 7, 6)))  # six months not yet over
    six_months_on = _case(procedure={"administrative_claim_presented": "2024-01-05", "complaint_filed": "2024-07-06"})
    assert "premature_suit" not in _codes(ENGINE.evaluate(six_months_on, date(2024, 7, 6)))
    denied_that_day = _case(
        procedure={"administrative_claim_presented": "2024-01-05", "claim_denied": "2024-03-01", "complaint_filed": "2024-03-01"}
    )
    assert "premature_suit" not in _codes(ENGINE.evaluate(denied_that_day, date(2024, 3, 2)))


def test_no_state_tolling_warning_for_a_minor() -> None:
    minor = _case(claimant={"date_of_birth": "2015-01-01", "incapacity": []})
    adult = _case()
    assert "ftca.warning.no-state-tolling" in {w.rule_id for w in ENGINE.evaluate(minor, date(2024, 1, 1)).warnings}
    assert "ftca.warning.no-state-tolling" not in {w.rule_id for w in ENGINE.evaluate(adult, date(2024, 1, 1)).warnings}


def test_a_minor_federal_claim_is_not_tolled_while_the_state_claim_is() -> None:
    both = _case(
        claimant={"date_of_birth": "2015-01-01", "incapacity": []},
        defendants=[{"name": "VA", "kind": "hospital", "public_entity": "federal"}, {"name": "Dr A"}],
        confirmed_absent=["events.continuous_treatment_end"],
    )
    result = ENGINE.evaluate(both, date(2024, 1, 1))
    assert result.limitation("VA").date == "2024-10-14"
    assert result.limitation("Dr A").date > "2030-01-01"  # CPLR 208 infancy toll for the private defendant


def test_claim_denied_before_presentation_is_rejected_naming_the_field() -> None:
    bad = _case(procedure={"administrative_claim_presented": "2024-01-05", "claim_denied": "2023-12-01"})
    with pytest.raises(CaseError) as raised:
        parse_case(bad)
    assert "claim_denied" in str(raised.value)


def test_a_state_notice_after_the_federal_denial_is_a_valid_case() -> None:
    # The GML notice on a city hospital is its own fact: a later one no longer clashes with the FTCA denial.
    mixed = _case(procedure={"administrative_claim_presented": "2023-01-05", "claim_denied": "2023-03-01",
                             "notice_of_claim_served": "2023-06-01"})
    assert parse_case(mixed).procedure.claim_denied == date(2023, 3, 1)


def test_denial_without_presentation_names_the_presentation_missing() -> None:
    result = ENGINE.evaluate(_case(procedure={"claim_denied": "2024-03-14"}), date(2024, 6, 1))
    line = result.limitation("VA")
    assert (line.date, line.rule_id) == ("2024-09-14", "ftca.limitation.2401b-suit")  # 03-14 + 6 months
    assert "procedure.administrative_claim_presented" in line.missing_facts


def test_premature_complaint_shows_the_refiling_date_open_and_warns() -> None:
    case = _case(procedure={"administrative_claim_presented": "2024-01-05", "complaint_filed": "2024-02-01",
                            "claim_denied": "2024-03-14"})
    result = ENGINE.evaluate(case, date(2024, 4, 1))
    assert (result.limitation("VA").status, result.limitation("VA").rule_id) == ("open", "ftca.limitation.2401b-refile")
    assert "premature_suit" in _codes(result)
    expired = ENGINE.evaluate(case, date(2024, 9, 17))  # after the Monday alternative 2024-09-16
    assert expired.limitation("VA").status == "expired"


def test_death_claim_warns_of_the_survival_claim() -> None:
    death = _case(claim_type="wrongful_death", events={"act_or_omission": "2019-06-01", "injury": "2019-06-01",
                                                       "discovery": "2020-01-01", "death": "2023-01-30"})
    result = ENGINE.evaluate(death, date(2024, 6, 1))
    assert result.limitation("VA").date == "2025-01-30"  # death + 2 years (Johnston)
    assert "ftca.warning.death-and-survival" in {w.rule_id for w in result.warnings}
    assert "ftca.warning.death-and-survival" not in {w.rule_id for w in ENGINE.evaluate(_case(), date(2024, 6, 1)).warnings}


def test_fee_warning_with_damages_against_the_united_states() -> None:
    damages = {"economic": 100000, "non_economic": 100000}
    ids = {w.rule_id for w in ENGINE.evaluate(_case(damages=damages), date(2024, 6, 1)).warnings}
    assert "ftca.warning.2678-fees" in ids
    private = _case(damages=damages, defendants=[{"name": "Dr A"}])
    assert "ftca.warning.2678-fees" not in {w.rule_id for w in ENGINE.evaluate(private, date(2024, 6, 1)).warnings}


def test_santos_is_cited_for_tolling_not_against_it() -> None:
    message = next(r.message for r in ftca_rules(ENGINE.jurisdiction("US-NY")) if r.id == "ftca.warning.united-states")
    assert "excuse a late claim" not in message and "Santos" in message and "2679(d)(5)" in message


def test_repose_line_only_where_a_state_repose_reaches_the_united_states() -> None:
    kinds = {code: {getattr(r, "kind", "") for r in ftca_rules(ENGINE.jurisdiction(code))} for code in ("US-IL", "US-FL", "US-TX", "US-NY", "US-NJ")}
    assert all("repose" in kinds[code] for code in ("US-IL", "US-FL", "US-TX"))
    assert not any("repose" in kinds[code] for code in ("US-NY", "US-NJ"))


def test_federal_calendar_is_the_section_6103_list() -> None:
    days = federal_legal_holidays(2024)
    assert date(2024, 10, 14) in days  # Columbus Day
    assert date(2024, 6, 19) in days  # Juneteenth
    assert date(2024, 3, 29) not in days  # Good Friday: not a federal holiday
    assert FEDERAL_CALENDAR.next_open(date(2024, 10, 12)) == date(2024, 10, 15)
    assert date(2021, 12, 24) in federal_legal_holidays(2021)  # Christmas on a Saturday: observed Friday


def test_district_court_calendar_adds_the_state_days() -> None:
    ny = ENGINE.jurisdiction("US-NY")
    district = district_court_calendar("US-NY", ny.calendar)
    assert ny.calendar.is_closed(date(2024, 2, 12))  # Lincoln's Birthday, N.Y. GCL § 24
    assert district.is_closed(date(2024, 2, 12))
    assert not FEDERAL_CALENDAR.is_closed(date(2024, 2, 12))
    fl = ENGINE.jurisdiction("US-FL")
    assert not fl.calendar.is_closed(date(2024, 10, 14))  # Columbus Day is not a Florida court holiday
    assert district_court_calendar("US-FL", fl.calendar).is_closed(date(2024, 10, 14))


def test_rules_cite_sources_and_grade_them() -> None:
    for rule in ftca_rules(ENGINE.jurisdiction("US-TX")):
        assert rule.citation and rule.sources, rule.id
        assert rule.verified in ("primary", "secondary"), rule.id


# --- every backend covers the overlay: federal defendants only, generated ---------------------

FEDERAL_CODES = ("US-FL", "US-NY", "US-TX")


@st.composite
def federal_cases(draw: st.DrawFn, code: str, one_defendant: bool = False) -> Case:
    """A generated case whose defendants are all federal (a flat row when ``one_defendant``)."""
    case = draw(mst.cases(code))
    defendants = [d.model_copy(update={"public_entity": "federal"}) for d in case.defendants]
    update: dict[str, Any] = {"defendants": defendants[:1] if one_defendant else defendants}
    periods = case.claimant.incapacity
    if one_defendant and periods is not None and len(periods) > 1:
        update["claimant"] = case.claimant.model_copy(update={"incapacity": periods[:1]})
    return case.model_copy(update=update)


@pytest.mark.parametrize("code", FEDERAL_CODES)
def test_columnar_equals_scalar_for_federal_defendants(code: str) -> None:
    columnar = ColumnarBackend(ENGINE.jurisdiction(code))

    @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
    @given(cases=st.lists(federal_cases(code, one_defendant=True), min_size=1, max_size=10), as_of=mst.as_of_dates())
    def check(cases: list[Case], as_of: date) -> None:
        rows = [row for index, case in enumerate(cases) for row in case_to_rows(case, f"case-{index}")]
        got = columnar.evaluate(frame_from_rows(rows), as_of).to_dicts()
        want = [
            line
            for row in rows
            for line in result_rows(ENGINE.evaluate(row_to_case(row), as_of), row["case_id"], columnar.kinds)
        ]
        assert got == want

    check()


@pytest.mark.parametrize("code", FEDERAL_CODES)
def test_rete_equals_scalar_for_federal_defendants(code: str) -> None:
    pytest.importorskip("durable", reason="the rete backend needs durable_rules")
    rete = Engine(backend="rete")

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(case=federal_cases(code), as_of=mst.as_of_dates())
    def check(case: Case, as_of: date) -> None:
        assert rete.evaluate(case, as_of).to_dict() == ENGINE.evaluate(case, as_of).to_dict()

    check()


def test_worked_examples_hold_on_rete() -> None:
    pytest.importorskip("durable", reason="the rete backend needs durable_rules")
    rete = Engine(backend="rete")
    for example in load_examples(EXAMPLES):
        assert check_example(rete, example) == [], example.name


def test_columnar_rolls_on_the_federal_calendar() -> None:
    # 2024-10-14 is Columbus Day: a federal holiday, not a Florida court holiday, so only the
    # overlay's own calendar moves the alternative to 2024-10-15 (the as-of date): not expired.
    row = {
        "case_id": "fl-1",
        "jurisdiction": "US-FL",
        "claim_type": "personal_injury",
        "act_or_omission": date(2022, 3, 10),
        "injury": date(2022, 3, 10),
        "discovery": date(2022, 10, 14),
        "public_entity": "federal",
    }
    columnar = ColumnarBackend(ENGINE.jurisdiction("US-FL"))
    got = columnar.evaluate(frame_from_rows([row]), date(2024, 10, 15)).to_dicts()[0]
    assert (got["limitation_date"], got["limitation_status"]) == (date(2024, 10, 14), "indeterminate")


def test_california_and_pennsylvania_outer_limits_not_applied_are_named() -> None:
    engine = Engine()
    for code in ("US-CA", "US-PA"):
        case = {
            "jurisdiction": code,
            "claim_type": "personal_injury",
            "claimant": {"date_of_birth": "1970-01-01", "incapacity": []},
            "defendants": [{"name": "VA", "kind": "hospital", "public_entity": "federal"}],
            "events": {"act_or_omission": "2022-01-10", "injury": "2022-01-10", "discovery": "2022-02-01"},
            "allegations": [],
            "procedure": {},
        }
        rule_id = f"ftca.warning.repose-not-applied.{code.lower()}"
        assert any(w.rule_id == rule_id for w in engine.evaluate(engine.parse(case, "t"), date(2023, 1, 1)).warnings)
        case["defendants"] = [{"name": "Dr A"}]
        assert not any(w.rule_id == rule_id for w in engine.evaluate(engine.parse(case, "t"), date(2023, 1, 1)).warnings)


@pytest.mark.parametrize("letter", ["2021-02-30", "2021-02-01"])
def test_batch_checks_claim_denied_exactly_as_the_case_model(letter: str) -> None:
    # The case model checks claim_denied against the presentation only when every procedure
    # field is valid (pydantic runs a model's own check last); the batch check must agree.
    import polars as pl

    from medmal.batch.scalar import row_problems
    from medmal.batch.validate import validate
    from medmal.flat import FLAT_COLUMNS

    row: dict[str, Any] = dict.fromkeys(FLAT_COLUMNS)
    row.update(
        case_id="c-1", jurisdiction="US-NY", claim_type="personal_injury", act_or_omission="2015-01-01",
        administrative_claim_presented="2015-01-02", claim_denied="2015-01-01", pre_action_letter=letter,
    )
    frame = pl.DataFrame([row], schema=dict.fromkeys(FLAT_COLUMNS, pl.String()), orient="row")
    got = set(validate(frame, ENGINE.registry).problems["field"].to_list())
    assert got == {name for name, _ in row_problems(row, ENGINE)}
    assert ("claim_denied" in got) is (letter == "2021-02-01")
