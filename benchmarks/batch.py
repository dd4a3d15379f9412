"""Batch throughput: New York cases, Parquet in to Parquet out, with peak memory.

    .venv/bin/python benchmarks/batch.py [--rows N] [--backend columnar|scalar]
                                         [--scalar-sample M] [--chunk-size C] [--dir DIR]

1. Generates N New York rows into a Parquet file: ``cases.generate_cases`` builds a pool of
   up to ``--pool`` distinct seeded cases, flattened one row per defendant, and the pool is
   repeated (each copy with fresh case ids) until N rows are written, in slices, so the
   generator's memory stays small for N = 10,000,000.
2. Runs ``medmal.batch.run_batch`` Parquet -> Parquet with ``--backend`` over all N rows in a
   child process, which reports its wall time and its own peak RSS (``ru_maxrss``).
3. Runs the scalar backend, also in a child process, on the first M rows (``--scalar-sample``)
   and prints the ratio of the two rates (columnar / scalar) measured in this same run.

Figures are only comparable on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cases import AS_OF, BENCH_BLOCK, generate_cases  # noqa: E402

NY = "US-NY"


def _pool(size: int, seed: int) -> Any:
    """``size`` distinct NY cases as typed flat rows (a polars frame of the batch input schema)."""
    import polars as pl

    from medmal import Case
    from medmal.batch.columns import INPUT_SCHEMA
    from medmal.flat import case_to_rows

    rows = []
    for number, data in enumerate(generate_cases(NY, size, seed)):
        case = Case.model_validate(data)
        for row in case_to_rows(case, case_id=str(number)):
            row["allegations"] = row["allegations"].split(";") if row["allegations"] else None
            row["confirmed_absent"] = row["confirmed_absent"].split(";") if row["confirmed_absent"] else None
            rows.append(row)
    return pl.DataFrame(rows, schema=INPUT_SCHEMA, orient="row")


def generate(path: Path, rows: int, pool_size: int, seed: int) -> None:
    import polars as pl
    import pyarrow.parquet as pq

    pool = _pool(min(rows, pool_size), seed)
    writer = None
    written = 0
    copy = 0
    while written < rows:
        part = pool.head(rows - written).with_columns(pl.format("{}-{}", pl.lit(copy), "case_id").alias("case_id"))
        table = part.to_arrow()
        writer = writer or pq.ParquetWriter(path, table.schema)
        writer.write_table(table, row_group_size=256_000)
        written += part.height
        copy += 1
    if writer is not None:
        writer.close()


def child(args: argparse.Namespace) -> int:
    """Run one batch and print {"rows", "seconds", "peak_rss_mb"} as JSON (the measured part)."""
    from medmal.batch.allocator import tune_allocator

    tune_allocator()  # as `medmal batch` does, before polars loads
    from medmal import Engine
    from medmal.batch import run_batch

    engine = Engine(block=BENCH_BLOCK)
    start = time.perf_counter()
    summary = run_batch(
        args.input, args.output, as_of=AS_OF, backend=args.backend, engine=engine, chunk_size=args.chunk_size,
        progress=False,
    )
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    print(json.dumps({
        "rows": summary.rows_in, "out": summary.rows_out, "errors": summary.rows_with_errors, "seconds": seconds,
        "peak_rss_mb": peak_kb / 1024, "by_jurisdiction": summary.by_jurisdiction,
        "allocator": os.environ.get("_RJEM_MALLOC_CONF"),
    }))
    return 0


def _measure(backend: str, source: Path, target: Path, chunk_size: int) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", "--backend", backend, "--chunk-size", str(chunk_size),
               "--input", str(source), "--output", str(target)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{backend} run failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000, help="rows to generate and evaluate (default 1e7, "
                        "the issue-4 size: a run's fixed start-up, ~0.45 s, weighs on smaller ones)")
    parser.add_argument("--backend", default=None, help="columnar or scalar (default: columnar when installed)")
    parser.add_argument("--scalar-sample", type=int, default=20_000, help="rows the scalar backend runs on")
    parser.add_argument("--chunk-size", type=int, default=200_000)
    parser.add_argument("--pool", type=int, default=100_000, help="distinct generated cases before repeating")
    parser.add_argument("--seed", type=int, default=20260601)
    parser.add_argument("--dir", type=Path, default=None, help="where the files go (default: a temporary directory)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--output", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args)

    from medmal.batch.chunk import resolve_backend

    backend = resolve_backend(args.backend)
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        work = Path(folder)
        source, sample = work / "book.parquet", work / "sample.parquet"
        started = time.perf_counter()
        generate(source, args.rows, args.pool, args.seed)
        generate(sample, min(args.rows, args.scalar_sample), args.pool, args.seed)
        print(f"machine: {platform.platform()}; {os.cpu_count()} CPUs; python {sys.version.split()[0]}")
        print(f"input:   {args.rows:,} {NY} rows, {source.stat().st_size / 2**20:,.0f} MB Parquet "
              f"(generated in {time.perf_counter() - started:.0f}s), as of {AS_OF}, chunks of {args.chunk_size:,}")
        main_run = _measure(backend, source, work / "out.parquet", args.chunk_size)
        rate = main_run["rows"] / main_run["seconds"]
        print(f"{backend:>8}: {main_run['rows']:,} rows in {main_run['seconds']:.1f}s = {rate:,.0f} cases/s; "
              f"peak RSS {main_run['peak_rss_mb']:,.0f} MB; {main_run['out']:,} out, {main_run['errors']:,} errors")
        print(f"          statuses: {json.dumps(main_run['by_jurisdiction'])}")
        print(f"          polars' jemalloc options: {main_run['allocator']} (medmal.batch.allocator)")
        if backend == "scalar":
            print("ratio:   n/a - the columnar backend was not run (--backend columnar, when installed)")
            return 0
        scalar = _measure("scalar", sample, work / "scalar.parquet", args.chunk_size)
        scalar_rate = scalar["rows"] / scalar["seconds"]
        print(f"  scalar: {scalar['rows']:,} rows in {scalar['seconds']:.1f}s = {scalar_rate:,.0f} cases/s "
              f"(peak RSS {scalar['peak_rss_mb']:,.0f} MB)")
        print(f"ratio:   columnar / scalar = {rate / scalar_rate:,.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
