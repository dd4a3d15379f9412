"""Beyond one machine: the batch evaluation on a Dask distributed cluster.

Two ways in:

* :func:`evaluate_dask` takes a Dask DataFrame (one row per case, the flat columns) and
  returns a Dask DataFrame with one output row per input row, evaluated partition by
  partition on the workers. Rows that fail validation keep their ``case_id`` and
  ``jurisdiction``, have empty results and say why in ``errors``.
* ``medmal batch --dask ADDRESS`` (:func:`cluster_results`) reads the file here, ships the
  chunks to the cluster (at most a few per worker in flight) and writes the results in
  order, so the output, errors file and summary are those of a local run.

Workers need medmal (and the same jurisdiction plugins) installed; each builds its engine
once per process.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import lru_cache
from typing import Any

import polars as pl

from ..engine import Engine
from ..errors import BackendUnavailable, MedmalError
from .chunk import ChunkResult, evaluate_chunk, resolve_backend
from .columns import ROW, all_deadline_kinds, output_schema
from .files import check_columns

__all__ = ["ERRORS", "cluster_results", "evaluate_dask"]

#: Extra column of :func:`evaluate_dask`: "field: message" lines joined by "; ", null when evaluated.
ERRORS = "errors"


@lru_cache(maxsize=8)
def _engine(block: tuple[str, ...]) -> Engine:
    return Engine(block=block)


def _remote_chunk(raw: pl.DataFrame, first: int, as_of: date, backend: str, block: tuple[str, ...]) -> ChunkResult:
    return evaluate_chunk(raw, first, as_of, backend, _engine(block))


def cluster_results(
    address: str,
    chunks: Iterable[tuple[pl.DataFrame, int]],
    as_of: date,
    backend: str,
    block: Sequence[str] = (),
    per_worker: int = 2,
) -> Iterator[ChunkResult]:
    """Evaluate numbered chunks on the cluster at ``address``; results come back in order."""
    try:
        from distributed import Client
    except ImportError:
        raise BackendUnavailable("--dask needs Dask distributed: pip install 'medmal[dask]'") from None
    try:
        client = Client(address, timeout="20s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise MedmalError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
    with client:
        window = max(2, per_worker * max(1, len(client.scheduler_info().get("workers", {}))))
        pending: deque[Any] = deque()
        for raw, first in chunks:
            pending.append(client.submit(_remote_chunk, raw, first, as_of, backend, tuple(block), pure=False))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _partition_schema(block: tuple[str, ...]) -> dict[str, pl.DataType]:
    return {**output_schema(all_deadline_kinds(_engine(block).registry)), ERRORS: pl.String()}


def _partition(frame: Any, as_of: date, backend: str, block: tuple[str, ...]) -> Any:
    """One pandas partition in, its pandas output out (same index, one row per row)."""
    raw = pl.from_pandas(frame.reset_index(drop=True))
    result = evaluate_chunk(raw, 1, as_of, backend, _engine(block))
    schema = _partition_schema(block)
    reasons = result.problems.group_by("row", maintain_order=True).agg(
        pl.format("{}: {}", "field", "message").str.join("; ").alias(ERRORS)
    )
    numbered = raw.select(
        pl.int_range(1, pl.len() + 1, dtype=pl.Int64).alias(ROW),
        *[pl.col(name).cast(pl.String) for name in ("case_id", "jurisdiction") if name in raw.columns],
    )
    failed = numbered.join(reasons.rename({"row": ROW}), on=ROW, how="inner")
    out = pl.concat([result.output, failed], how="diagonal_relaxed").sort(ROW)
    out = out.select([(pl.col(n) if n in out.columns else pl.lit(None)).cast(t).alias(n) for n, t in schema.items()])
    pandas = out.to_pandas(use_pyarrow_extension_array=True)
    pandas.index = frame.index
    return pandas


def evaluate_dask(ddf: Any, as_of: date, backend: str | None = None, block: Sequence[str] = ()) -> Any:
    """The batch evaluation of Dask DataFrame ``ddf`` as a Dask DataFrame (lazy; call ``.compute()``).

    Columns are :func:`medmal.batch.output_columns`-style results plus ``errors``; every
    input row gives one output row, in order, with the same index.
    """
    check_columns(list(ddf.columns), "Dask DataFrame")
    name = resolve_backend(backend)
    key = tuple(block)
    meta = pl.DataFrame(schema=_partition_schema(key)).to_pandas(use_pyarrow_extension_array=True)
    return ddf.map_partitions(_partition, as_of, name, key, meta=meta)
