"""Properties every jurisdiction plugin must have, as plain functions.

Each check takes ``(engine, case, as_of)`` (some take extra keyword arguments with safe
defaults), evaluates the case, and raises :class:`PropertyViolation` (an
``AssertionError``) with a message naming the case and the defendant when the property
fails. They return ``None`` otherwise - including when the property does not apply to the
case (for instance a variation of the case that the case model rejects). Drive them with
hypothesis in any test suite::

    @given(case=mst.cases("US-NY"), as_of=mst.as_of_dates())
    def test_determinism(case, as_of):
        properties.check_determinism(engine, case, as_of)

The properties are written against the plugin contract (the result classes and the
case model), not against any jurisdiction's law.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta
from pydantic import ValidationError

from ..case import Case
from ..engine import Engine
from ..result import Deadline, Result

__all__ = [
    "ALL_PROPERTIES",
    "DEADLINE_STATUSES",
    "REQUIREMENT_STATUSES",
    "TOLLING_VARIATIONS",
    "UNKNOWABLE_FACTS",
    "PropertyViolation",
    "check_caps_never_raise",
    "check_determinism",
    "check_later_filing_never_cures",
    "check_missing_fact_is_earliest",
    "check_never_raises",
    "check_tolling_never_shortens",
    "check_well_formed",
    "replace_facts",
]

DEADLINE_STATUSES = frozenset({"open", "expired", "met", "not_running", "indeterminate"})
REQUIREMENT_STATUSES = frozenset({"pending", "met", "overdue", "not_yet_due"})

#: Facts whose absence property (d) removes: fact name -> the case path that holds it.
UNKNOWABLE_FACTS: dict[str, str] = {
    "discovery": "events.discovery",
    "continuous_treatment_end": "events.continuous_treatment_end",
    "date_of_birth": "claimant.date_of_birth",
    "incapacity": "claimant.incapacity",
    "foreign_object_discovery": "events.foreign_object_discovery",
    "concealment_discovery": "events.concealment_discovery",
    "injury": "events.injury",
}

_TOLERANCE = 0.005  # half a cent: amounts are rounded to cents


class PropertyViolation(AssertionError):
    """A jurisdiction's rules break one of the properties of the plugin contract."""


def _fail(message: str, case: Case, as_of: date) -> PropertyViolation:
    return PropertyViolation(f"{message}\n  as_of={as_of.isoformat()}\n  case={case.model_dump_json(exclude_defaults=True)}")


# --- helpers ------------------------------------------------------------------------------


def replace_facts(case: Case, changes: dict[str, Any]) -> Case | None:
    """``case`` with the dotted ``changes`` applied (``{"events.injury": None}``).

    A path given a value is dropped from ``confirmed_absent``. Returns ``None`` when the
    changed case is not valid (the variation does not exist in law), so callers skip it.
    """
    data = case.model_dump()
    absent = set(data.pop("confirmed_absent"))
    for path, value in changes.items():
        parts = path.split(".")
        target = data
        for part in parts[:-1]:
            target = target[part]
        target[parts[-1]] = value
        absent.discard(path)
    data["confirmed_absent"] = sorted(absent)
    try:
        return Case.model_validate(data)
    except ValidationError:
        return None


def _limitations(result: Result) -> dict[str | None, Deadline]:
    return {d.defendant: d for d in result.deadlines if d.kind == "limitation"}


def _position(deadline: Deadline) -> float | None:
    """A limitation deadline as an ordinal (+inf when time is not running); None if undecidable."""
    if deadline.date is not None:
        return float(date.fromisoformat(deadline.date).toordinal())
    if deadline.status == "indeterminate":
        return None
    return math.inf  # not_running, or met against a period that never ends


# --- (a) determinism ----------------------------------------------------------------------


def check_determinism(engine: Engine, case: Case, as_of: date) -> None:
    """Two evaluations of the same case on the same date give the same result."""
    first = engine.evaluate(case, as_of).to_dict()
    second = engine.evaluate(case, as_of).to_dict()
    if first != second:
        raise _fail("two evaluations of the same case differ", case, as_of)


# --- (b) a later filing never cures a bar -------------------------------------------------


def check_later_filing_never_cures(
    engine: Engine, case: Case, as_of: date, *, filed: date | None = None, delays: tuple[int, ...] = (1, 31, 366, 3653)
) -> None:
    """If filing on ``filed`` is out of time, filing later is never in time.

    ``filed`` defaults to the case's own ``complaint_filed``, or else the as-of date. For
    every defendant whose ``limitation`` status is ``expired`` with that filing date, the
    status with each later filing date (``filed`` + each of ``delays`` days) must not be
    ``met`` or ``open``.

    A line no filing can meet (``satisfied_by`` None - the re-filing line after a premature
    suit, *McNeil v United States*, where filing before the claim is exhausted is too early,
    not too late) is not a filing found late, and is skipped.
    """
    first_filing = filed or case.procedure.complaint_filed or as_of
    base = replace_facts(case, {"procedure.complaint_filed": first_filing})
    if base is None:
        return
    rules = {rule.id: rule for rule in engine.jurisdiction(case.jurisdiction).rules}
    barred = [
        name
        for name, d in _limitations(engine.evaluate(base, as_of)).items()
        if d.status == "expired" and getattr(rules.get(d.rule_id or ""), "satisfied_by", "") is not None
    ]
    if not barred:
        return
    for delay in delays:
        later_filing = first_filing + timedelta(days=delay)
        if later_filing > date(9000, 1, 1):
            continue
        variant = replace_facts(case, {"procedure.complaint_filed": later_filing})
        if variant is None:
            continue
        after = _limitations(engine.evaluate(variant, as_of))
        for name in barred:
            status = after[name].status if name in after else "missing"
            if status in ("met", "open"):
                raise _fail(
                    f"limitation for {name}: filing on {first_filing} is expired but filing later on "
                    f"{later_filing} is {status}",
                    case,
                    as_of,
                )


# --- (c) tolling never shortens -----------------------------------------------------------


def _incapacity_at_act(case: Case, end: date | None) -> dict[str, Any] | None:
    act = case.events.act_or_omission
    if act is None:
        return None
    periods = [p.model_dump() for p in case.claimant.incapacity or ()]
    periods.append({"start": act, "end": end})
    return {"claimant.incapacity": periods}


def _minor_at_act(case: Case, age_days: int = 10 * 365) -> dict[str, Any] | None:
    act = case.events.act_or_omission
    if act is None:
        return None
    born = case.claimant.date_of_birth
    if born is not None and act < born + relativedelta(years=18):
        return None  # already a minor at the act: a different birth date is not an added fact
    return {"claimant.date_of_birth": act - timedelta(days=age_days)}


def _later_treatment(case: Case, days: int = 400) -> dict[str, Any] | None:
    act = case.events.act_or_omission
    if act is None:
        return None
    current = case.events.continuous_treatment_end or act
    return {"events.continuous_treatment_end": current + timedelta(days=days)}


def _concealment(case: Case, days: int = 3 * 365) -> dict[str, Any] | None:
    act = case.events.act_or_omission
    if act is None:
        return None
    current = case.events.concealment_discovery
    if current is None:
        if "fraudulent_concealment" in (case.allegations or ()):
            return None  # concealment alleged and never discovered: time may not be running at all
        current = act
    alleged = sorted(set(case.allegations or ()) | {"fraudulent_concealment"})
    return {"allegations": alleged, "events.concealment_discovery": current + timedelta(days=days)}


#: Variations that add a tolling or postponing fact: name -> function(case) -> changes.
TOLLING_VARIATIONS: dict[str, Callable[[Case], dict[str, Any] | None]] = {
    "continuing incapacity from the act": lambda c: _incapacity_at_act(c, None),
    "incapacity from the act ending later": lambda c: _incapacity_at_act(
        c, c.events.act_or_omission + timedelta(days=4 * 365) if c.events.act_or_omission else None
    ),
    "minor at the act": _minor_at_act,
    "later continuous treatment end": _later_treatment,
    "fraudulent concealment discovered later": _concealment,
}


def _not_earlier(
    engine: Engine, case: Case, variant: Case, as_of: date, what: str, *, variant_may_be_later: bool
) -> None:
    """Every defendant's limitation in ``variant`` is not earlier (or, reversed, not later)."""
    before = _limitations(engine.evaluate(case, as_of))
    after = _limitations(engine.evaluate(variant, as_of))
    for name, old in before.items():
        new = after.get(name)
        if new is None:
            raise _fail(f"{what}: the limitation deadline for {name} disappeared", case, as_of)
        a, b = _position(old), _position(new)
        if a is None or b is None:
            continue
        if variant_may_be_later and b < a:
            raise _fail(f"{what}: limitation for {name} moved earlier, {old.date} -> {new.date}", case, as_of)
        if not variant_may_be_later and b > a:
            raise _fail(
                f"{what}: with the fact unknown the limitation for {name} is {new.date or 'never'}, later than "
                f"{old.date or 'never'} with it known",
                case,
                as_of,
            )


def check_tolling_never_shortens(
    engine: Engine, case: Case, as_of: date, *, variations: dict[str, Callable[[Case], dict[str, Any] | None]] | None = None
) -> None:
    """Adding a fact that can only toll or postpone time never makes any limitation earlier.

    The variations (see :data:`TOLLING_VARIATIONS`): incapacity covering the act and
    continuing or ending later, the claimant a minor at the act, a later end of continuous
    treatment, and alleged fraudulent concealment discovered later. A date-less
    ``not_running`` deadline counts as +infinity; an ``indeterminate`` one without a date
    is skipped.
    """
    for what, make in (variations or TOLLING_VARIATIONS).items():
        changes = make(case)
        if changes is None:
            continue
        variant = replace_facts(case, changes)
        if variant is None:
            continue
        _not_earlier(engine, case, variant, as_of, what, variant_may_be_later=True)


# --- (d) a missing fact gives the earliest date -------------------------------------------


def check_missing_fact_is_earliest(
    engine: Engine, case: Case, as_of: date, *, facts: dict[str, str] | None = None
) -> None:
    """With a known fact made unknown, no limitation date is later than with it known.

    Applied to each fact in :data:`UNKNOWABLE_FACTS` that the case knows (a value, or
    confirmed absent). Skipped for a defendant whose unknown-fact date is ``None`` with
    status indeterminate (the engine could not compute one).
    """
    for name, path in (facts or UNKNOWABLE_FACTS).items():
        section, field = path.split(".")
        value = getattr(getattr(case, section), field)
        if value is None and path not in case.confirmed_absent:
            continue  # already unknown
        variant = replace_facts(case, {path: None})
        if variant is None:
            continue
        _not_earlier(engine, case, variant, as_of, f"{name} made unknown", variant_may_be_later=False)


# --- (e) caps never raise an award --------------------------------------------------------


def check_caps_never_raise(engine: Engine, case: Case, as_of: date) -> None:
    """Caps and fault only reduce: claimed >= after caps >= after fault, per component;
    the recoverable sum is at most the claim and the fee limit at most the recovery."""
    result = engine.evaluate(case, as_of)
    money = result.damages
    if case.damages is None:
        if money is not None:
            raise _fail("damages were computed for a case that claims none", case, as_of)
        return
    if money is None:
        return
    for component, claimed in money.claimed.items():
        capped = money.after_caps.get(component, 0.0)
        faulted = money.after_fault.get(component, 0.0)
        if capped > claimed + _TOLERANCE:
            raise _fail(f"{component}: after caps {capped} exceeds the claim {claimed}", case, as_of)
        if faulted > capped + _TOLERANCE:
            raise _fail(f"{component}: after fault {faulted} exceeds after caps {capped}", case, as_of)
        if min(claimed, capped, faulted) < 0:
            raise _fail(f"{component}: a negative amount", case, as_of)
    total = sum(money.claimed.values())
    if money.recoverable > total + _TOLERANCE:
        raise _fail(f"recoverable {money.recoverable} exceeds the total claimed {total}", case, as_of)
    if money.fee_limit is not None and money.fee_limit > money.recoverable + _TOLERANCE:
        raise _fail(f"fee limit {money.fee_limit} exceeds the recovery {money.recoverable}", case, as_of)


# --- (f) well-formed results --------------------------------------------------------------


def check_well_formed(engine: Engine, case: Case, as_of: date) -> None:
    """Every deadline is cited and traced, every status is a known one, and each defendant
    has exactly one ``limitation`` deadline.

    A trace step's citation may be empty only for an "assumed ..." step (the engine's
    record of a conservative stand-in for an unknown fact).
    """
    result = engine.evaluate(case, as_of)
    names = [d.name for d in case.defendants]
    counts = {name: 0 for name in names}
    for d in result.deadlines:
        who = f"{d.kind} deadline ({d.rule_id or 'no rule'}) for {d.defendant}"
        if d.status not in DEADLINE_STATUSES:
            raise _fail(f"{who}: unknown status {d.status!r}", case, as_of)
        if not d.citation.strip():
            raise _fail(f"{who}: no citation", case, as_of)
        if not d.trace:
            raise _fail(f"{who}: empty trace", case, as_of)
        for step in d.trace:
            if not isinstance(step.citation, str):
                raise _fail(f"{who}: trace step {step.step!r} has no citation string", case, as_of)
            if not step.citation.strip() and not step.step.startswith("assumed "):
                raise _fail(f"{who}: trace step {step.step!r} has an empty citation", case, as_of)
        if d.date is not None:
            date.fromisoformat(d.date)
        if d.date is None and d.status in ("open", "expired"):
            raise _fail(f"{who}: status {d.status} without a date", case, as_of)
        if d.kind == "limitation":
            if d.defendant not in counts:
                raise _fail(f"{who}: a limitation deadline for an unknown defendant", case, as_of)
            counts[d.defendant] += 1
    for name, count in counts.items():
        if count != 1:
            raise _fail(f"defendant {name} has {count} limitation deadlines, not exactly one", case, as_of)
    for r in result.requirements:
        if r.status not in REQUIREMENT_STATUSES:
            raise _fail(f"requirement {r.kind}: unknown status {r.status!r}", case, as_of)
        if not r.citation.strip():
            raise _fail(f"requirement {r.kind}: no citation", case, as_of)
    if result.damages is not None:
        for limit in result.damages.limits:
            if not limit.citation.strip():
                raise _fail(f"damages limit {limit.rule_id}: no citation", case, as_of)


# --- (g) no exceptions --------------------------------------------------------------------


def check_never_raises(engine: Engine, case: Case, as_of: date) -> None:
    """Evaluating any valid case (deadlines, requirements, damages, with and without a
    trace) never raises, and the result serialises."""
    try:
        engine.evaluate(case, as_of).to_dict()
        engine.evaluate(case, as_of, trace=False).to_dict()
    except Exception as exc:  # the property is exactly "nothing escapes"
        raise _fail(f"evaluation raised {type(exc).__name__}: {exc}", case, as_of) from exc


#: Every property, by a short name (useful for parametrising a test).
ALL_PROPERTIES: dict[str, Callable[[Engine, Case, date], None]] = {
    "determinism": check_determinism,
    "later_filing_never_cures": check_later_filing_never_cures,
    "tolling_never_shortens": check_tolling_never_shortens,
    "missing_fact_is_earliest": check_missing_fact_is_earliest,
    "caps_never_raise": check_caps_never_raise,
    "well_formed": check_well_formed,
    "never_raises": check_never_raises,
}
