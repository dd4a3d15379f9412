"""Every built-in rule says where it comes from, when it is in force and how sure we are."""

from __future__ import annotations

import itertools

import pytest

from medmal import Engine
from medmal.coverage import builtin_plugins
from medmal.rules import Rule

# Every jurisdiction medmal ships (a third-party pack runs the same checks through
# medmal.testing), so a new state is held to the same standard without editing this file.
_ENGINE = Engine(only=tuple(sorted(builtin_plugins())))
BUILT_IN = tuple(_ENGINE.registry.codes())
RULES = [rule for code in BUILT_IN for rule in _ENGINE.jurisdiction(code).rules]


def test_every_shipped_state_is_checked() -> None:
    assert {"US-NY", "GB-ENG", "US-CA", "US-TX", "US-FL", "US-PA", "US-IL", "US-NJ"} <= set(BUILT_IN)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.id}@{r.version}")
def test_rule_is_cited_dated_and_graded(rule: Rule) -> None:
    assert rule.citation.strip(), "no citation"
    assert rule.version.strip(), "no version"
    window = rule.in_force
    assert window.start is not None or window.end is not None or window.note.strip(), "no dates in force"
    assert rule.verified in ("primary", "secondary", "unverified")
    if rule.verified != "primary":
        # Anything not checked against the primary text says what is uncertain.
        assert rule.uncertainty.strip(), f"{rule.verified} rule without an uncertainty note"


def test_rule_versions_do_not_overlap() -> None:
    by_id: dict[str, list[Rule]] = {}
    for rule in RULES:
        by_id.setdefault(rule.id, []).append(rule)
    for versions in by_id.values():
        # An overlay registers the same rule version in every jurisdiction it covers (the
        # FTCA in each US state): one version, not several overlapping ones.
        versions = list({rule.version: rule for rule in versions}.values())
        ordered = sorted(versions, key=lambda r: str(r.in_force.start or r.in_force.end or r.version))
        for before, after in itertools.pairwise(ordered):
            assert before.in_force.end is not None and after.in_force.start is not None
            assert before.in_force.end <= after.in_force.start, (before.id, before.version, after.version)
