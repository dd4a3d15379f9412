"""The rete backend's two halves, each checked against the scalar backend on generated input.

* the interpreter against the generated code, on random expression trees built from every
  node type of :mod:`medmal.expr` (value, trace, missing facts, stand-ins, alternatives);
* selection by durable_rules against the scalar ``_select``, on random rule lists (in-force
  windows, Kleene conditions with unknown facts, overrides between rules).
"""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medmal import DeadlineRule, Engine, InForce, Period
from medmal import expr as x
from medmal.evaluation import _select
from medmal.jurisdictions.us_ny.calendar import NEW_YORK_CALENDAR
from medmal.scalar import Env, compile_expr

pytest.importorskip("durable", reason="the rete backend needs durable_rules (pip install 'medmal[rete]')")

from medmal.rete.interpreter import _METHODS, interpret
from medmal.rete.selection import ReteSelector

PARAMETERS = Engine().jurisdiction("GB-ENG").parameters
DATE_FACTS = ("act_or_omission", "injury", "death")
DAYS = st.dates(date(1995, 1, 1), date(2030, 12, 31))
CITE = st.sampled_from(["Statute s.1", "Rule 2"])
LABEL = st.sampled_from(["first", "second"])


def test_every_expression_node_is_interpreted() -> None:
    nodes = {cls for cls in vars(x).values() if isinstance(cls, type) and issubclass(cls, x.Expr) and cls is not x.Expr}
    assert nodes <= set(_METHODS), sorted(c.__name__ for c in nodes - set(_METHODS))


# --- strategies ------------------------------------------------------------------------------


def _fact_values() -> st.SearchStrategy[dict[str, Any]]:
    """A fact dict: each fact missing (unknown), None (confirmed absent) or a value."""
    maybe = lambda s: st.one_of(st.just("missing"), st.none(), s)  # noqa: E731
    period = st.tuples(DAYS, st.one_of(st.none(), DAYS)).map(lambda p: (p[0], p[1] if p[1] is None or p[1] >= p[0] else p[0]))
    return st.fixed_dictionaries(
        {
            **{name: maybe(DAYS) for name in DATE_FACTS},
            "claim_type": maybe(st.sampled_from(["personal_injury", "wrongful_death"])),
            "defendant.public_entity": maybe(st.sampled_from(["municipal", "state"])),
            "claimant_fault": maybe(st.sampled_from([0.0, 0.25, 0.5, 1])),
            "allegations": maybe(st.frozensets(st.sampled_from(["foreign_object", "birth_injury"]))),
            "incapacity": maybe(st.lists(period, max_size=2).map(tuple)),
            "defendants.count": maybe(st.integers(1, 3)),
        }
    ).map(lambda d: {k: v for k, v in d.items() if v != "missing"})


def _date_leaf() -> st.SearchStrategy[x.Expr]:
    plain = st.sampled_from(DATE_FACTS).map(x.fact)
    return st.one_of(plain, DAYS.map(x.const), st.builds(lambda n, a: x.fact(n, assume=x.const(a), why="w"), st.sampled_from(DATE_FACTS), DAYS))


def _conditions(dates: st.SearchStrategy[x.Expr]) -> st.SearchStrategy[x.Expr]:
    cmp = st.sampled_from(["<", "<=", ">", ">=", "==", "!="])
    leaves = st.one_of(
        st.builds(x.Compare, cmp, dates, dates),
        st.builds(lambda c, v: x.Compare(c, x.fact("claim_type"), x.const(v)), st.sampled_from(["==", "!="]), st.sampled_from(["personal_injury", "wrongful_death"])),
        st.builds(lambda c, v: x.Compare(c, x.fact("claimant_fault"), x.const(v)), cmp, st.sampled_from([0, 0.25, 0.5])),
        st.builds(lambda c, d: x.Compare(c, x.fact("act_or_omission"), x.const(d)), cmp, DAYS),
        st.builds(lambda c, d: x.Compare(c, x.const(d), x.fact("death")), cmp, DAYS),
        st.builds(lambda v: x.fact("defendant.public_entity").is_in(*v), st.lists(st.sampled_from([None, "municipal", "state"]), min_size=1, max_size=3)),
        st.sampled_from(["foreign_object", "birth_injury"]).map(x.has),
        st.sampled_from([True, False, None]).map(x.const),
        st.builds(lambda c: x.Compare(c, x.fact("defendant.public_entity"), x.const(None)), st.sampled_from(["==", "!="])),
    )
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            inner.map(lambda a: ~a),
            st.lists(inner, min_size=2, max_size=3).map(lambda a: x.Logic("and", tuple(a))),
            st.lists(inner, min_size=2, max_size=3).map(lambda a: x.Logic("or", tuple(a))),
        ),
        max_leaves=8,
    )


RULE_CONDITIONS = _conditions(_date_leaf())
CMP = st.sampled_from(["<", "<=", ">", ">=", "==", "!="])


def _extend(inner: st.SearchStrategy[x.Expr]) -> st.SearchStrategy[x.Expr]:
    conds = st.one_of(RULE_CONDITIONS, st.builds(x.Compare, CMP, inner, inner))
    window = st.tuples(DAYS, st.integers(0, 400)).map(lambda w: (w[0], w[0] + timedelta(days=w[1])))
    return st.one_of(
        st.builds(lambda e, y, m, d: e + Period(y, m, d), inner, st.integers(0, 3), st.integers(0, 11), st.integers(0, 40)),
        st.lists(inner, min_size=1, max_size=3).map(lambda a: x.later(*a)),
        st.lists(inner, min_size=1, max_size=3).map(lambda a: x.earlier(*a)),
        st.builds(x.cap, inner, inner),
        st.builds(x.when, conds, inner, st.one_of(st.none(), inner)),
        st.builds(lambda e, f, c: x.Roll(e, "forward" if f else "back", c), inner, st.booleans(), CITE),
        st.builds(lambda e, w, lab, c: x.postpone(e, *w, label=lab, cite=c), inner, window, LABEL, CITE),
        st.builds(lambda e, s, w: x.suspend(e, s, *w), inner, inner, window),
        st.builds(lambda a, b, lab, c, o: x.safe(a, b, label=lab, cite=c, only_if=o), inner, inner, LABEL, CITE, st.one_of(st.none(), conds)),
        st.builds(lambda e, lab, c: e.step(lab, cite=c), inner, LABEL, CITE),
        inner.map(x.incapacity_end),
        # The same step object used twice: computed and traced once per evaluation.
        st.builds(lambda e, lab, y: (lambda s: x.later(s, x.when(x.has("birth_injury"), s + Period(years=y))))(e.step(lab, cite="shared")), inner, LABEL, st.integers(1, 3)),
    )


DATE_EXPRS = st.recursive(_date_leaf(), _extend, max_leaves=10)
AMOUNTS = st.recursive(
    st.one_of(st.integers(0, 10**6).map(x.const), st.just(x.fact("defendants.count"))),
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=3).map(lambda a: x.total(*a)),
        st.builds(x.when, RULE_CONDITIONS, inner, st.one_of(st.none(), inner)),
    ),
    max_leaves=6,
)
EXPRESSIONS = st.one_of(
    DATE_EXPRS,
    AMOUNTS,
    _conditions(DATE_EXPRS),
    st.builds(lambda name, e: x.param(name, e).step("amount", cite="SI"), st.sampled_from(sorted(PARAMETERS)), DATE_EXPRS),
)


def _run(function: Any, facts: dict[str, Any], trace: bool) -> tuple[Any, ...]:
    env = Env(dict(facts), NEW_YORK_CALENDAR, PARAMETERS, trace)
    try:
        value = function(env)
    except Exception as exc:  # both backends must fail the same way
        return ("error", type(exc).__name__)
    return (value, env.trace, env.could_move, list(env.assumed.items()), env.alternatives)


@settings(max_examples=400)
@given(node=EXPRESSIONS, facts=_fact_values(), trace=st.booleans())
def test_interpreter_equals_generated_code(node: x.Expr, facts: dict[str, Any], trace: bool) -> None:
    assert _run(interpret(node), facts, trace) == _run(compile_expr(node), facts, trace)


# --- selection ---------------------------------------------------------------------------------


@st.composite
def rule_lists(draw: st.DrawFn) -> list[DeadlineRule]:
    ids = ["a", "b", "c"]
    found = []
    for index in range(draw(st.integers(1, 5))):
        start = draw(st.one_of(st.none(), DAYS))
        end = draw(st.one_of(st.none(), DAYS.filter(lambda d, s=start: s is None or d > s)))
        rule_id = draw(st.sampled_from(ids))
        found.append(
            DeadlineRule(
                id=rule_id,
                version=str(index),
                title="t",
                citation="c",
                kind="limitation",
                date=x.const(None),
                in_force=InForce(start, end, draw(st.sampled_from(["act_or_omission", "death"]))),
                applies=draw(RULE_CONDITIONS),
                overrides=tuple(draw(st.lists(st.sampled_from([i for i in ids if i != rule_id]), unique=True))),
            )
        )
    return found


@settings(max_examples=200)
@given(rules=rule_lists(), facts=_fact_values())
def test_rete_selection_equals_scalar(rules: list[DeadlineRule], facts: dict[str, Any]) -> None:
    env = Env(facts, NEW_YORK_CALENDAR, PARAMETERS, False)
    expected = [(c.rule, certain) for c, certain in _select([SimpleNamespace(rule=r, applies=compile_expr(r.applies)) for r in rules], env)]
    selector = ReteSelector("ZZ-TEST", [SimpleNamespace(rule=r) for r in rules])
    assert [(c.rule, certain) for c, certain in selector.select(env)] == expected
