"""The column program a rule set compiles to: named columns computed in dependency order.

Every expression node becomes at most two materialised columns - its value and its
"unknown" mask - so a subexpression shared by several rules, or by the safe and the
arguable reading of one rule, is computed once per chunk. Columns are issued in layers
(each layer one ``with_columns`` over the columns of earlier layers), so polars evaluates
the independent columns of a layer in parallel.

A value is represented per row as the scalar backend's four kinds of value:

* a date (or string, number, boolean): ``value`` holds it and ``unknown`` is 0;
* :class:`~medmal.expr.Unknown`: ``value`` is null and ``unknown`` is a bit mask of the
  missing facts (one bit per fact name, see :class:`Program.bit`);
* ``None`` (does not apply): ``value`` is null and ``unknown`` is 0;
* :data:`~medmal.calendar.NEVER`: the date 9999-12-31, as in the scalar backend.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import polars as pl

__all__ = ["MASK", "NEVER_LIT", "ZERO", "Program", "Val"]

MASK = pl.UInt64
ZERO = pl.lit(0, dtype=MASK)
NEVER_LIT = pl.lit(date.max, dtype=pl.Date)


@dataclass(frozen=True, slots=True)
class Val:
    """A compiled value: ``value`` (``None``: null in every row) and ``unknown`` (``None``:
    0 in every row). Invariant: where ``unknown`` is non-zero, ``value`` is null."""

    value: pl.Expr | None
    unknown: pl.Expr | None = None

    def value_or_null(self) -> pl.Expr:
        return self.value if self.value is not None else pl.lit(None)

    def unknown_or_zero(self) -> pl.Expr:
        return self.unknown if self.unknown is not None else ZERO

    def is_unknown(self) -> pl.Expr | None:
        """Rows where the value is unknown (``None``: no row can be)."""
        return None if self.unknown is None else self.unknown != 0

    def is_value(self) -> pl.Expr | None:
        """Rows holding an actual value (``None``: no row does)."""
        return None if self.value is None else self.value.is_not_null()

    def is_none(self) -> pl.Expr:
        """Rows where the value does not apply (``None`` in the scalar backend)."""
        parts = [e for e in (self.is_value(), self.is_unknown()) if e is not None]
        if not parts:
            return pl.lit(True)
        return ~pl.any_horizontal(parts) if len(parts) > 1 else ~parts[0]


class Program:
    """Column definitions with de-duplication, dependency layers and fact bits."""

    def __init__(self) -> None:
        self._names: dict[str, str] = {}  # expression text -> column name
        self._levels: dict[str, int] = {}
        self._deps: dict[str, list[str]] = {}
        self.definitions: list[tuple[str, pl.Expr, int]] = []
        self.bits: dict[str, int] = {}

    def bit(self, fact: str) -> int:
        """The mask bit standing for ``fact`` in unknown masks."""
        found = self.bits.get(fact)
        if found is None:
            if len(self.bits) >= 64:
                raise ValueError("the columnar backend tracks at most 64 distinct unknown facts")
            found = self.bits[fact] = 1 << len(self.bits)
        return found

    def facts_of(self, mask: int) -> list[str]:
        return [name for name, bit in self.bits.items() if mask & bit]

    def define(self, expr: pl.Expr, key: str | None = None) -> pl.Expr:
        """A column computing ``expr`` (which reads only input or defined columns)."""
        text = key if key is not None else str(expr)
        name = self._names.get(text)
        if name is None:
            name = f"__c{len(self.definitions)}"
            roots = expr.meta.root_names()
            level = 1 + max((self._levels.get(r, 0) for r in roots), default=0)
            self._names[text] = name
            self._levels[name] = level
            self._deps[name] = [r for r in roots if r in self._levels]
            self.definitions.append((name, expr.alias(name), level))
        return pl.col(name)

    def val(self, value: pl.Expr | None, unknown: pl.Expr | None = None) -> Val:
        """A :class:`Val` with both parts materialised (literals and plain columns as they are)."""
        return Val(self._maybe_define(value), self._maybe_define(unknown))

    def _maybe_define(self, expr: pl.Expr | None) -> pl.Expr | None:
        if expr is None:
            return None
        if expr.meta.is_column() or expr.meta.is_literal():
            return expr
        return self.define(expr)

    def guard(self, *parts: pl.Expr | None) -> pl.Expr | None:
        """The conjunction of ``parts`` (``None`` parts are "every row"), materialised."""
        kept = [p for p in parts if p is not None]
        if not kept:
            return None
        expr = kept[0] if len(kept) == 1 else pl.all_horizontal(kept)
        return self._maybe_define(expr)

    def inputs(self) -> set[str]:
        """The input columns the definitions read."""
        return {r for name, expr, _ in self.definitions for r in expr.meta.root_names() if r not in self._levels}

    def closure(self, names: Iterable[str]) -> set[str]:
        """The defined columns ``names`` need, themselves included."""
        out: set[str] = set()
        todo = [n for n in names if n in self._deps]
        while todo:
            name = todo.pop()
            if name not in out:
                out.add(name)
                todo += self._deps[name]
        return out

    def layers(self, wanted: Iterable[str] | None = None) -> list[list[pl.Expr]]:
        """The definitions grouped by dependency level, in order."""
        names = None if wanted is None else set(wanted)
        out: dict[int, list[pl.Expr]] = {}
        for name, expr, level in self.definitions:
            if names is None or name in names:
                out.setdefault(level, []).append(expr)
        return [out[level] for level in sorted(out)]


def any_of(parts: list[pl.Expr]) -> pl.Expr | None:
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else pl.any_horizontal(parts)


def or_masks(parts: list[pl.Expr | None]) -> pl.Expr | None:
    """The bitwise or of masks (``None`` parts are 0)."""
    kept = [p for p in parts if p is not None]
    if not kept:
        return None
    out = kept[0]
    for part in kept[1:]:
        out = out | part
    return out
