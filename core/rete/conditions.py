"""Rule conditions as durable_rules conditions, with the law's three-valued logic.

A rule's ``applies`` condition and its in-force window are Kleene three-valued: a fact
nobody supplied makes them *unknown*, and a rule that possibly applies is still selected
(the earliest deadline that could apply is reported). durable_rules matches plain JSON
and has no "unknown", no negation and no date type, so each condition is compiled into
one durable condition per truth class:

* ``T`` - it holds (the value ``is True``);
* ``F`` - it fails (``False`` or ``None``, which the law treats as "does not apply");
* ``U`` - it turns on a missing fact;
* ``X`` - some other truthy value (only a non-boolean ``applies`` can give one).

Negation swaps ``T`` and ``F``; ``and``/``or`` combine the classes as Kleene logic does.

Facts go in as JSON. For every fact a condition reads directly there are always-present
fields (durable_rules crashes or hangs on conditions over absent fields, see
:mod:`.host`): ``y_<fact>`` is ``"u"`` (unknown), ``"n"`` (confirmed absent) or the type of
the known value (``"d"`` date, ``"s"`` text, ``"x"`` number, ``"o"`` other), and
``d_``/``t_``/``x_<fact>`` hold the value as a day number, text or number, or a filler
no condition can mistake for a value (``-1``, ``"~"``, ``0`` tested with its type).
Comparisons of a fact with a constant, membership tests and allegations are matched by
durable_rules itself; any other part of a condition (a comparison of two facts, a fact
with a conservative stand-in) is an *atom*: its truth class is computed by the rete
backend's interpreter and posted as a field ``a<n>``.

Each class is then brought to plain conjunctions of tests (:mod:`.logic`); a condition
too large for that is matched as a single atom.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..expr import Compare, Const, Expr, Fact, Has, IsIn, Logic, Unknown
from ..rules import InForce
from ..scalar import Env
from .logic import FALSE, TRUE, Cond, all_of, any_of

__all__ = ["Classes", "FactCodec", "atom_classes", "classify", "truth_class", "window_classes"]

_ABSENT = object()
_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}
_OPS = {"<": "$lt", "<=": "$lte", ">": "$gt", ">=": "$gte", "==": None, "!=": "$neq"}
_INVERSE = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "=="}
#: The fillers for a value of another type (a text const equal to the filler goes to an atom).
NO_DAY, NO_TEXT, NO_NUMBER = -1, "~", 0


def _test(field_name: str, cmp: str, value: Any) -> Cond:
    op = _OPS[cmp]
    return {field_name: value} if op is None else {op: {field_name: value}}


@dataclass(frozen=True, slots=True)
class Classes:
    """The durable conditions under which an expression is true, false, unknown or other."""

    T: Cond
    F: Cond
    U: Cond
    X: Cond = FALSE

    def truthy(self) -> Cond:
        return any_of(self.T, self.X)

    def possible(self) -> Cond:
        """Not ruled out: true, other-truthy or unknown (how the scalar backend selects)."""
        return any_of(self.T, self.X, self.U)

    def not_true(self) -> Cond:
        return any_of(self.F, self.U, self.X)


def _type_of(value: Any) -> str:
    if value.__class__ is date:
        return "d"
    if isinstance(value, str):
        return "s"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "x"
    return "o"


@dataclass
class FactCodec:
    """Which facts and atoms a ruleset reads, and how a fact dict becomes its JSON fact."""

    facts: dict[str, str] = field(default_factory=dict)  # fact name -> field suffix
    allegations: dict[str, str] = field(default_factory=dict)  # allegation -> field name
    atoms: list[tuple[str, Callable[[Env], Any]]] = field(default_factory=list)
    _suffixes: set[str] = field(default_factory=set)

    def suffix(self, name: str) -> str:
        found = self.facts.get(name)
        if found is None:
            base = re.sub(r"\W", "_", name)
            found, n = base, 1
            while found in self._suffixes:
                n += 1
                found = f"{base}_{n}"
            self._suffixes.add(found)
            self.facts[name] = found
        return found

    def allegation(self, name: str) -> str:
        found = self.allegations.get(name)
        if found is None:
            found = self.allegations[name] = f"h{len(self.allegations)}"
        return found

    def atom(self, function: Callable[[Env], Any]) -> str:
        name = f"a{len(self.atoms)}"
        self.atoms.append((name, function))
        return name

    def width(self) -> int:
        """Fields in each posted fact (durable_rules takes at most 255; 3 are bookkeeping)."""
        return 4 * len(self.facts) + len(self.allegations) + len(self.atoms) + 3

    def encode(self, env: Env) -> dict[str, Any]:
        """The JSON fact for ``env``'s facts: every field present, whatever is unknown."""
        facts = env.facts
        out: dict[str, Any] = {}
        for name, suffix in self.facts.items():
            value = facts.get(name, _ABSENT)
            kind = "u" if value is _ABSENT else ("n" if value is None else _type_of(value))
            out["y_" + suffix] = kind
            out["d_" + suffix] = value.toordinal() if kind == "d" else NO_DAY
            out["t_" + suffix] = value if kind == "s" else NO_TEXT
            out["x_" + suffix] = value if kind == "x" else NO_NUMBER
        if self.allegations:
            found = facts.get("allegations", _ABSENT)
            for allegation, name in self.allegations.items():
                # 1 alleged, 0 not alleged, -1 allegations unknown
                out[name] = -1 if found is _ABSENT else int(found is not None and allegation in found)
        for name, function in self.atoms:
            out[name] = truth_class(function(env))
        return out


def truth_class(value: Any) -> str:
    """The truth class of a computed value, as the scalar backend's selection reads it."""
    if value is True:
        return "T"
    if value.__class__ is Unknown:
        return "U"
    return "X" if value else "F"


def _encodable(value: Any) -> bool:
    kind = _type_of(value)
    if kind == "s":
        return value != NO_TEXT
    if kind == "x":
        return value == value and abs(value) < 1e300  # no NaN or infinities
    return kind == "d"


def _json_value(value: Any) -> Any:
    return value.toordinal() if value.__class__ is date else value


def _holds(suffix: str, cmp: str, value: Any) -> Cond:
    """``fact cmp value`` holds, for a known fact of the constant's type."""
    vtype = _type_of(value)
    if vtype == "s":
        return _test("t_" + suffix, cmp, value)
    if vtype == "d":
        test = _test("d_" + suffix, cmp, value.toordinal())
        # The day-number filler (-1) is below every day: guard the tests it would pass.
        return all_of({"$gt": {"d_" + suffix: NO_DAY}}, test) if cmp in ("<", "<=", "!=") else test
    return all_of({"y_" + suffix: "x"}, _test("x_" + suffix, cmp, value))


def _compare(codec: FactCodec, name: str, cmp: str, value: Any) -> Classes | None:
    """``fact cmp value`` for a constant ``value`` (None when durable cannot match it)."""
    suffix = codec.suffix(name)
    kind = "y_" + suffix
    unknown: Cond = {kind: "u"}
    known: Cond = {"$neq": {kind: "u"}}
    if value is None:  # a comparison with "does not apply" is false
        return Classes(FALSE, known, unknown)
    if _type_of(value) == "s" and cmp not in ("==", "!="):
        return None  # text ordering is left to the interpreter
    if cmp == "!=":  # a value of another type is unequal; "does not apply" is not
        return Classes(
            all_of(known, {"$neq": {kind: "n"}}, _not_equal(suffix, value)),
            any_of({kind: "n"}, _holds(suffix, "==", value)),
            unknown,
        )
    # A value of another type fails (the scalar backend would refuse to order it).
    return Classes(_holds(suffix, cmp, value), all_of(known, _fails(suffix, cmp, value)), unknown)


def _not_equal(suffix: str, value: Any) -> Cond:
    """A known, not-absent value is unequal to ``value`` (fillers never equal a value)."""
    vtype = _type_of(value)
    if vtype == "s":
        return {"$neq": {"t_" + suffix: value}}
    if vtype == "d":
        return {"$neq": {"d_" + suffix: value.toordinal()}}
    return any_of({"$neq": {"y_" + suffix: "x"}}, {"$neq": {"x_" + suffix: value}})


def _fails(suffix: str, cmp: str, value: Any) -> Cond:
    """A known value does not satisfy ``cmp value`` (absent, another type, or the test fails)."""
    if cmp == "==":
        return _not_equal(suffix, value)
    vtype = _type_of(value)
    inverse = _INVERSE[cmp]
    if vtype == "d":
        return any_of({"d_" + suffix: NO_DAY}, _test("d_" + suffix, inverse, value.toordinal()))
    return any_of({"$neq": {"y_" + suffix: "x"}}, _test("x_" + suffix, inverse, value))


def _is_in(codec: FactCodec, name: str, values: tuple[Any, ...]) -> Classes:
    suffix = codec.suffix(name)
    kind = "y_" + suffix
    present = [v for v in dict.fromkeys(values) if v is not None]
    none_in = any(v is None for v in values)
    hits = [_holds(suffix, "==", v) for v in present]
    misses = [_not_equal(suffix, v) for v in present]
    return Classes(
        any_of(*hits, {kind: "n"} if none_in else FALSE),
        all_of({"$neq": {kind: "u"}}, {"$neq": {kind: "n"}} if none_in else TRUE, *misses),
        {kind: "u"},
    )


def _native(node: Expr, codec: FactCodec) -> Classes | None:
    """Classes for a condition durable_rules can match directly, else None."""
    if isinstance(node, Compare):
        left, right, cmp = node.left, node.right, node.cmp
        if isinstance(right, Fact) and isinstance(left, Const):
            left, right, cmp = right, left, _FLIP[cmp]
        plain = isinstance(left, Fact) and left.assume is None and isinstance(right, Const)
        if plain and (right.value is None or _encodable(right.value)):
            return _compare(codec, left.name, cmp, right.value)
        return None
    if isinstance(node, IsIn) and isinstance(node.subject, Fact) and node.subject.assume is None:
        if all(v is None or _encodable(v) for v in node.values):
            return _is_in(codec, node.subject.name, node.values)
        return None
    if isinstance(node, Has):
        name = codec.allegation(node.allegation)
        return Classes({name: 1}, {name: 0}, {name: -1})
    return None


def classify(node: Expr, codec: FactCodec, interpret: Callable[[Expr], Callable[[Env], Any]]) -> Classes:
    """Compile a condition into its four truth classes over ``codec``'s JSON fields."""
    if isinstance(node, Const):
        cls = truth_class(node.value)
        return Classes(*(TRUE if cls == name else FALSE for name in "TFUX"))
    if isinstance(node, Logic):
        parts = [classify(arg, codec, interpret) for arg in node.args]
        if node.which == "not":
            (a,) = parts
            return Classes(a.F, a.truthy(), a.U)
        if node.which == "and":
            false = any_of(*(p.F for p in parts))
            true = all_of(*(p.truthy() for p in parts))
            unknown = all_of(*(p.possible() for p in parts), any_of(*(p.U for p in parts)))
            return Classes(true, false, unknown)
        true = any_of(*(p.truthy() for p in parts))
        false = all_of(*(p.F for p in parts))
        unknown = all_of(*(any_of(p.F, p.U) for p in parts), any_of(*(p.U for p in parts)))
        return Classes(true, false, unknown)
    native = _native(node, codec)
    if native is not None:
        return native
    return atom_classes(codec, interpret(node))


def atom_classes(codec: FactCodec, function: Callable[[Env], Any]) -> Classes:
    """The classes of a condition computed by ``function`` and posted as one field."""
    name = codec.atom(function)
    return Classes({name: "T"}, {name: "F"}, {name: "U"}, {name: "X"})


def window_classes(window: InForce, codec: FactCodec) -> Classes:
    """Whether a rule version is in force for the case: by the day number of the fact
    that measures it (unknown when that fact is unknown, not in force when it is absent)."""
    if window.start is None and window.end is None:
        return Classes(TRUE, FALSE, FALSE)
    suffix = codec.suffix(window.measured_by)
    kind, slot = "y_" + suffix, "d_" + suffix
    # The filler -1 is below every start, so "from start" needs no guard; "before end" does.
    start = window.start.toordinal() if window.start is not None else 0
    inside: list[Cond] = [{"$gte": {slot: start}}]
    outside: list[Cond] = [{"$lt": {slot: start}}]
    if window.end is not None:
        inside.append({"$lt": {slot: window.end.toordinal()}})
        outside.append({"$gte": {slot: window.end.toordinal()}})
    return Classes(all_of(*inside), all_of({"$neq": {kind: "u"}}, any_of(*outside)), {kind: "u"})
