"""The scalar backend: expression trees compiled once into Python closures.

Each rule's expressions become nested closures at start-up; evaluating a case is then a
chain of plain function calls over a dict of facts, recording a trace step wherever the
rule author wrote ``.step(...)``. This is the reference backend every other backend is
tested against.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from .calendar import NEVER, CourtCalendar, add_period
from .errors import RuleDefinitionError
from .expr import (
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
    Roll,
    Safe,
    Step,
    Unknown,
    When,
)
from .parameters import Parameter
from .result import Alternative, TraceStep

__all__ = ["Env", "compile_expr", "describe"]

_ABSENT = object()
_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}


class Env:
    """What one evaluation reads and records.

    ``facts`` maps a fact name to its value (``None`` for a fact confirmed absent; a name
    missing from the dict is unknown). ``could_move`` collects the unknown facts whose
    values could make the result later; ``assumed`` the conservative stand-ins used.
    """

    __slots__ = ("facts", "calendar", "params", "trace", "tracing", "could_move", "assumed", "alternatives", "memo")

    def __init__(
        self,
        facts: Mapping[str, Any],
        calendar: CourtCalendar,
        params: Mapping[str, Parameter],
        trace: bool = True,
    ) -> None:
        self.facts = facts
        self.calendar = calendar
        self.params = params
        self.trace: list[TraceStep] | None = [] if trace else None
        self.tracing = trace
        self.could_move: set[str] = set()
        self.assumed: dict[str, tuple[Any, str]] = {}
        self.alternatives: list[Alternative] = []
        self.memo: dict[int, Any] = {}

    def reset(self) -> None:
        """Start a new rule: fresh trace, notes and memo (facts stay)."""
        if self.tracing:
            self.trace = []
        self.could_move = set()
        self.assumed = {}
        self.alternatives = []
        self.memo = {}


def describe(value: Any) -> str | None:
    """A value as it appears in a trace."""
    if value is None:
        return "does not apply"
    if value is NEVER:
        return "time not running"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Unknown):
        return "unknown (needs " + ", ".join(sorted(value.facts)) + ")"
    return str(value)


def _merge(a: Unknown | None, b: Unknown) -> Unknown:
    return b if a is None else Unknown(a.facts | b.facts)


Compiled = Callable[[Env], Any]


def compile_expr(node: Expr) -> Compiled:
    """Compile an expression tree into a closure over :class:`Env`."""
    compiler = _COMPILERS.get(type(node))
    if compiler is None:
        raise RuleDefinitionError(f"the scalar backend cannot compile {type(node).__name__} nodes")
    return compiler(node)


def _const(node: Const) -> Compiled:
    value = node.value
    return lambda env: value


def _fact(node: Fact) -> Compiled:
    name = node.name
    unknown = Unknown(frozenset({name}))
    if node.assume is None:

        def read(env: Env) -> Any:
            value = env.facts.get(name, _ABSENT)
            return unknown if value is _ABSENT else value

        return read
    assume = compile_expr(node.assume)
    why = node.why

    def read_or_assume(env: Env) -> Any:
        value = env.facts.get(name, _ABSENT)
        if value is not _ABSENT:
            return value
        stand_in = assume(env)
        if not isinstance(stand_in, Unknown) and stand_in is not None:
            env.could_move.add(name)
            env.assumed[name] = (stand_in, why)
        return stand_in

    return read_or_assume


def _plus(node: Plus) -> Compiled:
    base = compile_expr(node.base)
    period = node.period

    def plus(env: Env) -> Any:
        value = base(env)
        if value is None or isinstance(value, Unknown):
            return value
        return add_period(value, period)

    return plus


def _extreme(node: Extreme) -> Compiled:
    args = tuple(compile_expr(a) for a in node.args)
    if node.op == "later":

        def latest(env: Env) -> Any:
            best = None
            unknown = None
            for arg in args:
                value = arg(env)
                if value is None:
                    continue
                if isinstance(value, Unknown):
                    unknown = _merge(unknown, value)
                elif best is None or value > best:
                    best = value
            if best is None:
                return unknown
            if unknown is not None:  # an unknown argument could only make it later
                env.could_move.update(unknown.facts)
            return best

        return latest

    def earliest(env: Env) -> Any:
        best = None
        unknown = None
        for arg in args:
            value = arg(env)
            if value is None:
                continue
            if isinstance(value, Unknown):
                unknown = _merge(unknown, value)
            elif best is None or value < best:
                best = value
        return unknown if unknown is not None else best

    return earliest


def _cap(node: Cap) -> Compiled:
    value = compile_expr(node.value)
    limit = compile_expr(node.limit)

    def capped(env: Env) -> Any:
        extended = value(env)
        if extended is None or isinstance(extended, Unknown):
            return extended
        bound = limit(env)
        if bound is None:
            return extended
        if isinstance(bound, Unknown):
            return bound
        return bound if bound < extended else extended

    return capped


def _when(node: When) -> Compiled:
    condition = compile_expr(node.condition)
    then = compile_expr(node.then)
    otherwise = compile_expr(node.otherwise) if node.otherwise is not None else None

    def choose(env: Env) -> Any:
        saved = env.trace
        if saved is not None:
            env.trace = None
            try:
                test = condition(env)
            finally:
                env.trace = saved
        else:
            test = condition(env)
        if test is True:
            return then(env)
        if not isinstance(test, Unknown):
            return otherwise(env) if otherwise is not None else None
        # The condition turns on a missing fact: only a value both branches share is known.
        saved, env.trace = env.trace, None
        try:
            a = then(env)
            b = otherwise(env) if otherwise is not None else None
        finally:
            env.trace = saved
        if a == b and not isinstance(a, Unknown):
            return a
        return test

    return choose


def _compare(node: Compare) -> Compiled:
    left = compile_expr(node.left)
    right = compile_expr(node.right)
    test = _COMPARE[node.cmp]

    def compare(env: Env) -> Any:
        a = left(env)
        b = right(env)
        if isinstance(a, Unknown):
            return _merge(a, b) if isinstance(b, Unknown) else a
        if isinstance(b, Unknown):
            return b
        if a is None or b is None:
            return False
        return test(a, b)

    return compare


def _is_in(node: IsIn) -> Compiled:
    subject = compile_expr(node.subject)
    values = frozenset(node.values)

    def is_in(env: Env) -> Any:
        value = subject(env)
        if isinstance(value, Unknown):
            return value
        return value in values

    return is_in


def _logic(node: Logic) -> Compiled:
    args = tuple(compile_expr(a) for a in node.args)
    if node.op == "not":
        (only,) = args

        def negate(env: Env) -> Any:
            value = only(env)
            return value if isinstance(value, Unknown) else not value

        return negate
    stop = node.op == "or"  # the value that decides: True for "or", False for "and"

    def combine(env: Env) -> Any:
        unknown = None
        for arg in args:
            value = arg(env)
            if isinstance(value, Unknown):
                unknown = _merge(unknown, value)
            elif bool(value) is stop:
                return stop
        return unknown if unknown is not None else not stop

    return combine


def _has(node: Has) -> Compiled:
    allegation = node.allegation
    unknown = Unknown(frozenset({"allegations"}))

    def alleges(env: Env) -> Any:
        found = env.facts.get("allegations", _ABSENT)
        if found is _ABSENT:
            return unknown
        return found is not None and allegation in found

    return alleges


def _incapacity_end(node: IncapacityEnd) -> Compiled:
    at = compile_expr(node.at)
    unknown = Unknown(frozenset({"incapacity"}))

    def end_of_incapacity(env: Env) -> Any:
        periods = env.facts.get("incapacity", _ABSENT)
        day = at(env)
        if day is None or isinstance(day, Unknown):
            return day
        if periods is _ABSENT:
            return unknown
        for start, end in periods or ():
            if start <= day and (end is None or day <= end):
                return NEVER if end is None else end
        return None

    return end_of_incapacity


def _param(node: Param) -> Compiled:
    name = node.name
    at = compile_expr(node.at)

    def lookup(env: Env) -> Any:
        day = at(env)
        if day is None or isinstance(day, Unknown):
            return day
        parameter = env.params.get(name)
        if parameter is None:
            raise RuleDefinitionError(f"parameter {name!r} is not defined")
        found = parameter.at(day)
        if found is None:
            return None
        if env.trace is not None:
            env.trace.append(
                TraceStep(f"{parameter.description} in force on {describe(day)}", describe(found.value), found.citation)
            )
        return found.value

    return lookup


def _roll(node: Roll) -> Compiled:
    base = compile_expr(node.base)
    cite = node.cite
    forward = node.direction == "forward"

    def roll(env: Env) -> Any:
        day = base(env)
        if not isinstance(day, date) or day == NEVER or not env.calendar.is_closed(day):
            return day
        moved = env.calendar.next_open(day) if forward else env.calendar.previous_open(day)
        if env.trace is not None:
            why = env.calendar.closed_reason(day)
            where = "next open day" if forward else "last open day before it"
            env.trace.append(TraceStep(f"{day.isoformat()} falls on {why}: {where}", moved.isoformat(), cite))
        return moved

    return roll


def _safe(node: Safe) -> Compiled:
    primary = compile_expr(node.safe)
    alternative = compile_expr(node.alternative)
    label = node.label
    cite = node.cite

    def safe(env: Env) -> Any:
        chosen = primary(env)
        saved, env.trace = env.trace, None
        try:
            other = alternative(env)
        finally:
            env.trace = saved
        if other != chosen and isinstance(other, date):
            env.alternatives.append(Alternative(describe(other), label, cite))
            if env.trace is not None:
                env.trace.append(
                    TraceStep(f"safe date kept; arguable alternative {describe(other)} ({label})", describe(chosen), cite)
                )
        return chosen

    return safe


def _step(node: Step) -> Compiled:
    inner = compile_expr(node.inner)
    label = node.label
    cite = node.cite
    key = id(node)

    def step(env: Env) -> Any:
        # A step shared by several branches (the accrual date, say) is computed and
        # traced once per rule; a value computed while tracing was paused is not kept,
        # so the step is still traced when it is reached for real.
        memo = env.memo
        if key in memo:
            return memo[key]
        value = inner(env)
        if env.trace is not None:
            env.trace.append(TraceStep(label, describe(value), cite))
            memo[key] = value
        elif not env.tracing:
            memo[key] = value
        return value

    return step


_COMPILERS: dict[type, Callable[[Any], Compiled]] = {
    Const: _const,
    Fact: _fact,
    Plus: _plus,
    Extreme: _extreme,
    Cap: _cap,
    When: _when,
    Compare: _compare,
    IsIn: _is_in,
    Logic: _logic,
    Has: _has,
    IncapacityEnd: _incapacity_end,
    Param: _param,
    Roll: _roll,
    Safe: _safe,
    Step: _step,
}
