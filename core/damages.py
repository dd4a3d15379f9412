"""How the law limits an award: caps, comparative fault, fixed awards and fee limits.

Order of application: caps on each component of the damages found, then the claimant's
share of fault on compensatory damages (punitive damages are not apportioned), then the
caps the law applies to the damages net of fault (a rule's ``after_fault``: California
and Texas reduce for fault first and cap what is left), then the contingency-fee limit
on the net recovery. ``after_caps`` shows the first stage, ``after_fault`` the last. A cap never raises an amount, and a
cap a court has struck down is reported with the decision and never applied. Amounts are
not rounded here (rounding each part could lift a total above the claim); renderers round
for display.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any

from .case import Case
from .expr import Unknown
from .result import DamagesLimit, DamagesResult, TraceStep, Warning
from .rules import DamagesRule
from .scalar import Env, describe

__all__ = ["DamagesPlan", "evaluate_damages", "fee_limit"]

COMPONENTS = ("economic", "non_economic", "punitive")
COMPENSATORY = ("economic", "non_economic")


@lru_cache(maxsize=64)
def _fee_table(slices: tuple[tuple[float | None, float], ...]) -> tuple[list[float], list[float], list[float]]:
    """For each slice: its lower bound, the fee on everything below it, and its rate."""
    lowers: list[float] = []
    fees: list[float] = []
    rates: list[float] = []
    lower = fee = 0.0
    for upper, rate in slices:
        lowers.append(lower)
        fees.append(fee)
        rates.append(rate)
        if upper is None:
            break
        fee += (upper - lower) * rate
        lower = upper
    return lowers, fees, rates


def fee_limit(recovery: float, slices: tuple[tuple[float | None, float], ...]) -> float:
    """The largest fee a sliding scale allows on ``recovery``.

    ``slices`` are (upper bound of the slice or None for the rest, rate), in order:
    ((250_000, 0.30), (500_000, 0.25), ..., (None, 0.10)).
    """
    if recovery <= 0 or not slices:
        return 0.0
    lowers, fees, rates = _fee_table(slices)
    index = bisect_right(lowers, recovery) - 1
    if index == len(lowers) - 1 and slices[-1][0] is not None and recovery > slices[-1][0]:
        # A schedule with no open-ended last slice: nothing is allowed above its top.
        top = slices[-1][0]
        return round(fees[index] + (top - lowers[index]) * rates[index], 2)
    return round(fees[index] + (recovery - lowers[index]) * rates[index], 2)


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
    limit = DamagesLimit(
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
    if rule.after_fault:
        limit.after_fault = True
    return limit


class DamagesPlan:
    """A jurisdiction's damages rules, sorted once into what each case must compute.

    Limits that read no case fact (a statement that there is no cap, a fixed figure) are
    built once; caps, fixed awards and dated figures are computed per case; the fault
    regime and fee schedule are applied after them.
    """

    def __init__(self, items: list[Any], env: Env) -> None:
        self.steps: list[tuple[DamagesLimit | None, Any]] = []
        self.fault: list[Any] = []
        self.fees: list[Any] = []
        for compiled in items:
            rule: DamagesRule = compiled.rule
            if rule.effect == "fault":
                self.fault.append(compiled)
            elif rule.effect == "fee_schedule":
                self.fees.append(compiled)
            elif rule.effect in ("no_cap", "information") and not rule.facts():
                amount = compiled.value(env) if compiled.value is not None else None
                self.steps.append((_limit(rule, amount, False), compiled))
            else:
                self.steps.append((None, compiled))

    def fault_rule(self, env: Env) -> DamagesRule | None:
        for compiled in self.fault:
            if _in_force(compiled, env):
                return compiled.rule
        return None

    def fee_rule(self, env: Env) -> DamagesRule | None:
        for compiled in self.fees:
            if _in_force(compiled, env):
                return compiled.rule
        return None


def _in_force(compiled: Any, env: Env) -> bool:
    rule: DamagesRule = compiled.rule
    window = rule.in_force
    if window.start is not None or window.end is not None:
        measured = env.facts.get(window.measured_by)
        if measured is None or not window.contains(measured):
            return False
    return compiled.applies(env) is True


def evaluate_damages(
    plan: DamagesPlan, case: Case, env: Env, as_of: date, warn: Callable[[Warning], None]
) -> DamagesResult:
    """Apply every damages rule in force to the damages the case claims."""
    claim = case.damages
    assert claim is not None
    claimed = {"economic": claim.economic, "non_economic": claim.non_economic, "punitive": claim.punitive}
    after_caps = dict(claimed)
    limits: list[DamagesLimit] = []
    net_caps: list[tuple[int, DamagesRule, float]] = []  # caps applied after fault
    trace: list[TraceStep] = []
    tracing = env.tracing

    for fixed, compiled in plan.steps:
        if fixed is not None:
            limits.append(fixed)
            continue
        if not _in_force(compiled, env):
            continue
        rule: DamagesRule = compiled.rule
        amount = None
        if compiled.value is not None:
            env.reset()
            amount = compiled.value(env)
            if env.trace:
                trace.extend(env.trace)
        if isinstance(amount, Unknown):
            for name in sorted(amount.facts):
                warn(Warning("missing_fact", f"{name} is unknown: {rule.title} cannot be computed", name, rule.id))
            amount = None
        applied = False
        if rule.effect == "cap" and not rule.struck_down and amount is not None:
            if rule.after_fault:
                net_caps.append((len(limits), rule, float(amount)))
            else:
                applied = _apply_cap(rule, float(amount), after_caps, trace if tracing else None)
        limits.append(_limit(rule, amount, applied))

    after_fault = after_caps
    fault_rule = plan.fault_rule(env)
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
        elif fault:
            factor = _fault_factor(fault_rule, fault)
            after_fault = dict(after_caps)
            for name in COMPENSATORY:
                after_fault[name] = after_caps[name] * factor
            if tracing:
                trace.append(
                    TraceStep(
                        f"{fault_rule.title}: claimant's share of fault {fault}, compensatory damages x {factor}",
                        str(after_fault["economic"] + after_fault["non_economic"] + after_fault["punitive"]),
                        fault_rule.citation,
                    )
                )
    if net_caps:
        after_fault = dict(after_fault)
        for index, rule, amount in net_caps:
            limits[index].applied = _apply_cap(rule, amount, after_fault, trace if tracing else None)
    recoverable = after_fault["economic"] + after_fault["non_economic"] + after_fault["punitive"]
    fee = None
    fee_rule = plan.fee_rule(env)
    if fee_rule is not None:
        fee = fee_limit(recoverable, fee_rule.slices)
        if tracing:
            trace.append(TraceStep(f"{fee_rule.title} on a recovery of {recoverable} (see the rule for deductions made first)", str(fee), fee_rule.citation))
    return DamagesResult(claim.currency, claimed, limits, after_caps, after_fault, recoverable, fee, trace)


def _apply_cap(
    rule: DamagesRule, amount: float, after_caps: dict[str, float], trace: list[TraceStep] | None
) -> bool:
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
    if trace is not None:
        stage = " after the reduction for fault" if rule.after_fault else ""
        trace.append(TraceStep(f"{rule.title}: {rule.component} capped{stage}", describe(amount), rule.citation))
    return True
