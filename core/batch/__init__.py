"""Portfolio scale: ``medmal batch`` over CSV, JSON Lines and Parquet, locally or on Dask.

Python entry points (imported on first use, so ``import medmal`` stays light)::

    from medmal.batch import run_batch
    summary = run_batch("book.parquet", "results.parquet", as_of=date(2026, 6, 1))
    print(summary.render())

    from medmal.batch.dask import evaluate_dask      # a Dask DataFrame in, one out

See :mod:`medmal.batch.runner` for the guarantees (nothing lost, atomic output).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .runner import DEFAULT_CHUNK_SIZE, run_batch
    from .summary import BatchSummary

__all__ = ["DEFAULT_CHUNK_SIZE", "BatchSummary", "run_batch"]


def __getattr__(name: str) -> Any:
    if name in {"run_batch", "DEFAULT_CHUNK_SIZE"}:
        from . import runner

        return getattr(runner, name)
    if name == "BatchSummary":
        from .summary import BatchSummary

        return BatchSummary
    raise AttributeError(f"module 'medmal.batch' has no attribute {name!r}")
