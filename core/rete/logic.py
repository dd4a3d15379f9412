"""Conditions as durable_rules JSON, and their disjunctive normal form.

durable_rules 2.0.28 proved unreliable on nested ``$or``/``$and`` here: memory corruption
(``munmap_chunk(): invalid pointer``), hangs with ``$nex``, a rule firing once per matching
``$or`` branch, and at most 15 such operators per rule (``MAX_SEQUENCE_EXPRESSIONS``). So
every durable rule medmal generates is a plain conjunction of tests: conditions are built
with :func:`all_of`/:func:`any_of` (which simplify constants and flatten), then brought to
disjunctive normal form (:func:`dnf`), one durable rule per conjunction.
"""

from __future__ import annotations

from typing import Any

__all__ = ["FALSE", "MAX_CONJUNCTIONS", "TRUE", "Cond", "all_of", "any_of", "dnf"]

Cond = Any  # a durable_rules condition (JSON-ready dict), or TRUE / FALSE
TRUE: Cond = ("true",)
FALSE: Cond = ("false",)
#: A condition needing more plain conjunctions than this is matched as one atom instead.
MAX_CONJUNCTIONS = 32


def _flat(op: str, conds: tuple[Cond, ...]) -> list[Cond]:
    out: list[Cond] = []
    for cond in conds:
        if isinstance(cond, dict) and op in cond:
            out.extend(cond[op])
        elif cond not in out:
            out.append(cond)
    return out


def all_of(*conds: Cond) -> Cond:
    parts = [c for c in _flat("$and", conds) if c is not TRUE]
    if any(c is FALSE for c in parts):
        return FALSE
    if not parts:
        return TRUE
    return parts[0] if len(parts) == 1 else {"$and": parts}


def any_of(*conds: Cond) -> Cond:
    parts = [c for c in _flat("$or", conds) if c is not FALSE]
    if any(c is TRUE for c in parts):
        return TRUE
    if not parts:
        return FALSE
    return parts[0] if len(parts) == 1 else {"$or": parts}


def _field_of(leaf: dict[str, Any]) -> tuple[str, Any, Any]:
    (key, value), = leaf.items()
    if key.startswith("$"):
        (name, operand), = value.items()
        return name, key, operand
    return key, "$eq", value


def _conjunction(leaves: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """``leaves`` without repeats, equality tests first (durable_rules hashes those), or
    None when two equality tests on one field contradict each other."""
    seen: dict[str, Any] = {}
    out: list[dict[str, Any]] = []
    for leaf in leaves:
        name, op, operand = _field_of(leaf)
        if op == "$eq":
            if name in seen and seen[name] != operand:
                return None
            seen[name] = operand
        if leaf not in out:
            out.append(leaf)
    return sorted(out, key=lambda leaf: _field_of(leaf)[1] != "$eq")


def dnf(cond: Cond, limit: int = MAX_CONJUNCTIONS) -> list[list[dict[str, Any]]] | None:
    """``cond`` as a disjunction of plain conjunctions of tests (durable_rules is reliable
    only on those), or None when that takes more than ``limit`` conjunctions."""
    if cond is FALSE:
        return []
    if cond is TRUE:
        return [[]]
    if "$or" in cond:
        out: list[list[dict[str, Any]]] = []
        for child in cond["$or"]:
            found = dnf(child, limit)
            if found is None:
                return None
            out += [c for c in found if c not in out]
        return out if len(out) <= limit else None
    if "$and" in cond:
        out = [[]]
        for child in cond["$and"]:
            found = dnf(child, limit)
            if found is None:
                return None
            merged = (_conjunction(a + b) for a in out for b in found)
            out = []
            for item in merged:
                if item is not None and item not in out:
                    out.append(item)
            if len(out) > limit:
                return None
        return out
    return [[cond]]
