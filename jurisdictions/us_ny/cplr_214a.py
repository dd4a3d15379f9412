"""CPLR 214-a (medical malpractice) with the CPLR 208 infancy and insanity tolls.

CPLR 214-a: "An action for medical, dental or podiatric malpractice must be commenced
within two years and six months of the act, omission or failure complained of or last
treatment where there is continuous treatment for the same illness, injury or condition
..., provided, however, that: (a) [foreign object: one year from discovery] and (b)
[failure to diagnose cancer or a malignant tumor: two years and six months from the later
of knowledge, capped at seven years from the act, or the last continuous treatment]."

Versions:

* ``1986`` - acts or omissions before 2015-07-31 (L.1975 ch. 109 as amended by L.1986
  ch. 485). Lavern's Law does not reach them, except its six-month revival of cancer
  claims that became time-barred in the ten months before 2018-01-31.
* ``2018`` - acts or omissions on or after 2015-07-31: L.2017 ch. 506 as amended by
  L.2018 ch. 1 (Lavern's Law), signed and effective 2018-01-31, applies to "acts,
  omissions, or failures occurring within 2 years and 6 months prior to the effective
  date of this act, and not before" (Ford v Lee, 2022 NY Slip Op 01414 (1st Dept)).

The expressions here are shared with the public-entity and wrongful-death rules, which
reuse the same accrual and tolls.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from medmal.calendar import Period
from medmal.expr import (
    Expr,
    cap,
    const,
    earlier,
    fact,
    has,
    incapacity_end,
    later,
    postpone,
    roll_forward,
    safe,
    suspend,
    when,
)
from medmal.rules import DeadlineRule, InForce

from .calendar import GCL_25A

__all__ = [
    "ACCRUAL",
    "ACT",
    "CONTINUOUS_TREATMENT_END",
    "CPLR_208",
    "CPLR_214A",
    "LIMITATION_RULES",
    "PRIVATE",
    "covid_reading",
    "disability_extension",
    "medical_malpractice_last_day",
    "under_covid_orders",
    "with_covid_orders",
]

CPLR_214A = "N.Y. CPLR 214-a"
CPLR_208 = "N.Y. CPLR 208(a)"
LAVERN = "N.Y. CPLR 214-a(b) (Lavern's Law, L.2017 ch. 506 as amended by L.2018 ch. 1)"
REVIVAL = "L.2018 ch. 1 (revival of cancer claims barred in the ten months before 2018-01-31); Ford v Lee, 2022 NY Slip Op 01414"
LAVERN_APPLIES_FROM = date(2015, 7, 31)
TWO_YEARS_SIX_MONTHS = Period(years=2, months=6)

ACT = fact("act_or_omission")
CONTINUOUS_TREATMENT_END = fact(
    "continuous_treatment_end",
    assume=ACT,
    why="continuous treatment cannot end before the act; without it time runs from the act",
)
KNOWLEDGE = fact(
    "discovery",
    assume=ACT,
    why="knowledge of the act and the injury cannot come before the act itself",
)
PRIVATE = fact("defendant.public_entity").is_in(None)


#: 214-a: time runs from the act, omission or failure, or the last continuous treatment if later.
ACCRUAL = later(ACT, CONTINUOUS_TREATMENT_END).step(
    "time runs from the act, or from the last continuous treatment for the same condition if later",
    cite=CPLR_214A,
)

# Executive Order 202.8 (20 March 2020) and its extensions to 3 November 2020 (EO 202.67):
# "any specific time limit for the commencement, filing, or service of any legal action,
# notice ... is hereby tolled". Courts split on whether that is a toll (Brash v Richards,
# 195 AD3d 582 (2d Dept 2021): the period stops running for the 228 days) or a suspension
# (only deadlines falling inside the window move, to the day after it ends).
COVID_FROM = date(2020, 3, 20)
COVID_TO = date(2020, 11, 3)
EXECUTIVE_ORDER = "N.Y. Executive Order 202.8 (9 NYCRR 8.202.8), extended to 2020-11-03 (EO 202.67)"
BRASH = "Brash v Richards, 195 AD3d 582 (2d Dept 2021)"


def covid_reading(last_day: Expr, start: Expr, reading: str) -> Expr:
    """``last_day`` under one reading of the 2020 executive orders ("none" ignores them)."""
    if reading == "suspension":
        return postpone(
            last_day,
            COVID_FROM,
            COVID_TO,
            label="the last day fell while Executive Order 202.8 was in force: extended to the day after it "
            "ended (the suspension reading, the earlier one)",
            cite=EXECUTIVE_ORDER,
        )
    if reading == "toll":
        return suspend(last_day, start, COVID_FROM, COVID_TO).step(
            "Executive Order 202.8 read as a toll: time did not run from 2020-03-20 to 2020-11-03", cite=BRASH
        )
    return last_day


def under_covid_orders(build: Callable[[str], Expr], could_matter: Expr | None = None) -> Expr:
    """The safe (suspension) date, naming the toll reading's date where it differs.

    Where the orders cannot matter (the period ended before 2020-03-20 or began after
    2020-11-03) both readings give the plain date and no alternative is shown. Every New
    York period here starts on or after the act, so an act after the window decides that
    at once, from a fact, before any date is computed.
    """
    return when(
        ACT.le(const(COVID_TO)),
        safe(
            build("suspension"),
            build("toll"),
            label="Executive Order 202.8 read as a toll (Brash v Richards): time stopped from 2020-03-20 to "
            "2020-11-03",
            cite=f"{EXECUTIVE_ORDER}; {BRASH}",
            only_if=could_matter,
        ),
        build("none"),
    )


def disability_extension(period: Period) -> Expr:
    """CPLR 208(a): infancy or insanity "at the time the cause of action accrues" extends a
    period under three years by the period of disability, but in medical malpractice never
    beyond ten years.

    The cause of action accrues on the act or omission (continuous treatment only delays
    when time runs), so the disability is tested on the act - the earlier, safe reading.
    The ten years run from the act too (Daniel J. v NYC Health & Hosps. Corp., 77 NY2d 630
    (1991)).
    """
    adulthood = (fact("date_of_birth") + Period(years=18)).step(
        "18th birthday: infancy ends (CPLR 105(j))", cite="N.Y. CPLR 105(j)"
    )
    infancy_end = when(ACT.lt(adulthood), adulthood)
    insanity_end = incapacity_end(ACT)
    disability_end = later(infancy_end, insanity_end)
    extended = (disability_end + period).step(f"{period} after the disability ends", cite=CPLR_208)
    ten_years = (ACT + Period(years=10)).step("not beyond ten years after accrual (medical malpractice)", cite=CPLR_208)
    return cap(extended, ten_years).step("the extended date, capped at ten years", cite=CPLR_208)


def medical_malpractice_last_day(*, lavern: bool, period: Period = TWO_YEARS_SIX_MONTHS) -> Expr:
    """The 214-a last day before the GCL § 25-a roll (``period`` differs for GML 50-i)."""
    start = ACCRUAL
    base = (start + period).step(f"{period} from accrual", cite=CPLR_214A)
    foreign_object = when(
        has("foreign_object"),
        (fact("foreign_object_discovery") + Period(years=1)).step(
            "foreign object: one year from discovery (or from facts that would reasonably lead to it)",
            cite=f"{CPLR_214A}(a)",
        ),
    )
    extensions = [base, foreign_object, disability_extension(period)]
    if lavern:
        knowledge_limb = earlier(
            (KNOWLEDGE + period).step(f"{period} from knowledge of the act and the injury", cite=LAVERN),
            (ACT + Period(years=7)).step("no later than seven years from the act or omission", cite=LAVERN),
        )
        treatment_limb = (CONTINUOUS_TREATMENT_END + period).step(
            f"{period} from the last continuous treatment", cite=LAVERN
        )
        extensions.append(when(has("failure_to_diagnose_cancer"), later(knowledge_limb, treatment_limb)))
    last_day = later(*extensions).step("the latest of the periods that apply", cite=CPLR_214A)
    if not lavern:
        revived = when(
            has("failure_to_diagnose_cancer") & last_day.ge(const(date(2017, 3, 30))) & last_day.lt(
                const(date(2018, 1, 30))
            ),
            const(date(2018, 7, 31)).step(
                "cancer claim time-barred in the ten months before 2018-01-31: revived until 2018-07-31",
                cite=REVIVAL,
            ),
        )
        last_day = later(last_day, revived)
    return last_day


def with_covid_orders(last_day: Expr, start: Expr = ACCRUAL) -> Expr:
    """``last_day`` rolled by GCL § 25-a, under the 2020 executive orders where they could matter."""
    return under_covid_orders(
        lambda reading: roll_forward(covid_reading(last_day, start, reading), cite=GCL_25A),
        last_day.ge(const(COVID_FROM)) & start.le(const(COVID_TO)),
    )


def _limitation(version: str, lavern: bool, window: InForce, uncertainty: str) -> DeadlineRule:
    return DeadlineRule(
        id="us-ny.limitation.cplr-214-a",
        version=version,
        kind="limitation",
        title="Medical malpractice: 2 years 6 months (CPLR 214-a, tolls of CPLR 208)",
        citation=f"{CPLR_214A}; {CPLR_208}; {GCL_25A}",
        in_force=window,
        applies=PRIVATE & fact("claim_type").eq("personal_injury"),
        date=with_covid_orders(medical_malpractice_last_day(lavern=lavern)),
        satisfied_by="complaint_filed",
        verified="primary",
        uncertainty=uncertainty,
        sources=(
            "https://www.nysenate.gov/legislation/laws/CVP/214-A",
            "https://www.nysenate.gov/legislation/laws/CVP/208",
        ),
    )


_TOLL_NOTE = (
    "CPLR 208's ten-year cap is taken from the act or omission (Daniel J., 77 NY2d 630), the earlier reading "
    "where treatment continued; infancy and insanity are tested on the act; where both existed the later end is "
    "used; a claimant born on 29 February is taken to turn 18 on 28 February in a common year (the earlier "
    "reading); the extended period runs from the 18th birthday, that day excluded (GCL § 20), as New York courts "
    "count it - the English reading that adulthood begins at the start of the birthday (Matthew v Sedman) would "
    "end it one day earlier and is not applied. Executive Order 202.8 (2020): the safe date reads it as a suspension; the toll reading (Brash v "
    "Richards, 2d Dept 2021), adopted by several appellate courts, is named as the alternative, approximating the "
    "start of an infancy-extended period by accrual."
)

LIMITATION_RULES = (
    _limitation(
        "1986",
        False,
        InForce(
            start=date(1975, 7, 1),
            end=LAVERN_APPLIES_FROM,
            note="acts or omissions from 1975-07-01 (L.1975 ch. 109, secondary source) to 2015-07-30",
        ),
        _TOLL_NOTE
        + " The revival window is read as a last day from 2017-03-30 to 2018-01-29 (barred from 2017-03-31 to "
        "2018-01-30); the body text of L.2018 ch. 1 was seen only as quoted in Ford v Lee. A claim whose last day was 2018-01-30 (act "
        "2015-07-30) falls between that window and Lavern's Law on a literal reading; Ford v Lee's paraphrase of the "
        "window (\"between March 31, 2017 and January 31, 2018\") would revive it to 2018-07-31 - argue it if needed.",
    ),
    _limitation(
        "2018",
        True,
        InForce(start=LAVERN_APPLIES_FROM, note="acts or omissions on or after 2015-07-31 (Lavern's Law)"),
        _TOLL_NOTE
        + " Lavern's Law: the seven-year limit is read as limiting only the knowledge limb, not the "
        "continuous-treatment limb (the text places it inside limb (i)); no appellate decision on the point was found.",
    ),
)
