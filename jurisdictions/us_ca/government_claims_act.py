"""Claims against California public entities: the Government Claims Act (Gov. Code § 810 ff.).

* Gov. Code § 911.2(a): a claim "relating to a cause of action for death or for injury to
  person ... shall be presented ... not later than six months after the accrual of the
  cause of action". A late-claim application within one year (§ 911.4) and court relief
  (§ 946.6) are discretionary: flagged, never treated as an extension.
* Gov. Code § 945.6(a): suit within six months after written notice of rejection is
  personally delivered or deposited in the mail, or, without such notice, within two years
  from accrual.
* CCP § 340.5's three years remain the outside limit against a public health care provider
  (Roberts v County of Los Angeles, 175 Cal.App.4th 474 (2009)); CCP § 352 does not toll a
  claim that needs a Government Claims Act claim (§ 352(b)).

``public_entity: municipal`` (a city, county or district) and ``state`` are covered;
federal defendants are left to the Federal Tort Claims Act overlay (``medmal.plugins.ftca``).
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import Expr, earlier, fact, roll_forward, safe
from medmal.rules import DeadlineRule, InForce

from .calendar import CCP_12A
from .ccp_340_5 import DEATH, DEATH_DISCOVERY, DISCOVERY, INJURY, outer_three_years

__all__ = ["GOVERNMENT_CLAIMS_RULES"]

GOV_911_2 = "Cal. Gov. Code § 911.2(a)"
GOV_945_6 = "Cal. Gov. Code § 945.6(a)"
ROBERTS = "Roberts v County of Los Angeles, 175 Cal.App.4th 474 (2009)"
LATE_CLAIM = "Cal. Gov. Code §§ 911.4, 911.6, 946.6 (leave to present a late claim; relief from the claim requirement)"
SIX_MONTHS = Period(months=6)

PUBLIC = fact("defendant.public_entity").is_in("municipal", "state")
PERSONAL_INJURY = fact("claim_type").eq("personal_injury")
WRONGFUL_DEATH = fact("claim_type").eq("wrongful_death")

#: The cause of action accrues when the injury (or death) and its negligent cause are, or
#: should have been, discovered; unknown, the earliest day it could be.
INJURY_ACCRUAL = DISCOVERY
DEATH_ACCRUAL = DEATH_DISCOVERY

_SOURCES = (
    "https://self-law.org/code/ca/government-code/911-2",
    "https://law.onecle.com/california/government/913.html",
    "https://www.legalfix.com/statutes/state-codes/california/code-gov/title-1/division-3-6/part-4/chapter-2/section-945-6",
    "https://cetient.com/case/2246014/roberts-v-county-of-los-angeles",
    "https://law.justia.com/cases/california/court-of-appeal/3d/202/1195.html",
    "http://law.justia.com/cases/california/court-of-appeal/4th/67/978.html",
)


def _suit_last_day(accrual: Expr, injury: Expr) -> Expr:
    outer = outer_three_years(injury).step("never after the CCP § 340.5 three years", cite=ROBERTS)
    no_notice = (accrual + Period(years=2)).step("no written notice of rejection: two years from accrual", cite=GOV_945_6)
    # A claim confirmed never presented (None) drops out; an unknown one is taken as
    # presented - and rejected - on the day the claim accrued, the earliest it could be.
    after_rejection = (
        fact("notice_of_claim_served", assume=accrual, why="a claim cannot be presented before it accrues") + SIX_MONTHS
    ).step("six months after a written rejection, which can come no earlier than the claim itself", cite=GOV_945_6)
    return safe(
        roll_forward(earlier(outer, no_notice, after_rejection), cite=CCP_12A),
        roll_forward(earlier(outer, no_notice), cite=CCP_12A),
        label="no written notice of rejection was given: two years from accrual (Gov. Code § 945.6(a)(2))",
        cite=GOV_945_6,
    )


def _claim_last_day(accrual: Expr) -> Expr:
    return roll_forward(
        (accrual + SIX_MONTHS).step("claim to the public entity: six months after accrual", cite=GOV_911_2), cite=CCP_12A
    )


_CLAIM_NOTE = (
    "Accrual is taken as the discovery of the injury (or death) and its negligent cause, and as the injury (or death) "
    "where discovery is unknown. A CCP § 364 notice served on a public entity must be treated as a claim (Phillips v "
    "Desert Hosp. Dist., 49 Cal.3d 699). Late-claim relief (§§ 911.4, 911.6, including the minors' ground) is "
    "discretionary and flagged, not applied."
)
_SUIT_NOTE = (
    "The date of a written notice of rejection is not a fact of the case model: the safe date takes the rejection "
    "as coming on the day the claim was presented (six months after it), the alternative as never given (two years "
    "from accrual); an actual rejection gives six months from its personal delivery or deposit in the mail (Edgington "
    "v County of San Diego, 118 Cal.App.3d 39), and an extension of the board's time under § 912.4(b) is not counted "
    "in the two years. The CCP § 340.5 three years from the injury are the outside date (Roberts); for a minor the "
    "longer minors' period of § 340.5 may be the outside date instead, which is not applied (the earlier reading). "
    "CCP § 364(d) is not applied to § 945.6 (the six-month period controls over §§ 340.5 and 364: Anson v County "
    "of Merced, 202 Cal.App.3d 1195 (1988)), and § 352 does not toll (§ 352(b)). The six months bind a minor too, "
    "whatever § 340.5's minors' clause allows (Martell v Antelope Valley Hosp. Med. Ctr., 67 Cal.App.4th 978 "
    "(1998)): the California minors' rule never extends a § 945.6 date. The 'no written rejection' alternative "
    "ignores the § 340.5 ONE-year period from discovery, which has been applied against public hospital districts "
    "(Banfield v Sierra View Local Dist. Hosp., 124 Cal.App.3d 444 (1981)), so it can be up to a year too late."
)


def _rule(rule_id: str, kind: str, title: str, citation: str, claim_type: Expr, value: Expr, **extra: object) -> DeadlineRule:
    return DeadlineRule(
        id=rule_id,
        version="1963",
        kind=kind,
        title=title,
        citation=citation,
        in_force=InForce(note="Government Claims Act, Stats. 1963 ch. 1715 (six-month claim period by later amendment; dates not verified)"),
        applies=PUBLIC & claim_type,
        date=value,
        sources=_SOURCES,
        **extra,  # type: ignore[arg-type]
    )


GOV_911_4 = "Cal. Gov. Code § 911.4(b)"
_LATE_NOTE = (
    "§ 911.4(b): the application for leave to present a late claim must be made 'within a reasonable time not to "
    "exceed one year after the accrual of the cause of action' - the date shown is that outer limit, not rolled off a "
    "weekend or holiday (whether CCP § 12a reaches it was not verified; the earlier reading). A 'reasonable time' "
    "may be shorter. Periods § 911.4(c) leaves out of the count (such as incapacity without a guardian) were not "
    "verified and are not computed; they could only make the date later. Granting leave is the board's and the "
    "court's discretion (§§ 911.6, 946.6). Accrual is taken as for the claim itself. A claim presented on time "
    "needs no application; a claim served at any date is taken as meeting this requirement. The text was read as "
    "quoted in secondary sources (the statute's framework as set out in Santee v Santa Clara County Office of "
    "Education, 220 Cal.App.3d 702 (1990), http://law.justia.com/cases/california/court-of-appeal/3d/220/702.html)."
)


def _late_claim_last_day(accrual: Expr) -> Expr:
    return (accrual + Period(years=1)).step(
        "application to present a late claim: not later than one year after accrual", cite=GOV_911_4
    )


GOVERNMENT_CLAIMS_RULES = (
    _rule(
        "us-ca.notice.gov-911-2",
        "notice_of_claim",
        "Claim to a public entity: six months after accrual (Gov. Code § 911.2)",
        f"{GOV_911_2}; {CCP_12A}",
        PERSONAL_INJURY,
        _claim_last_day(INJURY_ACCRUAL),
        satisfied_by="notice_of_claim_served",
        discretion=LATE_CLAIM,
        verified="primary",
        uncertainty=_CLAIM_NOTE,
    ),
    _rule(
        "us-ca.notice.gov-911-2-death",
        "notice_of_claim",
        "Claim to a public entity for a death: six months after accrual (Gov. Code § 911.2)",
        f"{GOV_911_2}; {CCP_12A}",
        WRONGFUL_DEATH,
        _claim_last_day(DEATH_ACCRUAL),
        satisfied_by="notice_of_claim_served",
        discretion=LATE_CLAIM,
        verified="primary",
        uncertainty=_CLAIM_NOTE,
    ),
    _rule(
        "us-ca.notice.gov-911-4",
        "late_claim_application",
        "Application to present a late claim: within one year after accrual (Gov. Code § 911.4)",
        GOV_911_4,
        PERSONAL_INJURY,
        _late_claim_last_day(INJURY_ACCRUAL),
        satisfied_by="notice_of_claim_served",
        discretion=LATE_CLAIM,
        verified="secondary",
        uncertainty=_LATE_NOTE,
    ),
    _rule(
        "us-ca.notice.gov-911-4-death",
        "late_claim_application",
        "Application to present a late claim for a death: within one year after accrual (Gov. Code § 911.4)",
        GOV_911_4,
        WRONGFUL_DEATH,
        _late_claim_last_day(DEATH_ACCRUAL),
        satisfied_by="notice_of_claim_served",
        discretion=LATE_CLAIM,
        verified="secondary",
        uncertainty=_LATE_NOTE,
    ),
    _rule(
        "us-ca.limitation.gov-945-6",
        "limitation",
        "Suit against a public entity: six months after rejection, or two years from accrual (Gov. Code § 945.6)",
        f"{GOV_945_6}; {ROBERTS}; {CCP_12A}",
        PERSONAL_INJURY,
        _suit_last_day(INJURY_ACCRUAL, INJURY),
        satisfied_by="complaint_filed",
        verified="primary",
        uncertainty=_SUIT_NOTE,
    ),
    _rule(
        "us-ca.limitation.gov-945-6-death",
        "limitation",
        "Death claim against a public entity: six months after rejection, or two years from accrual (Gov. Code § 945.6)",
        f"{GOV_945_6}; {ROBERTS}; {CCP_12A}",
        WRONGFUL_DEATH,
        _suit_last_day(DEATH_ACCRUAL, DEATH),
        satisfied_by="complaint_filed",
        verified="primary",
        uncertainty=_SUIT_NOTE,
    ),
)
