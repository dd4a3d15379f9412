"""Every built-in rule says where it comes from, when it is in force and how sure we are."""

from __future__ import annotations

import itertools

import pytest

from medmal import Engine
from medmal.rules import Rule

BUILT_IN = ("US-NY", "GB-ENG")
RULES = [rule for code in BUILT_IN for rule in Engine(only=("us_ny", "gb_eng")).jurisdiction(code).rules]


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
        ordered = sorted(versions, key=lambda r: (r.in_force.start or r.in_force.end or r.version))
        for before, after in itertools.pairwise(ordered):
            assert before.in_force.end is not None and after.in_force.start is not None
            assert before.in_force.end <= after.in_force.start, (before.id, before.version, after.version)
