"""The rule model: declarative, effective-dated, cited, backend-neutral.

A jurisdiction is a collection of rules. Each rule has an id, a citation, the dates it is
in force, a condition (``applies``) and a consequence: a deadline, a requirement, a
damages limit or a warning. Conditions and arithmetic are :mod:`medmal.expr` trees, so a
backend can compile them and a user can ask which facts a rule needs.

The law's default/exception structure is kept visible: a rule that is an exception names
the rules it ``overrides`` (GML 50-i overrides CPLR 214-a for a municipal hospital), and
of the rules of one kind that apply to a defendant, those overridden by another applying
rule drop out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from .expr import Const, Expr

__all__ = [
    "DamagesRule",
    "DeadlineRule",
    "InForce",
    "RequirementRule",
    "Rule",
    "Verification",
    "WarningRule",
]

Verification = Literal["primary", "secondary", "unverified"]
TRUE = Const(True)


@dataclass(frozen=True, slots=True)
class InForce:
    """When a rule version governs: for cases whose ``measured_by`` fact falls in
    [``start``, ``end``). ``measured_by`` is usually the act or omission, or the death."""

    start: date | None = None
    end: date | None = None
    measured_by: str = "act_or_omission"
    note: str = ""

    def contains(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day < self.end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "measured_by": self.measured_by,
            "note": self.note,
        }


@dataclass(frozen=True, kw_only=True)
class Rule:
    """Fields every rule has.

    ``verified`` says how the rule was checked: against the primary text, only against a
    secondary source, or not at all; ``uncertainty`` says in words what is not settled and
    is carried into every result the rule produces.
    """

    id: str
    title: str
    citation: str
    version: str
    in_force: InForce = InForce()
    applies: Expr = TRUE
    overrides: tuple[str, ...] = ()
    per_defendant: bool = True
    verified: Verification = "primary"
    uncertainty: str = ""
    sources: tuple[str, ...] = ()

    consequence: str = field(default="rule", init=False)

    def facts(self) -> frozenset[str]:
        """Every fact this rule may read."""
        found = set(self.applies.facts())
        for value in self._expressions():
            found |= value.facts()
        if self.in_force.start or self.in_force.end:
            found.add(self.in_force.measured_by)
        return frozenset(found)

    def _expressions(self) -> tuple[Expr, ...]:
        return ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "consequence": self.consequence,
            "title": self.title,
            "citation": self.citation,
            "version": self.version,
            "in_force": self.in_force.to_dict(),
            "applies": self.applies.to_dict(),
            "overrides": list(self.overrides),
            "per_defendant": self.per_defendant,
            "verified": self.verified,
            "uncertainty": self.uncertainty,
            "sources": list(self.sources),
            "facts": sorted(self.facts()),
        }
        for name in self._expression_fields():
            value = getattr(self, name)
            out[name] = value.to_dict() if value is not None else None
        return out

    def _expression_fields(self) -> tuple[str, ...]:
        return ()


@dataclass(frozen=True, kw_only=True)
class DeadlineRule(Rule):
    """A last day to do something: start the action, serve a notice, send a letter.

    ``date`` computes the operative last day. ``satisfied_by`` names the procedural fact
    that meets the deadline (``complaint_filed`` for a limitation period).
    ``discretion`` cites a court's power to disapply the limit, which is flagged and never
    treated as an extension.
    """

    kind: str
    date: Expr
    satisfied_by: str | None = None
    discretion: str | None = None
    consequence: str = field(default="deadline", init=False)

    def _expressions(self) -> tuple[Expr, ...]:
        return (self.date,)

    def _expression_fields(self) -> tuple[str, ...]:
        return ("date",)

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out.update(kind=self.kind, satisfied_by=self.satisfied_by, discretion=self.discretion)
        return out


@dataclass(frozen=True, kw_only=True)
class RequirementRule(Rule):
    """Paperwork the law requires (a certificate of merit, expert permission).

    ``due`` computes the date where it can be known; ``due_event`` says in words what the
    requirement is tied to ("with the complaint") when the date is not yet known.
    """

    kind: str
    description: str
    due_event: str
    due: Expr | None = None
    consequence_of_failure: str = ""
    satisfied_by: str | None = None
    consequence: str = field(default="requirement", init=False)

    def _expressions(self) -> tuple[Expr, ...]:
        return (self.due,) if self.due is not None else ()

    def _expression_fields(self) -> tuple[str, ...]:
        return ("due",)

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out.update(
            kind=self.kind,
            description=self.description,
            due_event=self.due_event,
            consequence_of_failure=self.consequence_of_failure,
            satisfied_by=self.satisfied_by,
        )
        return out


DamagesEffect = Literal["cap", "no_cap", "fault", "fee_schedule", "fixed_award", "information"]


@dataclass(frozen=True, kw_only=True)
class DamagesRule(Rule):
    """How the law limits or shapes damages.

    ``effect`` is one of:

    * ``cap`` - ``component`` (economic, non_economic, punitive, total) is limited to
      ``amount``; ``struck_down`` records a court decision that holds the cap
      unconstitutional (kept as data, never applied); ``after_fault`` says the law takes
      the claimant's share of fault off first and caps what is left (California, McAdory
      v Rogers; Texas, Regent Care v Detrick) instead of capping the damages found;
    * ``no_cap`` - the law sets no cap on ``component`` (said, so silence is not mistaken
      for an omission);
    * ``fault`` - the comparative-fault regime (``regime``: pure, bar_at (bar when the
      claimant's share is at or above ``threshold``), bar_above (above ``threshold``),
      contributory);
    * ``fee_schedule`` - contingency-fee limits as ``slices`` of (up to amount, rate);
    * ``fixed_award`` - an amount the law fixes (E&W bereavement damages);
    * ``information`` - a dated figure the court applies (discount rate, thresholds).
    """

    effect: DamagesEffect
    component: str = "total"
    amount: Expr | None = None
    regime: str = ""
    threshold: float | None = None
    slices: tuple[tuple[float | None, float], ...] = ()
    struck_down: str = ""
    note: str = ""
    per_defendant: bool = False
    after_fault: bool = False
    consequence: str = field(default="damages", init=False)

    def _expressions(self) -> tuple[Expr, ...]:
        return (self.amount,) if self.amount is not None else ()

    def _expression_fields(self) -> tuple[str, ...]:
        return ("amount",)

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out.update(
            effect=self.effect,
            component=self.component,
            regime=self.regime,
            threshold=self.threshold,
            slices=[list(s) for s in self.slices],
            struck_down=self.struck_down,
            note=self.note,
            after_fault=self.after_fault,
        )
        return out


@dataclass(frozen=True, kw_only=True)
class WarningRule(Rule):
    """A point the lawyer must see (a pending bill, a doctrine the engine cannot decide)."""

    message: str
    code: str = "law"
    fact: str | None = None  # the case path whose value would settle the point (code "missing_fact")
    per_defendant: bool = False
    consequence: str = field(default="warning", init=False)

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out.update(message=self.message, code=self.code, fact=self.fact)
        return out
