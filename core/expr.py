"""A small typed expression language for the law's date and amount arithmetic.

Rules are written as expression trees over case facts, so the same definition can be
explained (``render``), inspected (``facts``), serialised (``to_dict``) and compiled to
each backend. The language is deliberately small::

    act = fact("act_or_omission")
    base = (act + Period(years=2, months=6)).step("2 years 6 months from the act", cite="CPLR 214-a")
    limitation = later(base, extension).step("the later date controls", cite="CPLR 208")

Three kinds of "no value" are kept apart, because the law treats them differently:

* an :class:`Unknown` value - a fact the lawyer has not supplied. It carries the names of
  the missing facts so the result can say which fact would move the date;
* ``None`` - a thing that does not apply (no incapacity, an exception whose condition is
  false); ``later``/``earlier`` ignore it;
* :data:`~medmal.calendar.NEVER` - time that is not running at all.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from .calendar import Period

__all__ = [
    "Expr",
    "Unknown",
    "cap",
    "const",
    "earlier",
    "fact",
    "has",
    "incapacity_end",
    "later",
    "next_open",
    "param",
    "postpone",
    "roll_back",
    "roll_forward",
    "safe",
    "suspend",
    "total",
    "when",
]


@dataclass(frozen=True, slots=True)
class Unknown:
    """The value of an expression that depends on facts nobody has supplied."""

    facts: frozenset[str]

    def __bool__(self) -> bool:  # an unknown must never be mistaken for a truth value
        raise TypeError("an Unknown value has no truth value")


class Expr(ABC):
    """Base of every expression node."""

    __slots__ = ()
    op: str = "expr"

    def children(self) -> tuple[Expr, ...]:
        return ()

    def facts(self) -> frozenset[str]:
        """Every fact this expression may read."""
        out: set[str] = set()
        for child in self.children():
            out |= child.facts()
        return frozenset(out)

    @abstractmethod
    def render(self) -> str:
        """The expression as readable text."""

    @abstractmethod
    def to_dict(self) -> dict[str, Any]:
        """The expression as JSON-ready data."""

    def __repr__(self) -> str:
        return self.render()

    # --- builders -----------------------------------------------------------------------
    def __add__(self, period: Period) -> Expr:
        if not isinstance(period, Period):
            return NotImplemented
        return Plus(self, period)

    def step(self, label: str, *, cite: str) -> Expr:
        """Record this value in the trace with a plain-language label and its citation."""
        return Step(self, label, cite)

    def __and__(self, other: Expr) -> Expr:
        return Logic("and", (self, other))

    def __or__(self, other: Expr) -> Expr:
        return Logic("or", (self, other))

    def __invert__(self) -> Expr:
        return Logic("not", (self,))

    def lt(self, other: Expr | Any) -> Expr:
        return Compare("<", self, _wrap(other))

    def le(self, other: Expr | Any) -> Expr:
        return Compare("<=", self, _wrap(other))

    def gt(self, other: Expr | Any) -> Expr:
        return Compare(">", self, _wrap(other))

    def ge(self, other: Expr | Any) -> Expr:
        return Compare(">=", self, _wrap(other))

    def eq(self, other: Expr | Any) -> Expr:
        return Compare("==", self, _wrap(other))

    def ne(self, other: Expr | Any) -> Expr:
        return Compare("!=", self, _wrap(other))

    def is_in(self, *values: Any) -> Expr:
        return IsIn(self, tuple(values))


def _wrap(value: Expr | Any) -> Expr:
    return value if isinstance(value, Expr) else Const(value)


def _render_value(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return repr(value)


def _dump_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


@dataclass(frozen=True, slots=True, repr=False)
class Const(Expr):
    value: Any
    op = "const"

    def render(self) -> str:
        return _render_value(self.value)

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "value": _dump_value(self.value)}


@dataclass(frozen=True, slots=True, repr=False)
class Fact(Expr):
    """A case fact by name. ``assume`` is the conservative stand-in when it is unknown.

    The stand-in must be the earliest value the fact could take (the date of knowledge
    cannot come before the injury, continuous treatment cannot end before the act), so
    the deadline computed from it is the earliest that could apply; the result still names
    the fact as one that would move the date.
    """

    name: str
    assume: Expr | None = None
    why: str = ""
    op = "fact"

    def children(self) -> tuple[Expr, ...]:
        return (self.assume,) if self.assume is not None else ()

    def facts(self) -> frozenset[str]:
        return frozenset({self.name}) | super(Fact, self).facts()

    def render(self) -> str:
        if self.assume is None:
            return self.name
        return f"{self.name} (if unknown: {self.assume.render()})"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"op": self.op, "name": self.name}
        if self.assume is not None:
            out["assume"] = self.assume.to_dict()
            out["why"] = self.why
        return out


@dataclass(frozen=True, slots=True, repr=False)
class Plus(Expr):
    """A date plus a period, counted by the jurisdiction's calendar rules."""

    base: Expr
    period: Period
    op = "plus"

    def children(self) -> tuple[Expr, ...]:
        return (self.base,)

    def render(self) -> str:
        return f"({self.base.render()} + {self.period})"

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "base": self.base.to_dict(), "period": self.period.to_dict()}


@dataclass(frozen=True, slots=True, repr=False)
class Extreme(Expr):
    """``later``: the latest of its arguments; ``earlier``: the earliest.

    Arguments that do not apply (``None``) are ignored. In ``later`` an unknown argument
    is dropped, because it could only make the date later; in ``earlier`` it makes the
    whole value unknown, because it could make the date earlier.
    """

    which: Literal["later", "earlier"]
    args: tuple[Expr, ...]

    @property
    def op(self) -> str:  # type: ignore[override]
        return self.which

    def children(self) -> tuple[Expr, ...]:
        return self.args

    def render(self) -> str:
        return f"{self.op}({', '.join(a.render() for a in self.args)})"

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "args": [a.to_dict() for a in self.args]}


@dataclass(frozen=True, slots=True, repr=False)
class Sum(Expr):
    """The sum of amounts (caps that add up by category of defendant).

    Arguments that do not apply (``None``) add nothing; an unknown argument makes the sum
    unknown; the sum of no applicable argument is ``None`` (no amount applies).
    """

    args: tuple[Expr, ...]
    op = "sum"

    def children(self) -> tuple[Expr, ...]:
        return self.args

    def render(self) -> str:
        return f"sum({', '.join(a.render() for a in self.args)})"

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "args": [a.to_dict() for a in self.args]}


@dataclass(frozen=True, slots=True, repr=False)
class Cap(Expr):
    """``value`` limited to ``limit`` - a cap on an extension (CPLR 208's ten years, a
    statute of repose over a minor's tolling). Unlike ``earlier``, a ``value`` that does
    not apply stays ``None``: a cap alone never creates a deadline."""

    value: Expr
    limit: Expr
    op = "cap"

    def children(self) -> tuple[Expr, ...]:
        return (self.value, self.limit)

    def render(self) -> str:
        return f"cap({self.value.render()}, at most {self.limit.render()})"

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "value": self.value.to_dict(), "limit": self.limit.to_dict()}


@dataclass(frozen=True, slots=True, repr=False)
class When(Expr):
    """``then`` where ``condition`` holds, else ``otherwise`` (``None``: does not apply).

    The condition is evaluated without recording trace steps: the trace shows the values
    that produced a date, not every test made on the way.
    """

    condition: Expr
    then: Expr
    otherwise: Expr | None = None
    op = "when"

    def children(self) -> tuple[Expr, ...]:
        kids = (self.condition, self.then)
        return kids + ((self.otherwise,) if self.otherwise is not None else ())

    def render(self) -> str:
        tail = f" otherwise {self.otherwise.render()}" if self.otherwise is not None else ""
        return f"(when {self.condition.render()} then {self.then.render()}{tail})"

    def to_dict(self) -> dict[str, Any]:
        out = {"op": self.op, "condition": self.condition.to_dict(), "then": self.then.to_dict()}
        if self.otherwise is not None:
            out["otherwise"] = self.otherwise.to_dict()
        return out


@dataclass(frozen=True, slots=True, repr=False)
class Compare(Expr):
    cmp: Literal["<", "<=", ">", ">=", "==", "!="]
    left: Expr
    right: Expr
    op = "compare"

    def children(self) -> tuple[Expr, ...]:
        return (self.left, self.right)

    def render(self) -> str:
        return f"({self.left.render()} {self.cmp} {self.right.render()})"

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "cmp": self.cmp, "left": self.left.to_dict(), "right": self.right.to_dict()}


@dataclass(frozen=True, slots=True, repr=False)
class IsIn(Expr):
    subject: Expr
    values: tuple[Any, ...]
    op = "is_in"

    def children(self) -> tuple[Expr, ...]:
        return (self.subject,)

    def render(self) -> str:
        return f"({self.subject.render()} in {list(self.values)!r})"

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "subject": self.subject.to_dict(), "values": list(self.values)}


@dataclass(frozen=True, slots=True, repr=False)
class Logic(Expr):
    """Kleene three-valued ``and``/``or``/``not``: unknown only where it could matter."""

    which: Literal["and", "or", "not"]
    args: tuple[Expr, ...]

    @property
    def op(self) -> str:  # type: ignore[override]
        return self.which

    def children(self) -> tuple[Expr, ...]:
        return self.args

    def render(self) -> str:
        if self.op == "not":
            return f"not {self.args[0].render()}"
        return "(" + f" {self.op} ".join(a.render() for a in self.args) + ")"

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "args": [a.to_dict() for a in self.args]}


@dataclass(frozen=True, slots=True, repr=False)
class Has(Expr):
    """True when the case alleges ``allegation`` (unknown when allegations are unknown)."""

    allegation: str
    op = "has"

    def facts(self) -> frozenset[str]:
        return frozenset({"allegations"})

    def render(self) -> str:
        return f"alleges {self.allegation}"

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "allegation": self.allegation}


@dataclass(frozen=True, slots=True, repr=False)
class IncapacityEnd(Expr):
    """End of the incapacity period covering the date ``at``.

    ``NEVER`` while it continues, ``None`` if the claimant had capacity on that date,
    unknown if the incapacity periods are unknown.
    """

    at: Expr
    op = "incapacity_end"

    def children(self) -> tuple[Expr, ...]:
        return (self.at,)

    def facts(self) -> frozenset[str]:
        return frozenset({"incapacity"}) | self.at.facts()

    def render(self) -> str:
        return f"end of incapacity covering {self.at.render()}"

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "at": self.at.to_dict()}


@dataclass(frozen=True, slots=True, repr=False)
class Param(Expr):
    """The value of a dated parameter in force on the date ``at``."""

    name: str
    at: Expr
    op = "param"

    def children(self) -> tuple[Expr, ...]:
        return (self.at,)

    def render(self) -> str:
        return f"{self.name}[on {self.at.render()}]"

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "name": self.name, "at": self.at.to_dict()}


@dataclass(frozen=True, slots=True, repr=False)
class Roll(Expr):
    """A last day on a closed court day moved to an open day.

    ``forward``: the next open day (a statute such as New York GCL § 25-a says so);
    ``back``: the last open day before it (the safe date where the law is unsettled).
    ``calendar`` is the jurisdiction's own calendar when ``None``; an overlay whose law
    counts by another calendar (a federal agency's closed days) names it here.
    """

    base: Expr
    direction: Literal["forward", "back"]
    cite: str
    calendar: Any = None  # a medmal.calendar.CourtCalendar, or None for the jurisdiction's
    op = "roll"

    def children(self) -> tuple[Expr, ...]:
        return (self.base,)

    def render(self) -> str:
        name = "next_open_day" if self.direction == "forward" else "previous_open_day"
        on = f", {self.calendar.name}" if self.calendar is not None else ""
        return f"{name}({self.base.render()}{on})"

    def to_dict(self) -> dict[str, Any]:
        out = {"op": self.op, "direction": self.direction, "base": self.base.to_dict(), "cite": self.cite}
        if self.calendar is not None:  # only then, so existing rules keep their digests
            out["calendar"] = self.calendar.name
        return out


@dataclass(frozen=True, slots=True, repr=False)
class Safe(Expr):
    """Where authority is split: the safe (earlier) reading, naming the arguable one.

    Evaluates to ``safe``; the ``alternative`` date goes into the result's alternatives
    with its citation, so the lawyer sees both and the docket carries the safe one.
    """

    safe: Expr
    alternative: Expr
    label: str
    cite: str
    only_if: Expr | None = None
    op = "safe"

    def children(self) -> tuple[Expr, ...]:
        kids = (self.safe, self.alternative)
        return kids + ((self.only_if,) if self.only_if is not None else ())

    def render(self) -> str:
        return f"safe({self.safe.render()}, arguably {self.alternative.render()})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "op": self.op,
            "safe": self.safe.to_dict(),
            "alternative": self.alternative.to_dict(),
            "label": self.label,
            "cite": self.cite,
            "only_if": self.only_if.to_dict() if self.only_if is not None else None,
        }


@dataclass(frozen=True, slots=True, repr=False)
class Suspend(Expr):
    """A period that does not run while a window lasts (a toll).

    ``base`` is the last day without the toll and ``start`` the day the period began. A
    period that ended before the window is untouched; one that began before it is
    extended by the window's length (``window_end - window_start`` days); one that began
    inside it runs from the window's end.
    """

    base: Expr
    start: Expr
    window_start: date
    window_end: date
    op = "suspend"

    def children(self) -> tuple[Expr, ...]:
        return (self.base, self.start)

    def render(self) -> str:
        return (
            f"suspend({self.base.render()}, running from {self.start.render()}, "
            f"during {self.window_start.isoformat()}..{self.window_end.isoformat()})"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "op": self.op,
            "base": self.base.to_dict(),
            "start": self.start.to_dict(),
            "window_start": self.window_start.isoformat(),
            "window_end": self.window_end.isoformat(),
        }


@dataclass(frozen=True, slots=True, repr=False)
class Postpone(Expr):
    """A last day falling inside a window moved to the day after it (a suspension of
    deadlines, as opposed to a toll of the period). Traced only when it moves the day."""

    base: Expr
    window_start: date
    window_end: date
    label: str
    cite: str
    op = "postpone"

    def children(self) -> tuple[Expr, ...]:
        return (self.base,)

    def render(self) -> str:
        return f"postpone({self.base.render()}, out of {self.window_start.isoformat()}..{self.window_end.isoformat()})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "op": self.op,
            "base": self.base.to_dict(),
            "window_start": self.window_start.isoformat(),
            "window_end": self.window_end.isoformat(),
            "label": self.label,
            "cite": self.cite,
        }


@dataclass(frozen=True, slots=True, repr=False)
class Step(Expr):
    """A traced step: the value of ``inner`` with a label and the law that produced it."""

    inner: Expr
    label: str
    cite: str
    op = "step"

    def children(self) -> tuple[Expr, ...]:
        return (self.inner,)

    def render(self) -> str:
        return self.inner.render()

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "label": self.label, "cite": self.cite, "inner": self.inner.to_dict()}


# --- public builders ------------------------------------------------------------------


def fact(name: str, *, assume: Expr | None = None, why: str = "") -> Expr:
    """A case fact; ``assume`` is its conservative earliest value when unknown."""
    return Fact(name, assume, why)


def const(value: Any) -> Expr:
    return Const(value)


def later(*args: Expr) -> Expr:
    """The later of the dates (the law's "whichever is later")."""
    return Extreme("later", args)


def earlier(*args: Expr) -> Expr:
    """The earlier of the dates (the law's "whichever is earlier", or a cap)."""
    return Extreme("earlier", args)


def cap(value: Expr, limit: Expr) -> Expr:
    """``value``, but no later than ``limit``; ``None`` when ``value`` does not apply."""
    return Cap(value, limit)


def total(*args: Expr) -> Expr:
    """The sum of the amounts that apply (``None`` when none does)."""
    return Sum(args)


def when(condition: Expr, then: Expr, otherwise: Expr | None = None) -> Expr:
    return When(condition, then, otherwise)


def has(allegation: str) -> Expr:
    return Has(allegation)


def incapacity_end(at: Expr) -> Expr:
    return IncapacityEnd(at)


def param(name: str, at: Expr) -> Expr:
    return Param(name, at)


def roll_forward(base: Expr, *, cite: str, calendar: Any = None) -> Expr:
    """The next open court day on or after ``base`` (on ``calendar``, if given)."""
    return Roll(base, "forward", cite, calendar)


def roll_back(base: Expr, *, cite: str, calendar: Any = None) -> Expr:
    """The last open court day on or before ``base`` (on ``calendar``, if given)."""
    return Roll(base, "back", cite, calendar)


next_open = roll_forward


def postpone(base: Expr, window_start: date, window_end: date, *, label: str, cite: str) -> Expr:
    """``base``, or the day after the window when ``base`` falls inside it."""
    return Postpone(base, window_start, window_end, label, cite)


def suspend(base: Expr, start: Expr, window_start: date, window_end: date) -> Expr:
    """``base`` with the period suspended while the window lasts (see :class:`Suspend`)."""
    return Suspend(base, start, window_start, window_end)


def safe(safe_date: Expr, alternative: Expr, *, label: str, cite: str, only_if: Expr | None = None) -> Expr:
    return Safe(safe_date, alternative, label, cite, only_if)
