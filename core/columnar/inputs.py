"""Case facts as columns of a flat frame, with unknown kept apart from "does not apply".

This mirrors :func:`medmal.flat.row_to_case` followed by :func:`medmal.facts.case_facts`
and :func:`medmal.facts.set_defendant`: an empty cell is unknown unless its case path is
listed in ``confirmed_absent``, in which case the fact is ``None`` (``()`` for incapacity,
no allegations for allegations); the defendant's name, kind and public status are always
known (a missing kind is a physician, a missing public status a private defendant).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from ..flat import FLAT_COLUMNS
from .program import Program, Val

__all__ = ["AS_OF", "BITS", "CASE_ID", "FactColumns", "frame_from_rows", "list_bits", "prepare"]

#: The columns holding the as-of date and the non-blank case_id (added by :func:`prepare`).
AS_OF = "__as_of"
CASE_ID = "__case_id"
#: List column -> the column of its items as bits (added by :func:`prepare`, see :func:`list_bits`).
BITS = {"confirmed_absent": "__absent_bits", "allegations": "__allegation_bits"}

_POLARS_TYPES = {"str": pl.Utf8, "date": pl.Date, "float": pl.Float64, "list": pl.List(pl.Utf8)}

#: Fact name -> (column, the confirmed_absent path that makes it None).
_DATE_FACTS: dict[str, tuple[str, str | None]] = {
    **{
        name: (name, f"events.{name}")
        for name in (
            "act_or_omission",
            "injury",
            "discovery",
            "continuous_treatment_end",
            "foreign_object_discovery",
            "concealment_discovery",
            "death",
            "representative_appointed",
        )
    },
    **{
        name: (name, f"procedure.{name}")
        for name in (
            "notice_of_claim_served",
            "pre_action_letter",
            "complaint_filed",
            "complaint_served",
            "certificate_of_merit_served",
            "claim_denied",
            "administrative_claim_presented",
        )
    },
    "date_of_birth": ("date_of_birth", "claimant.date_of_birth"),
    "defendant.answer_filed": ("answer_filed", None),
}


#: The string columns rules read (directly or as a default): only these need blanks made null.
_READ_STRINGS = frozenset({"case_id", "claim_type", "defendant_name", "defendant_kind", "public_entity"})


def frame_from_rows(rows: Iterable[Mapping[str, Any]]) -> pl.DataFrame:
    """Flat rows (as :func:`medmal.flat.case_to_rows` gives them) as a typed frame: every
    flat column, ``;``-separated lists split, blank cells null (as ``row_to_case`` reads them)."""
    rows = list(rows)
    data = {}
    for name, column in FLAT_COLUMNS.items():
        values = [row.get(name) for row in rows]
        if column.type == "list":
            values = [_split(v) for v in values]
        elif column.type == "str" and name in _READ_STRINGS:
            values = [None if v is None or not str(v).strip() else v for v in values]
        data[name] = pl.Series(name, values, dtype=_POLARS_TYPES[column.type])
    return pl.DataFrame(data)


def _split(value: Any) -> list[str] | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    return [str(part) for part in value]


def list_bits(column: pl.Series, bits: Mapping[str, int]) -> pl.Series:
    """Per row, the bitwise or of ``bits[item]`` over the items of a list-of-strings column
    (items not in ``bits`` count 0; null where the list is null).

    Rules only ask whether a list holds one of a few known items: one pass here turns each
    of those questions into a bit test, where ``list.contains`` would read every list once
    per question (a tenth of a chunk's time, when this was measured).
    """
    arrow = column.cast(pl.List(pl.Utf8)).to_arrow()
    if isinstance(arrow, pa.ChunkedArray):
        arrow = arrow.combine_chunks()
    lengths = pc.list_value_length(arrow).fill_null(0).to_numpy()
    out = np.zeros(len(arrow), dtype=np.uint64)
    items = pc.list_flatten(arrow)
    if len(items) and bits:
        codes = pc.index_in(items, value_set=pa.array(list(bits), type=items.type))
        table = np.array([*bits.values(), 0], dtype=np.uint64)  # the last one: an item not asked about
        values = np.append(table[codes.fill_null(len(bits)).to_numpy()], np.uint64(0))
        starts = np.zeros(len(arrow), dtype=np.int64)
        np.cumsum(lengths[:-1], out=starts[1:])
        out = np.bitwise_or.reduceat(values, starts)
        out[lengths == 0] = 0  # reduceat gives an empty row the next row's first item
    result = pl.Series(column.name, out, dtype=pl.UInt64)
    if column.null_count():
        result = result.scatter(column.is_null().arg_true(), None)
    return result


def prepare(frame: pl.DataFrame, as_of: date, bits: Mapping[str, Mapping[str, int]]) -> pl.LazyFrame:
    """``frame`` with every flat column present (missing ones all null), blank strings
    null, the as-of date as a column and, for each list column named in ``bits``, its items
    as bits (in the column :data:`BITS` names)."""
    columns = []
    for name, items in bits.items():
        # No item asked about: no rule reads the column (Has and absent() both add an item).
        if items and name in frame.columns and frame.schema[name] != pl.Null:
            columns.append(list_bits(frame.get_column(name), items).alias(BITS[name]))
        else:
            columns.append(pl.lit(None, dtype=pl.UInt64).alias(BITS[name]))
    for name, column in FLAT_COLUMNS.items():
        dtype = _POLARS_TYPES[column.type]
        if name not in frame.columns:
            columns.append(pl.lit(None, dtype=dtype).alias(name))
        elif column.type == "str" and name in _READ_STRINGS:
            text = pl.col(name).cast(pl.Utf8)
            # A blank cell is empty (row_to_case); case_id itself is carried to the output as given.
            target = CASE_ID if name == "case_id" else name
            columns.append(pl.when(text.str.strip_chars() == "").then(None).otherwise(text).alias(target))
        elif frame.schema[name] != dtype:
            columns.append(pl.col(name).cast(dtype))
    if "case_id" not in frame.columns:
        columns.append(pl.lit(None, dtype=pl.Utf8).alias(CASE_ID))
    columns.append(pl.lit(as_of, dtype=pl.Date).alias(AS_OF))
    return frame.lazy().with_columns(columns)


class FactColumns:
    """Compiled :class:`Val` s of the facts, defined once per program.

    ``bits`` gives each list item a rule asks about (a ``confirmed_absent`` path, an
    allegation code) its bit, for :func:`prepare`; once :meth:`freeze` is called no item
    can be added, as chunks already prepared would lack its bit.
    """

    def __init__(self, program: Program) -> None:
        self.program = program
        self._cache: dict[str, Val] = {}
        self.bits: dict[str, dict[str, int]] = {name: {} for name in BITS}
        self._frozen = False

    def freeze(self) -> None:
        self._frozen = True

    def listed(self, column: str, item: str) -> pl.Expr:
        """Rows whose list ``column`` holds ``item`` (false where the list is null)."""
        known = self.bits[column]
        bit = known.get(item)
        if bit is None:
            if self._frozen:
                raise RuntimeError(f"{column} item {item!r} asked about after the rules were compiled")
            if len(known) >= 64:
                raise ValueError(f"the columnar backend tests at most 64 distinct {column} items")
            bit = known[item] = 1 << len(known)
        return ((pl.col(BITS[column]) & pl.lit(bit, dtype=pl.UInt64)) != 0).fill_null(False)

    def absent(self, path: str) -> pl.Expr:
        """Rows whose ``confirmed_absent`` lists ``path``."""
        return self.program.define(self.listed("confirmed_absent", path))

    def unknown_where(self, condition: pl.Expr, fact: str) -> pl.Expr:
        bit = pl.lit(self.program.bit(fact), dtype=pl.UInt64)
        return pl.when(condition).then(bit).otherwise(pl.lit(0, dtype=pl.UInt64))

    def fact(self, name: str) -> Val:
        found = self._cache.get(name)
        if found is None:
            found = self._cache[name] = self._build(name)
        return found

    def _build(self, name: str) -> Val:
        p = self.program
        if name in _DATE_FACTS:
            column, path = _DATE_FACTS[name]
            missing = pl.col(column).is_null()
            if path is not None:
                missing = missing & ~self.absent(path)
            return p.val(pl.col(column), self.unknown_where(missing, name))
        if name == "as_of":
            return Val(pl.col(AS_OF))
        if name == "claim_type":
            return Val(pl.col("claim_type"))
        if name == "defendant.name":
            return p.val(pl.coalesce(pl.col("defendant_name"), pl.col(CASE_ID), pl.lit("defendant")))
        if name == "defendant.kind":
            return p.val(pl.col("defendant_kind").fill_null("physician"))
        if name == "defendant.public_entity":
            return Val(pl.col("public_entity"))
        if name == "claimant_fault":
            return p.val(pl.col("claimant_fault"), self.unknown_where(pl.col("claimant_fault").is_null(), name))
        if name == "allegations":  # the value is the bits of the codes asked about (:meth:`listed`)
            missing = pl.col(BITS[name]).is_null() & ~self.absent("allegations")
            return p.val(pl.col(BITS[name]), self.unknown_where(missing, name))
        # A fact no flat column holds is always unknown, as in a case that cannot state it.
        return Val(None, pl.lit(p.bit(name), dtype=pl.UInt64))

    def incapacity(self) -> tuple[pl.Expr, pl.Expr, pl.Expr]:
        """(start, end, unknown mask) of the one incapacity period a flat row holds."""
        missing = pl.col("incapacity_start").is_null() & ~self.absent("claimant.incapacity")
        return pl.col("incapacity_start"), pl.col("incapacity_end"), self.program.define(
            self.unknown_where(missing, "incapacity")
        )
