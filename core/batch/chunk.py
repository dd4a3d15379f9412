"""One chunk of a batch, start to finish: validate, evaluate per jurisdiction, reassemble.

:func:`evaluate_chunk` is a pure function of its arguments, so the local runner and a Dask
worker give the same output for the same rows. Output rows keep the input order; every
input row is either in ``output`` or named in ``problems``.
"""

from __future__ import annotations

import importlib
import weakref
from dataclasses import dataclass, field
from datetime import date
from threading import Lock
from typing import Any

import polars as pl

from ..engine import Engine
from ..errors import BackendUnavailable
from .columns import ROW, all_deadline_kinds, output_schema
from .scalar import evaluate_rows
from .validate import validate

__all__ = ["BACKEND_NAMES", "ChunkResult", "align", "columnar_available", "evaluate_chunk", "resolve_backend"]

BACKEND_NAMES = ("columnar", "scalar")


@dataclass
class ChunkResult:
    output: pl.DataFrame  #: output columns plus ROW, in input order
    problems: pl.DataFrame  #: PROBLEM_SCHEMA
    rows: int  #: input rows in the chunk
    fallbacks: list[str] = field(default_factory=list)  #: why groups went to the scalar backend


def columnar_available() -> bool:
    try:
        importlib.import_module("medmal.columnar")
    except ImportError:
        return False
    return True


def resolve_backend(name: str | None) -> str:
    """The backend to use: ``name``, or columnar when it is installed, else scalar."""
    if name is None:
        return "columnar" if columnar_available() else "scalar"
    name = name.strip().lower()
    if name not in BACKEND_NAMES:
        raise BackendUnavailable(f"backend {name!r} is unknown; choose one of: {', '.join(BACKEND_NAMES)}")
    if name == "columnar" and not columnar_available():
        raise BackendUnavailable(
            "the columnar backend (medmal.columnar) is not installed in this environment; use --backend scalar"
        )
    return name


_COLUMNAR: weakref.WeakKeyDictionary[Engine, dict[str, Any]] = weakref.WeakKeyDictionary()
_COLUMNAR_LOCK = Lock()  # chunks are evaluated by several threads: each backend is built once


def _columnar(engine: Engine, code: str) -> Any:
    """The columnar backend of jurisdiction ``code``, built on first use and kept per engine."""
    with _COLUMNAR_LOCK:
        backends = _COLUMNAR.setdefault(engine, {})
        if code not in backends:
            module = importlib.import_module("medmal.columnar")
            backends[code] = module.ColumnarBackend(engine.jurisdiction(code))
        return backends[code]


def align(frame: pl.DataFrame, schema: dict[str, pl.DataType]) -> pl.DataFrame:
    """``frame`` with exactly the columns of ``schema`` (absent ones empty), in that order."""
    return frame.select(
        [
            (pl.col(name) if name in frame.columns else pl.lit(None)).cast(dtype).alias(name)
            for name, dtype in schema.items()
        ]
    )


def evaluate_chunk(raw: pl.DataFrame, first_row: int, as_of: date, backend: str, engine: Engine) -> ChunkResult:
    """Validate and evaluate the rows of ``raw``, numbered from ``first_row``."""
    validated = validate(raw, engine.registry, first_row)
    schema = output_schema(all_deadline_kinds(engine.registry))
    kinds = [name.removesuffix("_status") for name in schema if name.endswith("_status")]
    outputs: list[pl.DataFrame] = []
    problems = [validated.problems]
    fallbacks: list[str] = []
    valid = validated.valid
    if not valid.height:
        groups = []
    elif valid.item(0, "jurisdiction") == valid.item(-1, "jurisdiction") and valid.get_column("jurisdiction").n_unique() == 1:
        groups = [valid]  # one jurisdiction (the usual book): no copy
    else:
        groups = valid.partition_by("jurisdiction", maintain_order=True)
    for group in groups:
        code = group.item(0, "jurisdiction")
        if backend == "columnar":
            try:
                out = _columnar(engine, code).evaluate(group.drop(ROW), as_of)
                if out.height != group.height:
                    raise RuntimeError(f"returned {out.height} rows for {group.height}")
                outputs.append(align(out, schema).with_columns(group.get_column(ROW)))
                continue
            except Exception as exc:  # the rows are not lost: the scalar backend takes them
                fallbacks.append(f"{code}: {group.height} rows ({type(exc).__name__}: {exc})")
        out, failed = evaluate_rows(group, engine, as_of, kinds)
        outputs.append(align(out, {**schema, ROW: pl.Int64()}))
        problems.append(failed)
    output = pl.concat(outputs) if outputs else pl.DataFrame(schema={**schema, ROW: pl.Int64()})
    if len(outputs) > 1:
        output = output.sort(ROW)
    problem_lines = pl.concat(problems)
    if len(problems) > 1:
        problem_lines = problem_lines.sort("row", maintain_order=True)
    return ChunkResult(output, problem_lines, raw.height, fallbacks)
