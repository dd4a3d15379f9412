"""How the law limits an award: caps, comparative fault, fixed awards and fee limits.

Order of application (the common order in the statutes medmal covers; a jurisdiction
whose law differs says so in its rules' notes): caps on each component, then the
claimant's share of fault on compensatory damages (punitive damages are not apportioned),
then the contingency-fee limit on the net recovery. A cap never raises an amount, and a
cap a court has struck down is reported with the decision and never applied. Amounts are
not rounded here (rounding each part could lift a total above the claim); renderers round
for display.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from .case import Case
from .expr import Unknown
from .result import DamagesLimit, DamagesResult, TraceStep, Warning
from .rules import DamagesRule
from .scalar import Env, describe

__all__ = ["evaluate_damages", "fee_limit"]

COMPONENTS = ("economic", "non_economic", "punitive")
COMPENSATORY = ("economic", "non_economic")


def fee_limit(recovery: float, slices: tuple[tuple[float | None, float], ...]) -> float:
    """The largest fee a sliding scale allows on ``recovery``.

    ``slices`` are (upper bound of the slice or None for the rest, rate), in order:
    ((250_000, 0.30), (500_000, 0.25), ..., (None, 0.10)).
    """
    fee = 0.0
    lower = 0.0
    for upper, rate in slices:
        top = recovery if upper is None else min(recovery, upper)
        if top > lower:
            fee += (top - lower) * rate
        if upper is None or recovery <= upper:
            break
        lower = upper
    return round(fee, 2)


def _fault_factor(rule: DamagesRule, fault: float) -> float:
    if rule.regime == "pure" or rule.regime == "apportioned":
        return 1.0 - fault
    if rule.regime == "bar_above":
        return 0.0 if fault > (rule.threshold or 0.5) else 1.0 - fault
    if rule.regime == "bar_at":
        return 0.0 if fault >= (rule.threshold or 0.5) else 1.0 - fault
    if rule.regime == "contributory":
        return 0.0 if fault > 0 else 1.0
    raise ValueError(f"rule {rule.id}: unknown comparative-fault regime {rule.regime!r}")


def _limit(rule: DamagesRule, amount: Any, applied: bool) -> DamagesLimit:
    return DamagesLimit(
        effect=rule.effect,
        component=rule.component,
        amount=float(amount) if amount is not None else None,
        citation=rule.citation,
        rule_id=rule.id,
        rule_version=rule.version,
        description=rule.note or rule.title,
        applied=applied,
        struck_down=rule.struck_down,
        uncertainty=rule.uncertainty,
    )


def static_limits(items: list[Any], env: Env) -> dict[str, DamagesLimit]:
    """Limits that read no case fact (a statement that there is no cap, a fixed figure):
    built once per jurisdiction instead of once per case."""
    out: dict[str, DamagesLimit] = {}
    for compiled in items:
        rule: DamagesRule = compiled.rule
        if rule.effect in ("no_cap", "information") and not rule.facts():
            amount = compiled.value(env) if compiled.value is not None else None
            out[rule.id] = _limit(rule, amount, False)
    return out


def evaluate_damages(
    items: list[Any],
    case: Case,
    env: Env,
    as_of: date,
    warn: Callable[[Warning], None],
    static: dict[str, DamagesLimit] | None = None,
) -> DamagesResult:
    """Apply every damages rule in force to the damages the case claims."""
    claim = case.damages
    assert claim is not None
    claimed = {name: float(getattr(claim, name)) for name in COMPONENTS}
    after_caps = dict(claimed)
    limits: list[DamagesLimit] = []
    trace: list[TraceStep] = []
    fault_rule: DamagesRule | None = None
    fee_rule: DamagesRule | None = None

    static = static or {}
    for compiled in items:
        rule: DamagesRule = compiled.rule
        fixed = static.get(rule.id)
        if fixed is not None:
            limits.append(fixed)
            continue
        window = rule.in_force
        if window.start is not None or window.end is not None:
            measured = env.facts.get(window.measured_by)
            if measured is None or not window.contains(measured):
                continue
        if compiled.applies(env) is not True:
            continue
        amount = None
        if compiled.value is not None:
            env.reset()
            amount = compiled.value(env)
        if isinstance(amount, Unknown):
            for name in sorted(amount.facts):
                warn(Warning("missing_fact", f"{name} is unknown: {rule.title} cannot be computed", name, rule.id))
            amount = None
        if rule.effect == "fault":
            fault_rule = rule
            continue
        if rule.effect == "fee_schedule":
            fee_rule = rule
            continue
        if env.trace:
            trace.extend(env.trace)
        applied = False
        if rule.effect == "cap" and not rule.struck_down and amount is not None:
            applied = _apply_cap(rule, float(amount), after_caps, trace)
        limits.append(_limit(rule, amount, applied))

    after_fault = dict(after_caps)
    if fault_rule is not None:
        fault = case.claimant_fault
        if fault is None:
            warn(
                Warning(
                    "missing_fact",
                    "claimant_fault is unknown: damages are shown without a reduction for the claimant's own fault",
                    "claimant_fault",
                    fault_rule.id,
                    fault_rule.citation,
                )
            )
        else:
            factor = _fault_factor(fault_rule, fault)
            for name in COMPENSATORY:
                after_fault[name] = after_caps[name] * factor
            if env.tracing:
                trace.append(
                    TraceStep(
                        f"{fault_rule.title}: claimant {fault:.0%} at fault, compensatory damages x {factor:.4g}",
                        describe(sum(after_fault.values())),
                        fault_rule.citation,
                    )
                )
    recoverable = sum(after_fault.values())
    fee = None
    if fee_rule is not None:
        fee = fee_limit(recoverable, fee_rule.slices)
        if env.tracing:
            trace.append(
                TraceStep(f"{fee_rule.title} on a net recovery of {recoverable:,.2f}", describe(fee), fee_rule.citation)
            )
    return DamagesResult(claim.currency, claimed, limits, after_caps, after_fault, recoverable, fee, trace)


def _apply_cap(rule: DamagesRule, amount: float, after_caps: dict[str, float], trace: list[TraceStep]) -> bool:
    if rule.component == "total":
        total = sum(after_caps.values())
        if total <= amount:
            return False
        scale = amount / total
        for name in COMPONENTS:
            after_caps[name] = after_caps[name] * scale
    else:
        before = after_caps[rule.component]
        if before <= amount:
            return False
        after_caps[rule.component] = amount
    trace.append(TraceStep(f"{rule.title}: {rule.component} capped", describe(amount), rule.citation))
    return True
