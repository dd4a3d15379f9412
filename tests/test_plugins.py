"""Plugin machinery: entry points, blocking, conflicts, hook validation, isolation.

Needs the test pack installed: ``pip install -e tests/plugin_pack``.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date
from importlib.metadata import entry_points

import pluggy
import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from medmal import Engine, Jurisdiction, RuleDefinitionError, UnknownJurisdiction, hookimpl
from medmal.jurisdictions.us_ny import NEW_YORK

if "test_pack" not in {ep.name for ep in entry_points(group="medmal")}:
    pytest.fail("the test plugin pack is not installed: run `pip install -e tests/plugin_pack`", pytrace=False)

NY_CASE = {
    "jurisdiction": "US-NY",
    "claim_type": "personal_injury",
    "claimant": {"date_of_birth": "1980-04-02", "incapacity": []},
    "defendants": [{"name": "Dr A"}],
    "events": {"act_or_omission": "2021-03-15"},
    "allegations": [],
    "confirmed_absent": ["events.continuous_treatment_end"],
}
AS_OF = date(2023, 6, 1)


def test_pack_jurisdiction_registers_through_its_entry_point() -> None:
    engine = Engine()
    assert "GB-NIR" in engine.registry.codes()
    names = dict(engine.registry.plugin_names())
    assert names["test_pack"].__name__ == "medmal_test_pack"
    nir = engine.jurisdiction("gb-nir")
    assert nir.plugin == "test_pack"
    result = engine.evaluate(
        {
            "jurisdiction": "GB-NIR",
            "claim_type": "personal_injury",
            "defendants": [{"name": "Trust"}],
            "events": {"act_or_omission": "2019-01-10", "injury": "2019-01-10", "discovery": "2023-06-05"},
            "claimant": {"date_of_birth": "1970-01-01"},
        },
        date(2024, 1, 1),
    )
    assert result.limitation().date == "2026-06-05"
    assert "Limitation (Northern Ireland) Order 1989" in result.limitation().citation


def test_overlay_adds_its_rule_to_every_jurisdiction() -> None:
    engine = Engine()
    for code in engine.registry.codes():
        assert "test-pack.firm-review" in {r.id for r in engine.jurisdiction(code).rules}, code
    result = engine.evaluate(NY_CASE, AS_OF)
    assert any(w.code == "firm_policy" and w.citation == "Firm policy (test fixture)" for w in result.warnings)
    blocked = Engine(block=["test_pack_overlay"])
    assert "test-pack.firm-review" not in {r.id for r in blocked.jurisdiction("US-NY").rules}


def test_block_argument_removes_the_pack() -> None:
    engine = Engine(block=["test_pack"])
    assert "GB-NIR" not in engine.registry.codes()
    assert "US-NY" in engine.registry.codes()
    with pytest.raises(UnknownJurisdiction):
        engine.jurisdiction("GB-NIR")


def test_block_environment_variable_removes_the_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDMAL_BLOCK_PLUGINS", "test_pack, icalendar")
    engine = Engine()
    assert "GB-NIR" not in engine.registry.codes()
    assert dict(engine.registry.plugin_names()).get("test_pack") is None  # blocked: listed without a module
    assert "US-NY" in engine.registry.codes()


def test_only_restricts_loading() -> None:
    engine = Engine(only=["us_ny"])
    assert engine.registry.codes() == ["US-NY"]
    assert engine.registry.renderers == {}
    assert Engine(only=["test_pack"]).registry.codes() == ["GB-NIR"]
    assert Engine(only=[]).registry.codes() == []


def test_load_environment_variable_restricts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDMAL_LOAD_PLUGINS", "test_pack")
    assert Engine().registry.codes() == ["GB-NIR"]


def test_blocking_new_york_removes_it() -> None:
    engine = Engine(block=["us_ny"])
    assert "US-NY" not in engine.registry.codes()
    with pytest.raises(UnknownJurisdiction) as raised:
        engine.evaluate(NY_CASE, AS_OF)
    assert raised.value.code == "US-NY"


class DuplicateNewYork:
    """A plugin object that claims US-NY, which the built-in us_ny plugin also registers."""

    @staticmethod
    @hookimpl
    def medmal_register_jurisdictions(register):  # type: ignore[no-untyped-def]
        register(NEW_YORK)


def test_duplicate_code_names_both_plugins() -> None:
    with pytest.raises(RuleDefinitionError) as raised:
        Engine(plugins=[DuplicateNewYork])
    message = str(raised.value)
    assert "US-NY" in message
    assert "us_ny" in message
    assert "DuplicateNewYork" in message


class MisspeltHook:

    @staticmethod
    @hookimpl
    def medmal_register_jurisdiction(register):  # type: ignore[no-untyped-def]  # singular: not a hook
        register(NEW_YORK)


def test_misspelt_hook_is_rejected() -> None:
    with pytest.raises(pluggy.PluginValidationError) as raised:
        Engine(plugins=[MisspeltHook])
    assert "medmal_register_jurisdiction" in str(raised.value)


def test_source_tree_names_never_imported() -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from datetime import date
        import medmal
        from medmal import Engine
        engine = Engine()
        engine.evaluate({NY_CASE!r}, date(2023, 6, 1))
        leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("core", "plugins", "jurisdictions"))
        print(",".join(leaked))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd="/", check=True)
    assert done.stdout.strip() == "", f"source-tree names imported: {done.stdout.strip()}"
    assert not [m for m in sys.modules if m.split(".")[0] in ("core", "plugins", "jurisdictions")]


# --- a state machine over plugin loading ------------------------------------------------------

TEST_CODE = "XX-TST"


class ExtraJurisdiction:
    """A plugin object registered directly (not through an entry point)."""

    @staticmethod
    @hookimpl
    def medmal_register_jurisdictions(register):  # type: ignore[no-untyped-def]
        register(
            Jurisdiction(
                code=TEST_CODE, name="Test", calendar=NEW_YORK.calendar, rules=(), plugin="extra_test_jurisdiction"
            )
        )


def _codes_by_plugin() -> dict[str, set[str]]:
    names = {ep.name for ep in entry_points(group="medmal")}
    return {name: set(Engine(only=[name]).registry.codes()) for name in names}


CODES_BY_PLUGIN = _codes_by_plugin()


class PluginLoading(RuleBasedStateMachine):
    """Block and unblock entry-point plugins, add a direct plugin, and check what loads."""

    def __init__(self) -> None:
        super().__init__()
        self.blocked: set[str] = set()
        self.extra = False
        self.engine = Engine()

    def _rebuild(self) -> None:
        self.engine = Engine(block=sorted(self.blocked), plugins=[ExtraJurisdiction] if self.extra else [])

    @rule(name=st.sampled_from(sorted(CODES_BY_PLUGIN)))
    def block(self, name: str) -> None:
        self.blocked.add(name)
        self._rebuild()

    @precondition(lambda self: bool(self.blocked))
    @rule(data=st.data())
    def unblock(self, data: st.DataObject) -> None:
        self.blocked.discard(data.draw(st.sampled_from(sorted(self.blocked))))
        self._rebuild()

    @rule()
    def toggle_extra(self) -> None:
        self.extra = not self.extra
        self._rebuild()

    @rule()
    def evaluate_new_york(self) -> None:
        if "us_ny" in self.blocked:
            with pytest.raises(UnknownJurisdiction):
                self.engine.evaluate(NY_CASE, AS_OF)
        else:
            result = self.engine.evaluate(NY_CASE, AS_OF)
            assert result.limitation("Dr A").date == "2023-09-15"
            firm = any(w.code == "firm_policy" for w in result.warnings)
            assert firm == ("test_pack_overlay" not in self.blocked)

    @invariant()
    def registered_codes_match_loaded_plugins(self) -> None:
        expected = set()
        for name, codes in CODES_BY_PLUGIN.items():
            if name not in self.blocked:
                expected |= codes
        if self.extra:
            expected.add(TEST_CODE)
        assert set(self.engine.registry.codes()) == expected
        loaded = {name for name, plugin in self.engine.registry.plugin_names() if plugin is not None}
        assert not (loaded & self.blocked)


PluginLoading.TestCase.settings = settings(max_examples=25, stateful_step_count=8, deadline=None)
test_plugin_loading = PluginLoading.TestCase
