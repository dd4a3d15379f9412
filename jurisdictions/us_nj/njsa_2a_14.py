"""N.J.S.A. 2A:14-2 and 2A:14-21: two years, minors until 20, birth injuries before 13.

* 2A:14-2(a): an action for an injury to the person "shall be commenced within two years
  next after the cause of any such action shall have accrued"; a malpractice claim accrues
  when the patient knew or should have known of the injury and that it was someone's
  fault (the judicial discovery rule, Lopez v. Swyer, 62 N.J. 267 (1973)).
* 2A:14-21: a person "under the age of 18 years or a person who has a mental disability
  that prevents the person from understanding his legal rights or commencing a legal
  action at the time the cause of action ... accrues" may sue "within the time as limited
  by those statutes, after reaching majority or having the mental capacity" - two years
  after the 18th birthday, and for disability with no outer limit. "Notwithstanding ...,
  an action by or on behalf of a minor that has accrued for medical malpractice for
  injuries sustained at birth shall be commenced prior to the minor's 13th birthday, as
  provided in N.J.S.2A:14-2" (P.L.2004, c.17, approved 2004-06-07); if the parent or
  guardian has not sued by the 12th birthday, the minor or a designated adult may.

There is no statute of repose. Fraudulent concealment tolls only as equity allows and is
not computed (the earlier date).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from medmal.calendar import Period
from medmal.expr import Expr, const, fact, has, incapacity_end, later, roll_back, roll_forward, safe, when
from medmal.rules import DeadlineRule, InForce

from .calendar import RULE_1_3_1

__all__ = [
    "ACT",
    "BIRTH_RULE_FROM",
    "DISCOVERY",
    "LIMITATION_RULES",
    "MINOR_AT_ACT",
    "NJSA_2A_14_2",
    "NJSA_2A_14_21",
    "PERSONAL_INJURY",
    "last_day",
    "under_readings",
]

NJSA_2A_14_2 = "N.J.S.A. 2A:14-2(a)"
NJSA_2A_14_21 = "N.J.S.A. 2A:14-21"
LOPEZ = "Lopez v. Swyer, 62 N.J. 267 (1973)"
BIRTH_RULE_FROM = date(2004, 6, 7)  # P.L.2004, c.17 approved
SOURCES = (
    "https://law.justia.com/codes/new-jersey/title-2a/section-2a-14-21",
    "https://law.justia.com/codes/new-jersey/title-2a/section-2a-14-2",
)

ACT = fact("act_or_omission")
DISCOVERY = fact(
    "discovery",
    assume=ACT,
    why="the patient cannot know of an injury, or that it was someone's fault, before the act that caused it",
)
BIRTH = fact("date_of_birth")
PRIVATE = fact("defendant.public_entity").is_in(None)
PERSONAL_INJURY = fact("claim_type").eq("personal_injury")

_BIRTHDAY_18 = (BIRTH + Period(years=18)).step("18th birthday: majority", cite=NJSA_2A_14_21)
MINOR_AT_ACT = ACT.lt(_BIRTHDAY_18)
#: Injuries sustained at birth, to a child born once P.L.2004, c.17 was in force.
BIRTH_INJURY = has("birth_injury") & ACT.le(BIRTH + Period(days=1)) & BIRTH.ge(const(BIRTH_RULE_FROM))


def _two_years_from_accrual() -> Expr:
    return (DISCOVERY + Period(years=2)).step(
        "2 years after the claim accrued (knowledge of the injury and that it was someone's fault)",
        cite=f"{NJSA_2A_14_2}; {LOPEZ}",
    )


def ordinary_last_day() -> Expr:
    """2 years from accrual, or from majority or regained capacity if later (no cap)."""
    minor = when(
        MINOR_AT_ACT,
        (_BIRTHDAY_18 + Period(years=2)).step("minor: 2 years after the 18th birthday", cite=NJSA_2A_14_21),
    )
    disability = (incapacity_end(ACT) + Period(years=2)).step(
        "mental disability at accrual: 2 years after capacity returns (no outer limit)", cite=NJSA_2A_14_21
    )
    return later(_two_years_from_accrual(), minor, disability).step(
        "the latest of the periods that apply", cite=f"{NJSA_2A_14_2}; {NJSA_2A_14_21}"
    )


_BEFORE_13 = (BIRTH + Period(years=13, days=-1)).step(
    "injury sustained at birth: the day before the 13th birthday", cite=f"{NJSA_2A_14_2}; {NJSA_2A_14_21}"
)


def last_day(reading: str) -> Expr:
    """The last day under one reading, with R. 1:3-1's roll.

    safe: the birth-injury limit is absolute (the open day on or before the day before the
    13th birthday); alternative: the discovery rule's 2 years may run past it, and a closed
    last day rolls forward.
    """
    ordinary = roll_forward(ordinary_last_day(), cite=RULE_1_3_1)
    if reading == "safe":
        birth = roll_back(_BEFORE_13, cite=f"{NJSA_2A_14_2} ('prior to the 13th birthday')")
    else:
        # The later of the two, unknown while the birth date is (so no alternative is shown
        # against a safe date that cannot be computed).
        two_years = _two_years_from_accrual()
        birth = roll_forward(when(_BEFORE_13.ge(two_years), _BEFORE_13, two_years), cite=RULE_1_3_1)
    return when(BIRTH_INJURY, birth, ordinary)


def under_readings(build: Callable[[str], Expr], label: str, cite: str) -> Expr:
    """``build(reading)`` as the safe date, naming the alternative reading's date."""
    return safe(build("safe"), build("alternative"), label=label, cite=cite)


LIMITATION_RULES = (
    DeadlineRule(
        id="us-nj.limitation.2a-14-2",
        version="2004",
        kind="limitation",
        title="Personal injury: 2 years from accrual; minors to age 20; birth injuries before the 13th birthday",
        citation=f"{NJSA_2A_14_2}; {NJSA_2A_14_21}; {RULE_1_3_1}",
        in_force=InForce(
            note="2A:14-2 and 2A:14-21 as amended by P.L.2004, c.17 (approved 2004-06-07) and P.L.2013, c.103; the "
            "birth-injury limit is applied to children born on or after 2004-06-07"
        ),
        applies=PRIVATE & PERSONAL_INJURY,
        date=under_readings(
            last_day,
            "the discovery rule's 2 years applied past the 13th birthday, and the last day rolled forward",
            f"{NJSA_2A_14_2}; {LOPEZ}; {RULE_1_3_1}",
        ),
        satisfied_by="complaint_filed",
        verified="primary",
        uncertainty=(
            "2A:14-21 was read in its current text; 2A:14-2(a) as quoted by the courts and secondary sources. The "
            "birth-injury limit's applicability date is taken as the act's approval, 2004-06-07 (secondary sources say "
            "children born after July 2004); 'injuries sustained at birth' is read as an act no later than the day "
            "after birth. Minority and mental disability are tested on the act; a disability arising later does not "
            "toll. A last day 'prior to the 13th birthday' on a closed day is moved back (R. 1:3-1 may move it "
            "forward: the alternative). Equitable tolling for fraudulent concealment is not computed."
        ),
        sources=SOURCES,
    ),
)
