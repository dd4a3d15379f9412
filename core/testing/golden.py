"""Golden examples: hand-computed cases a jurisdiction ships with its rules.

A jurisdiction points ``Jurisdiction.examples`` at a YAML file holding a list of::

    - name: basic-2y6m
      source: "reference §1.12 ex. 1"
      why: "2021-03-15 + 2 years 6 months = 2023-09-15 (Fri)"   # free text, not read
      as_of: 2023-06-01
      case: {jurisdiction: US-NY, claim_type: personal_injury, ...}
      expect:
        - {kind: limitation, defendant: Dr A, date: 2023-09-15, status: open, alternatives: [2023-09-18]}
      expect_damages: {recoverable: 1250000, fee_limit: 275000, limits: [{component: non_economic, amount: 500000}]}
      expect_requirements: [{kind: expert_certificate, due: 2023-05-01, status: met}]

:func:`check_example` evaluates one example and returns the mismatches as messages (an
empty list when it matches); :func:`golden_params` yields one pytest parameter per
example of every registered jurisdiction, so a test suite needs only::

    @pytest.mark.parametrize(("engine", "example"), golden_params(ENGINE))
    def test_golden(engine, example):
        assert check_example(engine, example) == []
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from ..engine import Engine
from ..result import Deadline, Result

__all__ = ["Example", "check_example", "golden_params", "load_examples"]

_TOLERANCE = 0.005


@dataclass(frozen=True)
class Example:
    """One golden example, as loaded from a jurisdiction's examples file."""

    name: str
    as_of: date
    case: dict[str, Any]
    expect: list[dict[str, Any]] = field(default_factory=list)
    expect_damages: dict[str, Any] | None = None
    expect_requirements: list[dict[str, Any]] = field(default_factory=list)
    source: str = ""
    why: str = ""
    file: str = ""


def _day(value: Any) -> str | None:
    """A YAML date (loaded as ``date``) or string, as ISO text; ``None`` stays ``None``."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def load_examples(path: Path | str) -> list[Example]:
    """Read an examples YAML file; raises ``ValueError`` naming the file on a bad entry."""
    path = Path(path)
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(raw, list):
        raise ValueError(f"{path}: the examples file must hold a list of examples")
    out: list[Example] = []
    names: set[str] = set()
    for index, item in enumerate(raw):
        if not isinstance(item, dict) or "name" not in item or "case" not in item or "as_of" not in item:
            raise ValueError(f"{path}: example #{index + 1} needs name, as_of and case")
        name = str(item["name"])
        if name in names:
            raise ValueError(f"{path}: example name {name!r} is used twice")
        names.add(name)
        unknown = set(item) - {"name", "source", "why", "as_of", "case", "expect", "expect_damages", "expect_requirements"}
        if unknown:
            raise ValueError(f"{path}: example {name!r} has unknown keys {sorted(unknown)}")
        out.append(
            Example(
                name=name,
                as_of=date.fromisoformat(_day(item["as_of"]) or ""),
                case=item["case"],
                expect=list(item.get("expect") or []),
                expect_damages=item.get("expect_damages"),
                expect_requirements=list(item.get("expect_requirements") or []),
                source=str(item.get("source", "")),
                why=str(item.get("why", "")),
                file=str(path),
            )
        )
    return out


def _find_deadline(result: Result, kind: str, defendant: str | None) -> Deadline | None:
    for d in result.deadlines:
        if d.kind == kind and (defendant is None or d.defendant == defendant):
            return d
    return None


def _alternative_dates(deadline: Deadline) -> list[str | None]:
    return sorted((a.date for a in deadline.alternatives), key=lambda d: d or "")


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) <= _TOLERANCE


def check_example(engine: Engine, example: Example) -> list[str]:
    """Evaluate ``example`` and list every way the result differs from its expectations."""
    problems: list[str] = []
    if not example.case and not Path(example.file).is_file():
        return [f"the examples file {example.file} does not exist"]
    result = engine.evaluate(engine.parse(example.case, f"{example.file}:{example.name}"), example.as_of)
    for want in example.expect:
        kind = want["kind"]
        defendant = want.get("defendant")
        label = f"{kind}" + (f" for {defendant}" if defendant else "")
        got = _find_deadline(result, kind, defendant)
        if got is None:
            problems.append(f"{label}: no such deadline (got {[(d.kind, d.defendant) for d in result.deadlines]})")
            continue
        if "date" in want and _day(want["date"]) != got.date:
            problems.append(f"{label}: date {got.date}, expected {_day(want['date'])} ({got.rule_id})")
        if "status" in want and want["status"] != got.status:
            extra = f"; missing facts {got.missing_facts}" if got.missing_facts else ""
            problems.append(f"{label}: status {got.status}, expected {want['status']}{extra}")
        if "alternatives" in want:
            expected = sorted((_day(a["date"] if isinstance(a, dict) else a) for a in want["alternatives"]), key=lambda d: d or "")
            if expected != _alternative_dates(got):
                problems.append(f"{label}: alternatives {_alternative_dates(got)}, expected {expected}")
        if "rule_id" in want and want["rule_id"] != got.rule_id:
            problems.append(f"{label}: rule {got.rule_id}, expected {want['rule_id']}")
    for want in example.expect_requirements:
        kind = want["kind"]
        found = [r for r in result.requirements if r.kind == kind and want.get("defendant") in (None, r.defendant)]
        if not found:
            problems.append(f"requirement {kind}: none (got {[r.kind for r in result.requirements]})")
            continue
        got_r = found[0]
        if "due" in want and _day(want["due"]) not in (got_r.due_date, got_r.due):
            problems.append(f"requirement {kind}: due {got_r.due}, expected {_day(want['due'])}")
        if "status" in want and want["status"] != got_r.status:
            problems.append(f"requirement {kind}: status {got_r.status}, expected {want['status']}")
    if example.expect_damages is not None:
        problems += _check_damages(result, example.expect_damages)
    return problems


def _check_damages(result: Result, want: dict[str, Any]) -> list[str]:
    money = result.damages
    if money is None:
        return ["damages: none computed (does the case claim damages?)"]
    problems = []
    for key in ("recoverable", "fee_limit"):
        if key in want and not _close(want[key], getattr(money, key)):
            problems.append(f"damages {key}: {getattr(money, key)}, expected {want[key]}")
    for key in ("after_caps", "after_fault"):
        for component, amount in (want.get(key) or {}).items():
            got = getattr(money, key).get(component)
            if not _close(amount, got):
                problems.append(f"damages {key}[{component}]: {got}, expected {amount}")
    for limit in want.get("limits") or []:
        matches = [
            lim
            for lim in money.limits
            if lim.component == limit["component"]
            and ("amount" not in limit or _close(limit["amount"], lim.amount))
            and ("effect" not in limit or lim.effect == limit["effect"])
            and ("applied" not in limit or lim.applied == limit["applied"])
        ]
        if not matches:
            have = [(lim.effect, lim.component, lim.amount, lim.applied) for lim in money.limits]
            problems.append(f"damages limit {limit}: not found (got {have})")
    return problems


def golden_params(engine: Engine) -> Iterator[Any]:
    """One ``pytest.param(engine, example, id="CODE:name")`` per example of every
    registered jurisdiction. A jurisdiction naming an examples file that does not exist
    yields one failing parameter, so the omission shows."""
    import pytest

    for code in engine.registry.codes():
        path = engine.jurisdiction(code).examples
        if path is None:
            continue
        if not Path(path).is_file():
            missing = Example(name="missing-examples-file", as_of=date.min, case={}, file=str(path))
            yield pytest.param(engine, missing, id=f"{code}:missing-examples-file")
            continue
        for example in load_examples(path):
            yield pytest.param(engine, example, id=f"{code}:{example.name}")
