"""Column types of batch files: the typed input frame, the fixed output schema, field names.

The input columns and their meaning are :data:`medmal.flat.FLAT_COLUMNS`; this module only
says which polars type each one has once parsed, and how a case path that a validation
error names (``claimant.incapacity.0.end``) maps back to the column the user wrote
(``incapacity_end``), so every error names a column of the user's own file.
"""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from ..flat import FLAT_COLUMNS, output_columns
from ..jurisdiction import Jurisdiction
from ..registry import Registry

__all__ = [
    "INPUT_SCHEMA",
    "ROW",
    "UNREADABLE",
    "all_deadline_kinds",
    "column_for_path",
    "column_table",
    "deadline_kinds",
    "output_schema",
]

_DTYPES: dict[str, pl.DataType] = {
    "str": pl.String(),
    "date": pl.Date(),
    "float": pl.Float64(),
    "list": pl.List(pl.String()),
}

#: The typed frame a backend receives: every flat column, in file order.
INPUT_SCHEMA: dict[str, pl.DataType] = {name: _DTYPES[column.type] for name, column in FLAT_COLUMNS.items()}

#: Name of the 1-based input row number carried alongside a chunk (never written out).
ROW = "__row"

#: Column a reader adds to a chunk for rows it could not read (the message; null elsewhere).
UNREADABLE = "__unreadable"


def output_schema(kinds: Iterable[str]) -> dict[str, pl.DataType]:
    """The output columns for deadline ``kinds`` with their polars types."""
    return {name: _DTYPES[type_] for name, type_ in output_columns(kinds)}


def deadline_kinds(jurisdiction: Jurisdiction) -> set[str]:
    """The deadline kinds a jurisdiction's rules can produce."""
    return {rule.kind for rule in jurisdiction.deadline_rules}


def all_deadline_kinds(registry: Registry) -> set[str]:
    """The union of deadline kinds over every registered jurisdiction (the file's columns)."""
    kinds: set[str] = {"limitation"}
    for jurisdiction in registry.jurisdictions.values():
        kinds |= deadline_kinds(jurisdiction)
    return kinds


def _normalise(path: str) -> str:
    return path.replace("[0]", ".0")


# Case path -> flat column. Whole-case checks name a path ("events.injury: ..."); pydantic
# names a location ("defendants.0.kind"); both come back to the user's column name.
_BY_PATH: dict[str, str] = {_normalise(column.path): name for name, column in FLAT_COLUMNS.items() if column.path}
_BY_PATH.update({"claimant.incapacity.0": "incapacity_start", "claimant.incapacity": "incapacity_start"})


def column_for_path(path: str) -> str:
    """The flat column a case path or validation location refers to (the path itself if none)."""
    path = _normalise(path)
    while path:
        if path in _BY_PATH:
            return _BY_PATH[path]
        if path in FLAT_COLUMNS:
            return path
        path = path.rpartition(".")[0]
    return "case"


_TYPE_NAMES = {"str": "text", "date": "date `YYYY-MM-DD`", "float": "number", "list": "`;`-separated list"}


def column_table() -> str:
    """The input column mapping as a Markdown table (the README's copy is checked against it)."""
    lines = ["| column | type | case field | notes |", "| --- | --- | --- | --- |"]
    for name, column in FLAT_COLUMNS.items():
        path = f"`{column.path}`" if column.path else "-"
        lines.append(f"| `{name}` | {_TYPE_NAMES[column.type]} | {path} | {column.description} |")
    return "\n".join(lines)
