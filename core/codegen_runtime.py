"""What the functions :mod:`medmal.codegen` writes call at run time.

Small helpers for the rarer nodes (parameters, rolls, alternatives, the 2020 windows) and
two kinds of table the generated code reads with one plain ``dict.get`` on its hot path:

* :class:`StepTexts` - the trace steps one ``step`` node has produced, by the date shown;
* :class:`PeriodTable` - a start date plus one fixed period (``add_months_days``), by start.

Both are plain ``dict`` subclasses read only through the inherited C ``get`` (subscripting
a ``dict`` subclass takes CPython's slow generic path), filled by ``make`` on a miss and
bounded so a long-running service does not grow without limit.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from .calendar import ISO, NEVER, add_months_days
from .errors import RuleDefinitionError
from .expr import Unknown
from .result import Alternative, TraceStep

__all__ = [
    "ABSENT",
    "PeriodTable",
    "StepTexts",
    "describe",
    "incapacity_end",
    "merge",
    "note_alternative",
    "param",
    "period_table",
    "postpone",
    "roll",
    "suspend",
]

#: A fact missing from the facts dict (unknown), as generated code tests for it.
ABSENT = object()

_STEP_TEXTS_LIMIT = 1 << 14
_PERIOD_LIMIT = 1 << 16


def describe(value: Any) -> str | None:
    """A value as it appears in a trace."""
    if value is None:
        return "does not apply"
    if value.__class__ is date:
        return "time not running" if value == NEVER else ISO[value]
    if value.__class__ is Unknown:
        return "unknown (needs " + ", ".join(sorted(value.facts)) + ")"
    return str(value)


def merge(a: Unknown | None, b: Unknown) -> Unknown:
    return b if a is None else Unknown(a.facts | b.facts)


def incapacity_end(periods: Any, day: Any, unknown: Unknown) -> Any:
    if day is None or day.__class__ is Unknown:
        return day
    if periods is ABSENT:
        return unknown
    for start, end in periods or ():
        if start <= day and (end is None or day <= end):
            return NEVER if end is None else end
    return None


def param(env: Any, name: str, day: Any, trace: list[TraceStep] | None) -> Any:
    if day is None or day.__class__ is Unknown:
        return day
    parameter = env.params.get(name)
    if parameter is None:
        raise RuleDefinitionError(f"parameter {name!r} is not defined")
    found = parameter.at(day)
    if found is None:
        return None
    if trace is not None:
        trace.append(
            TraceStep(f"{parameter.description} in force on {describe(day)}", describe(found.value), found.citation)
        )
    return found.value


def roll(env: Any, day: Any, forward: bool, cite: str, trace: list[TraceStep] | None) -> Any:
    if day.__class__ is not date:
        return day
    found = env.calendar.rolled(day, forward)
    if found is None:
        return day
    moved, why = found
    if trace is not None:
        where = "next open day" if forward else "last open day before it"
        trace.append(TraceStep(f"{ISO[day]} falls on {why}: {where}", ISO[moved], cite))
    return moved


def note_alternative(
    env: Any, chosen: Any, other: Any, label: str, cite: str, trace: list[TraceStep] | None
) -> None:
    if other == chosen or other.__class__ is not date:
        return
    env.alternatives.append(Alternative(describe(other), label, cite))
    if trace is not None:
        trace.append(
            TraceStep(f"safe date kept; arguable alternative {describe(other)} ({label})", describe(chosen), cite)
        )


def suspend(base: Any, start: Any, window_start: date, window_end: date) -> Any:
    if base is None or base.__class__ is Unknown or base == NEVER or base < window_start:
        return base
    if start.__class__ is Unknown:
        return start
    if start is None or start < window_start:
        return base + (window_end - window_start)
    if start <= window_end:
        return base + (window_end - start)
    return base


def postpone(
    env: Any, day: Any, first: date, last: date, label: str, cite: str, trace: list[TraceStep] | None
) -> Any:
    if day.__class__ is not date or day < first or day > last:
        return day
    moved = last + timedelta(days=1)
    if trace is not None:
        trace.append(TraceStep(f"{ISO[day]}: {label}", ISO[moved], cite))
    return moved


class StepTexts(dict[date, TraceStep]):
    """The trace steps one ``step`` node has produced, by the date it showed.

    A step's label and citation are fixed and its dates recur from case to case, so each
    :class:`TraceStep` is built once and shared (results are read-only values). Generated
    code reads ``texts.get(day) or texts.make(value)`` for a date and ``texts.make(value)``
    for anything else (an unknown, a number), which is built afresh each time."""

    __slots__ = ("cite", "label")

    def __init__(self, label: str, cite: str) -> None:
        super().__init__()
        self.label = label
        self.cite = cite

    def make(self, value: Any) -> TraceStep:
        made = TraceStep(self.label, describe(value), self.cite)
        if value.__class__ is date and len(self) < _STEP_TEXTS_LIMIT:
            self[value] = made
        return made


class PeriodTable(dict[date, date]):
    """``start`` -> ``add_months_days(start, months, days)`` for one fixed period.

    A rule adds the same few periods to every case's dates; a table per period is read
    with one ``get`` on the start date (whose hash the date object keeps) instead of an
    ``lru_cache`` call that builds and hashes an argument tuple."""

    __slots__ = ("days", "months")

    def __init__(self, months: int, days: int) -> None:
        super().__init__()
        self.months = months
        self.days = days

    def make(self, start: date) -> date:
        found = add_months_days(start, self.months, self.days)
        if len(self) < _PERIOD_LIMIT:
            self[start] = found
        return found


_TABLES: dict[tuple[int, int], PeriodTable] = {}


def period_table(months: int, days: int) -> PeriodTable:
    """The one shared table for a period (every rule adding it reads the same table)."""
    found = _TABLES.get((months, days))
    if found is None:
        found = _TABLES[(months, days)] = PeriodTable(months, days)
    return found
