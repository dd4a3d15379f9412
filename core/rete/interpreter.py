"""A tree-walking interpreter of :mod:`medmal.expr`: the rete backend's own arithmetic.

The scalar backend compiles each rule into generated Python (:mod:`medmal.codegen`). This
module evaluates the same trees by walking them, node by node, so the rete backend is a
second, independent evaluation of every date: a slip in either shows up as a difference in
the differential tests. It follows the semantics documented in :mod:`medmal.expr` and
:mod:`medmal.codegen` to the letter, including the side notes a value leaves in the
:class:`~medmal.scalar.Env` (``could_move``, ``assumed``, ``alternatives``) and the trace:

* conditions, the alternative of ``safe`` and both branches of an undecided ``when`` are
  walked without recording trace steps;
* a step node used in several places is computed once per evaluation and traced once
  (``memo[id]`` holds a traced value, ``memo[-id]`` one computed on an untraced path);
* a step whose value does not apply (``None``) is left out of the trace.

Month arithmetic uses python-dateutil's ``relativedelta`` rather than the calendar's own
``add_months_days``, so the counting rule is checked independently as well; court-closed
days and dated parameters are the jurisdiction's data and are read from it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

from ..calendar import NEVER
from ..errors import RuleDefinitionError
from ..expr import (
    Cap,
    Compare,
    Const,
    Expr,
    Extreme,
    Fact,
    Has,
    IncapacityEnd,
    IsIn,
    Logic,
    Param,
    Plus,
    Postpone,
    Roll,
    Safe,
    Step,
    Sum,
    Suspend,
    Unknown,
    When,
)
from ..result import Alternative, TraceStep
from ..scalar import Env, describe

__all__ = ["interpret", "walk"]

_ABSENT = object()
_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
}


def walk(node: Expr) -> Iterator[Expr]:
    """Every node of the tree, shared subtrees once per place they appear."""
    yield node
    for child in node.children():
        yield from walk(child)


def _merge(a: Unknown | None, b: Unknown) -> Unknown:
    return b if a is None else Unknown(a.facts | b.facts)


def _is_unknown(value: Any) -> bool:
    return value.__class__ is Unknown


def _shown(value: Any) -> str | None:
    return value.isoformat() if value.__class__ is date and value != NEVER else describe(value)


def add_months_days(start: date, months: int, days: int) -> date:
    """``start`` plus calendar months (clamped to the month end), then days; past the
    last representable day the deadline never arrives."""
    if start == NEVER:
        return NEVER
    try:
        moved = start + relativedelta(months=months)
        return moved + timedelta(days=days) if days else moved
    except (OverflowError, ValueError):
        return NEVER


class _Walk:
    """One evaluation of one tree against one :class:`Env`."""

    __slots__ = ("env", "facts", "memo", "shared", "trace")

    def __init__(self, env: Env, shared: frozenset[int]) -> None:
        self.env = env
        self.facts = env.facts
        self.trace = env.trace  # None when tracing is off, for traced and untraced paths alike
        self.memo: dict[int, Any] = {}
        self.shared = shared

    def eval(self, node: Expr, traced: bool) -> Any:
        return _METHODS[node.__class__](self, node, traced)

    def _trace_for(self, traced: bool) -> list[TraceStep] | None:
        return self.trace if traced else None

    # --- leaves -------------------------------------------------------------------------
    def const(self, node: Const, traced: bool) -> Any:
        return node.value

    def fact(self, node: Fact, traced: bool) -> Any:
        value = self.facts.get(node.name, _ABSENT)
        if value is not _ABSENT:
            return value
        if node.assume is None:
            return Unknown(frozenset({node.name}))
        stand_in = self.eval(node.assume, traced)
        if stand_in is not None and not _is_unknown(stand_in):
            self.env.could_move.add(node.name)
            self.env.assumed[node.name] = (stand_in, node.why)
        return stand_in

    def has(self, node: Has, traced: bool) -> Any:
        found = self.facts.get("allegations", _ABSENT)
        if found is _ABSENT:
            return Unknown(frozenset({"allegations"}))
        return found is not None and node.allegation in found

    # --- date arithmetic ------------------------------------------------------------------
    def plus(self, node: Plus, traced: bool) -> Any:
        base = self.eval(node.base, traced)
        if base is None or _is_unknown(base):
            return base
        period = node.period
        return add_months_days(base, period.years * 12 + period.months, period.days)

    def extreme(self, node: Extreme, traced: bool) -> Any:
        best: Any = None
        unknown: Unknown | None = None
        later = node.which == "later"
        for arg in node.args:
            value = self.eval(arg, traced)
            if value is None:
                continue
            if _is_unknown(value):
                unknown = _merge(unknown, value)
            elif best is None or (value > best if later else value < best):
                best = value
        if not later:
            return unknown if unknown is not None else best
        if best is None:
            return unknown
        if unknown is not None:
            self.env.could_move.update(unknown.facts)
        return best

    def sum(self, node: Sum, traced: bool) -> Any:
        out: Any = None
        unknown: Unknown | None = None
        for arg in node.args:
            value = self.eval(arg, traced)
            if value is None:
                continue
            if _is_unknown(value):
                unknown = _merge(unknown, value)
            else:
                out = value if out is None else out + value
        return unknown if unknown is not None else out

    def cap(self, node: Cap, traced: bool) -> Any:
        value = self.eval(node.value, traced)
        if value is None or _is_unknown(value):
            return value
        bound = self.eval(node.limit, traced)
        if bound is not None and (_is_unknown(bound) or bound < value):
            return bound
        return value

    def incapacity_end(self, node: IncapacityEnd, traced: bool) -> Any:
        day = self.eval(node.at, traced)
        if day is None or _is_unknown(day):
            return day
        periods = self.facts.get("incapacity", _ABSENT)
        if periods is _ABSENT:
            return Unknown(frozenset({"incapacity"}))
        for start, end in periods or ():
            if start <= day and (end is None or day <= end):
                return NEVER if end is None else end
        return None

    def param(self, node: Param, traced: bool) -> Any:
        day = self.eval(node.at, traced)
        if day is None or _is_unknown(day):
            return day
        parameter = self.env.params.get(node.name)
        if parameter is None:
            raise RuleDefinitionError(f"parameter {node.name!r} is not defined")
        found = parameter.at(day)
        if found is None:
            return None
        trace = self._trace_for(traced)
        if trace is not None:
            trace.append(
                TraceStep(f"{parameter.description} in force on {describe(day)}", describe(found.value), found.citation)
            )
        return found.value

    def roll(self, node: Roll, traced: bool) -> Any:
        day = self.eval(node.base, traced)
        calendar = self.env.calendar if node.calendar is None else node.calendar
        if day.__class__ is not date or day == NEVER or not calendar.is_closed(day):
            return day
        forward = node.direction == "forward"
        moved = calendar.next_open(day) if forward else calendar.previous_open(day)
        trace = self._trace_for(traced)
        if trace is not None:
            where = "next open day" if forward else "last open day before it"
            trace.append(
                TraceStep(f"{day.isoformat()} falls on {calendar.closed_reason(day)}: {where}", moved.isoformat(), node.cite)
            )
        return moved

    def postpone(self, node: Postpone, traced: bool) -> Any:
        day = self.eval(node.base, traced)
        if day.__class__ is not date or day < node.window_start or day > node.window_end:
            return day
        moved = node.window_end + timedelta(days=1)
        trace = self._trace_for(traced)
        if trace is not None:
            trace.append(TraceStep(f"{day.isoformat()}: {node.label}", moved.isoformat(), node.cite))
        return moved

    def suspend(self, node: Suspend, traced: bool) -> Any:
        base = self.eval(node.base, traced)
        start = self.eval(node.start, traced)
        first, last = node.window_start, node.window_end
        if base is None or _is_unknown(base) or base == NEVER or base < first:
            return base
        if _is_unknown(start):
            return start
        if start is None or start < first:
            return base + (last - first)
        if start <= last:
            return base + (last - start)
        return base

    # --- conditions -------------------------------------------------------------------------
    def when(self, node: When, traced: bool) -> Any:
        test = self.eval(node.condition, False)
        if test is True:
            return self.eval(node.then, traced)
        if not _is_unknown(test):
            return self.eval(node.otherwise, traced) if node.otherwise is not None else None
        # Undecided: the value both branches share, else the unknown condition.
        a = self.eval(node.then, False)
        b = self.eval(node.otherwise, False) if node.otherwise is not None else None
        return a if (a == b and not _is_unknown(a)) else test

    def compare(self, node: Compare, traced: bool) -> Any:
        a = self.eval(node.left, traced)
        b = self.eval(node.right, traced)
        if _is_unknown(a):
            return _merge(a, b) if _is_unknown(b) else a
        if _is_unknown(b):
            return b
        if a is None or b is None:
            return False
        return _COMPARE[node.cmp](a, b)

    def is_in(self, node: IsIn, traced: bool) -> Any:
        subject = self.eval(node.subject, traced)
        return subject if _is_unknown(subject) else subject in frozenset(node.values)

    def logic(self, node: Logic, traced: bool) -> Any:
        if node.which == "not":
            value = self.eval(node.args[0], traced)
            return value if _is_unknown(value) else (not value)
        stop = node.which == "or"  # the truth value that decides: True for or, False for and
        unknown: Unknown | None = None
        for arg in node.args:
            value = self.eval(arg, traced)
            if _is_unknown(value):
                unknown = _merge(unknown, value)
            elif bool(value) is stop:
                return stop
        return unknown if unknown is not None else (not stop)

    # --- split authority and traced steps -----------------------------------------------------
    def safe(self, node: Safe, traced: bool) -> Any:
        chosen = self.eval(node.safe, traced)
        if node.only_if is not None and self.eval(node.only_if, False) is False:
            return chosen
        # The alternative is only reported: what it reads must not mark the safe date as
        # depending on a missing fact.
        env = self.env
        saved_move, saved_assumed = env.could_move, env.assumed
        env.could_move, env.assumed = set(), {}
        other = self.eval(node.alternative, False)
        env.could_move, env.assumed = saved_move, saved_assumed
        if other == chosen or other.__class__ is not date:
            return chosen
        env.alternatives.append(Alternative(describe(other), node.label, node.cite))
        trace = self._trace_for(traced)
        if trace is not None:
            trace.append(
                TraceStep(
                    f"safe date kept; arguable alternative {describe(other)} ({node.label})", describe(chosen), node.cite
                )
            )
        return chosen

    def step(self, node: Step, traced: bool) -> Any:
        if id(node) in self.shared:
            return self._shared_step(node, traced)
        value = self.eval(node.inner, traced)
        if traced and self.trace is not None and value is not None:
            self.trace.append(TraceStep(node.label, _shown(value), node.cite))
        return value

    def _shared_step(self, node: Step, traced: bool) -> Any:
        """A step used in several places: computed once, traced once."""
        key = id(node)
        memo = self.memo
        value = memo.get(key, _ABSENT)
        if value is not _ABSENT:
            return value
        if traced:
            # An untraced value can be reused unless inner steps still need recording.
            value = _ABSENT if _has_steps(node.inner) else memo.get(-key, _ABSENT)
            if value is _ABSENT:
                value = self.eval(node.inner, True)
            if self.trace is not None and value is not None:
                self.trace.append(TraceStep(node.label, _shown(value), node.cite))
            memo[key] = value
            return value
        value = memo.get(-key, _ABSENT)
        if value is _ABSENT:
            value = self.eval(node.inner, False)
            memo[-key] = value
            if self.trace is None:
                memo[key] = value
        return value


_METHODS: dict[type, Callable[[_Walk, Any, bool], Any]] = {
    Const: _Walk.const,
    Fact: _Walk.fact,
    Has: _Walk.has,
    Plus: _Walk.plus,
    Extreme: _Walk.extreme,
    Cap: _Walk.cap,
    Sum: _Walk.sum,
    IncapacityEnd: _Walk.incapacity_end,
    Param: _Walk.param,
    Roll: _Walk.roll,
    Postpone: _Walk.postpone,
    Suspend: _Walk.suspend,
    When: _Walk.when,
    Compare: _Walk.compare,
    IsIn: _Walk.is_in,
    Logic: _Walk.logic,
    Safe: _Walk.safe,
    Step: _Walk.step,
}


def _has_steps(node: Expr) -> bool:
    return any(isinstance(n, Step) for n in walk(node))


def interpret(node: Expr) -> Callable[[Env], Any]:
    """A function of an :class:`Env` that evaluates ``node`` by walking it (the rete
    backend's stand-in for :func:`medmal.scalar.compile_expr`)."""
    unsupported = {type(n).__name__ for n in walk(node) if type(n) not in _METHODS}
    if unsupported:
        raise RuleDefinitionError(f"the rete backend cannot evaluate {', '.join(sorted(unsupported))} nodes")
    counts = Counter(id(n) for n in walk(node) if isinstance(n, Step))
    shared = frozenset(key for key, n in counts.items() if n > 1)

    def evaluate(env: Env) -> Any:
        return _Walk(env, shared).eval(node, True)

    evaluate.__medmal_tree__ = node  # type: ignore[attr-defined]
    return evaluate
