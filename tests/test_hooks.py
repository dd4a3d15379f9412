"""Every hook is documented and exercised (a meta-test, as datasette keeps one)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from medmal import Engine, Result, hookimpl, hookspecs

ROOT = Path(__file__).resolve().parent.parent
HOOKS = sorted(name for name in vars(hookspecs) if name.startswith("medmal_"))

CASE = {
    "jurisdiction": "US-NY",
    "claim_type": "personal_injury",
    "claimant": {"date_of_birth": "1980-01-01", "incapacity": []},
    "defendants": [{"name": "Dr A", "kind": "physician", "public_entity": None}],
    "events": {"act_or_omission": "2021-03-15"},
    "allegations": [],
    "confirmed_absent": ["events.continuous_treatment_end"],
}


def test_every_hook_has_a_docstring_readme_entry_and_test() -> None:
    readme = (ROOT / "README.md").read_text()
    tests = "\n".join(p.read_text() for p in (ROOT / "tests").rglob("*.py") if p.name != "test_hooks.py")
    tests += (ROOT / "tests" / "test_hooks.py").read_text().split("# --- hook tests")[-1]
    for name in HOOKS:
        assert getattr(hookspecs, name).__doc__, f"{name} has no docstring"
        assert name in readme, f"{name} is not documented in README.md"
        assert name in tests, f"{name} has no test"


# --- hook tests -------------------------------------------------------------------------


class _Audit:
    def __init__(self) -> None:
        self.seen: list[tuple[Result, Any]] = []

    @hookimpl
    def medmal_result_ready(self, result: Result, case: Any) -> None:
        self.seen.append((result, case))


def test_medmal_result_ready_sees_every_result() -> None:
    audit = _Audit()
    engine = Engine(only=("us_ny",), plugins=[audit])
    result = engine.evaluate(CASE, as_of=date(2026, 11, 23))
    assert [r for r, _ in audit.seen] == [result]
    assert audit.seen[0][1].jurisdiction == "US-NY"


def test_medmal_register_renderers_adds_an_output_format() -> None:
    class Renderer:
        @hookimpl
        def medmal_register_renderers(self, register: Any) -> None:
            register("dates", lambda result: ",".join(str(d.date) for d in result.deadlines), "limitation dates")

    engine = Engine(only=("us_ny",), plugins=[Renderer()])
    render, description = engine.registry.renderers["dates"]
    assert render(engine.evaluate(CASE, as_of=date(2026, 11, 23))) == "2023-09-15"
    assert description == "limitation dates"


def test_medmal_register_jurisdictions_and_medmal_register_rules_come_from_entry_points() -> None:
    engine = Engine()
    assert engine.jurisdiction("US-NY").plugin == "us_ny"
    assert engine.jurisdiction("GB-WLS").code == "GB-ENG"
