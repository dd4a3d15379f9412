"""Public entities: the New Jersey Tort Claims Act, N.J.S.A. 59:8-8 and 59:8-9.

59:8-8: a claim "shall be presented ... not later than the ninetieth day after accrual of
the cause of action. After the expiration of six months from the date notice of claim is
received, the claimant may file suit", and is "forever barred" if (a) the claim was not
filed within 90 days "except as otherwise provided in section 59:8-9" or (b) "Two years
have elapsed since the accrual of the claim". "Nothing in this section shall prohibit an
infant or incompetent person from commencing an action under this act within the time
limitations contained herein, after his coming to or being of full age or sane mind."

59:8-9: a judge may, "in the discretion of a judge of the Superior Court", permit a late
notice "at any time within one year after the accrual of his claim", on a motion showing
"extraordinary circumstances" and no substantial prejudice. This is discretion: the 90-day
notice is the deadline; the one-year day is shown only as the last day to move for leave.

The Act covers the State and local public entities alike (``public_entity`` state or
municipal). Accrual follows the discovery rule (Beauchamp v. Amedio, 164 N.J. 111 (2000));
a death claim accrues at the death.
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import Expr, cap, fact, later, roll_forward, when
from medmal.rules import DeadlineRule, InForce, RequirementRule

from .calendar import RULE_1_3_1
from .njsa_2a_14 import DISCOVERY, MINOR_AT_ACT, PERSONAL_INJURY, last_day, under_readings
from .wrongful_death import DEATH, NJSA_2A_31_3, WRONGFUL_DEATH, two_years_after_death

__all__ = ["TORT_CLAIMS_RULES"]

NJSA_59_8_8 = "N.J.S.A. 59:8-8"
NJSA_59_8_9 = "N.J.S.A. 59:8-9"
HARRINGTON = "Estate of Harrington v. City of Linden, 338 N.J. Super. 500 (App. Div. 2001)"
PUBLIC = fact("defendant.public_entity").is_in("municipal", "state")
_SOURCES = (
    "https://statutes.laws.com/new-jersey/title-59/section-59-8/59-8-8",
    "https://www.legalfix.com/statutes/state-codes/new-jersey/title-59/section-59-8-9",
)
_BIRTHDAY_18 = fact("date_of_birth") + Period(years=18)


def _notice(reading: str) -> Expr:
    start: Expr = DISCOVERY
    if reading == "alternative":
        start = later(DISCOVERY, when(MINOR_AT_ACT, _BIRTHDAY_18))
    ninety = (start + Period(days=90)).step("the 90th day after accrual", cite=NJSA_59_8_8)
    return roll_forward(ninety, cite=f"{RULE_1_3_1}; {HARRINGTON}")


def _late_notice_motion(start: Expr) -> Expr:
    return roll_forward(
        (start + Period(years=1)).step("one year after accrual: the last day to move for leave", cite=NJSA_59_8_9),
        cite=RULE_1_3_1,
    )


def _death_notice() -> Expr:
    ninety = (DEATH + Period(days=90)).step("the 90th day after the death (accrual)", cite=NJSA_59_8_8)
    return roll_forward(cap(ninety, two_years_after_death(NJSA_59_8_8)), cite=f"{RULE_1_3_1}; {HARRINGTON}")


_NOTICE_WINDOW = InForce(note="59:8-8 and 59:8-9 as amended by L.1994, c.49; not gated")

TORT_CLAIMS_RULES = (
    DeadlineRule(
        id="us-nj.limitation.59-8-8",
        version="1994",
        kind="limitation",
        title="Public entity: suit within 2 years of accrual (59:8-8(b)), minors and the incompetent after majority",
        citation=f"{NJSA_59_8_8}(b); N.J.S.A. 2A:14-21; {RULE_1_3_1}",
        in_force=_NOTICE_WINDOW,
        applies=PUBLIC & PERSONAL_INJURY,
        overrides=("us-nj.limitation.2a-14-2",),
        date=under_readings(
            last_day,
            "the discovery rule's 2 years applied past the 13th birthday, and the last day rolled forward",
            NJSA_59_8_8,
        ),
        satisfied_by="complaint_filed",
        verified="primary",
        uncertainty=(
            "The minors' and incompetents' clause of 59:8-8 is applied as 2A:14-21 is (2 years from majority or "
            "regained capacity), with the 2A:14-2 birth-injury limit. The suit may be filed only 6 months after the "
            "entity receives the notice: serve it early enough."
        ),
        sources=_SOURCES,
    ),
    DeadlineRule(
        id="us-nj.notice.59-8-8",
        version="1994",
        kind="notice_of_claim",
        title="Notice of claim to a public entity: 90 days after accrual (59:8-8)",
        citation=f"{NJSA_59_8_8}; {RULE_1_3_1}; {HARRINGTON}",
        in_force=_NOTICE_WINDOW,
        applies=PUBLIC & PERSONAL_INJURY,
        date=under_readings(_notice, "for a minor, the 90 days run from the 18th birthday", NJSA_59_8_8),
        satisfied_by="notice_of_claim_served",
        discretion=f"{NJSA_59_8_9} (late notice within one year of accrual, on extraordinary circumstances)",
        verified="primary",
        uncertainty=(
            "Whether the minors' clause of 59:8-8 postpones the notice itself is not settled in the sources read: the "
            "safe date runs it from accrual, the alternative from the 18th birthday."
        ),
        sources=_SOURCES,
    ),
    DeadlineRule(
        id="us-nj.notice.59-8-9",
        version="1994",
        kind="late_notice_motion",
        title="Last day to move for leave to file a late notice of claim (59:8-9; discretionary)",
        citation=f"{NJSA_59_8_9}; {RULE_1_3_1}",
        in_force=_NOTICE_WINDOW,
        applies=PUBLIC & PERSONAL_INJURY,
        date=_late_notice_motion(DISCOVERY),
        satisfied_by="notice_of_claim_served",
        discretion=f"{NJSA_59_8_9}: leave is discretionary and needs extraordinary circumstances",
        verified="primary",
        uncertainty="Leave is never assumed: this is the outer limit of the court's power, not an extension.",
        sources=_SOURCES,
    ),
    DeadlineRule(
        id="us-nj.limitation.59-8-8-death",
        version="1994",
        kind="limitation",
        title="Public entity, wrongful death: suit within 2 years of the death (59:8-8(b); 2A:31-3)",
        citation=f"{NJSA_59_8_8}(b); {NJSA_2A_31_3}; {RULE_1_3_1}",
        in_force=_NOTICE_WINDOW,
        applies=PUBLIC & WRONGFUL_DEATH,
        overrides=("us-nj.limitation.2a-31-3",),
        date=two_years_after_death(f"{NJSA_59_8_8}(b); {NJSA_2A_31_3}"),
        satisfied_by="complaint_filed",
        verified="primary",
        sources=_SOURCES,
    ),
    DeadlineRule(
        id="us-nj.notice.59-8-8-death",
        version="1994",
        kind="notice_of_claim",
        title="Notice of a death claim to a public entity: 90 days after the death (59:8-8)",
        citation=f"{NJSA_59_8_8}; {RULE_1_3_1}; {HARRINGTON}",
        in_force=_NOTICE_WINDOW,
        applies=PUBLIC & WRONGFUL_DEATH,
        date=_death_notice(),
        satisfied_by="notice_of_claim_served",
        discretion=f"{NJSA_59_8_9} (late notice within one year of the death, on extraordinary circumstances)",
        verified="primary",
        uncertainty="The death claim is taken to accrue on the death.",
        sources=_SOURCES,
    ),
    DeadlineRule(
        id="us-nj.notice.59-8-9-death",
        version="1994",
        kind="late_notice_motion",
        title="Last day to move for leave to file a late notice of a death claim (59:8-9; discretionary)",
        citation=f"{NJSA_59_8_9}; {RULE_1_3_1}",
        in_force=_NOTICE_WINDOW,
        applies=PUBLIC & WRONGFUL_DEATH,
        date=_late_notice_motion(DEATH),
        satisfied_by="notice_of_claim_served",
        discretion=f"{NJSA_59_8_9}: leave is discretionary and needs extraordinary circumstances",
        verified="primary",
        uncertainty="Leave is never assumed: this is the outer limit of the court's power, not an extension.",
        sources=_SOURCES,
    ),
    RequirementRule(
        id="us-nj.requirement.59-8-8-six-months",
        version="1994",
        kind="notice_waiting_period",
        title="Six months between the notice of claim and the suit (59:8-8)",
        citation=NJSA_59_8_8,
        in_force=_NOTICE_WINDOW,
        applies=PUBLIC,
        description=(
            "Suit against a public entity may be filed only after six months from the date the entity receives the "
            "notice of claim: serve the notice at least six months before the two-year limit ends."
        ),
        due_event="at least 6 months after the public entity receives the notice of claim, before suit is filed",
        consequence_of_failure="a suit filed before the six months have run is premature",
        verified="primary",
        sources=_SOURCES,
    ),
)
