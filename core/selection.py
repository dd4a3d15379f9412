"""Which rules apply to a case or a defendant: the scalar backend's selection.

A rule version applies when its in-force window holds for the facts that measure it and
its ``applies`` condition holds (Kleene: an unknown fact leaves either open); an applying
exception drops the rules it ``overrides`` when it certainly applies. Selection reads few
facts, so :class:`_Selector` memoises its answer on their values (and on each window's
state, not the dates that decide it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .rules import InForce, Rule
from .scalar import Env

__all__ = ["_Selector", "_Split", "_key_function", "_select"]

_UNKNOWN = object()


def _in_force(rule: Rule, facts: dict[str, Any]) -> bool | None:
    """True/False when the rule version's window is decided by the facts; None if unknown."""
    window = rule.in_force
    if window.start is None and window.end is None:
        return True
    measured = facts.get(window.measured_by, _UNKNOWN)
    if measured is _UNKNOWN:
        return None
    if measured is None:
        return False
    return window.contains(measured)


class _Selector:
    """Which rules of a list apply to a set of facts, cached on the facts that decide it.

    Selection reads few facts (claim type, the defendant's public status, the dates that
    decide which version of a rule is in force), so its answer is memoised on their
    values; a list whose conditions read many distinct values stops caching at a bound.
    """

    _LIMIT = 4096

    def __init__(self, items: list[Any]) -> None:
        self.items = items
        names: set[str] = set()
        windows: dict[tuple[Any, ...], InForce] = {}
        for compiled in items:
            names |= compiled.rule.applies.facts()
            window = compiled.rule.in_force
            if window.start is not None or window.end is not None:
                windows[(window.measured_by, window.start, window.end)] = window
        self.names = tuple(sorted(names))
        self.windows = tuple(windows.values())
        self.cache: dict[tuple[Any, ...], tuple[list[tuple[Any, bool]], list[tuple[Any, bool]]]] = {}
        self.key = _key_function(self.names, self.windows)

    def select(self, env: Env) -> tuple[list[tuple[Any, bool]], list[tuple[Any, bool]]]:
        """The applying deadline rules and requirement rules, each with whether it is certain."""
        key = self.key(env.facts)
        found = self.cache.get(key)
        if found is None:
            chosen = _select(self.items, env)
            found = (
                [pair for pair in chosen if pair[0].rule.consequence == "deadline"],
                [pair for pair in chosen if pair[0].rule.consequence == "requirement"],
            )
            if len(self.cache) < self._LIMIT:
                self.cache[key] = found
        return found


class _Split:
    """Adapts a selector whose ``select(env)`` gives one list of (rule, certain) pairs to
    the (deadlines, requirements) split :class:`_Selector` returns."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.items = inner.items

    def select(self, env: Env) -> tuple[list[tuple[Any, bool]], list[tuple[Any, bool]]]:
        chosen = self.inner.select(env)
        return (
            [pair for pair in chosen if pair[0].rule.consequence == "deadline"],
            [pair for pair in chosen if pair[0].rule.consequence == "requirement"],
        )


def _key_function(names: tuple[str, ...], windows: tuple[InForce, ...]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A function computing a selection key: the facts read, then each window's state
    (True/False, or None when the fact that decides it is unknown)."""
    parts = [f"facts.get({name!r}, U)" for name in names]
    for index, window in enumerate(windows):
        test = [f"m{index} is not None"]
        if window.start is not None:
            test.append(f"m{index} >= S{index}")
        if window.end is not None:
            test.append(f"m{index} < E{index}")
        parts.append(f"(None if m{index} is U else ({' and '.join(test)}))")
    lines = ["def key(facts):"]
    lines += [f"    m{i} = facts.get({w.measured_by!r}, U)" for i, w in enumerate(windows)]
    lines.append(f"    return ({', '.join(parts)},)" if parts else "    return ()")
    namespace: dict[str, Any] = {"U": _UNKNOWN}
    for index, window in enumerate(windows):
        namespace[f"S{index}"] = window.start
        namespace[f"E{index}"] = window.end
    exec(compile("\n".join(lines), "<medmal selection key>", "exec"), namespace)
    return namespace["key"]


def _select(items: list[Any], env: Env) -> list[tuple[Any, bool]]:
    """The rules that apply (with whether that is certain), less those an applying
    exception overrides."""
    found: list[tuple[Any, bool]] = []
    for compiled in items:
        rule = compiled.rule
        window = _in_force(rule, env.facts)
        if window is False:
            continue
        applies = compiled.applies(env)
        if applies is False or applies is None:
            continue
        found.append((compiled, window is True and applies is True))
    overridden = {target for c, certain in found if certain for target in c.rule.overrides}
    return [(c, certain) for c, certain in found if c.rule.id not in overridden]
