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

import polars as pl

from ..flat import FLAT_COLUMNS
from .program import Program, Val

__all__ = ["AS_OF", "CASE_ID", "FactColumns", "frame_from_rows", "prepare"]

#: The columns holding the as-of date and the non-blank case_id (added by :func:`prepare`).
AS_OF = "__as_of"
CASE_ID = "__case_id"

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


def prepare(frame: pl.DataFrame, as_of: date) -> pl.LazyFrame:
    """``frame`` with every flat column present (missing ones all null), blank strings
    null, and the as-of date as a column."""
    columns = []
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
    """Compiled :class:`Val` s of the facts, defined once per program."""

    def __init__(self, program: Program) -> None:
        self.program = program
        self._cache: dict[str, Val] = {}

    def absent(self, path: str) -> pl.Expr:
        """Rows whose ``confirmed_absent`` lists ``path``."""
        return self.program.define(pl.col("confirmed_absent").list.contains(path).fill_null(False))

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
        if name == "allegations":
            missing = pl.col("allegations").is_null() & ~self.absent("allegations")
            return p.val(pl.col("allegations"), self.unknown_where(missing, name))
        # A fact no flat column holds is always unknown, as in a case that cannot state it.
        return Val(None, pl.lit(p.bit(name), dtype=pl.UInt64))

    def incapacity(self) -> tuple[pl.Expr, pl.Expr, pl.Expr]:
        """(start, end, unknown mask) of the one incapacity period a flat row holds."""
        missing = pl.col("incapacity_start").is_null() & ~self.absent("claimant.incapacity")
        return pl.col("incapacity_start"), pl.col("incapacity_end"), self.program.define(
            self.unknown_where(missing, "incapacity")
        )
