"""Compile an expression tree into one generated Python function.

Each rule's tree becomes the source of a single function (straight-line code with
local temporaries), compiled once when a jurisdiction is first used. The semantics are
those documented in :mod:`medmal.expr`:

* an unknown fact yields an :class:`~medmal.expr.Unknown` carrying its name, or its
  conservative stand-in (recorded in ``env.could_move`` and ``env.assumed``);
* ``later`` drops unknown arguments (recording them as facts that could move the date),
  ``earlier`` and comparisons propagate them, ``and``/``or`` follow Kleene logic;
* a ``when`` whose condition is unknown yields the value both branches share, else the
  unknown;
* conditions, the alternatives of ``safe`` and the branches of an undecided ``when`` are
  evaluated without trace steps, so the trace shows the values that produced a date;
* a step node used in several places is computed and traced once per evaluation;
* a step whose value does not apply (``None``) is left out of the trace.

Whether a piece of code records trace steps is decided when the code is generated, so
the untraced paths carry no tracing cost at all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from .calendar import ISO, NEVER
from .codegen_runtime import (
    ABSENT,
    StepTexts,
    describe,
    incapacity_end,
    merge,
    note_alternative,
    param,
    period_table,
    postpone,
    roll,
    suspend,
)
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
    Postpone,
    Roll,
    Safe,
    Step,
    Sum,
    Suspend,
    Unknown,
    When,
)
from .result import TraceStep


class _OnCalendar:
    """Stands in for the ``Env`` in the runtime ``roll`` where a rule names its own calendar."""

    __slots__ = ("calendar",)

    def __init__(self, calendar: Any) -> None:
        self.calendar = calendar

__all__ = ["describe", "generate"]

def _has_steps(node: Expr) -> bool:
    return any(isinstance(n, Step) for n in _walk(node))


def _walk(node: Expr) -> Iterator[Expr]:
    yield node
    for child in node.children():
        yield from _walk(child)


class _Writer:
    """Accumulates the generated source and the constants it refers to."""

    def __init__(self, root: Expr) -> None:
        self.lines: list[str] = []
        self.names: dict[str, Any] = {
            "_A": ABSENT,
            "Unknown": Unknown,
            "TraceStep": TraceStep,
            "describe": describe,
            "merge": merge,
            "incapacity_end": incapacity_end,
            "param": param,
            "roll": roll,
            "note_alternative": note_alternative,
            "suspend": suspend,
            "postpone": postpone,
            "ISO": ISO,
            "date": date,
            "NEVER": NEVER,
        }
        self._consts: dict[int, str] = {}
        self._count = 0
        # Helper functions, one per (node, traced): shared steps and untraced branches are
        # written once and called, so the generated code grows linearly with the tree.
        self.helpers: dict[tuple[int, bool], str] = {}
        self.helper_sources: list[list[str]] = []
        counts = Counter(id(n) for n in _walk(root) if isinstance(n, Step))
        self.shared = {key for key, n in counts.items() if n > 1}

    def var(self, prefix: str = "v") -> str:
        self._count += 1
        return f"{prefix}{self._count}"

    def const(self, value: Any) -> str:
        key = id(value)
        name = self._consts.get(key)
        if name is None:
            name = self.var("k")
            self._consts[key] = name
            self.names[name] = value
        return name

    def emit(self, depth: int, line: str) -> None:
        self.lines.append("    " * depth + line)

    # --- nodes ------------------------------------------------------------------------------
    def gen(self, node: Expr, depth: int, traced: bool) -> str:
        method = getattr(self, "_" + type(node).__name__.lower(), None)
        if method is None:
            raise RuleDefinitionError(f"the scalar backend cannot compile {type(node).__name__} nodes")
        return method(node, depth, traced)

    def _const(self, node: Const, depth: int, traced: bool) -> str:
        out = self.var()
        self.emit(depth, f"{out} = {self.const(node.value)}")
        return out

    def _fact(self, node: Fact, depth: int, traced: bool) -> str:
        out = self.var()
        self.emit(depth, f"{out} = facts.get({node.name!r}, _A)")
        self.emit(depth, f"if {out} is _A:")
        if node.assume is None:
            self.emit(depth + 1, f"{out} = {self.const(Unknown(frozenset({node.name})))}")
            return out
        stand_in = self.gen(node.assume, depth + 1, traced)
        self.emit(depth + 1, f"if {stand_in} is not None and {stand_in}.__class__ is not Unknown:")
        self.emit(depth + 2, f"env.could_move.add({node.name!r})")
        self.emit(depth + 2, f"env.assumed[{node.name!r}] = ({stand_in}, {node.why!r})")
        self.emit(depth + 1, f"{out} = {stand_in}")
        return out

    def _plus(self, node: Plus, depth: int, traced: bool) -> str:
        base = self.gen(node.base, depth, traced)
        out = self.var()
        months = node.period.years * 12 + node.period.months
        table = self.const(period_table(months, node.period.days))
        self.emit(
            depth,
            f"{out} = {base} if ({base} is None or {base}.__class__ is Unknown) "
            f"else ({table}.get({base}) or {table}.make({base}))",
        )
        return out

    def _extreme(self, node: Extreme, depth: int, traced: bool) -> str:
        best, unknown = self.var("b"), self.var("u")
        self.emit(depth, f"{best} = None")
        self.emit(depth, f"{unknown} = None")
        better = ">" if node.op == "later" else "<"
        for arg in node.args:
            value = self.gen(arg, depth, traced)
            self.emit(depth, f"if {value} is not None:")
            self.emit(depth + 1, f"if {value}.__class__ is Unknown:")
            self.emit(depth + 2, f"{unknown} = merge({unknown}, {value})")
            self.emit(depth + 1, f"elif {best} is None or {value} {better} {best}:")
            self.emit(depth + 2, f"{best} = {value}")
        out = self.var()
        if node.op == "later":
            self.emit(depth, f"if {best} is None:")
            self.emit(depth + 1, f"{out} = {unknown}")
            self.emit(depth, "else:")
            self.emit(depth + 1, f"if {unknown} is not None:")
            self.emit(depth + 2, f"env.could_move.update({unknown}.facts)")
            self.emit(depth + 1, f"{out} = {best}")
        else:
            self.emit(depth, f"{out} = {unknown} if {unknown} is not None else {best}")
        return out

    def _sum(self, node: Sum, depth: int, traced: bool) -> str:
        out, unknown = self.var(), self.var("u")
        self.emit(depth, f"{out} = None")
        self.emit(depth, f"{unknown} = None")
        for arg in node.args:
            value = self.gen(arg, depth, traced)
            self.emit(depth, f"if {value} is not None:")
            self.emit(depth + 1, f"if {value}.__class__ is Unknown:")
            self.emit(depth + 2, f"{unknown} = merge({unknown}, {value})")
            self.emit(depth + 1, "else:")
            self.emit(depth + 2, f"{out} = {value} if {out} is None else {out} + {value}")
        self.emit(depth, f"if {unknown} is not None:")
        self.emit(depth + 1, f"{out} = {unknown}")
        return out

    def _cap(self, node: Cap, depth: int, traced: bool) -> str:
        out = self.gen(node.value, depth, traced)
        self.emit(depth, f"if {out} is not None and {out}.__class__ is not Unknown:")
        bound = self.gen(node.limit, depth + 1, traced)
        self.emit(depth + 1, f"if {bound} is not None and ({bound}.__class__ is Unknown or {bound} < {out}):")
        self.emit(depth + 2, f"{out} = {bound}")
        return out

    def _when(self, node: When, depth: int, traced: bool) -> str:
        test = self.gen(node.condition, depth, False)
        out = self.var()
        self.emit(depth, f"if {test} is True:")
        self.emit(depth + 1, f"{out} = {self.gen(node.then, depth + 1, traced)}")
        self.emit(depth, f"elif {test}.__class__ is not Unknown:")
        if node.otherwise is not None:
            self.emit(depth + 1, f"{out} = {self.gen(node.otherwise, depth + 1, traced)}")
        else:
            self.emit(depth + 1, f"{out} = None")
        self.emit(depth, "else:")
        a = self.call(node.then, depth + 1, False)
        b = self.call(node.otherwise, depth + 1, False) if node.otherwise is not None else "None"
        self.emit(depth + 1, f"{out} = {a} if ({a} == {b} and {a}.__class__ is not Unknown) else {test}")
        return out

    def _compare(self, node: Compare, depth: int, traced: bool) -> str:
        a = self.gen(node.left, depth, traced)
        b = self.gen(node.right, depth, traced)
        out = self.var()
        self.emit(depth, f"if {a}.__class__ is Unknown:")
        self.emit(depth + 1, f"{out} = merge({a}, {b}) if {b}.__class__ is Unknown else {a}")
        self.emit(depth, f"elif {b}.__class__ is Unknown:")
        self.emit(depth + 1, f"{out} = {b}")
        self.emit(depth, f"elif {a} is None or {b} is None:")
        self.emit(depth + 1, f"{out} = False")
        self.emit(depth, "else:")
        self.emit(depth + 1, f"{out} = {a} {node.cmp} {b}")
        return out

    def _isin(self, node: IsIn, depth: int, traced: bool) -> str:
        subject = self.gen(node.subject, depth, traced)
        out = self.var()
        values = self.const(frozenset(node.values))
        self.emit(depth, f"{out} = {subject} if {subject}.__class__ is Unknown else ({subject} in {values})")
        return out

    def _logic(self, node: Logic, depth: int, traced: bool) -> str:
        out = self.var()
        if node.op == "not":
            value = self.gen(node.args[0], depth, traced)
            self.emit(depth, f"{out} = {value} if {value}.__class__ is Unknown else (not {value})")
            return out
        stop = node.op == "or"
        unknown = self.var("u")
        self.emit(depth, f"{out} = _A")
        self.emit(depth, f"{unknown} = None")
        level = depth
        for index, arg in enumerate(node.args):
            value = self.gen(arg, level, traced)
            self.emit(level, f"if {value}.__class__ is Unknown:")
            self.emit(level + 1, f"{unknown} = merge({unknown}, {value})")
            self.emit(level, f"elif bool({value}) is {stop}:")
            self.emit(level + 1, f"{out} = {stop}")
            if index < len(node.args) - 1:
                self.emit(level, f"if {out} is _A:")
                level += 1
        self.emit(depth, f"if {out} is _A:")
        self.emit(depth + 1, f"{out} = {unknown} if {unknown} is not None else {not stop}")
        return out

    def _has(self, node: Has, depth: int, traced: bool) -> str:
        found, out = self.var(), self.var()
        unknown = self.const(Unknown(frozenset({"allegations"})))
        self.emit(depth, f"{found} = facts.get('allegations', _A)")
        self.emit(
            depth, f"{out} = {unknown} if {found} is _A else ({found} is not None and {node.allegation!r} in {found})"
        )
        return out

    def _incapacityend(self, node: IncapacityEnd, depth: int, traced: bool) -> str:
        day = self.gen(node.at, depth, traced)
        out = self.var()
        unknown = self.const(Unknown(frozenset({"incapacity"})))
        self.emit(depth, f"{out} = incapacity_end(facts.get('incapacity', _A), {day}, {unknown})")
        return out

    def _param(self, node: Param, depth: int, traced: bool) -> str:
        day = self.gen(node.at, depth, traced)
        out = self.var()
        self.emit(depth, f"{out} = param(env, {node.name!r}, {day}, {self.trace_arg(traced)})")
        return out

    def _roll(self, node: Roll, depth: int, traced: bool) -> str:
        day = self.gen(node.base, depth, traced)
        out = self.var()
        # ``roll`` reads only ``.calendar``: a rule counting by its own calendar passes that.
        where = "env" if node.calendar is None else self.const(_OnCalendar(node.calendar))
        self.emit(depth, f"{out} = roll({where}, {day}, {node.direction == 'forward'}, {node.cite!r}, {self.trace_arg(traced)})")
        return out

    def _postpone(self, node: Postpone, depth: int, traced: bool) -> str:
        day = self.gen(node.base, depth, traced)
        out = self.var()
        window = f"{self.const(node.window_start)}, {self.const(node.window_end)}"
        self.emit(depth, f"{out} = postpone(env, {day}, {window}, {node.label!r}, {node.cite!r}, {self.trace_arg(traced)})")
        return out

    def _suspend(self, node: Suspend, depth: int, traced: bool) -> str:
        base = self.gen(node.base, depth, traced)
        start = self.gen(node.start, depth, traced)
        out = self.var()
        window = f"{self.const(node.window_start)}, {self.const(node.window_end)}"
        self.emit(depth, f"{out} = suspend({base}, {start}, {window})")
        return out

    def _safe(self, node: Safe, depth: int, traced: bool) -> str:
        chosen = self.gen(node.safe, depth, traced)
        if node.only_if is not None:
            # The alternative is worked out only where it can differ (checked after the
            # safe date, so the values it reads are already computed).
            test = self.call(node.only_if, depth, False)
            self.emit(depth, f"if {test} is not False:")
            depth += 1
        # The alternative is only reported: what it reads must not mark the safe date as
        # depending on a missing fact.
        saved_move, saved_assumed = self.var("s"), self.var("s")
        self.emit(depth, f"{saved_move} = env.could_move")
        self.emit(depth, f"{saved_assumed} = env.assumed")
        self.emit(depth, "env.could_move = set()")
        self.emit(depth, "env.assumed = {}")
        other = self.call(node.alternative, depth, False)
        self.emit(depth, f"env.could_move = {saved_move}")
        self.emit(depth, f"env.assumed = {saved_assumed}")
        self.emit(depth, f"note_alternative(env, {chosen}, {other}, {node.label!r}, {node.cite!r}, {self.trace_arg(traced)})")
        return chosen

    def _step(self, node: Step, depth: int, traced: bool) -> str:
        if id(node) in self.shared:
            return self.call(node, depth, traced)
        out = self.var()
        value = self.gen(node.inner, depth, traced)
        self.emit(depth, f"{out} = {value}")
        if traced:
            # A step that does not apply produced nothing: it stays out of the trace.
            self.emit(depth, f"if trace is not None and {out} is not None:")
            self.emit(depth + 1, f"trace.append({self.record(node, out)})")
        return out

    def record(self, node: Step, out: str) -> str:
        """The trace step for ``out``: for a date (the usual value) one dict read."""
        texts = self.const(StepTexts(node.label, node.cite))
        return f"(({texts}.get({out}) or {texts}.make({out})) if {out}.__class__ is date else {texts}.make({out}))"

    @staticmethod
    def trace_arg(traced: bool) -> str:
        return "trace" if traced else "None"

    def _shared_step_body(self, node: Step, depth: int, traced: bool) -> str:
        """A step used in several places, computed once per evaluation. ``memo[id]`` holds
        a value whose trace steps are recorded, ``memo[-id]`` one computed on an untraced
        path; a traced use of the latter recomputes only if inner steps need recording."""
        out = self.var()
        key = id(node)
        self.emit(depth, f"{out} = memo.get({key}, _A)")
        self.emit(depth, f"if {out} is _A:")
        inner = depth + 1
        if traced:
            if not _has_steps(node.inner):
                self.emit(inner, f"{out} = memo.get({-key}, _A)")
                self.emit(inner, f"if {out} is _A:")
                inner += 1
            value = self.gen(node.inner, inner, True)
            self.emit(inner, f"{out} = {value}")
            self.emit(depth + 1, f"if trace is not None and {out} is not None:")
            self.emit(depth + 2, f"trace.append({self.record(node, out)})")
            self.emit(depth + 1, f"memo[{key}] = {out}")
        else:
            self.emit(inner, f"{out} = memo.get({-key}, _A)")
            self.emit(inner, f"if {out} is _A:")
            value = self.gen(node.inner, inner + 1, False)
            self.emit(inner + 1, f"{out} = {value}")
            self.emit(inner + 1, f"memo[{-key}] = {out}")
            self.emit(inner + 1, "if trace is None:")
            self.emit(inner + 2, f"memo[{key}] = {out}")
        return out

    def call(self, node: Expr, depth: int, traced: bool) -> str:
        """Evaluate ``node`` through its helper function (written on first use)."""
        if isinstance(node, (Const, Fact)) and not (isinstance(node, Fact) and node.assume is not None):
            return self.gen(node, depth, traced)
        key = (id(node), traced)
        name = self.helpers.get(key)
        if name is None:
            name = self.helpers[key] = self.var("h")
            saved = self.lines
            self.lines = [f"def {name}(env, facts, trace, memo):"]
            if isinstance(node, Step) and id(node) in self.shared:
                result = self._shared_step_body(node, 1, traced)
            else:
                result = self.gen(node, 1, traced)
            self.lines.append(f"    return {result}")
            self.helper_sources.append(self.lines)
            self.lines = saved
        out = self.var()
        self.emit(depth, f"{out} = {name}(env, facts, trace, memo)")
        return out


def generate(node: Expr, name: str = "rule") -> Callable[[Any], Any]:
    """Compile ``node`` into a function of one argument, the evaluation ``Env``."""
    writer = _Writer(node)
    result = writer.gen(node, 1, True)
    body = writer.lines
    source: list[str] = []
    for helper in writer.helper_sources:
        source += [*helper, ""]
    source += [f"def {name}(env):", "    facts = env.facts", "    trace = env.trace", "    memo = {}"]
    source += body
    source.append(f"    return {result}")
    text = "\n".join(source)
    namespace = dict(writer.names)
    exec(compile(text, f"<medmal rule {name}>", "exec"), namespace)
    function = namespace[name]
    function.__medmal_source__ = text
    return function
