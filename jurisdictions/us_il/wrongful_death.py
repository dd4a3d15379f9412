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
from medmal.rules import DeadlineRule, InForce

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

__all__ = ["DEATH", "MOON", "WRONGFUL_DEATH_RULES", "death_last_day"]

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
