"""durable_rules' defects stay contained: names, sessions, unmatched facts, action errors,
background threads, and a clear error when the package is missing."""

from __future__ import annotations

import sys
import threading
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from typer.testing import CliRunner

from medmal import BackendUnavailable, Engine, RuleDefinitionError, cli

EXAMPLE = str(Path(__file__).parent.parent / "examples" / "ny-lavern.json")


def test_missing_durable_rules_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "durable", None)  # as if not installed
    with pytest.raises(BackendUnavailable, match=r"pip install 'medmal\[rete\]'"):
        Engine(backend="rete")
    result = CliRunner().invoke(cli.app, ["check", EXAMPLE, "--backend", "rete"])
    assert result.exit_code == 1
    assert "pip install 'medmal[rete]'" in result.output
    # medmal itself runs without it.
    assert Engine().evaluate(_lavern(), date(2026, 11, 23)).limitation().date == "2023-09-15"


def _lavern() -> Any:
    from medmal.caseio import read_case_data

    return read_case_data(Path(EXAMPLE).read_text(encoding="utf-8"), EXAMPLE)


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(BackendUnavailable, match="available: scalar, rete"):
        Engine(backend="drools")
    result = CliRunner().invoke(cli.app, ["check", EXAMPLE, "--backend", "drools"])
    assert result.exit_code == 2
    assert "--backend" in result.output


def test_cli_backend_rete_gives_the_scalar_answer() -> None:
    args = ["check", EXAMPLE, "--as-of", "2026-11-23", "--json"]
    rete = CliRunner().invoke(cli.app, [*args, "--backend", "rete"])
    scalar = CliRunner().invoke(cli.app, args)
    assert rete.exit_code == 0, rete.output
    assert rete.output == scalar.output


# --- the host --------------------------------------------------------------------------------


@pytest.fixture
def host() -> ModuleType:
    pytest.importorskip("durable", reason="needs durable_rules (pip install 'medmal[rete]')")
    from medmal.rete import host

    return host

RULES = {"seen": [{"m": {"g": 1}}], "one": [{"m": {"$and": [{"g": 1}, {"a": 1}]}}]}


def test_a_ruleset_name_taken_by_another_definition_is_refused(host: ModuleType) -> None:
    host.register("medmal.test.collide", RULES)
    host.register("medmal.test.collide", dict(RULES))  # the same definition: shared, fine
    with pytest.raises(RuleDefinitionError, match="already taken"):
        host.register("medmal.test.collide", {**RULES, "two": [{"m": {"$and": [{"g": 1}, {"a": 2}]}}]})


def test_more_matches_than_live_sessions_allowed(host: ModuleType) -> None:
    """durable_rules holds 1,024 sessions; each match deletes its own."""
    host.register("medmal.test.sessions", RULES)
    for n in range(1100):
        assert host.match("medmal.test.sessions", [{"g": 1, "a": n % 2}]) == ({"one"} if n % 2 else set())


def test_an_unmatched_fact_is_an_explicit_empty_answer(host: ModuleType) -> None:
    host.register("medmal.test.unmatched", {"one": RULES["one"]})  # no catch-all rule
    assert host.match("medmal.test.unmatched", [{"g": 1, "a": 1}]) == {"one"}
    assert host.match("medmal.test.unmatched", [{"g": 1, "a": 0}]) == set()
    assert host.match("medmal.test.unmatched", [{"g": 1, "a": 1}]) == {"one"}


def test_an_error_inside_an_action_is_raised(host: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    class Exploding(set):
        def add(self, item: object) -> None:
            raise ValueError(f"action failed on {item}")

    host.register("medmal.test.errors", RULES)
    monkeypatch.setattr(host, "_fired", Exploding())
    with pytest.raises(ValueError, match="action failed"):
        host.match("medmal.test.errors", [{"g": 1, "a": 1}])


def test_no_background_threads(host: ModuleType) -> None:
    """The stock host's dispatch and timer threads run outside any lock: none are started."""
    host.register("medmal.test.threads", RULES)
    host.match("medmal.test.threads", [{"g": 1, "a": 1}])
    assert not [t for t in threading.enumerate() if isinstance(t, threading.Timer)]
