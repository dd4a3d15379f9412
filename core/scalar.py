"""The scalar backend: each rule compiled once into a generated Python function.

Evaluating a case is then one plain function call per rule over a dict of facts,
recording a trace step wherever the rule author wrote ``.step(...)``
(:mod:`medmal.codegen` writes the functions). This is the reference backend every other
backend is tested against.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .calendar import CourtCalendar
from .codegen import describe, generate
from .expr import Expr
from .parameters import Parameter
from .result import Alternative, TraceStep

__all__ = ["Compiled", "Env", "compile_expr", "describe", "new_env"]

Compiled = Callable[["Env"], Any]


def compile_expr(node: Expr) -> Compiled:
    """Compile an expression tree into a function of an :class:`Env`."""
    return generate(node)


class Env:
    """What one evaluation reads and records.

    ``facts`` maps a fact name to its value (``None`` for a fact confirmed absent; a name
    missing from the dict is unknown). ``could_move`` collects the unknown facts whose
    values could make the result later; ``assumed`` the conservative stand-ins used.
    """

    __slots__ = ("alternatives", "assumed", "calendar", "could_move", "facts", "memo", "params", "trace", "tracing")

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

    def reset(self) -> None:
        """Start a new rule: fresh trace and notes (facts stay)."""
        if self.tracing:
            self.trace = []
        self.could_move = set()
        self.assumed = {}
        self.alternatives = []


_new = object.__new__


def new_env(
    facts: Mapping[str, Any], calendar: CourtCalendar, params: Mapping[str, Parameter], trace: bool = True
) -> Env:
    """``Env(facts, calendar, params, trace)`` without the class call (two per case are
    made; see :func:`medmal.result._positional_constructor` for why this is cheaper)."""
    env = _new(Env)
    env.facts = facts
    env.calendar = calendar
    env.params = params
    env.trace = [] if trace else None
    env.tracing = trace
    env.could_move = set()
    env.assumed = {}
    env.alternatives = []
    return env
