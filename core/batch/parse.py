"""Parse a raw chunk (any column types a CSV, JSON Lines or Parquet reader gives) into the
typed columns of :data:`~medmal.batch.columns.INPUT_SCHEMA`, with one check per cell that
cannot be read.

Cells are read as :func:`medmal.flat.row_to_case` reads them, so a row fails here exactly
when the case model would reject that cell: a blank cell is unknown; dates are strictly
``YYYY-MM-DD`` (stricter than the case model, which also takes a midnight timestamp);
numbers may carry surrounding spaces; ``allegations`` and ``confirmed_absent`` are
``;``-separated (a JSON array is also accepted, as JSON Lines files naturally hold one);
enumerations are not trimmed, as the case model does not trim them either.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from ..flat import FLAT_COLUMNS
from .columns import INPUT_SCHEMA

__all__ = ["Check", "Parsed", "parse"]

_DATE_SHAPE = r"^\d{4}-\d{2}-\d{2}$"
#: String fields the case model trims (``str_strip_whitespace``); Literal fields it does not.
_TRIMMED = frozenset({"jurisdiction", "currency", "defendant_name"})


@dataclass(frozen=True)
class Check:
    """One way a row can fail: ``bad`` is true on failing rows, ``message`` says why.

    ``message`` is only ever evaluated on the (few) failing rows, so it may be costly.
    """

    field: str
    bad: pl.Expr
    message: pl.Expr


@dataclass
class Parsed:
    frame: pl.DataFrame
    checks: list[Check] = field(default_factory=list)
    raw: set[str] = field(default_factory=set)
    _distinct: dict[str, list[Any]] = field(default_factory=dict)

    def distinct(self, name: str) -> list[Any]:
        """The distinct non-null values (list items for a list column) of parsed column ``name``.

        Checks of low-cardinality columns run on these, not on every row."""
        if name not in self._distinct:
            column = self.frame.get_column(name)
            if isinstance(column.dtype, pl.List):
                column = column.explode()
            self._distinct[name] = column.unique().drop_nulls().to_list()
        return self._distinct[name]

    def present(self, *names: str) -> bool:
        """True when some row has a (readable) value for each of ``names`` (else checks needing them can go)."""
        for name in names:
            column = self.frame.get_column(name)
            if column.null_count() == column.len():
                return False
        return True

    def given(self, name: str) -> pl.Expr:
        """True where the row has a (non-blank) value for ``name``, readable or not."""
        if name in self.raw:
            return _nonblank(pl.col(raw_name(name)))
        return pl.col(name).is_not_null()


def raw_name(name: str) -> str:
    return f"__raw_{name}"


def _nonblank(text: pl.Expr) -> pl.Expr:
    return text.str.contains(r"\S").fill_null(False)


def _quoted(text: pl.Expr) -> pl.Expr:
    return pl.format("'{}'", text)


def parse(raw: pl.DataFrame) -> Parsed:
    """The typed frame for ``raw`` (which may lack columns: they are unknown) and its checks."""
    parsed = Parsed(raw)
    columns: list[pl.Expr] = []
    for name, column in FLAT_COLUMNS.items():
        target = INPUT_SCHEMA[name]
        if name not in raw.columns or raw.schema[name] == pl.Null:
            columns.append(pl.lit(None, dtype=target).alias(name))
            continue
        source = raw.schema[name]
        if column.type == "str":
            columns.append(_str(parsed, name))
        elif column.type == "date":
            columns.append(_date(parsed, name, source))
        elif column.type == "float":
            columns.append(_float(parsed, name, source))
        else:
            columns.append(_list(parsed, name, source))
    copies = [pl.col(name).alias(raw_name(name)) for name in parsed.raw]
    parsed.frame = parsed.frame.with_columns(copies).with_columns(columns)
    return parsed


def _str(parsed: Parsed, name: str) -> pl.Expr:
    """Blank cells become null, and trimmed fields are trimmed - worked out on the distinct
    values, so the common case (nothing to change) costs one pass and no copy."""
    text = pl.col(name).cast(pl.String)
    if name == "case_id":  # carried to the output as given; not part of the case
        return text.alias(name)
    if name == "defendant_name":  # many distinct values: vectorised
        trimmed = text.str.strip_chars()
        return pl.when(trimmed != "").then(trimmed).alias(name)
    changes: dict[str, str | None] = {}
    values = parsed.frame.get_column(name).cast(pl.String).unique().drop_nulls().to_list()
    for value in values:
        new = (value.strip() if name in _TRIMMED else value) if value.strip() else None
        if new != value:
            changes[value] = new
    parsed._distinct[name] = sorted({changes.get(value, value) for value in values} - {None})
    return (text.replace(changes) if changes else text).alias(name)


def _date(parsed: Parsed, name: str, source: pl.DataType) -> pl.Expr:
    if source == pl.Date:
        return pl.col(name)
    parsed.raw.add(name)
    raw = pl.col(raw_name(name))
    if isinstance(source, pl.Datetime):
        midnight = raw.dt.truncate("1d") == raw
        parsed.checks.append(
            Check(name, raw.is_not_null() & ~midnight, pl.format("{} has a time of day; give a date", raw))
        )
        return raw.dt.date().alias(name)
    text = raw.cast(pl.String)
    value = pl.when(text.str.contains(_DATE_SHAPE)).then(text.str.strptime(pl.Date, "%Y-%m-%d", strict=False))
    message = pl.format("{} is not a valid date (use YYYY-MM-DD)", _quoted(text))
    parsed.checks.append(Check(name, _nonblank(text) & value.is_null(), message))
    return value.alias(name)


def _float(parsed: Parsed, name: str, source: pl.DataType) -> pl.Expr:
    if source.is_numeric():
        return pl.col(name).cast(pl.Float64)
    parsed.raw.add(name)
    text = pl.col(raw_name(name)).cast(pl.String).str.strip_chars()
    value = pl.when(text != "").then(text.cast(pl.Float64, strict=False))
    message = pl.format("{} is not a number", _quoted(text))
    parsed.checks.append(Check(name, _nonblank(text) & value.is_null(), message))
    return value.alias(name)


def _list(parsed: Parsed, name: str, source: pl.DataType) -> pl.Expr:
    if isinstance(source, pl.List | pl.Array):
        items = pl.col(name).cast(pl.List(pl.String))
        distinct = parsed.frame.get_column(name).explode().unique().drop_nulls().cast(pl.String).to_list()
        if any(item != item.strip() for item in distinct):
            return items.list.eval(pl.element().str.strip_chars()).alias(name)
        parsed._distinct[name] = distinct
        return items.alias(name)
    parsed.raw.add(name)
    text = pl.col(raw_name(name)).cast(pl.String)
    split = (
        text.str.split(";")
        .list.eval(pl.element().str.strip_chars())
        .list.eval(pl.element().filter(pl.element() != ""))
    )
    is_json = text.str.strip_chars_start().str.starts_with("[").fill_null(False)
    cells = parsed.frame.get_column(name).cast(pl.String)
    if not cells.str.strip_chars_start().str.starts_with("[").any():
        return pl.when(_nonblank(text)).then(split).alias(name)
    # A JSON array (JSON Lines files hold them): decoded in Python, only on these cells.
    decoded = pl.Series(name, [_json_list(cell) for cell in cells.to_list()], dtype=pl.List(pl.String))
    slot = f"__json_{name}"
    parsed.frame = parsed.frame.with_columns(decoded.alias(slot))
    parsed.checks.append(
        Check(
            name,
            is_json & pl.col(slot).is_null(),
            pl.format("{} is not a JSON array of strings nor a ;-separated list", _quoted(text)),
        )
    )
    return pl.when(is_json).then(pl.col(slot)).when(_nonblank(text)).then(split).alias(name)


def _json_list(cell: str | None) -> list[str] | None:
    if cell is None or not cell.lstrip().startswith("["):
        return None
    try:
        value = json.loads(cell)
    except ValueError:
        return None
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return None
    return [item.strip() for item in value]
