"""Wrongful death from medical malpractice: 13-212(a) as read by Moon v. Rhode.

The Wrongful Death Act (740 ILCS 180/2) says an action "shall be commenced within 2 years
after the death", but where the death arises out of patient care, Moon v. Rhode, 2016 IL
119572 (2016-09-22), holds that 13-212(a) governs with its discovery rule: the 2 years run
from when the personal representative knew or should have known of the death and that it
was wrongfully caused, and the 4-year repose from the act still applies. 13-215
(fraudulent concealment) reaches these actions as it reaches 13-212.
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import Expr, earlier, fact, later, roll_forward
from medmal.rules import DeadlineRule, InForce, WarningRule

from .calendar import ILCS_1_11
from .ccp_13_212 import (
    ACT,
    ILCS_13_212,
    ILCS_13_215,
    PRIVATE,
    WRONGFUL_DEATH,
    concealment_limb,
    under_readings,
)

__all__ = ["DEATH", "DECEDENT_CLAIM_WARNING", "MOON", "WRONGFUL_DEATH_RULES", "death_last_day"]

MOON = "Moon v. Rhode, 2016 IL 119572"
WDA = "740 ILCS 180/2"
DEATH = fact("death")


def death_last_day(reading: str, cite: str, *, concealment: bool = True) -> Expr:
    """2 years from knowledge of the death and its wrongful cause, never after 4 years from the act."""
    knowledge = later(DEATH, fact("discovery")).step(
        "the representative's knowledge of the death and that it was wrongfully caused (not before the death)",
        cite=MOON,
    )
    two_years = (knowledge + Period(years=2)).step("2 years after that knowledge", cite=f"{cite}; {MOON}")
    repose = (ACT + Period(years=4)).step("in no event more than 4 years after the act or omission", cite=cite)
    ordinary = earlier(two_years, repose).step("the earlier of the 2 years and the 4-year repose", cite=cite)
    if concealment:
        ordinary = later(ordinary, concealment_limb(repose, reading))
    return roll_forward(ordinary, cite=ILCS_1_11)


WRONGFUL_DEATH_RULES = (
    DeadlineRule(
        id="us-il.limitation.13-212-death",
        version="2016",
        kind="limitation",
        title="Wrongful death arising out of patient care: 2 years from knowledge of the wrongful death, 4-year repose",
        citation=f"{ILCS_13_212}(a); {WDA}; {MOON}; {ILCS_1_11}",
        in_force=InForce(note="Moon v. Rhode, decided 2016-09-22, states the law as it has always been; not gated"),
        applies=PRIVATE & WRONGFUL_DEATH,
        overrides=("us-il.limitation.13-212",),
        date=under_readings(
            death_last_day("safe", f"{ILCS_13_212}(a)"),
            death_last_day("alternative", f"{ILCS_13_212}(a)"),
            "13-215 applied whenever fraudulent concealment is alleged",
            ILCS_13_215,
        ),
        satisfied_by="complaint_filed",
        verified="secondary",
        uncertainty=(
            "Moon v. Rhode was read in summaries, not in the opinion. events.discovery is taken as the "
            "representative's knowledge of the death and its wrongful cause; without it, time runs from the death. "
            "The decedent's own survival claim (755 ILCS 5/27-6) runs from the decedent's knowledge and is not "
            "computed here."
        ),
        sources=("https://www.ilga.gov/legislation/ilcs/documents/074001800K2.htm",),
    ),
)


DECEDENT_CLAIM_WARNING = WarningRule(
    id="us-il.warning.death-claim-needs-a-live-claim-at-death",
    version="1995",
    in_force=InForce(note="Varelis v. Northwestern Memorial Hospital, 167 Ill. 2d 449 (1995)"),
    title="The decedent's own claim may have lapsed before the death",
    citation="740 ILCS 180/1; Varelis v. Northwestern Memorial Hospital, 167 Ill. 2d 449 (1995)",
    message=(
        "The death came more than two years after the act or omission. A wrongful-death action lies only where the "
        "decedent could have sued had they lived (740 ILCS 180/1); Illinois treats it as depending on the "
        "decedent's right of action at death (Varelis). If the decedent's own two years (from their knowledge of "
        "the injury and its wrongful cause, 13-212(a)) had run before the death, the death claim may be barred "
        "whatever date is shown for it."
    ),
    code="law",
    fact="events.discovery",
    applies=WRONGFUL_DEATH & DEATH.gt(ACT + Period(years=2)) & DEATH.lt(ACT + Period(years=4)),
    verified="unverified",
    uncertainty="Varelis was not read (reported by an independent reviewer); how far it bars a death claim after the "
    "decedent's own limitation ran is not settled here, so no date is changed.",
)
