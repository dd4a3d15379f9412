"""Wrongful death: N.J.S.A. 2A:31-3, two years after the death.

"Every action brought under this chapter shall be commenced within two years after the
death of the decedent, and not thereafter" (a death by murder, aggravated manslaughter or
manslaughter with a conviction has no limit, L.2000, c.157). The action is independent of
the decedent's own malpractice claim: a claim the decedent let lapse does not bar it
(Miller v. Estate of Sperling, 166 N.J. 370 (2001)). Minority tolling does not extend it
for a deceased minor (Monk v. Kennedy Univ. Hosp., 473 N.J. Super. 178 (App. Div. 2022)),
and whether the discovery rule can (LaFage v. Jani, 166 N.J. 412 (2001), left open) is
not applied - the earlier date.
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import Expr, fact, roll_forward
from medmal.rules import DeadlineRule, InForce

from .calendar import RULE_1_3_1
from .njsa_2a_14 import PRIVATE

__all__ = ["DEATH", "NJSA_2A_31_3", "WRONGFUL_DEATH", "WRONGFUL_DEATH_RULES", "two_years_after_death"]

NJSA_2A_31_3 = "N.J.S.A. 2A:31-3"
DEATH = fact("death")
WRONGFUL_DEATH = fact("claim_type").eq("wrongful_death")


def two_years_after_death(cite: str = NJSA_2A_31_3) -> Expr:
    return roll_forward(
        (DEATH + Period(years=2)).step("2 years after the death of the decedent", cite=cite), cite=RULE_1_3_1
    )


WRONGFUL_DEATH_RULES = (
    DeadlineRule(
        id="us-nj.limitation.2a-31-3",
        version="2000",
        kind="limitation",
        title="Wrongful death: 2 years after the death (2A:31-3)",
        citation=f"{NJSA_2A_31_3}; {RULE_1_3_1}",
        in_force=InForce(note="2A:31-3 as amended by L.2000, c.157 (homicide exception); not gated"),
        applies=PRIVATE & WRONGFUL_DEATH,
        overrides=("us-nj.limitation.2a-14-2",),
        date=two_years_after_death(),
        satisfied_by="complaint_filed",
        verified="primary",
        uncertainty=(
            "The discovery rule is not applied to the two years (LaFage v. Jani left the point open). The survival "
            "claim (2A:15-3) runs on the decedent's own period (Warren v. Muenzen, 2016) and is not computed here."
        ),
        sources=(
            "https://law.justia.com/codes/new-jersey/title-2a/section-2a-31-3",
            "https://law.justia.com/cases/new-jersey/supreme-court/2001/a-90-99-opn.html",
        ),
    ),
)
