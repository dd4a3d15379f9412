"""Single-core throughput and latency of ``Engine.evaluate``, per jurisdiction.

    .venv/bin/python benchmarks/run.py [--cases N] [--jurisdiction CODE] [--seed S] [--repeat R]

For each jurisdiction: N seeded cases are generated and validated up front; after a
warm-up pass, ``evaluate`` runs over all of them with the trace on and off (best of R
passes, cases/s), single-call latency is sampled with ``time.perf_counter_ns`` (p50/p99,
trace on), and ``Case.model_validate`` alone is timed over the dicts. For New York the
hand-written :func:`cases.plain_ny_limitation` is timed on the cases it fully decides,
with the engine timed on that same subset, and the ratios printed.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from cases import AS_OF, BENCH_BLOCK, generate_cases, plain_ny_inputs, plain_ny_limitation

from medmal import Case, Engine

NY = "US-NY"


def _best_rate(run: Callable[[], int], repeat: int) -> float:
    """Items per second of the fastest of ``repeat`` runs (``run`` returns its item count)."""
    best = 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        count = run()
        elapsed = time.perf_counter() - start
        best = max(best, count / elapsed)
    return best


def _evaluate_all(engine: Engine, cases: Sequence[Case], trace: bool) -> Callable[[], int]:
    evaluate = engine.evaluate

    def run() -> int:
        for case in cases:
            evaluate(case, AS_OF, trace=trace)
        return len(cases)

    return run


def _validate_all(data: Sequence[dict[str, Any]]) -> Callable[[], int]:
    validate = Case.model_validate

    def run() -> int:
        for item in data:
            validate(item)
        return len(data)

    return run


def _latencies_us(engine: Engine, cases: Sequence[Case], trace: bool) -> tuple[float, float]:
    evaluate = engine.evaluate
    clock = time.perf_counter_ns
    samples = []
    for case in cases:
        start = clock()
        evaluate(case, AS_OF, trace=trace)
        samples.append(clock() - start)
    samples.sort()
    n = len(samples)
    return samples[n // 2] / 1000, samples[min(n - 1, (n * 99) // 100)] / 1000


def _plain_all(inputs: Sequence[tuple[Any, Any, Any]], total: int) -> Callable[[], int]:
    rounds = max(1, total // max(1, len(inputs)))

    def run() -> int:
        for _ in range(rounds):
            for act, dob, ct_end in inputs:
                plain_ny_limitation(act, dob, ct_end)
        return rounds * len(inputs)

    return run


def bench(engine: Engine, code: str, n: int, seed: int, repeat: int) -> dict[str, Any]:
    data = generate_cases(code, n, seed)
    cases = [Case.model_validate(item) for item in data]

    # warm-up: compile the rules, fill the holiday and period caches, warm the interpreter
    for case in cases[: min(n, 2000)]:
        engine.evaluate(case, AS_OF, trace=True)
        engine.evaluate(case, AS_OF, trace=False)
    _validate_all(data[:2000])()

    row: dict[str, Any] = {"code": code, "n": n}
    row["trace_on"] = _best_rate(_evaluate_all(engine, cases, True), repeat)
    row["trace_off"] = _best_rate(_evaluate_all(engine, cases, False), repeat)
    row["p50"], row["p99"] = _latencies_us(engine, cases, True)
    row["p50_off"], row["p99_off"] = _latencies_us(engine, cases, False)
    row["validate"] = _best_rate(_validate_all(data), repeat)

    if code == NY:
        picked = [(inputs, case) for item, case in zip(data, cases, strict=True) if (inputs := plain_ny_inputs(item))]
        inputs = [p[0] for p in picked]
        subset = [p[1] for p in picked]
        mismatches = sum(
            engine.evaluate(case, AS_OF).limitation().date != plain_ny_limitation(*args).isoformat()
            for args, case in picked
        )
        _plain_all(inputs, len(inputs))()  # warm-up
        row["plain"] = _best_rate(_plain_all(inputs, n), repeat)
        row["subset"] = len(subset)
        row["subset_mismatches"] = mismatches
        # the engine on the same cases, repeated to about n calls
        repeated = subset * max(1, n // max(1, len(subset)))
        row["subset_trace_on"] = _best_rate(_evaluate_all(engine, repeated, True), repeat)
    return row


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20_000, help="generated cases per jurisdiction (default 20000)")
    parser.add_argument("--jurisdiction", action="append", help="only this code (repeatable); default: all registered")
    parser.add_argument("--seed", type=int, default=20260601)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per figure; the best is reported")
    args = parser.parse_args(argv)

    engine = Engine(block=BENCH_BLOCK)
    codes = args.jurisdiction or engine.registry.codes()
    codes = [engine.jurisdiction(code).code for code in codes]

    print(f"machine: {platform.platform()}; {platform.processor() or platform.machine()}; {os.cpu_count()} CPUs")
    print(f"python:  {platform.python_implementation()} {sys.version.split()[0]}; medmal backend {engine.backend}")
    print(f"cases:   {args.cases} per jurisdiction, seed {args.seed}, as of {AS_OF}, best of {args.repeat}, one core")
    print()
    header = (
        f"{'jurisdiction':<12} {'trace on/s':>11} {'trace off/s':>11} {'p50 us':>8} {'p99 us':>8} "
        f"{'p50 off':>8} {'p99 off':>8} {'validate/s':>11}"
    )
    print(header)
    print("-" * len(header))
    rows = []
    for code in codes:
        row = bench(engine, code, args.cases, args.seed, args.repeat)
        rows.append(row)
        print(
            f"{code:<12} {row['trace_on']:>11,.0f} {row['trace_off']:>11,.0f} {row['p50']:>8.1f} {row['p99']:>8.1f} "
            f"{row['p50_off']:>8.1f} {row['p99_off']:>8.1f} {row['validate']:>11,.0f}",
            flush=True,
        )
    for row in rows:
        if "plain" not in row:
            continue
        print()
        print(f"{NY} plain-Python baseline (benchmarks/cases.py:plain_ny_limitation, CPLR 214-a only):")
        print(
            f"  baseline {row['plain']:,.0f} cases/s on the {row['subset']} cases it decides "
            f"({row['subset_mismatches']} disagree with the engine)"
        )
        print(
            f"  engine, trace on, same cases: {row['subset_trace_on']:,.0f}/s "
            f"-> baseline is {row['plain'] / row['subset_trace_on']:.1f}x faster"
        )
        print(
            f"  engine, trace on, full mix:   {row['trace_on']:,.0f}/s "
            f"-> baseline is {row['plain'] / row['trace_on']:.1f}x faster; "
            f"target 20,000/s {'met' if row['trace_on'] >= 20_000 else 'NOT met'}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
