"""The columnar backend: a jurisdiction's deadline rules evaluated over a whole frame.

The same declarative rules the scalar backend runs (:mod:`medmal.rules`,
:mod:`medmal.expr`) are compiled once into a column program (:mod:`.compiler`); a chunk
of flat rows (:mod:`medmal.flat`) is then evaluated by polars with no Python per row.
The steps follow :mod:`medmal.evaluation`: the rule versions in force for each row's
dates, ``applies`` with unknowns, overrides by exceptions that certainly apply, each
deadline's date, the facts that could move it, its status (with authority splits), and
the earliest deadline of each group where several rules could govern.

Rows are evaluated in groups that share the set of rules that may apply to them (claim
type, public defendant, the version in force), each group computing only the columns its
rules need; the groups are joined back in input order.

Rows the columns cannot answer go to the scalar backend, row by row (the only Python per
row, and only for them): a period added to, or a closed-day roll of, a date outside the
tabulated span 1900-2150 (see :mod:`.dates`). Everything else - every node of
:mod:`medmal.expr` - is columnar.
"""

from __future__ import annotations

from datetime import date
from threading import Lock
from typing import Any

import polars as pl

from ..evaluation import CompiledJurisdiction
from ..expr import Roll
from ..facts import FACT_NAMES
from ..flat import output_columns, result_rows, row_to_case
from ..jurisdiction import Jurisdiction
from ..rules import DeadlineRule
from .compiler import NodeCompiler, _walk
from .dates import roll_tables
from .inputs import AS_OF, FactColumns, prepare
from .program import NEVER_LIT, Program, Val, any_of

__all__ = ["ColumnarBackend"]

_FAR = 1 << 40
#: Deadline statuses by code.
STATUSES = ("open", "expired", "met", "not_running", "indeterminate")
_INDETERMINATE = STATUSES.index("indeterminate")


def _code(status: str) -> pl.Expr:
    return pl.lit(STATUSES.index(status), dtype=pl.UInt8)

_NO_RULE = -1
_SCALAR = "__scalar_only"
_MISSING = "__missing_mask"
_ROW = "__row"
_LIMITATION = "__limitation_rule"
#: polars' in-memory engine: a chunk's queries are many small column steps, which it plans
#: and runs with less overhead than the streaming engine ("auto" may pick).
_ENGINE = "in-memory"
#: The program is already de-duplicated and minimal (no filters, no joins): polars' query
#: optimisations cost more time planning a chunk's many column steps than they save.
_PLAN = pl.QueryOptFlags.none()


def _included(val: Val) -> pl.Expr:
    """``applies`` not False and not None: true, or unknown (the rule may apply)."""
    parts = []
    if val.value is not None:
        parts.append(val.value.is_not_null() & (val.value != False).fill_null(True))  # noqa: E712
    if val.unknown is not None:
        parts.append(val.unknown != 0)
    return any_of(parts) if parts else pl.lit(False)


def _every_row(condition: pl.Expr | None) -> pl.Expr:
    return pl.lit(True) if condition is None else condition


def _certain(val: Val) -> pl.Expr:
    return pl.lit(False) if val.value is None else (val.value == True).fill_null(False)  # noqa: E712


class ColumnarBackend:
    """``jurisdiction``'s deadline rules compiled once; :meth:`evaluate` runs a frame.

    The output is :func:`medmal.flat.output_columns` of the jurisdiction's deadline kinds,
    one row per input row in input order, equal to what :func:`medmal.flat.result_rows`
    gives for each row on the scalar backend.
    """

    def __init__(self, jurisdiction: Jurisdiction) -> None:
        self.jurisdiction = jurisdiction
        rules = jurisdiction.deadline_rules
        self.kinds = sorted({r.kind for r in rules})
        self.columns = output_columns(self.kinds)
        self._scalar: CompiledJurisdiction | None = None
        p = self.program = Program()
        facts = FactColumns(p)
        needs_roll = any(isinstance(n, Roll) for r in rules for n in _walk(r.date))
        tables = roll_tables(jurisdiction.calendar) if needs_roll else None
        compiler = NodeCompiler(p, facts, tables, jurisdiction.parameters)
        self._rules = rules
        self._condition_flags: list[pl.Expr] = []
        self._rule_flags: dict[int, pl.Expr] = {}
        self._day: dict[int, pl.Expr] = {}
        self._status: dict[int, pl.Expr] = {}
        self._missing: dict[int, pl.Expr] = {}
        self._absent: dict[int, pl.Expr] = {}  # the rule's value does not apply (None)
        self._keys: dict[int, pl.Expr] = {}
        self._found: dict[int, tuple[pl.Expr, pl.Expr]] = {}  # may apply, certainly applies
        as_of = pl.col(AS_OF)
        for index, rule in enumerate(rules):
            possible, certain = self._window(rule, facts)
            applies, flag = compiler.condition(rule.applies)
            if flag is not None:
                self._condition_flags.append(flag)
            self._found[index] = (
                _every_row(p.guard(possible, _included(applies))),
                _every_row(p.guard(certain, _certain(applies))),
            )
            compiled = compiler.rule(rule.date)
            if compiled.scalar_only is not None:
                self._rule_flags[index] = compiled.scalar_only
            value = compiled.value
            moves = [m for m in (compiled.could_move, value.unknown) if m is not None]
            mask = p.define(moves[0] | moves[1]) if len(moves) == 2 else (moves[0] if moves else pl.lit(0, pl.UInt64))
            self._missing[index] = mask
            the_day = value.value if value.value is not None else pl.lit(None, dtype=pl.Date)
            status = p.define(self._status_code(rule, the_day, mask, compiled.latest_alternative, facts, as_of))
            self._status[index] = status
            shown = p.define(pl.when(the_day == NEVER_LIT).then(None).otherwise(the_day))
            self._day[index] = shown
            far = pl.when(status == _INDETERMINATE).then(-_FAR).otherwise(_FAR)
            self._keys[index] = p.define(
                pl.when(shown.is_null()).then(far).otherwise(shown.to_physical().cast(pl.Int64))
            )
            self._absent[index] = value.is_none()
        # Which rules may apply to a row: rows are evaluated in groups sharing this set, each
        # group computing only the columns its rules need.
        bits = [pl.when(self._found[i][0]).then(pl.lit(1 << i, dtype=pl.Int64)).otherwise(0) for i in range(len(rules))]
        self._possible = p.define(pl.sum_horizontal(bits) if bits else pl.lit(0, dtype=pl.Int64))
        facts.freeze()  # the variants only combine the columns defined above
        self._bits = facts.bits
        self._variants: dict[int, tuple[list[pl.Expr], set[str]]] = {}
        self._staged: tuple[int, list[str]] | None = None  # (definitions, input columns and _ROW)
        self._lock = Lock()

    def _variant(self, possible: int) -> tuple[list[pl.Expr], set[str]]:
        """The output expressions for rows whose possibly-applying rules are ``possible``
        (a bit set of rule indices), and the columns they need."""
        found = self._variants.get(possible)
        if found is not None:
            return found
        with self._lock:  # variants add columns to the shared program: one thread at a time
            found = self._variants.get(possible)
            return found if found is not None else self._build_variant(possible)

    def _build_variant(self, possible: int) -> tuple[list[pl.Expr], set[str]]:
        rules, p = self._rules, self.program
        here = [i for i in range(len(rules)) if possible >> i & 1]
        present: dict[int, pl.Expr] = {}
        chosen: dict[tuple[bool, str], pl.Expr] = {}
        for scope in (True, False):
            members = [i for i in here if rules[i].per_defendant is scope]
            for i in members:
                # An exception that certainly applies drops the rule it overrides.
                overriders = [self._found[j][1] for j in members if rules[i].id in rules[j].overrides]
                parts = [~self._absent[i]] + ([~any_of(overriders)] if overriders else [])
                present[i] = _every_row(p.guard(*parts))
            groups: dict[str, list[int]] = {}
            for i in members:
                groups.setdefault(self._group(rules[i]), []).append(i)
            best = {g: self._earliest(p, items, present, self._keys) for g, items in groups.items()}
            for kind in self.kinds:
                of_kind = [i for i in members if rules[i].kind == kind]
                if not of_kind:
                    continue
                chain: Any = pl
                for i in of_kind:
                    chain = chain.when(present[i]).then(best[self._group(rules[i])])
                chosen[(scope, kind)] = p.define(chain.otherwise(None))
        flags = self._condition_flags + [self._rule_flags[i] for i in here if i in self._rule_flags]
        flags = list({f.meta.output_name(): f for f in flags}.values())
        outputs = self._output_exprs(chosen, here)
        outputs.append((any_of(flags) if flags else pl.lit(False)).alias(_SCALAR))
        needed = p.closure(root for expr in outputs for root in expr.meta.root_names())
        found = self._variants[possible] = (outputs, needed)
        return found

    # --- building blocks ----------------------------------------------------------------------
    @staticmethod
    def _group(rule: DeadlineRule) -> str:
        return "limitation" if rule.kind == "limitation" else rule.id

    @staticmethod
    def _window(rule: DeadlineRule, facts: FactColumns) -> tuple[pl.Expr | None, pl.Expr]:
        """(may be in force, certainly in force) for the rule version's window."""
        window = rule.in_force
        if window.start is None and window.end is None:
            return None, pl.lit(True)
        measured = facts.fact(window.measured_by)
        value = measured.value_or_null()
        inside = value.is_not_null()
        if window.start is not None:
            inside = inside & (value >= pl.lit(window.start))
        if window.end is not None:
            inside = inside & (value < pl.lit(window.end))
        inside = facts.program.define(inside.fill_null(False))
        unknown = measured.is_unknown()
        return (inside if unknown is None else inside | unknown), inside

    @staticmethod
    def _status_code(
        rule: DeadlineRule, day: pl.Expr, mask: pl.Expr, latest: pl.Expr | None, facts: FactColumns, as_of: pl.Expr
    ) -> pl.Expr:
        """:func:`medmal.evaluation.deadline_status`, then the authority split (as a code
        into :data:`STATUSES`: small integers are cheaper to carry than strings)."""
        done = facts.fact(rule.satisfied_by).value_or_null() if rule.satisfied_by else pl.lit(None, dtype=pl.Date)
        moves = mask != 0

        def past(reference: pl.Expr) -> pl.Expr:
            if latest is None:
                return _code("expired")
            return pl.when((latest >= reference).fill_null(False)).then(_code("indeterminate")).otherwise(_code("expired"))

        return (
            pl.when(day.is_null()).then(_code("indeterminate"))
            .when(done.is_not_null() & (done <= day)).then(_code("met"))
            .when(done.is_not_null()).then(pl.when(moves).then(_code("indeterminate")).otherwise(past(done)))
            .when(day == NEVER_LIT).then(_code("not_running"))
            .when(as_of <= day).then(_code("open"))
            .when(moves).then(_code("indeterminate"))
            .otherwise(past(as_of))
        )

    @staticmethod
    def _earliest(p: Program, items: list[int], present: dict[int, pl.Expr], keys: list[pl.Expr]) -> pl.Expr:
        """The index of the earliest present deadline of a group (the first on a tie)."""
        if len(items) == 1:
            return pl.lit(items[0])
        index: pl.Expr = pl.lit(None, dtype=pl.Int64)
        key: pl.Expr = pl.lit(None, dtype=pl.Int64)
        for i in items:
            take = p.define(present[i] & (index.is_null() | (keys[i] < key).fill_null(False)))
            index = p.define(pl.when(take).then(pl.lit(i, dtype=pl.Int64)).otherwise(index))
            key = p.define(pl.when(take).then(keys[i]).otherwise(key))
        return index

    def _output_exprs(self, chosen: dict[tuple[bool, str], pl.Expr], here: list[int]) -> list[pl.Expr]:
        """The per-group result columns, as numbers and dates (texts are added once at the end)."""
        p = self.program

        def pick(index: pl.Expr, columns: dict[int, pl.Expr], default: Any = None) -> pl.Expr:
            chain: Any = pl
            for i in here:
                chain = chain.when(index == i).then(columns[i])
            return chain.otherwise(pl.lit(default)) if here else pl.lit(default)

        limitation = chosen.get((True, "limitation"))
        limitation = p.define(limitation.fill_null(_NO_RULE) if limitation is not None else pl.lit(_NO_RULE))
        out = [
            limitation.cast(pl.Int64).alias(_LIMITATION),
            pick(limitation, self._day).cast(pl.Date).alias("limitation_date"),
            pick(limitation, self._status, _INDETERMINATE).cast(pl.Int64).alias("limitation_status"),
            pick(limitation, self._missing, 0).cast(pl.UInt64).alias(_MISSING),
        ]
        for kind in self.kinds:
            if kind == "limitation":
                continue
            parts = [c for c in (chosen.get((True, kind)), chosen.get((False, kind))) if c is not None]
            index = p.define(pl.coalesce(parts)) if parts else pl.lit(None, dtype=pl.Int64)
            out.append(pick(index, self._day).cast(pl.Date).alias(f"{kind}_date"))
            out.append(pick(index, self._status).cast(pl.Int64).alias(f"{kind}_status"))
        return out

    def _texts(self, missing: dict[int, str | None]) -> list[pl.Expr]:
        """The output columns from the per-group results, in output order."""
        rules, j = self._rules, self.jurisdiction

        def text(column: str, values: list[str | None], first: int = 0) -> pl.Expr:
            # The code ``first + k`` stands for ``values[k]`` (a null code for null): a gather
            # from the few texts, several times cheaper than ``replace_strict``'s hash join.
            codes = pl.col(column) if first == 0 else pl.col(column) - first
            return pl.lit(pl.Series(values, dtype=pl.Utf8)).gather(codes)

        statuses = list(STATUSES)
        by_name = {
            "case_id": pl.col("case_id").cast(pl.Utf8),
            "jurisdiction": pl.lit(j.code, dtype=pl.Utf8),
            "rules_version": pl.lit(j.rules_version, dtype=pl.Utf8),
            "limitation_citation": text(
                _LIMITATION, [f"no {j.code} rule applies (see warnings)", *(r.citation for r in rules)], _NO_RULE
            ),
            "limitation_rule": text(_LIMITATION, ["@", *(f"{r.id}@{r.version}" for r in rules)], _NO_RULE),
            "limitation_discretion": text(_LIMITATION, [None, *(r.discretion for r in rules)], _NO_RULE),
            "missing_facts": pl.col(_MISSING).replace_strict(missing, default=None, return_dtype=pl.Utf8),
        }
        out = []
        for name, kind in self.columns:
            if name in by_name:
                out.append(by_name[name].alias(name))
            elif name.endswith("_status"):
                out.append(text(name, statuses).alias(name))
            else:
                out.append(pl.col(name).cast(pl.Date if kind == "date" else pl.Utf8))
        return out

    # --- evaluation -------------------------------------------------------------------------
    def evaluate(self, frame: pl.DataFrame, as_of: date) -> pl.DataFrame:
        """The output rows for ``frame`` (flat columns, valid rows of this jurisdiction)."""
        if frame.height == 0:
            return pl.DataFrame(schema={n: (pl.Utf8 if k == "str" else pl.Date) for n, k in self.columns})
        p = self.program
        possible = self._possible.meta.output_name()
        lazy = prepare(frame, as_of, self._bits).with_row_index(_ROW)
        first = p.closure([possible])
        for layer in p.layers(first):
            lazy = lazy.with_columns(layer)
        # Only the columns the rules read travel into the groups (every input column is there:
        # prepare adds the missing ones).
        staged = lazy.select(self._staged_columns(first)).collect(engine=_ENGINE)
        parts = []
        for key, part in staged.partition_by(possible, as_dict=True).items():
            outputs, needed = self._variant(int(key[0]))
            group = part.lazy()
            for layer in p.layers(needed - set(staged.columns)):
                group = group.with_columns(layer)
            parts.append(group.select([*outputs, pl.col(_ROW)]))
        result = pl.concat(pl.collect_all(parts, engine=_ENGINE, optimizations=_PLAN), how="vertical_relaxed").sort(_ROW)
        masks = result.get_column(_MISSING).unique().to_list()
        flagged = result.get_column(_SCALAR)
        case_ids = frame.get_column("case_id") if "case_id" in frame.columns else pl.Series("case_id", [None] * frame.height, dtype=pl.Utf8)
        result = result.with_columns(case_ids.alias("case_id")).select(
            self._texts({mask: self._missing_text(mask) for mask in masks})
        )
        if flagged.any():
            result = self._scalar_rows(frame, result, flagged, as_of)
        return result

    def _staged_columns(self, first: set[str]) -> list[str]:
        """The columns of the first stage that the groups read, in program order."""
        p = self.program
        if self._staged is None or self._staged[0] != len(p.definitions):  # variants add definitions
            self._staged = (len(p.definitions), [*sorted(p.inputs()), _ROW])
        return self._staged[1] + [name for name, _, _ in p.definitions if name in first]

    def _missing_text(self, mask: int) -> str | None:
        names = sorted(FACT_NAMES.get(n, n) for n in self.program.facts_of(mask))
        return ";".join(names) or None

    def _schema_exprs(self) -> list[pl.Expr]:
        types = {"str": pl.Utf8, "date": pl.Date}
        return [pl.col(name).cast(types[kind]) for name, kind in self.columns]

    def _scalar_rows(self, frame: pl.DataFrame, result: pl.DataFrame, flagged: pl.Series, as_of: date) -> pl.DataFrame:
        """Replace the flagged rows by the scalar backend's answers."""
        if self._scalar is None:
            self._scalar = CompiledJurisdiction(self.jurisdiction)
        positions = flagged.arg_true().to_list()
        rows = []
        for row in frame[positions].to_dicts():
            case = row_to_case(row)
            evaluated = self._scalar.evaluate(case, as_of, trace=True)
            rows += result_rows(evaluated, row.get("case_id"), self.kinds)
        replacement = pl.DataFrame(rows, schema={n: (pl.Utf8 if k == "str" else pl.Date) for n, k in self.columns})
        indexed = result.select(self._schema_exprs()).with_row_index("__row")
        replacement = replacement.with_columns(pl.Series("__row", positions, dtype=indexed.schema["__row"]))
        merged = pl.concat([indexed.filter(~pl.col("__row").is_in(positions)), replacement.select(indexed.columns)])
        return merged.sort("__row").drop("__row")
