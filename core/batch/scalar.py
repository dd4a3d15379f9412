"""The scalar path of a batch: each row through ``row_to_case`` and ``Engine.evaluate``.

It is also the oracle the vectorised validator is tested against (:func:`row_problems`),
and the fallback for a group of rows the columnar backend fails on. A row that makes the
engine raise is never lost: it becomes a problem line, and the other rows go on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import polars as pl
from pydantic import ValidationError

from ..caseio import validation_problems
from ..engine import Engine
from ..errors import CaseError
from ..flat import result_rows, row_to_case
from .columns import ROW, column_for_path, output_schema
from .validate import PROBLEM_SCHEMA

__all__ = ["evaluate_rows", "exception_problems", "row_problems"]


def exception_problems(exc: Exception) -> list[tuple[str, str]]:
    """(column, message) pairs for an exception raised while building or evaluating a row."""
    if isinstance(exc, ValidationError):
        return [(column_for_path(path), message) for path, message in validation_problems(exc)]
    if isinstance(exc, CaseError):
        return [(column_for_path(field), message) for field, message in exc.problems]
    if isinstance(exc, ValueError):
        field, sep, message = str(exc).partition(": ")
        if sep and " " not in field:
            return [(column_for_path(field), message)]
    return [("case", f"evaluation failed: {type(exc).__name__}: {exc}")]


def row_problems(row: Mapping[str, Any], engine: Engine) -> list[tuple[str, str]]:
    """What ``row_to_case`` and the engine's jurisdiction lookup say is wrong with ``row`` ([] if nothing)."""
    try:
        case = row_to_case(row)
        engine.jurisdiction(case.jurisdiction)
    except (ValidationError, ValueError, CaseError) as exc:
        return exception_problems(exc)
    return []


def evaluate_rows(
    frame: pl.DataFrame, engine: Engine, as_of: date, kinds: Iterable[str]
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(output rows with ``ROW``, problem lines) for the typed rows of ``frame``, one case at a time."""
    kinds = sorted(kinds)
    schema = output_schema(kinds)
    outputs: list[dict[str, Any]] = []
    problems: list[dict[str, Any]] = []
    for row in frame.iter_rows(named=True):
        number = row.pop(ROW)
        try:
            result = engine.evaluate(row_to_case(row), as_of, trace=False)
        except Exception as exc:  # nothing is lost: the row goes to the errors file with the reason
            problems += [
                {"row": number, "case_id": row.get("case_id"), "field": field, "message": message}
                for field, message in exception_problems(exc)
            ]
            continue
        found = result_rows(result, row.get("case_id"), kinds)  # type: ignore[arg-type]
        # No deadline at all (no rule governs this defendant): the row still appears, dates empty.
        out = found[0] if found else dict.fromkeys(schema) | {
            "case_id": row.get("case_id"),
            "jurisdiction": result.jurisdiction,
            "rules_version": result.rules_version,
        }
        out[ROW] = number
        outputs.append(out)
    output = pl.DataFrame(outputs, schema={**schema, ROW: pl.Int64()}, orient="row")
    return output, pl.DataFrame(problems, schema=PROBLEM_SCHEMA, orient="row")
