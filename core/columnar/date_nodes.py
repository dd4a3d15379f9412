"""The date nodes of :mod:`medmal.expr` as columns: periods, incapacity, dated
parameters, closed-day rolls, postponements and suspensions (see :mod:`.compiler`)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

import polars as pl

from ..errors import RuleDefinitionError
from ..expr import IncapacityEnd, Param, Plus, Postpone, Roll, Suspend
from .dates import PERIODS, roll_tables
from .program import NEVER_LIT

if TYPE_CHECKING:
    from .compiler import NodeCompiler

__all__ = ["DateNodes"]


class DateNodes:
    """Methods of :class:`~medmal.columnar.compiler.NodeCompiler` for date nodes."""

    def _plus(self: NodeCompiler, node: Plus) -> Any:
        base = self.gen(node.base)
        if base.val.value is None:
            return self._plain(base.val, base)
        months = node.period.years * 12 + node.period.months
        moved, outside = PERIODS.add(base.val.value, months, node.period.days)
        self.scalar_only.append(self.p.define(outside))
        return self._plain(self.p.val(moved, base.val.unknown), base)

    def _incapacityend(self: NodeCompiler, node: IncapacityEnd) -> Any:
        day = self.gen(node.at)
        if day.val.value is None:
            return self._plain(day.val, day)
        start, end, missing = self.facts.incapacity()
        at = day.val.value
        covered = (start.is_not_null() & (start <= at) & (end.is_null() | (at <= end))).fill_null(False)
        is_day = at.is_not_null()
        value = pl.when(is_day & (missing == 0) & covered).then(end.fill_null(NEVER_LIT)).otherwise(None)
        unknown = pl.when(is_day).then(missing).otherwise(day.val.unknown_or_zero())
        return self._plain(self.p.val(value, unknown), day)

    def _param(self: NodeCompiler, node: Param) -> Any:
        day = self.gen(node.at)
        parameter = self.params.get(node.name)
        if parameter is None:
            raise RuleDefinitionError(f"parameter {node.name!r} is not defined")
        if day.val.value is None:
            return self._plain(day.val, day)
        chain: Any = pl
        for item in reversed(parameter.values):
            chain = chain.when(day.val.value >= pl.lit(item.start)).then(pl.lit(item.value))
        return self._plain(self.p.val(chain.otherwise(None), day.val.unknown), day)

    def _roll(self: NodeCompiler, node: Roll) -> Any:
        day = self.gen(node.base)
        tables = self.tables if node.calendar is None else roll_tables(node.calendar)
        if day.val.value is None or tables is None:
            return self._plain(day.val, day)
        moved, outside = tables.roll(day.val.value, node.direction == "forward")
        self.scalar_only.append(self.p.define(outside))
        return self._plain(self.p.val(moved, day.val.unknown), day)

    def _postpone(self: NodeCompiler, node: Postpone) -> Any:
        day = self.gen(node.base)
        if day.val.value is None:
            return self._plain(day.val, day)
        at = day.val.value
        inside = (at >= pl.lit(node.window_start)) & (at <= pl.lit(node.window_end))
        after = pl.lit(node.window_end + timedelta(days=1))
        return self._plain(self.p.val(pl.when(inside).then(after).otherwise(at), day.val.unknown), day)

    def _suspend(self: NodeCompiler, node: Suspend) -> Any:
        base, start = self.gen(node.base), self.gen(node.start)
        if base.val.value is None:
            return self._plain(base.val, base, start)
        at = base.val.value
        first, last = pl.lit(node.window_start), pl.lit(node.window_end)
        untouched = at.is_null() | (at == NEVER_LIT) | (at < first)
        began = start.val.value_or_null()
        start_unknown = pl.lit(False) if start.val.unknown is None else start.val.unknown != 0
        whole = pl.duration(days=(node.window_end - node.window_start).days)
        value = (
            pl.when(untouched).then(at)
            .when(start_unknown).then(None)
            .when(began.is_null() | (began < first)).then(at + whole)
            .when(began <= last).then(at + (last - began))
            .otherwise(at)
        )
        unknown = None
        if base.val.unknown is not None or start.val.unknown is not None:
            unknown = pl.when(untouched).then(base.val.unknown_or_zero()).otherwise(start.val.unknown_or_zero())
        return self._plain(self.p.val(value, unknown), base, start)
