"""pytest-benchmark suite: ``.venv/bin/python -m pytest benchmarks -p no:cacheprovider --benchmark-only``.

Per registered jurisdiction: one representative case (trace on and off), a batch of 1,000
pre-validated generated cases (cases/s in ``extra_info``), validation alone, and for New
York the plain-Python baseline. Case generation and validation stay out of the timings.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from cases import AS_OF, BENCH_BLOCK, generate_cases, plain_ny_inputs, plain_ny_limitation, representative_case

from medmal import Case, Engine

BATCH = 1_000
ENGINE = Engine(block=BENCH_BLOCK)
CODES = ENGINE.registry.codes()
NY = "US-NY"


@cache
def _batch(code: str) -> tuple[list[dict[str, Any]], list[Case]]:
    data = generate_cases(code, BATCH)
    return data, [Case.model_validate(item) for item in data]


def _rate(benchmark: Any, count: int) -> None:
    benchmark.extra_info["cases"] = count
    benchmark.extra_info["cases_per_s"] = round(count / benchmark.stats.stats.mean)


@pytest.mark.parametrize("trace", [True, False], ids=["trace_on", "trace_off"])
@pytest.mark.parametrize("code", CODES)
def test_evaluate_one(benchmark: Any, code: str, trace: bool) -> None:
    case = Case.model_validate(representative_case(code))
    ENGINE.evaluate(case, AS_OF, trace=trace)  # compile the rules outside the timing
    result = benchmark(ENGINE.evaluate, case, AS_OF, trace=trace)
    assert result.jurisdiction == code
    _rate(benchmark, 1)


@pytest.mark.parametrize("trace", [True, False], ids=["trace_on", "trace_off"])
@pytest.mark.parametrize("code", CODES)
def test_evaluate_batch(benchmark: Any, code: str, trace: bool) -> None:
    evaluate = ENGINE.evaluate

    def setup() -> tuple[tuple[list[Case]], dict[str, Any]]:
        return (_batch(code)[1],), {}

    def run(cases: list[Case]) -> int:
        for case in cases:
            evaluate(case, AS_OF, trace=trace)
        return len(cases)

    count = benchmark.pedantic(run, setup=setup, rounds=5, warmup_rounds=1)
    assert count == BATCH
    _rate(benchmark, count)


@pytest.mark.parametrize("code", CODES)
def test_validate_batch(benchmark: Any, code: str) -> None:
    validate = Case.model_validate

    def setup() -> tuple[tuple[list[dict[str, Any]]], dict[str, Any]]:
        return (_batch(code)[0],), {}

    def run(data: list[dict[str, Any]]) -> int:
        for item in data:
            validate(item)
        return len(data)

    count = benchmark.pedantic(run, setup=setup, rounds=5, warmup_rounds=1)
    _rate(benchmark, count)


@pytest.mark.skipif(NY not in CODES, reason="US-NY is not registered")
def test_plain_ny_baseline(benchmark: Any) -> None:
    def setup() -> tuple[tuple[list[tuple[Any, Any, Any]]], dict[str, Any]]:
        data, _ = _batch(NY)
        return ([inputs for item in data if (inputs := plain_ny_inputs(item))],), {}

    def run(inputs: list[tuple[Any, Any, Any]]) -> int:
        for act, dob, ct_end in inputs:
            plain_ny_limitation(act, dob, ct_end)
        return len(inputs)

    count = benchmark.pedantic(run, setup=setup, rounds=20, warmup_rounds=2)
    assert count > 0
    _rate(benchmark, count)


@pytest.mark.skipif(NY not in CODES, reason="US-NY is not registered")
def test_plain_ny_baseline_matches_engine(benchmark: Any) -> None:
    """The baseline computes what the engine computes on the cases it decides (timed: the engine on them)."""
    data, cases = _batch(NY)
    picked = [(inputs, case) for item, case in zip(data, cases, strict=True) if (inputs := plain_ny_inputs(item))]
    for inputs, case in picked:
        assert ENGINE.evaluate(case, AS_OF).limitation().date == plain_ny_limitation(*inputs).isoformat()
    subset = [case for _, case in picked]

    def run() -> int:
        for case in subset:
            ENGINE.evaluate(case, AS_OF, trace=True)
        return len(subset)

    count = benchmark.pedantic(run, rounds=5, warmup_rounds=1)
    _rate(benchmark, count)
