"""The result contract: what embedding software reads back.

Plain slotted dataclasses (fast to build, cheap to compare, JSON via :meth:`Result.to_dict`).
They are values: treat them as read-only. (They are not ``frozen`` because a frozen
dataclass costs three times as much to build, and a result holds dozens of them.)
``medmal schema --result`` prints the JSON Schema pydantic derives from these classes.

Statuses of a deadline:

* ``open`` - not yet passed on the as-of date, nothing filed;
* ``expired`` - passed, and no missing fact could save it;
* ``met`` - the act was done on or before the last day;
* ``not_running`` - time is not running (e.g. continuing incapacity, no cap);
* ``indeterminate`` - the answer turns on a fact nobody has supplied (named in ``missing_facts``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

__all__ = [
    "Alternative",
    "DamagesLimit",
    "DamagesResult",
    "Deadline",
    "Requirement",
    "Result",
    "Status",
    "TraceStep",
    "Warning",
    "new_deadline",
    "new_result",
]

Status = Literal["open", "expired", "met", "not_running", "indeterminate"]


@dataclass(slots=True)
class TraceStep:
    """One step in the chain that produced a date or amount."""

    step: str
    value: str | None
    citation: str


@dataclass(slots=True)
class Alternative:
    """A date some authority supports but that is not the safe date."""

    date: str | None
    basis: str
    citation: str


@dataclass(slots=True)
class Deadline:
    kind: str
    defendant: str | None
    date: str | None
    status: Status
    citation: str
    discretion: str | None
    trace: list[TraceStep]
    rule_id: str
    rule_version: str
    title: str
    alternatives: list[Alternative] = field(default_factory=list)
    missing_facts: list[str] = field(default_factory=list)
    verified: str = "primary"
    uncertainty: str = ""


@dataclass(slots=True)
class Requirement:
    kind: str
    defendant: str | None
    due: str
    due_date: str | None
    citation: str
    description: str
    consequence_of_failure: str
    status: Literal["pending", "met", "overdue", "not_yet_due"]
    rule_id: str
    rule_version: str
    trace: list[TraceStep] = field(default_factory=list)
    uncertainty: str = ""


@dataclass(slots=True)
class DamagesLimit:
    effect: str
    component: str
    amount: float | None
    citation: str
    rule_id: str
    rule_version: str
    description: str
    applied: bool
    struck_down: str = ""
    uncertainty: str = ""
    after_fault: bool = False  # a cap the law applies to the damages net of the claimant's fault


@dataclass(slots=True)
class DamagesResult:
    currency: str
    claimed: dict[str, float]
    limits: list[DamagesLimit]
    after_caps: dict[str, float]
    after_fault: dict[str, float]
    recoverable: float
    fee_limit: float | None
    trace: list[TraceStep]


@dataclass(slots=True)
class Warning:
    code: str
    message: str
    fact: str | None = None
    rule_id: str | None = None
    citation: str | None = None


@dataclass(slots=True)
class Result:
    jurisdiction: str
    as_of: str
    rules_version: str
    deadlines: list[Deadline]
    requirements: list[Requirement]
    damages: DamagesResult | None
    warnings: list[Warning]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def limitation(self, defendant: str | None = None) -> Deadline:
        """The operative limitation deadline (for ``defendant``, or the first defendant)."""
        for item in self.deadlines:
            if item.kind == "limitation" and (defendant is None or item.defendant == defendant):
                return item
        raise KeyError(f"no limitation deadline for defendant {defendant!r}")

    def deadlines_of(self, kind: str) -> list[Deadline]:
        return [d for d in self.deadlines if d.kind == kind]


def _positional_constructor(cls: type) -> Callable[..., Any]:
    """A function taking every field of the slotted dataclass ``cls`` positionally, in
    field order, that builds the instance without the class call.

    Calling a class runs ``type.__call__``, which finds ``__init__`` and calls it with a
    bound-argument tuple; for the items made for every case that costs more than the
    assignments themselves. Written from ``fields(cls)``, so it can never miss a field.
    """
    names = [f.name for f in fields(cls)]
    lines = [f"def make({', '.join(names)}):", "    item = new(cls)"]
    lines += [f"    item.{name} = {name}" for name in names]
    lines.append("    return item")
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    exec(compile("\n".join(lines), f"<medmal new {cls.__name__}>", "exec"), namespace)
    return namespace["make"]


#: ``new_deadline(*values)`` == ``Deadline(*values)`` with every field given (hot path).
new_deadline: Callable[..., Deadline] = _positional_constructor(Deadline)
#: ``new_result(*values)`` == ``Result(*values)`` (one per case).
new_result: Callable[..., Result] = _positional_constructor(Result)
