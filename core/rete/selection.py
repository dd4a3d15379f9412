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

from ..scalar import Env
from .conditions import FALSE, TRUE, Classes, FactCodec, all_of, classify, split, window_classes
from .host import CATCH_ALL, match, register
from .interpreter import interpret

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
        if not items:
            return
        classes = [
            (window_classes(c.rule.in_force, self.codec), classify(c.rule.applies, self.codec, interpret)) for c in items
        ]
        for index, compiled in enumerate(items):
            window, applies = classes[index]
            overriders = [other for other, by in enumerate(items) if compiled.rule.id in by.rule.overrides]
            # NOT (a or b) is NOT a and NOT b: one $not pattern per part of each overrider.
            unless = [part for other in overriders for part in _certain_parts(*classes[other])]
            self._add(f"r{index}", all_of(window.possible(), applies.possible()), unless)
            self._add(f"c{index}", all_of(window.T, applies.T), unless)
        text = json.dumps(self.rules, sort_keys=True)
        digest = hashlib.sha256(text.encode()).hexdigest()[:16]
        self.name = f"medmal.{re.sub(r'[^A-Za-z0-9-]', '_', code)}.{digest}"
        register(self.name, self.rules)

    def _add(self, name: str, condition: Any, unless: list[Any]) -> None:
        if condition is FALSE:
            return  # can never match: no durable rule at all
        if TRUE in unless:
            return  # an overriding rule always applies
        negations = [{f"m_{n + 1}$not": all_of(_EXCEPTIONS_TEST, part)} for n, part in enumerate(unless)]
        parts = split(all_of(_CASE_TEST, condition))
        for k, part in enumerate(parts):
            rule = name if len(parts) == 1 else f"{name}.{k}"
            self.rules[rule] = [{"m_0": part}, *negations]

    def select(self, env: Env) -> list[tuple[Any, bool]]:
        if not self.items:
            return []
        # Atoms are worked out on a scratch Env: selection leaves no notes behind.
        facts = self.codec.encode(Env(env.facts, env.calendar, env.params, False))
        # A rule split to fit durable_rules' limits fires as any of its parts "r<i>.<k>".
        fired = {name.split(".")[0] for name in match(self.name, [{**facts, **_EXCEPTIONS}, {**facts, **_CASE}])}
        return [(item, f"c{i}" in fired) for i, item in enumerate(self.items) if f"r{i}" in fired]


_CASE_TEST = {"k": "p"}
_EXCEPTIONS_TEST = {"k": "q"}


def _certain_parts(window: Classes, applies: Classes) -> list[Any]:
    certain = all_of(window.T, applies.T)
    return [] if certain is FALSE else split(certain)


class ReteSelection:
    """The ``selector`` factory for :class:`~medmal.evaluation.CompiledJurisdiction`."""

    def __init__(self, code: str) -> None:
        self.code = code

    def __call__(self, items: list[Any]) -> ReteSelector:
        return ReteSelector(self.code, items)
