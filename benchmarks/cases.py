"""Seeded generator of realistic, valid case dicts, and a plain-Python NY baseline.

``generate_cases(code, n, seed)`` returns ``n`` case dicts (JSON-shaped: dates as ISO
strings) that ``Case.model_validate`` accepts, for any registered jurisdiction code. The
mix covers the facts the rules branch on: adults, minors and unknown dates of birth;
incapacity unknown, none, or covering the act; continuous treatment (known, confirmed
absent, unknown); discovery dates; cancer and foreign-object allegations; wrongful death;
municipal defendants; damages. Codes the generator does not know get the same generic
mix (the case format is the same everywhere), with the jurisdiction's own currency.

``plain_ny_limitation`` is a hand-written New York CPLR 214-a last day - the baseline
the engine is compared against. It covers only the private personal-injury limitation
(no foreign object, cancer or incapacity), so it is compared on the cases that reduce to
that (:func:`plain_ny_inputs`).
"""

from __future__ import annotations

import calendar as _calendar
import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from medmal.jurisdictions.us_ny.calendar import NEW_YORK_CALENDAR

#: Test-suite fixtures that are not part of medmal (the overlay adds a firm-policy warning to
#: every jurisdiction): kept out of the measurements when they happen to be installed.
BENCH_BLOCK = ("test_pack_overlay",)

__all__ = [
    "AS_OF",
    "generate_cases",
    "plain_ny_inputs",
    "plain_ny_limitation",
    "representative_case",
]

#: The as-of date every benchmark evaluates on (results stay reproducible).
AS_OF = date(2026, 6, 1)

_FIRST_ACT = date(2008, 1, 1)
_LAST_ACT = date(2025, 12, 31)
_OTHER_ALLEGATIONS = ("birth_injury", "wrong_site_surgery", "medication_error", "fraudulent_concealment")
_DEFENDANT_NAMES = ("Dr Adams", "Dr Baker", "Dr Chen", "Dr Diaz", "St Mary's Hospital", "City Hospital", "Clinic")


def _day(rng: random.Random, start: date, end: date) -> date:
    if end <= start:
        return start
    return start + timedelta(days=rng.randint(0, (end - start).days))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _currency(code: str) -> str:
    try:
        from medmal import Engine

        found = Engine(block=BENCH_BLOCK).registry.resolve(code)
    except Exception:
        found = None
    if found is not None:
        return found.currency
    return {"GB": "GBP", "IE": "EUR", "CA": "CAD", "AU": "AUD"}.get(code.split("-")[0].upper(), "USD")


def _one_case(rng: random.Random, code: str, currency: str) -> dict[str, Any]:
    absent: list[str] = []
    act = _day(rng, _FIRST_ACT, _LAST_ACT)

    # --- the claimant: adult, minor at the act, or date of birth unknown ---------------
    age_kind = rng.choices(("adult", "minor", "unknown"), weights=(65, 25, 10))[0]
    dob: date | None
    if age_kind == "adult":
        dob = _day(rng, _years_before(act, 90), _years_before(act, 18) - timedelta(days=1))
    elif age_kind == "minor":
        # birth injuries (act on the day of birth) are a common minor's claim
        dob = act if rng.random() < 0.25 else _day(rng, _years_before(act, 17), act)
    else:
        dob = None

    incapacity: list[dict[str, Any]] | None
    inc_kind = rng.choices(("none", "unknown", "covering", "later"), weights=(70, 12, 12, 6))[0]
    if inc_kind == "none":
        incapacity = []
    elif inc_kind == "unknown":
        incapacity = None
    elif inc_kind == "covering":
        start = act - timedelta(days=rng.randint(0, 2000))
        if dob is not None and start < dob:
            start = dob
        end = None if rng.random() < 0.4 else act + timedelta(days=rng.randint(0, 1500))
        incapacity = [{"start": start.isoformat(), "end": end.isoformat() if end else None}]
    else:  # a period after the act: does not toll (CPLR 208 looks at accrual)
        start = act + timedelta(days=rng.randint(30, 900))
        incapacity = [{"start": start.isoformat(), "end": (start + timedelta(days=rng.randint(10, 400))).isoformat()}]

    # --- events ------------------------------------------------------------------------
    events: dict[str, Any] = {"act_or_omission": act.isoformat()}
    latest_before_death = act
    ct_kind = rng.choices(("known", "absent", "unknown"), weights=(30, 45, 25))[0]
    if ct_kind == "known":
        ct_end = min(act + timedelta(days=rng.randint(0, 900)), AS_OF)
        events["continuous_treatment_end"] = ct_end.isoformat()
        latest_before_death = max(latest_before_death, ct_end)
    elif ct_kind == "absent":
        absent.append("events.continuous_treatment_end")
    if rng.random() < 0.6:
        injury = min(act + timedelta(days=rng.randint(0, 60)), AS_OF)
        events["injury"] = injury.isoformat()
        latest_before_death = max(latest_before_death, injury)
    if rng.random() < 0.5:
        events["discovery"] = min(act + timedelta(days=rng.randint(0, 1500)), AS_OF).isoformat()

    allegations: list[str] | None
    al_kind = rng.choices(("unknown", "none", "cancer", "foreign_object", "other"), weights=(10, 35, 25, 12, 18))[0]
    if al_kind == "unknown":
        allegations = None
    elif al_kind == "none":
        allegations = []
    elif al_kind == "cancer":
        allegations = ["failure_to_diagnose_cancer"]
    elif al_kind == "foreign_object":
        allegations = ["foreign_object"]
        if rng.random() < 0.7:
            events["foreign_object_discovery"] = min(act + timedelta(days=rng.randint(0, 2500)), AS_OF).isoformat()
    else:
        allegations = rng.sample(_OTHER_ALLEGATIONS, rng.randint(1, 2))

    claim_type = "wrongful_death" if rng.random() < 0.15 else "personal_injury"
    if claim_type == "wrongful_death":
        death = min(latest_before_death + timedelta(days=rng.randint(0, 1000)), AS_OF)
        death = max(death, latest_before_death)
        events["death"] = death.isoformat()
        if rng.random() < 0.6:
            events["representative_appointed"] = (death + timedelta(days=rng.randint(5, 300))).isoformat()
        if events.get("discovery") and date.fromisoformat(events["discovery"]) > death:
            events["discovery"] = death.isoformat()

    # --- defendants: private or municipal -----------------------------------------------
    defendants = []
    for name in rng.sample(_DEFENDANT_NAMES, rng.choices((1, 2, 3), weights=(60, 30, 10))[0]):
        kind = "hospital" if "Hospital" in name else ("other_provider" if name == "Clinic" else "physician")
        municipal = (kind == "hospital" and rng.random() < 0.4) or rng.random() < 0.05
        defendant: dict[str, Any] = {"name": name, "kind": kind, "public_entity": "municipal" if municipal else None}
        defendants.append(defendant)

    procedure: dict[str, Any] = {}
    if rng.random() < 0.3:
        procedure["complaint_filed"] = _day(rng, act + timedelta(days=90), act + timedelta(days=1200)).isoformat()
        if rng.random() < 0.7:
            procedure["certificate_of_merit_served"] = procedure["complaint_filed"]
    if any(d["public_entity"] for d in defendants) and rng.random() < 0.4:
        procedure["notice_of_claim_served"] = (act + timedelta(days=rng.randint(10, 150))).isoformat()

    case: dict[str, Any] = {
        "jurisdiction": code,
        "claim_type": claim_type,
        "claimant": {"date_of_birth": dob.isoformat() if dob else None, "incapacity": incapacity},
        "defendants": defendants,
        "events": events,
        "allegations": allegations,
        "procedure": procedure,
    }
    if rng.random() < 0.6:
        economic = round(rng.uniform(0, 2_000_000), 2)
        non_economic = round(rng.uniform(0, 3_000_000), 2)
        damages: dict[str, Any] = {"currency": currency, "economic": economic, "non_economic": non_economic}
        if rng.random() < 0.1:
            damages["punitive"] = round(rng.uniform(0, 500_000), 2)
        if rng.random() < 0.5:
            damages["future_economic"] = round(economic * rng.random(), 2)
            damages["future_non_economic"] = round(non_economic * rng.random(), 2)
        case["damages"] = damages
    if rng.random() < 0.7:
        case["claimant_fault"] = rng.choice((0.0, 0.0, 0.1, 0.25, 0.4, 0.6))
    if absent:
        case["confirmed_absent"] = absent
    return case


def generate_cases(code: str, n: int, seed: int = 20260601) -> list[dict[str, Any]]:
    """``n`` valid case dicts for ``code``; the same seed gives the same cases."""
    rng = random.Random(f"{seed}:{code}")
    currency = _currency(code)
    return [_one_case(rng, code, currency) for _ in range(n)]


def representative_case(code: str) -> dict[str, Any]:
    """One typical case: an adult, one private physician, continuous treatment, damages."""
    return {
        "jurisdiction": code,
        "claim_type": "personal_injury",
        "claimant": {"date_of_birth": "1975-03-14", "incapacity": []},
        "defendants": [{"name": "Dr Adams", "kind": "physician", "public_entity": None}],
        "events": {
            "act_or_omission": "2022-02-10",
            "injury": "2022-02-11",
            "discovery": "2022-09-01",
            "continuous_treatment_end": "2022-11-30",
        },
        "allegations": ["medication_error"],
        "procedure": {},
        "damages": {"currency": _currency(code), "economic": 180_000.0, "non_economic": 450_000.0},
        "claimant_fault": 0.0,
    }


# --- the plain-Python New York baseline ----------------------------------------------


def _add_months(day: date, months: int) -> date:
    """Calendar-month addition clamped to the end of a shorter month (GCL § 30)."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


_COVID_FROM = date(2020, 3, 20)
_COVID_TO = date(2020, 11, 3)


def plain_ny_limitation(
    act: date,
    dob: date | None = None,
    ct_end: date | None = None,
    *,
    is_closed: Callable[[date], bool] = NEW_YORK_CALENDAR.is_closed,
) -> date:
    """CPLR 214-a last day for a private personal-injury claim, by hand.

    2 years 6 months from the later of the act and the end of continuous treatment; if the
    claimant was under 18 at the act (CPLR 208), 2 years 6 months from the 18th birthday,
    but not beyond 10 years after the act; the later applies; a last day falling while
    Executive Order 202.8 was in force moves to 2020-11-04 (the safe, suspension reading);
    a last day on a weekend or a GCL § 24 holiday rolls to the next business day (GCL § 25-a).
    """
    accrual = ct_end if ct_end is not None and ct_end > act else act
    last = _add_months(accrual, 30)
    if dob is not None:
        adulthood = _add_months(dob, 18 * 12)
        if act < adulthood:  # infancy "at the time the cause of action accrues": the act
            extended = min(_add_months(adulthood, 30), _add_months(act, 120))
            if extended > last:
                last = extended
    if _COVID_FROM <= last <= _COVID_TO:  # Executive Order 202.8, suspension reading
        last = _COVID_TO + timedelta(days=1)
    one_day = timedelta(days=1)
    while is_closed(last):
        last += one_day
    return last


def plain_ny_inputs(case: dict[str, Any]) -> tuple[date, date | None, date | None] | None:
    """``(act, dob, ct_end)`` for a case the plain baseline fully decides, else None.

    That is a private personal-injury claim with every fact the rule reads known: date of
    birth, no incapacity, no foreign-object or cancer allegation, continuous treatment known
    or confirmed absent.
    """
    events = case["events"]
    claimant = case["claimant"]
    allegations = case.get("allegations")
    if case["claim_type"] != "personal_injury" or any(d.get("public_entity") for d in case["defendants"]):
        return None
    if claimant.get("date_of_birth") is None or claimant.get("incapacity") != [] or allegations is None:
        return None
    if "foreign_object" in allegations or "failure_to_diagnose_cancer" in allegations:
        return None
    ct = events.get("continuous_treatment_end")
    if ct is None and "events.continuous_treatment_end" not in case.get("confirmed_absent", ()):
        return None
    return (
        date.fromisoformat(events["act_or_omission"]),
        date.fromisoformat(claimant["date_of_birth"]),
        date.fromisoformat(ct) if ct else None,
    )
