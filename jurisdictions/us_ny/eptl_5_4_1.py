"""EPTL 5-4.1: wrongful death, two years after the decedent's death.

"Such an action must be commenced within two years after the decedent's death" -
and only "against a person who would have been liable to the decedent ... if death had
not ensued", so where the decedent's own malpractice claim was already time-barred at
death, the death claim is barred too (Proano v Gutman, 2022 NY Slip Op 07253 (2d Dept)).
The two-year period governs even where the death came from malpractice (Krowicki v St.
Elizabeth Hosp., 4th Dept 1985). The Grieving Families Act, which would have lengthened
it, was vetoed (the fourth time on 2025-12-05).
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import Expr, const, fact, roll_forward, when
from medmal.rules import DeadlineRule

from .calendar import GCL_25A
from .cplr_214a import (
    ACCRUAL,
    ACT,
    COVID_TO,
    CPLR_214A,
    LIMITATION_RULES,
    PRIVATE,
    covid_reading,
    medical_malpractice_last_day,
    under_covid_orders,
)

__all__ = ["EPTL_5_4_1", "WRONGFUL_DEATH_RULES", "death_claim_last_day", "death_claim_with_covid_orders"]

EPTL_5_4_1 = "N.Y. EPTL 5-4.1(1)"
DEATH = fact("death")


def death_claim_last_day(after_death: Expr, decedent_last_day: Expr) -> Expr:
    """``after_death`` if the decedent's own claim was alive at death, else that claim's last day."""
    return when(
        decedent_last_day.ge(DEATH),
        after_death,
        decedent_last_day.step(
            "the decedent's own claim was time-barred before death, so the death claim is barred too",
            cite="Proano v Gutman, 2022 NY Slip Op 07253 (2d Dept)",
        ),
    )


def death_claim_with_covid_orders(decedent_last_day: Expr, after_death: Expr, cite: str) -> Expr:
    """The death claim's last day under each reading of the 2020 executive orders, which
    reach both the decedent's own period and the period running from the death."""

    def build(reading: str) -> Expr:
        decedent = roll_forward(covid_reading(decedent_last_day, ACCRUAL, reading), cite=GCL_25A).step(
            "the decedent's own malpractice claim would have expired on", cite=cite
        )
        after = roll_forward(covid_reading(after_death, DEATH, reading), cite=GCL_25A)
        return death_claim_last_day(after, decedent)

    return under_covid_orders(build, ACT.le(const(COVID_TO)))


_TWO_YEARS = (DEATH + Period(years=2)).step("two years after the decedent's death", cite=EPTL_5_4_1)

WRONGFUL_DEATH_RULES = tuple(
    DeadlineRule(
        id="us-ny.limitation.eptl-5-4.1",
        version=version,
        kind="limitation",
        title="Wrongful death: 2 years after death (EPTL 5-4.1)",
        citation=f"{EPTL_5_4_1}; {GCL_25A}",
        in_force=rule.in_force,
        applies=PRIVATE & fact("claim_type").eq("wrongful_death"),
        overrides=("us-ny.limitation.cplr-214-a",),
        date=death_claim_with_covid_orders(medical_malpractice_last_day(lavern=lavern), _TWO_YEARS, CPLR_214A),
        satisfied_by="complaint_filed",
        verified="primary",
        uncertainty=(
            "The 'not barred at death' condition is case law (Proano v Gutman), not statute text. The decedent's "
            "own survival claim (CPLR 210(b)) is not computed here."
        ),
        sources=("https://www.nysenate.gov/legislation/laws/EPT/5-4.1",),
    )
    # The versions follow CPLR 214-a's, because the decedent's own claim decides the bar.
    for version, lavern, rule in (("1986", False, LIMITATION_RULES[0]), ("2018", True, LIMITATION_RULES[1]))
)
