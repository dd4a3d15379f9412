"""The case contract: what embedding software sends, and the errors it gets back."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from medmal import Case, CaseError, Engine, UnknownJurisdiction
from medmal.caseio import parse_case

CONTRACT = {
    "jurisdiction": "US-NY",
    "claim_type": "personal_injury",
    "claimant": {"date_of_birth": "1980-04-02", "incapacity": [{"start": "2023-07-01", "end": None}]},
    "defendants": [{"name": "Dr A", "kind": "physician", "public_entity": None}],
    "events": {
        "act_or_omission": "2021-03-15",
        "injury": None,
        "discovery": None,
        "continuous_treatment_end": None,
        "foreign_object_discovery": None,
        "death": None,
    },
    "allegations": ["failure_to_diagnose_cancer"],
    "procedure": {"complaint_filed": None},
    "damages": {"currency": "USD", "economic": 250000, "non_economic": 1000000, "punitive": 0},
    "claimant_fault": 0.0,
}


def with_change(path: str, value: Any) -> dict[str, Any]:
    data = copy.deepcopy(CONTRACT)
    target = data
    *parents, last = path.split(".")
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    target[last] = value
    return data


def test_the_contract_sample_is_accepted_as_is() -> None:
    case = parse_case(CONTRACT)
    assert case.events.act_or_omission == date(2021, 3, 15)
    assert case.claimant.incapacity[0].end is None
    assert case.defendants[0].public_entity is None


def test_cases_are_immutable() -> None:
    case = parse_case(CONTRACT)
    with pytest.raises(Exception, match="frozen"):
        case.claim_type = "wrongful_death"  # type: ignore[misc]


def test_unknown_is_distinct_from_none() -> None:
    unknown = parse_case(with_change("claimant.incapacity", None))
    none = parse_case(with_change("claimant.incapacity", []))
    assert unknown.claimant.incapacity is None
    assert none.claimant.incapacity == []


@pytest.mark.parametrize(
    ("path", "value", "field", "words"),
    [
        ("events.act_or_omission", "2023-02-30", "events.act_or_omission", "date"),
        ("events.death", "1970-01-01", "events.death", "before the claimant's date_of_birth"),
        ("damages.economic", -5, "damages.economic", "greater than or equal to 0"),
        ("claimant_fault", 1.5, "claimant_fault", "less than or equal to 1"),
        ("claim_type", "battery", "claim_type", "personal_injury"),
        ("defendants.0.public_entity", "county", "defendants.0.public_entity", "municipal"),
        ("claimant.incapacity", [{"start": "2023-07-01", "end": "2023-01-01"}], "claimant.incapacity.0.end", "before start"),
        ("events.surgery_date", "2021-01-01", "events.surgery_date", "not a field"),
        ("defendants", [], "defendants", "at least 1"),
        ("defendants.0.institution", True, "defendants.0.institution", "contradicts kind 'physician'"),
    ],
)
def test_bad_input_names_the_field_and_the_problem(path: str, value: Any, field: str, words: str) -> None:
    with pytest.raises(CaseError) as caught:
        parse_case(with_change(path, value))
    fields = [f for f, _ in caught.value.problems]
    messages = " ".join(m for _, m in caught.value.problems)
    assert field in fields, caught.value.problems
    assert words in messages


def test_confirmed_absent_must_name_an_empty_case_field() -> None:
    with pytest.raises(CaseError, match="confirmed_absent"):
        parse_case(with_change("confirmed_absent", ["events.act_or_omission"]))
    with pytest.raises(CaseError, match="not a case field"):
        parse_case(with_change("confirmed_absent", ["events.surgery"]))


def test_unknown_jurisdiction_lists_the_known_ones() -> None:
    engine = Engine()
    with pytest.raises(UnknownJurisdiction) as caught:
        engine.evaluate(with_change("jurisdiction", "US-ZZ"), as_of=date(2026, 1, 1))
    assert "US-NY" in str(caught.value)
    assert caught.value.problems[0][0] == "jurisdiction"


def test_schema_is_exported() -> None:
    schema = Case.model_json_schema()
    assert set(schema["required"]) == {"jurisdiction", "claim_type", "defendants"}
    assert schema["additionalProperties"] is False
