"""Claims against the State, its agencies and subdivisions (public hospitals and hospital
districts included): Fla. Stat. § 768.28.

* § 768.28(6)(a): no action unless the claimant "presents the claim in writing to the
  appropriate agency, and also, except as to any claim against a municipality, county, or
  the Florida Space Authority, presents such claim in writing to the Department of Financial
  Services, within 3 years after such claim accrues" - for wrongful death within 2 years.
* § 768.28(6)(d): for medical-malpractice and wrongful-death claims, failure to make final
  disposition within 90 days after filing is a final denial, and "the statute of limitations
  for medical malpractice actions and wrongful death actions is tolled for the period of time
  taken by the Department of Financial Services or the appropriate agency to deny the claim".
* § 768.28(14): an action "arising from medical malpractice or wrongful death must be
  commenced within the limitations for such actions in s. 95.11".
* Chapter 766 presuit applies as well, so the notice-of-intent toll is applied.

How long the agency took is not a case fact: the safe date counts no review time; the date
with the full 90 days (deemed denial) is named as the alternative.
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import Expr, cap, fact, later, roll_forward, safe, when
from medmal.rules import DeadlineRule, InForce, RequirementRule

from .calendar import RULE_2_514
from .fs_95_11 import (
    DEATH,
    FS_95_11,
    FS_766_106_4,
    KNOWLEDGE,
    RULE_1_650,
    last_day_before_presuit,
    with_notice_of_intent,
)

__all__ = ["PUBLIC_ENTITY_RULES"]

FS_768_28_6 = "Fla. Stat. § 768.28(6)(a), (d)"
FS_768_28_14 = "Fla. Stat. § 768.28(14)"
PUBLIC = fact("defendant.public_entity").is_in("state", "municipal")
CLAIM_PRESENTED = fact("notice_of_claim_served")
_SOURCES = (
    "https://www.flsenate.gov/Session/Bill/2011/594/BillText/c1/HTML",
    "https://flsenate.gov/Session/Bill/2011/277/BillText/c2/HTML",
    "http://docucentre.sibfl.net/WebLink/0/doc/2756742/Page12.aspx",
)
_UNCERTAINTY = (
    "§ 768.28(6)(a), (d) and (14) were read in the 2011 bill texts (CS/SB 594, CS/CS/HB 277: 3 years, 2 for "
    "wrongful death, for causes of action accruing after the 2011 act took effect) and in HB 301 (2025), which "
    "reproduces the unchanged (6)(d) text (90-day deemed denial; tolled as to all prospective defendants); the "
    "current Florida Statutes and 2026 bills (SB 1366) were not checked. The time the agency took to deny the claim is not a case "
    "fact: the safe date counts none of it, the alternative the whole 90 days (and the full presuit toll after a "
    "notice of intent). Rule 1.650(d)(3) may give 180 days of presuit for claims under § 768.28(6) (not applied). "
    "HB 7059 (2023) and HB 569 (2024) proposed changing the claim period; neither was verified as enacted. Whether the claim accrues on the "
    "incident or on its discovery is not settled for § 768.28(6): the date of discovery (or the incident if "
    "unknown) is used, and the claim is never shown due later than the last day to sue."
)


def _suit_last_day(claim: str, *, full_presuit: bool = False) -> Expr:
    return with_notice_of_intent(last_day_before_presuit(), full_presuit=full_presuit).step(
        f"medical malpractice and wrongful death: the § 95.11 period applies ({claim.replace('_', ' ')})",
        cite=FS_768_28_14,
    )


def _suit(claim: str) -> DeadlineRule:
    base = _suit_last_day(claim)
    full = _suit_last_day(claim, full_presuit=True)
    reviewed = later(
        full,
        when(
            CLAIM_PRESENTED.le(full),
            (full + Period(days=90)).step(
                "tolled while the agency considered the claim (deemed denied after 90 days)", cite=FS_768_28_6
            ),
        ),
    )
    return DeadlineRule(
        id=f"us-fl.limitation.fs-768-28-{'death' if claim == 'wrongful_death' else 'injury'}",
        version="2011",
        kind="limitation",
        title="Action against the State or a subdivision: the § 95.11 period, tolled during the claim's review "
        "(§ 768.28(6), (14))",
        citation=f"{FS_768_28_14}; {FS_768_28_6}; {FS_95_11}; {FS_766_106_4}; {RULE_2_514}",
        in_force=InForce(note="§ 768.28(6), (14) as amended by ch. 2011-113 (secondary source); not gated"),
        applies=PUBLIC & fact("claim_type").eq(claim),
        date=safe(
            roll_forward(base, cite=RULE_2_514),
            roll_forward(reviewed, cite=RULE_2_514),
            label="no early written rejection of the notice of intent, and the agency took the full 90 days before the "
            "claim was deemed denied (tolled meanwhile)",
            cite=f"{FS_768_28_6}; {RULE_1_650}",
        ),
        satisfied_by="complaint_filed",
        verified="primary",
        uncertainty=_UNCERTAINTY,
        sources=_SOURCES,
    )


def _claim(claim: str) -> DeadlineRule:
    if claim == "wrongful_death":
        presented = (DEATH + Period(years=2)).step(
            "wrongful death: the claim in writing within 2 years after it accrues (the death)", cite=FS_768_28_6
        )
    else:
        presented = (KNOWLEDGE + Period(years=3)).step(
            "the claim in writing within 3 years after it accrues", cite=FS_768_28_6
        )
    bounded = cap(presented, _suit_last_day(claim).step("never later than the last day to sue", cite=FS_768_28_14))
    return DeadlineRule(
        id=f"us-fl.notice.fs-768-28-6-{'death' if claim == 'wrongful_death' else 'injury'}",
        version="2011",
        kind="notice_of_claim",
        title="Written claim to the agency (and the Department of Financial Services) (§ 768.28(6)(a))",
        citation=f"{FS_768_28_6}; {RULE_2_514}",
        in_force=InForce(note="§ 768.28(6)(a) as amended by ch. 2011-113 (secondary source); not gated"),
        applies=PUBLIC & fact("claim_type").eq(claim),
        date=roll_forward(bounded, cite=RULE_2_514),
        satisfied_by="notice_of_claim_served",
        verified="primary",
        uncertainty=_UNCERTAINTY,
        sources=_SOURCES,
    )


WAITING_FOR_DENIAL = RequirementRule(
    id="us-fl.requirement.fs-768-28-6-denial",
    version="2011",
    kind="notice_waiting_period",
    title="Suit only after the claim is denied, or deemed denied after 90 days (§ 768.28(6)(d))",
    citation=FS_768_28_6,
    in_force=InForce(note="90-day deemed denial for medical-malpractice and wrongful-death claims (date not verified)"),
    applies=PUBLIC,
    description=(
        "An action against the State or a subdivision may be filed only after the agency (and the Department of "
        "Financial Services where required) denies the claim in writing; for medical-malpractice and wrongful-death "
        "claims, no final disposition within 90 days after filing is a denial."
    ),
    due_event="after written denial, or 90 days after the claim is presented",
    consequence_of_failure="an action filed before denial is premature and may be dismissed",
    satisfied_by=None,
    verified="primary",
    uncertainty=_UNCERTAINTY,
    sources=_SOURCES,
)

PUBLIC_ENTITY_RULES = (
    _suit("personal_injury"),
    _suit("wrongful_death"),
    _claim("personal_injury"),
    _claim("wrongful_death"),
    WAITING_FOR_DENIAL,
)
