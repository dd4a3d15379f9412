"""The coverage matrix is read off the rules, and the README's table is that matrix."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from medmal import Engine
from medmal.cli import app
from medmal.coverage import AREAS, builtin_plugins, coverage, coverage_markdown
from medmal.expr import fact
from medmal.jurisdiction import Jurisdiction
from medmal.rules import DamagesRule, DeadlineRule, InForce

README = Path(__file__).resolve().parents[1] / "README.md"
runner = CliRunner()


def _builtin() -> list[Jurisdiction]:
    engine = Engine()
    shipped = builtin_plugins()
    return [engine.jurisdictions[c] for c in engine.registry.codes() if engine.jurisdictions[c].plugin in shipped]


def test_readme_table_is_generated_from_the_plugins() -> None:
    text = README.read_text(encoding="utf-8")
    block = text.split("<!-- coverage:start -->\n", 1)[1].split("<!-- coverage:end -->", 1)[0]
    assert block == coverage_markdown(_builtin()), (
        "README coverage table is stale: regenerate it with "
        "`medmal jurisdictions --matrix --markdown --builtin-only`"
    )


def test_new_york_cells_come_from_its_rules() -> None:
    cells = coverage(Engine().jurisdiction("US-NY"))
    assert set(cells) == set(AREAS)
    assert "N.Y. CPLR 214-a" in cells["limitation"]
    assert "N.Y. CPLR 208(a)" in cells["tolling"]
    assert "N.Y. CPLR 3012-a(a)" in cells["expert"]
    assert any("50-e" in item for item in cells["public_entities"])
    assert any("EPTL 5-4.1" in item for item in cells["wrongful_death"])
    assert cells["fault"][0].startswith("pure (")
    assert cells["fees"] == ["N.Y. Judiciary Law § 474-a(2), (3)"]


def test_a_struck_down_cap_is_shown_as_struck_down() -> None:
    base = Engine().jurisdiction("US-NY")
    cap = DamagesRule(
        id="x.cap",
        title="A cap",
        citation="Example Code § 1; more",
        version="2000",
        in_force=InForce(start=date(2000, 1, 1)),
        effect="cap",
        component="non_economic",
        struck_down="Example v State (2010)",
    )
    time_bar = DeadlineRule(
        id="x.repose", title="Repose", citation="Example Code § 2", version="2000", kind="repose",
        date=fact("act_or_omission"),
    )
    made = Jurisdiction(code="XX-EX", name="Example", calendar=base.calendar, rules=(cap, time_bar))
    cells = coverage(made)
    assert cells["damages"] == ["non_economic cap struck down (Example Code § 1: Example v State (2010))"]
    assert cells["limitation"] == ["Example Code § 2"]
    assert cells["expert"] == []


def test_cli_matrix_json_and_markdown() -> None:
    result = runner.invoke(app, ["jurisdictions", "--matrix", "--json", "--builtin-only"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"US-NY", "GB-ENG"} <= set(data)
    assert "GB-NIR" not in data  # the test pack is not shipped with medmal
    result = runner.invoke(app, ["jurisdictions", "--matrix", "--markdown"])
    assert result.exit_code == 0
    assert result.output.startswith("| jurisdiction | limitation & repose")
    assert "GB-NIR" in result.output  # every installed pack appears without --builtin-only
    result = runner.invoke(app, ["jurisdictions", "--matrix"])
    assert result.exit_code == 0 and "limitation & repose" in result.output
