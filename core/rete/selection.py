"""Rule selection by durable_rules: which rule versions are in force and apply, less
those an applying exception overrides.

For each list of rules the evaluation selects from (a jurisdiction's per-defendant
deadlines, its case-level deadlines, its requirements), one durable_rules ruleset is
generated from the rule objects. Each match asserts the case's facts twice, first as the
*exceptions' view* (``k: "q"``) then as the *case* (``k: "p"``), and rule ``i`` gives two
durable rules:

* ``r<i>`` - *selected*: on the case, its in-force window is not ruled out and its
  ``applies`` condition is not ruled out; and there is **no** exceptions' view on which a
  rule overriding it certainly applies (a ``$not`` pattern per overriding rule);
* ``c<i>`` - *certainly applies*: the window and the condition both hold for certain,
  with the same ``$not`` patterns;

which is what the scalar backend's ``_select`` computes, expressed as matching. (A ``$not``
pattern over the same fact as the positive pattern does not work in durable_rules, hence
the second copy of the facts.)
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from ..errors import RuleDefinitionError
from ..scalar import Env
from .conditions import Classes, FactCodec, atom_classes, classify, window_classes
from .host import CATCH_ALL, match, register
from .interpreter import interpret
from .logic import all_of, dnf

__all__ = ["ReteSelection", "ReteSelector"]

_CASE = {"g": 1, "k": "p"}
_EXCEPTIONS = {"g": 1, "k": "q"}


class ReteSelector:
    """Selects from one list of compiled rules with one durable_rules ruleset."""

    def __init__(self, code: str, items: list[Any]) -> None:
        self.items = items
        self.codec = FactCodec()
        self.rules: dict[str, list[dict[str, Any]]] = {CATCH_ALL: [{"m": {"g": 1}}]}
        self.name = ""
        self.negated = False
        if not items:
            return
        classes = [self._classes(c.rule) for c in items]
        for index, compiled in enumerate(items):
            window, applies = classes[index]
            # NOT (a or b) is NOT a and NOT b: one $not pattern per conjunction of each
            # overriding rule's "certainly applies".
            unless = [
                conjunction
                for other, by in enumerate(items)
                if compiled.rule.id in by.rule.overrides
                for conjunction in _dnf(all_of(classes[other][0].T, classes[other][1].T))
            ]
            if len(unless) >= MAX_PATTERNS:
                raise RuleDefinitionError(
                    f"{code}: rule {compiled.rule.id} has too many overriding conditions for the rete backend"
                )
            self._add(f"r{index}", all_of(window.possible(), applies.possible()), unless)
            self._add(f"c{index}", all_of(window.T, applies.T), unless)
        # The exceptions' view is posted only where some rule has a $not pattern over it.
        self.negated = any(len(patterns) > 1 for patterns in self.rules.values())
        if self.codec.width() > MAX_FIELDS:
            raise RuleDefinitionError(f"{code}: the rules read too many facts for one durable_rules fact")
        text = json.dumps(self.rules, sort_keys=True)
        digest = hashlib.sha256(text.encode()).hexdigest()[:16]
        self.name = f"medmal.{re.sub(r'[^A-Za-z0-9-]', '_', code)}.{digest}"
        register(self.name, self.rules)

    def _classes(self, rule: Any) -> tuple[Classes, Classes]:
        window = window_classes(rule.in_force, self.codec)
        applies = classify(rule.applies, self.codec, interpret)
        if any(dnf(c) is None for c in (all_of(window.possible(), applies.possible()), all_of(window.T, applies.T))):
            # Too large for plain conjunctions: the interpreter decides the condition.
            applies = atom_classes(self.codec, interpret(rule.applies))
        return window, applies

    def _add(self, name: str, condition: Any, unless: list[list[dict[str, Any]]]) -> None:
        if [] in unless:
            return  # an overriding rule always applies
        negations = [{f"m_{n + 1}$not": _pattern(_EXCEPTIONS_TEST, c)} for n, c in enumerate(unless)]
        for k, conjunction in enumerate(_dnf(condition)):
            self.rules[f"{name}.{k}"] = [{"m_0": _pattern(_CASE_TEST, conjunction)}, *negations]

    def select(self, env: Env) -> list[tuple[Any, bool]]:
        if not self.items:
            return []
        # Atoms are worked out on a scratch Env: selection leaves no notes behind.
        facts = self.codec.encode(Env(env.facts, env.calendar, env.params, False))
        # Rule i fires as any of its conjunctions "r<i>.<k>".
        posted = [{**facts, **_EXCEPTIONS}, {**facts, **_CASE}] if self.negated else [{**facts, **_CASE}]
        fired = {name.split(".")[0] for name in match(self.name, posted)}
        return [(item, f"c{i}" in fired) for i, item in enumerate(self.items) if f"r{i}" in fired]


_CASE_TEST = {"k": "p"}
_EXCEPTIONS_TEST = {"k": "q"}
#: durable_rules joins at most 16 patterns (MAX_MESSAGE_FRAMES) in one rule and reads at
#: most 255 properties of a fact (MAX_OBJECT_PROPERTIES).
MAX_PATTERNS = 16
MAX_FIELDS = 255


def _dnf(condition: Any) -> list[list[dict[str, Any]]]:
    found = dnf(condition)
    assert found is not None, "conditions are checked against the limit when classified"
    return found


def _pattern(kind: dict[str, Any], conjunction: list[dict[str, Any]]) -> dict[str, Any]:
    return {"$and": [kind, *conjunction]} if conjunction else kind


class ReteSelection:
    """The ``selector`` factory for :class:`~medmal.evaluation.CompiledJurisdiction`."""

    def __init__(self, code: str) -> None:
        self.code = code

    def __call__(self, items: list[Any]) -> ReteSelector:
        return ReteSelector(self.code, items)
