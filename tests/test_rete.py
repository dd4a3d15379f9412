"""The rete backend gives the same Result as the scalar backend, for every jurisdiction.

* a hypothesis differential test over every registered jurisdiction (300 examples each in
  the ``ci`` profile, 5,000 in ``nightly``, 25 in ``dev``; see ``RETE_EXAMPLES``);
* every jurisdiction's golden examples (dates from the statutes) on the rete backend;
* a stress test: 5,000 cases through one rete engine from 4 threads, each checked
  against the scalar backend.

The two halves of the backend are checked separately in ``test_rete_parts.py``.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medmal import Case, Engine
from medmal.testing.golden import Example, check_example, golden_params
from medmal.testing.strategies import as_of_dates, cases

pytest.importorskip("durable", reason="the rete backend needs durable_rules (pip install 'medmal[rete]')")

#: Differential examples per jurisdiction, by HYPOTHESIS_PROFILE (see tests/conftest.py).
RETE_EXAMPLES = {"dev": 25, "ci": 300, "nightly": 5000}
EXAMPLES = RETE_EXAMPLES.get(os.environ.get("HYPOTHESIS_PROFILE", "ci"), 300)

SCALAR = Engine()
RETE = Engine(backend="rete")
CODES = SCALAR.registry.codes()


@st.composite
def varied_cases(draw: st.DrawFn, code: str) -> Case:
    """A generated case; sometimes the act or omission, which decides which version of a
    rule is in force, is unknown or confirmed absent (the shared strategy always knows it)."""
    case = draw(cases(code, currency=SCALAR.jurisdiction(code).currency))
    how = draw(st.sampled_from(["known", "known", "known", "unknown", "absent"]))
    if how == "known":
        return case
    data = case.model_dump(mode="json")
    data["events"]["act_or_omission"] = None
    if how == "absent":
        data["confirmed_absent"] = sorted({*data["confirmed_absent"], "events.act_or_omission"})
    return Case.model_validate(data)


@pytest.mark.parametrize("code", CODES)
@settings(max_examples=EXAMPLES)
@given(data=st.data())
def test_rete_equals_scalar(code: str, data: st.DataObject) -> None:
    case = data.draw(varied_cases(code), label="case")
    as_of = data.draw(as_of_dates(), label="as_of")
    trace = data.draw(st.booleans(), label="trace")
    expected = SCALAR.evaluate(case, as_of, trace=trace).to_dict()
    assert RETE.evaluate(case, as_of, trace=trace).to_dict() == expected


def test_every_registered_jurisdiction_has_a_rete_ruleset() -> None:
    for code in CODES:
        compiled = RETE._compiled_for(code)
        names = [s.inner.name for s in compiled._select_for.values() if s.items]
        assert names, code
        assert all(name.startswith(f"medmal.{code}.") for name in names)


@pytest.mark.parametrize(("engine", "example"), list(golden_params(RETE)))
def test_golden_examples_hold_on_rete(engine: Engine, example: Example) -> None:
    """Every jurisdiction's hand-computed golden dates, on the rete backend."""
    problems = check_example(engine, example)
    assert problems == [], f"{example.file}: {example.name}\n  " + "\n  ".join(problems)


def test_example_files_on_rete() -> None:
    """The shipped examples give the same result on both backends (trace included)."""
    from pathlib import Path

    from medmal.caseio import read_case_data

    for path in sorted((Path(__file__).parent.parent / "examples").glob("*.*")):
        case = SCALAR.parse(read_case_data(path.read_text(encoding="utf-8"), str(path)))
        on = date(2026, 11, 23)
        assert RETE.evaluate(case, on).to_dict() == SCALAR.evaluate(case, on).to_dict(), path.name


# --- stress ----------------------------------------------------------------------------------


def _stress_cases(count: int) -> list[Case]:
    """Seeded, realistic cases for every jurisdiction (the benchmarks' generator)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).parent.parent / "benchmarks" / "cases.py"
    spec = importlib.util.spec_from_file_location("medmal_bench_cases", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    per = -(-count // len(CODES))
    found = [Case.model_validate(d) for code in CODES for d in module.generate_cases(code, per, 7)]
    return found[:count]


def test_stress_5000_cases_from_4_threads() -> None:
    items = _stress_cases(5000)
    as_of = date(2026, 6, 1)
    expected = [SCALAR.evaluate(case, as_of).to_dict() for case in items]
    engine = Engine(backend="rete")  # a second engine: shares the process's one durable host

    def run(index: int) -> int:
        mismatches = 0
        for i in range(index, len(items), 4):
            if engine.evaluate(items[i], as_of).to_dict() != expected[i]:
                mismatches += 1
        return mismatches

    with ThreadPoolExecutor(max_workers=4) as pool:
        mismatches = sum(pool.map(run, range(4)))
    assert len(items) == 5000
    assert mismatches == 0
