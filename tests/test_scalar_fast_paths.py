"""The scalar backend's fast paths give exactly what the plain constructs they replace give.

Each shortcut taken for speed (tables read with ``dict.get``, items built without the
class call, case facts read from pydantic's ``__dict__``) is held equal to the plain
form on generated input, so a speed change can never change a result.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from medmal import Case, Engine
from medmal.calendar import NEVER, add_months_days
from medmal.codegen_runtime import PeriodTable, StepTexts, describe, period_table
from medmal.expr import Unknown
from medmal.facts import case_facts, set_defendant
from medmal.result import Deadline, Result, TraceStep, new_deadline, new_result
from medmal.scalar import Env, new_env

DAYS = st.dates(date(1900, 1, 1), date(2100, 12, 31))
TEXT = st.text(max_size=5)


@given(DAYS, st.integers(0, 240), st.integers(0, 400))
def test_period_table_is_add_months_days(start: date, months: int, days: int) -> None:
    table = PeriodTable(months, days)
    first = table.get(start) or table.make(start)
    again = table.get(start) or table.make(start)
    assert first == again == add_months_days(start, months, days)


def test_one_table_per_period() -> None:
    assert period_table(30, 0) is period_table(30, 0)
    assert period_table(30, 0) is not period_table(30, 1)


@given(st.one_of(DAYS, st.just(NEVER), st.builds(lambda n: Unknown(frozenset(n)), st.sets(TEXT, min_size=1)), st.integers()))
def test_step_texts_show_the_value_as_describe_does(value: object) -> None:
    texts = StepTexts("label", "cite")
    made = texts.get(value) or texts.make(value) if value.__class__ is date else texts.make(value)
    assert made == TraceStep("label", describe(value), "cite")
    if value.__class__ is date:
        assert texts.get(value) is made  # built once, then shared
    else:
        assert not texts  # only dates are remembered


@given(st.lists(st.one_of(st.none(), TEXT), min_size=len(fields(Deadline)), max_size=len(fields(Deadline))))
def test_new_deadline_is_the_class_call(values: list[object]) -> None:
    assert new_deadline(*values) == Deadline(*values)  # type: ignore[arg-type]


def test_new_result_is_the_class_call() -> None:
    values = ["US-NY", "2026-06-01", "v1", [], [], None, []]
    assert len(values) == len(fields(Result))
    assert new_result(*values) == Result(*values)  # type: ignore[arg-type]
    assert new_result(*values).to_dict() == Result(*values).to_dict()  # type: ignore[arg-type]


def test_new_env_is_the_class_call() -> None:
    calendar = Engine().jurisdiction("US-NY").calendar
    for trace in (True, False):
        made, plain = new_env({"a": 1}, calendar, {}, trace), Env({"a": 1}, calendar, {}, trace)
        for name in ("facts", "calendar", "params", "trace", "tracing", "could_move", "assumed", "alternatives"):
            assert getattr(made, name) == getattr(plain, name), name


def _plain_facts(case: Case) -> dict[str, object]:
    """What case_facts computes, by ordinary attribute reads (the reference)."""
    facts: dict[str, object] = {k: v for k, v in case.events.model_dump().items() if v is not None}
    facts["claim_type"] = case.claim_type
    absent = {
        **{f"events.{k}": (k, None) for k in type(case.events).model_fields},
        **{f"procedure.{k}": (k, None) for k in type(case.procedure).model_fields},
        "claimant.date_of_birth": ("date_of_birth", None),
        "claimant.incapacity": ("incapacity", ()),
        "allegations": ("allegations", frozenset()),
    }
    for path in case.confirmed_absent:
        if path in absent:
            facts[absent[path][0]] = absent[path][1]
    facts.update({k: v for k, v in case.procedure.model_dump().items() if v is not None})
    if case.claimant.date_of_birth is not None:
        facts["date_of_birth"] = case.claimant.date_of_birth
    if case.claimant.incapacity is not None:
        facts["incapacity"] = tuple((p.start, p.end) for p in case.claimant.incapacity)
    if case.allegations is not None:
        facts["allegations"] = frozenset(case.allegations)
    if case.claimant_fault is not None:
        facts["claimant_fault"] = case.claimant_fault
    categories = [d.is_institution for d in case.defendants]
    facts["defendants.individuals"] = categories.count(False)
    facts["defendants.institutions"] = categories.count(True)
    facts["defendants.uncategorised"] = categories.count(None)
    facts["defendants.count"] = len(case.defendants)
    for level in ("municipal", "state", "federal"):
        facts[f"defendants.{level}"] = sum(d.public_entity == level for d in case.defendants)
    if case.damages is not None:
        facts["damages.total"] = case.damages.economic + case.damages.non_economic + case.damages.punitive
    return facts


@settings(max_examples=60)
@given(st.integers(0, 10_000))
def test_case_facts_read_what_the_attributes_hold(seed: int) -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    try:
        from cases import generate_cases
    finally:
        sys.path.pop(0)
    for item in generate_cases("US-NY", 5, seed):
        case = Case.model_validate(item)
        facts = case_facts(case)
        assert facts == _plain_facts(case)
        assert list(facts) == list(_plain_facts(case))  # same order too
        for defendant in case.defendants:
            set_defendant(facts, defendant)
            assert facts["defendant.name"] == defendant.name
            assert facts["defendant.public_entity"] == defendant.public_entity
