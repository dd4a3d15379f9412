"""The expression language: unknown, not-applicable and never are kept apart."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from medmal.calendar import NEVER, CourtCalendar, Period
from medmal.expr import (
    Unknown,
    cap,
    const,
    earlier,
    fact,
    has,
    incapacity_end,
    later,
    roll_back,
    roll_forward,
    safe,
    total,
    when,
)
from medmal.scalar import Env, compile_expr

WEEKDAYS = CourtCalendar("weekdays only", lambda year: {})


def run(expr: Any, facts: dict[str, Any], trace: bool = True) -> tuple[Any, Env]:
    env = Env(facts, WEEKDAYS, {}, trace)
    return compile_expr(expr)(env), env


ACT = fact("act_or_omission")


def test_unknown_fact_is_unknown_and_named() -> None:
    value, _ = run(ACT + Period(years=2), {})
    assert value == Unknown(frozenset({"act_or_omission"}))


def test_later_drops_unknown_arguments_and_records_them() -> None:
    expr = later(ACT + Period(years=2), fact("discovery") + Period(years=1))
    value, env = run(expr, {"act_or_omission": date(2020, 1, 1)})
    assert value == date(2022, 1, 1)
    assert env.could_move == {"discovery"}


def test_earlier_propagates_unknown() -> None:
    expr = earlier(ACT + Period(years=3), fact("discovery") + Period(years=1))
    value, _ = run(expr, {"act_or_omission": date(2020, 1, 1)})
    assert isinstance(value, Unknown) and value.facts == {"discovery"}


def test_assumed_stand_in_is_used_and_recorded() -> None:
    knowledge = fact("discovery", assume=ACT, why="knowledge cannot precede the act")
    value, env = run(knowledge + Period(years=3), {"act_or_omission": date(2020, 1, 1)})
    assert value == date(2023, 1, 1)
    assert env.could_move == {"discovery"}
    assert env.assumed["discovery"][0] == date(2020, 1, 1)


def test_confirmed_absent_fact_does_not_apply() -> None:
    expr = later(ACT + Period(years=2), fact("continuous_treatment_end") + Period(years=2))
    value, env = run(expr, {"act_or_omission": date(2020, 1, 1), "continuous_treatment_end": None})
    assert value == date(2022, 1, 1)
    assert env.could_move == set()


def test_when_with_unknown_condition_keeps_only_a_shared_value() -> None:
    expr = when(fact("date_of_birth").lt(const(date(2000, 1, 1))), const(1), const(2))
    value, _ = run(expr, {})
    assert isinstance(value, Unknown)
    same = when(fact("date_of_birth").lt(const(date(2000, 1, 1))), const(1), const(1))
    assert run(same, {})[0] == 1


def test_kleene_logic() -> None:
    unknown = fact("date_of_birth").lt(const(date(2000, 1, 1)))
    assert run(unknown & const(False), {})[0] is False
    assert run(unknown | const(True), {})[0] is True
    assert isinstance(run(unknown & const(True), {})[0], Unknown)
    assert run(~const(False), {})[0] is True


def test_has_reads_allegations_and_knows_unknown() -> None:
    assert run(has("foreign_object"), {"allegations": frozenset({"foreign_object"})})[0] is True
    assert run(has("foreign_object"), {"allegations": frozenset()})[0] is False
    assert isinstance(run(has("foreign_object"), {})[0], Unknown)


def test_cap_limits_an_extension_but_never_creates_one() -> None:
    ten_years = ACT + Period(years=10)
    extension = fact("disability_end") + Period(years=2)
    facts = {"act_or_omission": date(2010, 1, 1), "disability_end": date(2030, 1, 1)}
    assert run(cap(extension, ten_years), facts)[0] == date(2020, 1, 1)
    assert run(cap(extension, ten_years), facts | {"disability_end": None})[0] is None


def test_incapacity_end() -> None:
    at = const(date(2020, 6, 1))
    periods = ((date(2020, 1, 1), date(2021, 1, 1)),)
    assert run(incapacity_end(at), {"incapacity": periods})[0] == date(2021, 1, 1)
    assert run(incapacity_end(at), {"incapacity": ((date(2020, 1, 1), None),)})[0] == NEVER
    assert run(incapacity_end(at), {"incapacity": ()})[0] is None
    assert isinstance(run(incapacity_end(at), {})[0], Unknown)


def test_rolls_and_safe_dates() -> None:
    saturday = const(date(2026, 3, 14))
    assert run(roll_forward(saturday, cite="rule"), {})[0] == date(2026, 3, 16)
    assert run(roll_back(saturday, cite="rule"), {})[0] == date(2026, 3, 13)
    value, env = run(safe(roll_back(saturday, cite="r"), roll_forward(saturday, cite="r"), label="next open day", cite="case"), {})
    assert value == date(2026, 3, 13)
    assert [a.date for a in env.alternatives] == ["2026-03-16"]


def test_steps_are_traced_once_and_not_in_conditions() -> None:
    base = (ACT + Period(years=2)).step("two years", cite="s.1")
    expr = when(base.gt(const(date(2000, 1, 1))), later(base, base)).step("result", cite="s.2")
    value, env = run(expr, {"act_or_omission": date(2020, 1, 1)})
    assert value == date(2022, 1, 1)
    assert [(s.step, s.value, s.citation) for s in env.trace] == [
        ("two years", "2022-01-01", "s.1"),
        ("result", "2022-01-01", "s.2"),
    ]
    untraced, env = run(expr, {"act_or_omission": date(2020, 1, 1)}, trace=False)
    assert untraced == value and env.trace is None


def test_expressions_serialise_and_name_their_facts() -> None:
    expr = later(ACT + Period(years=2, months=6), when(has("foreign_object"), fact("foreign_object_discovery") + Period(years=1)))
    assert expr.facts() == {"act_or_omission", "allegations", "foreign_object_discovery"}
    data = json.loads(json.dumps(expr.to_dict()))
    assert data["op"] == "later"
    assert data["args"][0]["period"] == {"years": 2, "months": 6, "days": 0}
    assert "act_or_omission" in expr.render()


def test_total_adds_what_applies_and_is_unknown_if_any_part_is() -> None:
    sued = fact("defendants.count")
    assert run(total(const(250_000), when(sued.gt(1), const(250_000))), {"defendants.count": 2})[0] == 500_000
    assert run(total(const(250_000), when(sued.gt(1), const(250_000))), {"defendants.count": 1})[0] == 250_000
    assert run(total(when(sued.gt(1), const(1))), {"defendants.count": 1})[0] is None  # nothing applies
    unknown = run(total(const(1), fact("amount")), {})[0]
    assert isinstance(unknown, Unknown) and unknown.facts == {"amount"}
