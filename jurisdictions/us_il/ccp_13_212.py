"""735 ILCS 5/13-212 (physician or hospital) with 13-215 (fraudulent concealment).

13-212(a): "Except as provided in Section 13-215 ..., no action for damages for injury or
death against any physician, dentist, registered nurse or hospital duly licensed under
the laws of this State, whether based upon tort, or breach of contract, or otherwise,
arising out of patient care shall be brought more than 2 years after the date on which
the claimant knew, or through the use of reasonable diligence should have known, or
received notice in writing of the existence of the injury or death for which damages are
sought in the action, whichever of such date occurs first, but in no event shall such
action be brought more than 4 years after the date on which occurred the act or omission
or occurrence alleged in such action to have been the cause of such injury or death."

13-212(b): where the claimant was under 18 when the cause of action accrued, no action
"more than 8 years after the date on which occurred the act or omission", and "in no
event ... after the person's 22nd birthday" (with a 1987 transition rule that has spent
itself). 13-212(c): a legal disability other than minority at accrual keeps the period
from running until it is removed; P.A. 98-1077 added a stay for a disability arising
after accrual. 13-215: a defendant who fraudulently conceals the cause of action gives
the claimant "5 years after the person entitled to bring the same discovers" it.

Two readings are computed where the authority is split (see :data:`READINGS`); the safe
one is the date, the other is named as the alternative.
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import Expr, earlier, fact, has, incapacity_end, later, roll_back, roll_forward, safe, when
from medmal.rules import DeadlineRule, InForce

from .calendar import ILCS_1_11

__all__ = [
    "ACT",
    "CONCEALMENT",
    "CONCEALMENT_THRESHOLD",
    "DISCOVERY",
    "ILCS_13_212",
    "ILCS_13_215",
    "LIMITATION_RULES",
    "PRIVATE",
    "READINGS",
    "concealment_limb",
    "last_day",
    "under_readings",
]

ILCS_13_212 = "735 ILCS 5/13-212"
ILCS_13_215 = "735 ILCS 5/13-215"
FRANKLIN = "Franklin v. Cernovich, 287 Ill. App. 3d 776 (1997)"
KARARO = "Kararo v. Ruiz, 201 Ill. App. 3d 61 (1990)"
SOURCES = (
    "https://witnessslips.ilga.gov/ftp/Public%20Acts/98/098-1077.htm",
    "https://www.ilga.gov/legislation/ilcs/documents/073500050K13-212.htm",
)

ACT = fact("act_or_omission")
DISCOVERY = fact(
    "discovery",
    assume=ACT,
    why="the claimant cannot know of, or receive written notice of, an injury before the act that caused it",
)
CONCEALMENT = fact("concealment_discovery")
PRIVATE = fact("defendant.public_entity").is_in(None)
PERSONAL_INJURY = fact("claim_type").eq("personal_injury")
WRONGFUL_DEATH = fact("claim_type").eq("wrongful_death")

#: safe: the earliest date any authority supports; alternative: the arguable later one.
READINGS = ("safe", "alternative")

_BIRTHDAY_18 = (fact("date_of_birth") + Period(years=18)).step("18th birthday", cite=f"{ILCS_13_212}(b)")
_BIRTHDAY_22 = (fact("date_of_birth") + Period(years=22)).step(
    "22nd birthday: in no event after it", cite=f"{ILCS_13_212}(b)"
)
_EIGHT_YEARS = (ACT + Period(years=8)).step("minor: 8 years after the act or omission", cite=f"{ILCS_13_212}(b)")
_REPOSE = (ACT + Period(years=4)).step("in no event more than 4 years after the act or omission", cite=f"{ILCS_13_212}(a)")


def _two_years_from_knowledge(tolled: bool) -> Expr:
    start: Expr = DISCOVERY
    if tolled:
        # 13-212(c): a legal disability at accrual keeps the 2 years from running until removed.
        start = later(DISCOVERY, incapacity_end(ACT)).step(
            "the 2 years run from knowledge or written notice, or from the end of a legal disability at accrual if later",
            cite=f"{ILCS_13_212}(a), (c)",
        )
    return (start + Period(years=2)).step(
        "2 years after the claimant knew or should have known of the injury, or received written notice of it",
        cite=f"{ILCS_13_212}(a)",
    )


def adult_last_day(tolled: bool = True) -> Expr:
    """13-212(a): the earlier of 2 years from knowledge and 4 years from the act."""
    return earlier(_two_years_from_knowledge(tolled), _REPOSE).step(
        "the earlier of the 2-year limitation and the 4-year repose", cite=f"{ILCS_13_212}(a)"
    )


_MINOR_AT_ACCRUAL = ACT.lt(_BIRTHDAY_18) & fact("discovery").lt(_BIRTHDAY_18)


def _minors_safe_date() -> Expr:
    franklin = (later(_BIRTHDAY_18, DISCOVERY) + Period(years=2)).step(
        "2 years from the later of the 18th birthday and knowledge (the (a) period read into (b))", cite=FRANKLIN
    )
    cut_off = roll_back(_BIRTHDAY_22, cite=f"{ILCS_13_212}(b) (no day after the 22nd birthday)")
    return earlier(_EIGHT_YEARS, cut_off, franklin).step(
        "minor at accrual: the earliest of the minors' limits", cite=f"{ILCS_13_212}(b); {FRANKLIN}"
    )


def minor_last_day(reading: str) -> Expr:
    """13-212(b) for a claimant under 18 at accrual.

    safe: the minor must be under 18 at the act and at knowledge (accrual under the discovery
    rule), and the earliest of 8 years, the open day on or before the 22nd birthday, and 2
    years from the later of the 18th birthday and knowledge (Franklin) applies.
    alternative: a minor at the act has 8 years, never after the 22nd birthday (Kararo).
    """
    if reading == "safe":
        return when(_MINOR_AT_ACCRUAL, _minors_safe_date())
    return when(ACT.lt(_BIRTHDAY_18), earlier(_EIGHT_YEARS, _BIRTHDAY_22).step(
        "minor at the act: 8 years, never after the 22nd birthday", cite=f"{ILCS_13_212}(b); {KARARO}"
    ))


#: The day after which a discovered concealment brings in 13-215 under the safe reading: the
#: end of the minors' period for a minor, else the 4-year repose (never before the ordinary
#: last day, so the safe reading applies 13-215 no more often than the courts' rule that it
#: does not help a claimant who found the concealment with time to spare). Unknown while the
#: facts deciding it are, so a missing fact never brings 13-215 in.
CONCEALMENT_THRESHOLD = when(_MINOR_AT_ACCRUAL, _minors_safe_date(), _REPOSE)


def concealment_limb(threshold: Expr, reading: str) -> Expr:
    """13-215: 5 years after the claimant discovers a fraudulently concealed cause of action.

    safe: only where the concealment was discovered after ``threshold``; alternative:
    whenever concealment is alleged.
    """
    five = (CONCEALMENT + Period(years=5)).step(
        "fraudulent concealment: 5 years after the claimant discovers the cause of action", cite=ILCS_13_215
    )
    if reading == "safe":
        return when(has("fraudulent_concealment") & CONCEALMENT.gt(threshold), five)
    return when(has("fraudulent_concealment"), five)


def last_day(reading: str, *, minors: bool = True, tolled: bool = True, concealment: bool = True) -> Expr:
    """The 13-212 last day under one reading, rolled by 5 ILCS 70/1.11."""
    ordinary = adult_last_day(tolled)
    if minors:
        ordinary = later(ordinary, minor_last_day(reading))
    if concealment:
        ordinary = later(ordinary, concealment_limb(CONCEALMENT_THRESHOLD if minors else _REPOSE, reading))
    return roll_forward(ordinary, cite=ILCS_1_11)


def under_readings(safe_date: Expr, alternative: Expr, label: str, cite: str) -> Expr:
    return safe(safe_date, alternative, label=label, cite=cite)


_SPLIT = (
    "the later reading: 13-212(b) alone for a minor at the act (8 years, never after the 22nd birthday), and "
    "13-215 whenever fraudulent concealment is alleged"
)

LIMITATION_RULES = (
    DeadlineRule(
        id="us-il.limitation.13-212",
        version="2015",
        kind="limitation",
        title="Physician or hospital: 2 years from knowledge, 4-year repose; minors 8 years / 22nd birthday (13-212)",
        citation=f"{ILCS_13_212}; {ILCS_13_215}; {ILCS_1_11}",
        in_force=InForce(
            note="13-212 as amended by P.A. 85-18 (1987, minors) and P.A. 98-1077 (2015-01-01, disability stays); "
            "applies to actions commenced or pending; not gated"
        ),
        applies=PRIVATE & PERSONAL_INJURY,
        date=under_readings(last_day("safe"), last_day("alternative"), _SPLIT, f"{KARARO}; {ILCS_13_215}"),
        satisfied_by="complaint_filed",
        verified="secondary",
        uncertainty=(
            "Read from P.A. 98-1077 (13-212(a) seen in primary text; (b) and (c) as quoted by the appellate courts). "
            "Knowledge means of the injury and that it was wrongfully caused (Moon v. Rhode, 2016 IL 119572); "
            "events.discovery must be the earlier of that knowledge and any written notice. Minors: Kararo (1990) "
            "applies (b) alone; Franklin (1997) also runs the 2-year period from the 18th birthday - the safe date "
            "takes the earliest, and treats the claimant as a minor only if under 18 at the act and at knowledge. "
            "The 22nd-birthday cut-off is moved back to an open day (1.11 may arguably move it forward). A legal "
            "disability at the act keeps the 2 years from running but not the 4-year repose; a disability arising "
            "after accrual (the P.A. 98-1077 stay) is not computed (the earlier date). 13-215 is applied only where "
            "the concealment was discovered after the 4-year repose (for a minor, after the minors' period), a "
            "stricter test than the courts' (no 13-215 for a claimant who found the concealment with time to "
            "spare). 1.11 is applied to the repose too. 13-212 names physicians, dentists, registered nurses and hospitals; it is applied to other providers as well (the "
            "earlier date: the general 2-year period of 13-202 has no repose)."
        ),
        sources=SOURCES,
    ),
)
