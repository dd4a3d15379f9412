"""``run_batch``: a portfolio file in, one result row per case out, nothing lost.

Every input row ends up either in the output (one row, in input order) or in the errors
file (one line per problem, naming the row, its ``case_id`` and the column at fault), so
``rows_in == rows_out + rows_with_errors``. Both files appear only when the whole run
succeeds. With ``dask=ADDRESS`` the chunks are evaluated on that Dask cluster instead of
in this process; the files, order and summary are the same.

On the columnar backend, chunks are evaluated by a small pool of threads (one per core,
at most :data:`THREADS`) while this thread writes the finished ones in input order: polars
and pyarrow release the GIL, and one chunk's query gains little from polars' own
threads, so two chunks at once are what keeps two cores busy. At most one chunk more
than there are threads is in flight, so memory stays flat.
"""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path

import polars as pl

from ..engine import Engine
from ..errors import CaseError
from .chunk import ChunkResult, evaluate_chunk, resolve_backend
from .columns import ROW, all_deadline_kinds, output_schema
from .files import ChunkWriter, check_columns, count_rows, file_format, input_columns, read_chunks
from .summary import BatchSummary
from .validate import PROBLEM_SCHEMA

__all__ = ["DEFAULT_CHUNK_SIZE", "THREADS", "default_errors_path", "numbered_chunks", "run_batch"]

DEFAULT_CHUNK_SIZE = 200_000
#: Most threads evaluating chunks at once (columnar backend).
THREADS = 2


def default_errors_path(output: Path) -> Path:
    """``out.parquet`` -> ``out.errors.csv`` (next to the output)."""
    return output.with_name(f"{output.stem}.errors.csv")


def numbered_chunks(chunks: Iterable[pl.DataFrame]) -> Iterator[tuple[pl.DataFrame, int]]:
    """Each chunk with the 1-based number of its first row."""
    first = 1
    for chunk in chunks:
        yield chunk, first
        first += chunk.height


def run_batch(
    input: str | Path,
    output: str | Path,
    *,
    as_of: date | None = None,
    backend: str | None = None,
    errors: str | Path | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    dask: str | None = None,
    engine: Engine | None = None,
    block: Sequence[str] = (),
    progress: bool | None = None,
) -> BatchSummary:
    """Evaluate every row of ``input`` on ``as_of`` (default today) and write ``output``.

    ``backend`` is ``"columnar"`` or ``"scalar"`` (default: columnar when installed);
    ``errors`` defaults to ``OUTPUT-stem.errors.csv``; ``engine`` (or ``block``) chooses
    the plugins; ``dask`` is a scheduler address (workers build their engine with
    ``block``). ``progress`` shows a bar (default: only when standard error is a terminal).
    Raises :class:`~medmal.CaseError` for a bad file or argument, before anything is written.
    """
    source, target = Path(input), Path(output)
    errors_path = Path(errors) if errors is not None else default_errors_path(target)
    in_fmt = file_format(source, "INPUT")
    out_fmt = file_format(target, "OUTPUT")
    err_fmt = file_format(errors_path, "--errors")
    if chunk_size < 1:
        raise CaseError([("--chunk-size", f"must be at least 1 (got {chunk_size})")], "command line")
    for path, what in ((target, "OUTPUT"), (errors_path, "--errors")):
        if not path.parent.is_dir():
            raise CaseError([(what, f"the directory {path.parent} does not exist")], "command line")
    if source.resolve() in (target.resolve(), errors_path.resolve()) or target.resolve() == errors_path.resolve():
        raise CaseError([("OUTPUT", "the input, output and errors files must be three different files")], "command line")
    backend = resolve_backend(backend)
    engine = engine or Engine(block=block)
    check_columns(input_columns(source, in_fmt), str(source))
    on = as_of or date.today()

    schema = output_schema(all_deadline_kinds(engine.registry))
    summary = BatchSummary(str(source), str(target), str(errors_path), on, backend)
    chunks = numbered_chunks(read_chunks(source, in_fmt, chunk_size))
    if dask is not None:
        from .dask import cluster_results

        results: Iterator[ChunkResult] = cluster_results(dask, chunks, on, backend, block)
    elif backend == "columnar":
        results = _threaded(chunks, on, engine, min(THREADS, os.cpu_count() or 1))
    else:  # the scalar backend holds the GIL: threads would only add overhead
        results = (evaluate_chunk(chunk, first, on, backend, engine) for chunk, first in chunks)

    started = time.perf_counter()
    writer = ChunkWriter(target, out_fmt, schema)
    try:
        error_writer = ChunkWriter(errors_path, err_fmt, PROBLEM_SCHEMA)
    except BaseException:
        writer.discard()
        raise
    try:
        with _progress(progress, count_rows(source, in_fmt)) as advance:
            for result in results:
                writer.write(result.output.drop(ROW))
                error_writer.write(result.problems)
                summary.add(result.output, result.problems, result.rows, result.fallbacks)
                advance(result.rows)
        writer.finish()
        error_writer.finish()
        error_writer.publish()
        writer.publish()
    except BaseException:  # a crash or Ctrl-C: nothing half-written stays behind
        writer.discard()
        error_writer.discard()
        raise
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # a cluster run disconnects from the scheduler
    summary.seconds = time.perf_counter() - started
    return summary


def _threaded(chunks: Iterator[tuple[pl.DataFrame, int]], on: date, engine: Engine, threads: int) -> Iterator[ChunkResult]:
    """The columnar results of ``chunks`` in input order, evaluated by ``threads`` threads."""
    if threads < 2:
        yield from (evaluate_chunk(chunk, first, on, "columnar", engine) for chunk, first in chunks)
        return
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(threads, thread_name_prefix="medmal-batch")
    pending: deque = deque()
    try:
        for chunk, first in chunks:
            pending.append(pool.submit(evaluate_chunk, chunk, first, on, "columnar", engine))
            while len(pending) > threads or (pending and pending[0].done()):
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:  # a failure or Ctrl-C: drop the chunks not yet started, wait for the running ones
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


class _progress:
    """A rich progress bar on a terminal; a no-op otherwise."""

    def __init__(self, wanted: bool | None, total: int | None) -> None:
        self.show = sys.stderr.isatty() if wanted is None else wanted
        self.total = total
        self.bar = None

    def __enter__(self) -> Callable[[int], None]:
        if not self.show:
            return lambda rows: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.bar = Progress(
            TextColumn("medmal batch"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=Console(stderr=True),
        )
        self.bar.start()
        task = self.bar.add_task("rows", total=self.total)
        return lambda rows: self.bar.advance(task, rows)  # type: ignore[union-attr]

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
