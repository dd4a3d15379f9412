"""Scalar vs rete backend: cases/s on the same generated cases, side by side.

    .venv/bin/python benchmarks/rete.py [--cases N] [--jurisdiction CODE] [--seed S] [--repeat R]

For each jurisdiction, N seeded cases (benchmarks/cases.py) are validated up front; after a
warm-up pass on each engine, ``evaluate`` runs over all of them with the trace on and off
(best of R passes) on the scalar and the rete backend, the results are checked equal, and
the ratio scalar/rete is printed. Needs durable_rules (``pip install 'medmal[rete]'``).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Sequence

from cases import AS_OF, BENCH_BLOCK, generate_cases

from medmal import Case, Engine


def _rate(engine: Engine, cases: Sequence[Case], trace: bool, repeat: int) -> float:
    best = 0.0
    evaluate = engine.evaluate
    for _ in range(repeat):
        start = time.perf_counter()
        for case in cases:
            evaluate(case, AS_OF, trace=trace)
        best = max(best, len(cases) / (time.perf_counter() - start))
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=5_000, help="generated cases per jurisdiction (default 5000)")
    parser.add_argument("--jurisdiction", action="append", help="only this code (repeatable); default: all registered")
    parser.add_argument("--seed", type=int, default=20260601)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per figure; the best is reported")
    args = parser.parse_args(argv)

    scalar = Engine(block=BENCH_BLOCK)
    rete = Engine(block=BENCH_BLOCK, backend="rete")
    codes = [scalar.jurisdiction(code).code for code in (args.jurisdiction or scalar.registry.codes())]

    print(f"machine: {platform.platform()}; {platform.processor() or platform.machine()}; {os.cpu_count()} CPUs")
    print(f"python:  {platform.python_implementation()} {sys.version.split()[0]}")
    print(f"cases:   {args.cases} per jurisdiction, seed {args.seed}, as of {AS_OF}, best of {args.repeat}, one core")
    print()
    header = (
        f"{'jurisdiction':<12} {'trace':<5} {'scalar/s':>10} {'rete/s':>10} {'scalar/rete':>12} {'mismatches':>11}"
    )
    print(header)
    print("-" * len(header))
    for code in codes:
        cases = [Case.model_validate(item) for item in generate_cases(code, args.cases, args.seed)]
        mismatches = sum(
            scalar.evaluate(case, AS_OF).to_dict() != rete.evaluate(case, AS_OF).to_dict() for case in cases
        )  # also the warm-up: rules compiled, holiday caches filled
        for trace in (True, False):
            fast = _rate(scalar, cases, trace, args.repeat)
            slow = _rate(rete, cases, trace, args.repeat)
            print(
                f"{code:<12} {'on' if trace else 'off':<5} {fast:>10,.0f} {slow:>10,.0f} {fast / slow:>11.1f}x "
                f"{mismatches:>11}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
