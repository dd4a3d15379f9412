"""Columnar backend throughput on New York cases, against the scalar backend on a sample.

    .venv/bin/python benchmarks/columnar.py [--rows 1000000] [--sample 2000]

Builds an in-memory frame of generated New York flat rows (polars, seeded: acts 1990-2022,
births up to 82 years before the act, discovery within 8 years, a third wrongful-death
claims, a fifth municipal defendants, a quarter failure-to-diagnose-cancer), evaluates it
with the columnar backend (best of two passes, after a warm-up), evaluates the first
``--sample`` rows with the scalar backend (``row_to_case`` + ``Engine.evaluate`` +
``result_rows``, as a scalar batch run would), checks the two agree on the sample, and
prints cases/s for both and the ratio.
"""

from __future__ import annotations

import argparse
import time
from datetime import date

import polars as pl

from medmal.columnar import ColumnarBackend
from medmal.engine import Engine
from medmal.flat import result_rows, row_to_case

AS_OF = date(2026, 11, 23)


def ny_frame(rows: int, seed: int = 7) -> pl.DataFrame:
    def draw(salt: int, below: int) -> pl.Expr:
        return (pl.int_range(rows).hash(seed * 1000 + salt) % below).cast(pl.Int32)

    act = pl.lit(date(1990, 1, 1)) + pl.duration(days=draw(1, 12000))
    frame = pl.select(
        case_id=pl.format("ny-{}", pl.int_range(rows)),
        jurisdiction=pl.lit("US-NY"),
        claim_type=pl.when(draw(2, 3) == 0).then(pl.lit("wrongful_death")).otherwise(pl.lit("personal_injury")),
        act_or_omission=act,
        public_entity=pl.when(draw(3, 5) == 0).then(pl.lit("municipal")).otherwise(None),
        allegations=pl.when(draw(4, 4) == 0)
        .then(pl.lit(["failure_to_diagnose_cancer"]))
        .otherwise(pl.lit([], dtype=pl.List(pl.Utf8))),
        born=draw(5, 30000),
        knew=draw(6, 3000),
        died=draw(7, 3000),
    )
    return frame.with_columns(
        date_of_birth=pl.col("act_or_omission") - pl.duration(days=pl.col("born")),
        discovery=pl.col("act_or_omission") + pl.duration(days=pl.col("knew")),
        death=pl.when(pl.col("claim_type") == "wrongful_death").then(
            pl.col("act_or_omission") + pl.duration(days=pl.col("died"))
        ),
    ).drop("born", "knew", "died")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--sample", type=int, default=2000)
    args = parser.parse_args()
    engine = Engine()
    jurisdiction = engine.jurisdiction("US-NY")
    started = time.perf_counter()
    backend = ColumnarBackend(jurisdiction)
    print(f"compile: {time.perf_counter() - started:.1f} s ({len(backend.program.definitions)} columns)")
    frame = ny_frame(args.rows)
    backend.evaluate(frame.head(10_000), AS_OF)  # warm-up
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        out = backend.evaluate(frame, AS_OF)
        best = min(best, time.perf_counter() - started)
    columnar_rate = args.rows / best
    print(f"columnar: {args.rows:,} rows in {best:.2f} s = {columnar_rate:,.0f} cases/s")

    sample = frame.head(args.sample).to_dicts()
    started = time.perf_counter()
    scalar = []
    for row in sample:
        scalar += result_rows(engine.evaluate(row_to_case(row), AS_OF), row["case_id"], backend.kinds)
    elapsed = time.perf_counter() - started
    scalar_rate = len(sample) / elapsed
    print(f"scalar:   {len(sample):,} rows in {elapsed:.2f} s = {scalar_rate:,.0f} cases/s")
    agree = out.head(args.sample).to_dicts() == scalar
    print(f"ratio:    {columnar_rate / scalar_rate:.1f}x (columnar and scalar agree on the sample: {agree})")
    print(out.group_by("limitation_status").len().sort("limitation_status"))


if __name__ == "__main__":
    main()
