"""Compile :mod:`medmal.expr` trees into columns, with the scalar backend's semantics.

The scalar backend (:mod:`medmal.codegen`) runs a rule as straight-line code with
branches; besides its value, a run records the unknown facts that could move the date
(``could_move``) and the arguable alternative dates of ``safe`` nodes. Here each node
compiles, once, to pure columns: its value, its unknown mask, and its records - the
facts it would add to ``could_move`` and the latest alternative it would note - kept
only in the rows where the scalar code reaches the piece that makes them (the true
branch of a ``when``, the arguments of an ``and`` before a false one, both branches of
an undecided ``when``, a ``cap``'s limit only when the value is a date). As in the
scalar backend, the alternative of a ``safe`` records no ``could_move``.

One scalar detail is not mirrored: a step shared by several parts of a rule is computed
once per evaluation there, so if it were first computed inside a ``safe`` alternative
(whose records are dropped) and then reused outside it, the scalar backend would not
record its unknowns a second time. No registered rule is written that way (the safe
reading is always computed first); the differential test would show it if one were.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import polars as pl

from ..errors import RuleDefinitionError
from ..expr import (
    Cap,
    Compare,
    Const,
    Expr,
    Extreme,
    Fact,
    Has,
    IsIn,
    Logic,
    Safe,
    Step,
    When,
)
from ..parameters import Parameter
from .date_nodes import DateNodes
from .dates import RollTables
from .inputs import FactColumns
from .program import ZERO, Program, Val, any_of, or_masks

__all__ = ["Compiled", "NodeCompiler", "RuleColumns"]


def _walk(node: Expr) -> Iterator[Expr]:
    yield node
    for child in node.children():
        yield from _walk(child)


def _has_steps(node: Expr) -> bool:
    return any(isinstance(n, Step) for n in _walk(node))


@dataclass
class Compiled:
    """A compiled node: its value and its records (``None``: nothing recorded)."""

    val: Val
    moves: pl.Expr | None
    alternative: pl.Expr | None
    scalar_only: tuple[pl.Expr, ...] = ()


@dataclass(frozen=True)
class RuleColumns:
    """A compiled rule value: the value, the facts that could move it, the latest
    arguable alternative date, and rows only the scalar backend can answer."""

    value: Val
    could_move: pl.Expr | None
    latest_alternative: pl.Expr | None
    scalar_only: pl.Expr | None


def _unique(columns: list[pl.Expr]) -> list[pl.Expr]:
    return list({c.meta.output_name(): c for c in columns}.values())


def _lit(value: Any) -> pl.Expr | None:
    if value is None:
        return None
    return pl.lit(value)


class NodeCompiler(DateNodes):
    """Compiles nodes of one jurisdiction's rules into a shared :class:`Program`.

    Each node gives a :class:`Val` plus two record columns: ``moves`` (the mask of unknown
    facts the scalar code would add to ``could_move`` while evaluating the node) and
    ``alternative`` (the latest arguable date a ``safe`` inside it would note). A record
    is kept only in the rows where the scalar code reaches the piece that makes it.
    """

    def __init__(self, program: Program, facts: FactColumns, tables: RollTables | None, params: dict[str, Parameter]):
        self.p = program
        self.facts = facts
        self.tables = tables
        self.params = params
        self.scalar_only: list[pl.Expr] = []
        self._memo: dict[int, tuple[Expr, Compiled]] = {}

    # --- entry points -----------------------------------------------------------------------
    def rule(self, node: Expr) -> RuleColumns:
        self.scalar_only = []
        out = self.gen(node)
        flags = _unique(self.scalar_only)
        return RuleColumns(
            out.val, out.moves, out.alternative, self.p.define(any_of(flags)) if flags else None
        )

    def condition(self, node: Expr) -> tuple[Val, pl.Expr | None]:
        """A condition's value and the rows needing the scalar backend."""
        self.scalar_only = []
        out = self.gen(node)
        flags = _unique(self.scalar_only)
        return out.val, (self.p.define(any_of(flags)) if flags else None)

    # --- records ------------------------------------------------------------------------------
    def _where(self, condition: pl.Expr | None, mask: pl.Expr | None) -> pl.Expr | None:
        if mask is None:
            return None
        if condition is None:
            return mask
        return pl.when(condition).then(mask).otherwise(ZERO)

    def _latest(self, condition: pl.Expr | None, day: pl.Expr | None) -> pl.Expr | None:
        if day is None or condition is None:
            return day
        return pl.when(condition).then(day).otherwise(None)

    def _done(self, val: Val, moves: list[pl.Expr | None], alternatives: list[pl.Expr | None]) -> Compiled:
        mask = or_masks(moves)
        kept = [a for a in alternatives if a is not None]
        latest = None if not kept else (kept[0] if len(kept) == 1 else pl.max_horizontal(kept))
        return Compiled(
            val,
            self.p.define(mask) if mask is not None and not mask.meta.is_column() else mask,
            self.p.define(latest) if latest is not None and not latest.meta.is_column() else latest,
        )

    @staticmethod
    def _plain(val: Val, *children: Compiled) -> tuple[Val, list[pl.Expr | None], list[pl.Expr | None]]:
        return val, [c.moves for c in children], [c.alternative for c in children]

    # --- dispatch ---------------------------------------------------------------------------
    def gen(self, node: Expr) -> Compiled:
        found = self._memo.get(id(node))
        if found is not None and found[0] is node:
            if found[1].scalar_only:
                self.scalar_only += found[1].scalar_only
            return found[1]
        method = getattr(self, "_" + type(node).__name__.lower(), None)
        if method is None:
            raise RuleDefinitionError(f"the columnar backend cannot compile {type(node).__name__} nodes")
        before = len(self.scalar_only)
        out: Compiled = self._done(*method(node))
        out.scalar_only = tuple(self.scalar_only[before:])
        self._memo[id(node)] = (node, out)
        return out

    def _const(self, node: Const) -> Any:
        return Val(_lit(node.value)), [], []

    def _fact(self, node: Fact) -> Any:
        if node.name == "allegations":  # its column holds bits, for Has (see FactColumns.listed)
            raise RuleDefinitionError("the columnar backend reads allegations only through Has, not as a Fact")
        base = self.facts.fact(node.name)
        unknown = base.is_unknown()
        if node.assume is None or unknown is None:
            return base, [], []
        stand = self.gen(node.assume)
        value = pl.when(unknown).then(stand.val.value_or_null()).otherwise(base.value_or_null())
        out_unknown = None if stand.val.unknown is None else pl.when(unknown).then(stand.val.unknown).otherwise(ZERO)
        moves = [self._where(unknown, stand.moves)]
        if stand.val.value is not None:
            is_date = stand.val.value.is_not_null()  # a value (not None, not unknown) was assumed
            moves.append(self._where(unknown & is_date, pl.lit(self.p.bit(node.name), dtype=pl.UInt64)))
        return self.p.val(value, out_unknown), moves, [self._latest(unknown, stand.alternative)]

    def _extreme(self, node: Extreme) -> Any:
        args = [self.gen(arg) for arg in node.args]
        values = [a.val.value for a in args if a.val.value is not None]
        unknown = or_masks([a.val.unknown for a in args])
        moves = [a.moves for a in args]
        alternatives = [a.alternative for a in args]
        if node.op == "later":
            best = None if not values else (values[0] if len(values) == 1 else self.p.define(pl.max_horizontal(values)))
            if best is None or unknown is None:
                return self.p.val(best, unknown), moves, alternatives
            unknown = self.p.define(unknown)
            moves.append(self._where(best.is_not_null(), unknown))  # the unknowns could only make it later
            return self.p.val(best, pl.when(best.is_null()).then(unknown).otherwise(ZERO)), moves, alternatives
        best = None if not values else (values[0] if len(values) == 1 else pl.min_horizontal(values))
        if unknown is None:
            return self.p.val(best), moves, alternatives
        unknown = self.p.define(unknown)
        value = None if best is None else pl.when(unknown != 0).then(None).otherwise(best)
        return self.p.val(value, unknown), moves, alternatives

    def _cap(self, node: Cap) -> Any:
        value = self.gen(node.value)
        if value.val.value is None:
            return self._plain(value.val, value)
        is_date = self.p.define(value.val.value.is_not_null())
        bound = self.gen(node.limit)
        moves = [value.moves, self._where(is_date, bound.moves)]
        alternatives = [value.alternative, self._latest(is_date, bound.alternative)]
        if bound.val.value is None and bound.val.unknown is None:
            return value.val, moves, alternatives
        lower = pl.lit(False) if bound.val.value is None else (bound.val.value < value.val.value).fill_null(False)
        out_value = pl.when(lower).then(bound.val.value_or_null()).otherwise(value.val.value)
        out_unknown = value.val.unknown
        if bound.val.unknown is not None:
            out_value = pl.when(is_date & (bound.val.unknown != 0)).then(None).otherwise(out_value)
            out_unknown = pl.when(is_date).then(bound.val.unknown).otherwise(value.val.unknown_or_zero())
        return self.p.val(out_value, out_unknown), moves, alternatives

    def _when(self, node: When) -> Any:
        test = self.gen(node.condition)
        then = self.gen(node.then)
        other = self.gen(node.otherwise) if node.otherwise is not None else None
        other_val = other.val if other is not None else Val(None)
        if test.val.value is None:
            is_true: pl.Expr = pl.lit(False)
        else:
            is_true = self.p.define((test.val.value == True).fill_null(False))  # noqa: E712
        unknown = test.val.is_unknown()
        is_false = self.p.guard(~is_true, None if unknown is None else ~unknown)
        value = pl.when(is_true).then(then.val.value_or_null()).otherwise(other_val.value_or_null())
        out_unknown = None
        if then.val.unknown is not None or other_val.unknown is not None:
            out_unknown = pl.when(is_true).then(then.val.unknown_or_zero()).otherwise(other_val.unknown_or_zero())
        branch_moves = [self._where(is_true, then.moves)]
        alternatives = [test.alternative, self._latest(is_true, then.alternative)]
        if other is not None:
            branch_moves.append(self._where(is_false, other.moves))
            alternatives.append(self._latest(is_false, other.alternative))
        if unknown is not None:
            # Undecided: the value both branches share, else the condition's unknown; both
            # branches are evaluated, so both make their records.
            both_none = self.p.guard(then.val.is_none(), other_val.is_none())
            same = both_none
            if then.val.value is not None and other_val.value is not None:
                same = (then.val.value == other_val.value).fill_null(False) | both_none
            same = self.p.define(same)
            value = pl.when(unknown).then(pl.when(same).then(then.val.value_or_null()).otherwise(None)).otherwise(value)
            out_unknown = (
                pl.when(unknown)
                .then(pl.when(same).then(ZERO).otherwise(test.val.unknown))
                .otherwise(out_unknown if out_unknown is not None else ZERO)
            )
            branch_moves.append(self._where(unknown, or_masks([then.moves, other.moves if other else None])))
            alternatives.append(self._latest(unknown, then.alternative))
            if other is not None:
                alternatives.append(self._latest(unknown, other.alternative))
        return self.p.val(value, out_unknown), [test.moves, *branch_moves], alternatives

    def _compare(self, node: Compare) -> Any:
        a, b = self.gen(node.left), self.gen(node.right)
        unknown = or_masks([a.val.unknown, b.val.unknown])
        if a.val.value is None or b.val.value is None:
            result = pl.lit(False)
        else:
            ops = {"<": "lt", "<=": "le", ">": "gt", ">=": "ge", "==": "eq", "!=": "ne"}
            result = getattr(a.val.value, ops[node.cmp])(b.val.value).fill_null(False)
        if unknown is None:
            return self._plain(self.p.val(result), a, b)
        unknown = self.p.define(unknown)
        return self._plain(self.p.val(pl.when(unknown != 0).then(None).otherwise(result), unknown), a, b)

    def _isin(self, node: IsIn) -> Any:
        subject = self.gen(node.subject)
        listed = [v for v in node.values if v is not None]
        parts = []
        if subject.val.value is not None and listed:
            parts.append(subject.val.value.is_in(listed).fill_null(False))
        if None in node.values:
            parts.append(subject.val.is_none())
        result = any_of(parts) if parts else pl.lit(False)
        if subject.val.unknown is None:
            return self._plain(self.p.val(result), subject)
        unknown = subject.val.unknown
        return self._plain(self.p.val(pl.when(unknown != 0).then(None).otherwise(result), unknown), subject)

    @staticmethod
    def _truthy(val: Val) -> pl.Expr:
        # bool(None) is False; booleans as they are; any other value counts as true.
        if val.value is None:
            return pl.lit(False)
        return pl.when(val.value.is_null()).then(False).otherwise(val.value.cast(pl.Boolean, strict=False).fill_null(True))

    def _logic(self, node: Logic) -> Any:
        if node.op == "not":
            arg = self.gen(node.args[0])
            result = ~self._truthy(arg.val)
            if arg.val.unknown is None:
                return self._plain(self.p.val(result), arg)
            unknown = arg.val.unknown
            return self._plain(self.p.val(pl.when(unknown != 0).then(None).otherwise(result), unknown), arg)
        stop = node.op == "or"
        decided: pl.Expr | None = None
        unknowns: list[pl.Expr | None] = []
        moves: list[pl.Expr | None] = []
        alternatives: list[pl.Expr | None] = []
        for arg in node.args:
            val = self.gen(arg)
            reached = None if decided is None else ~decided  # later arguments run only while undecided
            moves.append(self._where(reached, val.moves))
            alternatives.append(self._latest(reached, val.alternative))
            truthy = self._truthy(val.val)
            decisive = truthy if stop else ~truthy
            if val.val.unknown is not None:
                decisive = decisive & (val.val.unknown == 0)
            decisive = self.p.define(decisive)
            decided = decisive if decided is None else self.p.define(decided | decisive)
            unknowns.append(val.val.unknown)
        unknown = or_masks(unknowns)
        if unknown is None:
            return self.p.val(pl.when(decided).then(stop).otherwise(not stop)), moves, alternatives
        unknown = self.p.define(pl.when(decided).then(ZERO).otherwise(unknown))
        value = pl.when(decided).then(stop).when(unknown != 0).then(None).otherwise(not stop)
        return self.p.val(value, unknown), moves, alternatives

    def _has(self, node: Has) -> Any:
        found = self.facts.fact("allegations")
        result = self.facts.listed("allegations", node.allegation)
        if found.unknown is None:
            return self.p.val(result), [], []
        return self.p.val(pl.when(found.unknown != 0).then(None).otherwise(result), found.unknown), [], []

    def _safe(self, node: Safe) -> Any:
        chosen = self.gen(node.safe)
        reached: pl.Expr | None = None
        moves = [chosen.moves]
        alternatives = [chosen.alternative]
        if node.only_if is not None:
            test = self.gen(node.only_if)
            moves.append(test.moves)
            alternatives.append(test.alternative)
            if test.val.value is not None:
                reached = self.p.define(~(test.val.value == False).fill_null(False))  # noqa: E712
        # The alternative's unknowns do not move the safe date: its moves are dropped.
        other = self.gen(node.alternative)
        alternatives.append(self._latest(reached, other.alternative))
        if other.val.value is not None:
            differs = other.val.value.is_not_null()
            if chosen.val.value is not None:
                differs = differs & (chosen.val.value.is_null() | (other.val.value != chosen.val.value)).fill_null(True)
            condition = differs if reached is None else reached & differs
            alternatives.append(self._latest(self.p.define(condition), other.val.value))
        return chosen.val, moves, alternatives

    def _step(self, node: Step) -> Any:
        inner = self.gen(node.inner)
        return self._plain(inner.val, inner)
