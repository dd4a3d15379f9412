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

from datetime import date

from medmal.calendar import Period
from medmal.expr import Expr, cap, const, earlier, fact, later, roll_forward, safe, when
from medmal.rules import DeadlineRule, InForce, RequirementRule, WarningRule

from .calendar import RULE_2_514
from .fs_95_11 import (
    AFTER_DEATH,
    DEATH,
    DEATH_READING_CITE,
    DEATH_READING_LABEL,
    FS_95_11,
    FS_766_106_4,
    KNOWLEDGE,
    RULE_1_650,
    birthday_readings,
    last_day_before_presuit,
    with_notice_of_intent,
)

__all__ = ["HB_145_WARNING", "PUBLIC_ENTITY_RULES"]

FS_768_28_6 = "Fla. Stat. § 768.28(6)(a), (d)"
FS_768_28_14 = "Fla. Stat. § 768.28(14)"
PUBLIC = fact("defendant.public_entity").is_in("state", "municipal")
#: HB 145 / SB 1366 (2026) would shorten the claim period for claims accruing from this day;
#: its enactment is not confirmed (see HB_145_WARNING).
HB_145 = "HB 145 / SB 1366 (Fla. 2026), enactment not confirmed"
HB_145_FROM = date(2026, 10, 1)
_HB_145_SOURCES = (
    "https://flsenate.gov/Session/Bill/2026/1366/BillText/Filed/HTML",
    "https://fastdemocracy.com/bill-summary/?billsummary_id=FLB00033648&billsummary_session=2026&billsummary_state=fl",
    "https://www.vitaminrush.com/?p=288093",
)
CLAIM_PRESENTED = fact("notice_of_claim_served")
_SOURCES = (
    "https://www.flsenate.gov/Session/Bill/2011/594/BillText/c1/HTML",
    "https://flsenate.gov/Session/Bill/2011/277/BillText/c2/HTML",
    "http://docucentre.sibfl.net/WebLink/0/doc/2756742/Page12.aspx",
)
_UNCERTAINTY = (
    "§ 768.28(6)(a), (d) and (14) were read in the 2011 bill texts (CS/SB 594, CS/CS/HB 277: 3 years, 2 for "
    "wrongful death, for causes of action accruing after the 2011 act took effect) and in HB 301 (2025), which "
    "reproduces the (6)(d) text (90-day deemed denial; tolled as to all prospective defendants) - bills, not the "
    "current Florida Statutes, whose text was not read (hence graded secondary). HB 145 / SB 1366 (2026) are "
    "handled on the claim deadline and by a warning. The time the agency took to deny the claim is not a case "
    "fact: the safe date counts none of it, the alternative the whole 90 days (and the full presuit toll after a "
    "notice of intent) - but where the claim was presented within 90 days of a timely notice of intent the two "
    "windows overlap and the alternative counts the presuit toll only, leaving out any review days outside the "
    "overlap (an early alternative, never a late one). Rule 1.650(d)(3) may give 180 days of presuit for claims under § 768.28(6) (not applied). "
    "HB 7059 (2023) and HB 569 (2024) proposed changing the claim period; neither was verified as enacted. Whether the claim accrues on the "
    "incident or on its discovery is not settled for § 768.28(6): the date of discovery (or the incident if "
    "unknown) is used, and the claim is never shown due later than the last day to sue."
)


NOTICE_OF_INTENT = fact("pre_action_letter")


def _suit_last_day(claim: str, *, full_presuit: bool = False, birthday: str = "safe", trigger: Expr = KNOWLEDGE) -> Expr:
    return with_notice_of_intent(last_day_before_presuit(trigger, birthday), full_presuit=full_presuit).step(
        f"medical malpractice and wrongful death: the § 95.11 period applies ({claim.replace('_', ' ')})",
        cite=FS_768_28_14,
    )


def _reviewed(claim: str, birthday: str, trigger: Expr = KNOWLEDGE) -> Expr:
    """The last day with the full presuit toll and the agency's 90 days of review, not rolled.

    The review days are added only where they cannot coincide with the presuit 90 days: a
    period is not suspended twice for the same days. Where the claim was presented within
    90 days either side of a timely notice of intent the windows overlap, and only the
    presuit toll is counted (the review days outside the overlap, fewer than 90, are left
    out: the alternative errs early, never late).
    """
    full = _suit_last_day(claim, full_presuit=True, birthday=birthday, trigger=trigger)
    presuit_tolled = NOTICE_OF_INTENT.le(roll_forward(last_day_before_presuit(trigger, birthday), cite=RULE_2_514))
    overlapping = (
        presuit_tolled
        & CLAIM_PRESENTED.lt(NOTICE_OF_INTENT + Period(days=90))
        & NOTICE_OF_INTENT.lt(CLAIM_PRESENTED + Period(days=90))
    )
    review = when(
        overlapping,
        full.step(
            "the agency's review ran over the same days as the presuit period: those days are tolled once",
            cite=f"{FS_768_28_6}; {FS_766_106_4}",
        ),
        (full + Period(days=90)).step(
            "tolled while the agency considered the claim (deemed denied after 90 days)", cite=FS_768_28_6
        ),
    )
    return later(full, when(CLAIM_PRESENTED.le(full), review))


def _suit_readings(claim: str, birthday: str) -> Expr:
    return safe(
        roll_forward(_suit_last_day(claim, birthday=birthday), cite=RULE_2_514),
        roll_forward(_reviewed(claim, birthday), cite=RULE_2_514),
        label="no early written rejection of the notice of intent, and the agency took the full 90 days before the "
        "claim was deemed denied (tolled meanwhile)",
        cite=f"{FS_768_28_6}; {RULE_1_650}",
    )


def _suit_date(claim: str) -> Expr:
    plain = birthday_readings(lambda birthday: _suit_readings(claim, birthday))
    if claim == "personal_injury":
        return plain
    return safe(
        plain,
        roll_forward(_reviewed(claim, "rolled", AFTER_DEATH), cite=RULE_2_514),
        label=f"{DEATH_READING_LABEL} (with the full presuit toll and the agency's review)",
        cite=DEATH_READING_CITE,
    )


def _suit(claim: str) -> DeadlineRule:
    return DeadlineRule(
        id=f"us-fl.limitation.fs-768-28-{'death' if claim == 'wrongful_death' else 'injury'}",
        version="2011",
        kind="limitation",
        title="Action against the State or a subdivision: the § 95.11 period, tolled during the claim's review "
        "(§ 768.28(6), (14))",
        citation=f"{FS_768_28_14}; {FS_768_28_6}; {FS_95_11}; {FS_766_106_4}; {RULE_2_514}",
        in_force=InForce(note="§ 768.28(6), (14) as amended by ch. 2011-113 (secondary source); not gated"),
        applies=PUBLIC & fact("claim_type").eq(claim),
        date=_suit_date(claim),
        satisfied_by="complaint_filed",
        verified="secondary",
        uncertainty=_UNCERTAINTY,
        sources=_SOURCES,
    )


def _presented_by(presented: Expr, claim: str, birthday: str, trigger: Expr = KNOWLEDGE) -> Expr:
    last_day = _suit_last_day(claim, full_presuit=trigger is not KNOWLEDGE, birthday=birthday, trigger=trigger)
    return roll_forward(
        cap(presented, last_day.step("never later than the last day to sue", cite=FS_768_28_14)), cite=RULE_2_514
    )


def _claim_date(claim: str, birthday: str) -> Expr:
    if claim == "wrongful_death":
        presented = (DEATH + Period(years=2)).step(
            "wrongful death: the claim in writing within 2 years after it accrues (the death)", cite=FS_768_28_6
        )
        return _presented_by(presented, claim, birthday)
    three_years = (KNOWLEDGE + Period(years=3)).step("the claim in writing within 3 years after it accrues", cite=FS_768_28_6)
    eighteen_months = when(
        KNOWLEDGE.ge(const(HB_145_FROM)),
        (KNOWLEDGE + Period(months=18)).step(
            "a claim accruing from 2026-10-01: within 18 months if HB 145 / SB 1366 (2026) was enacted (not confirmed)",
            cite=HB_145,
        ),
    )
    return safe(
        _presented_by(earlier(three_years, eighteen_months), claim, birthday),
        _presented_by(three_years, claim, birthday),
        label="HB 145 / SB 1366 (2026) not enacted: the claim within 3 years after it accrues",
        cite=f"{FS_768_28_6}; {HB_145}",
        only_if=KNOWLEDGE.ge(const(HB_145_FROM)),
    )


def _claim_deadline(claim: str) -> Expr:
    plain = birthday_readings(lambda birthday: _claim_date(claim, birthday))
    if claim == "personal_injury":
        return plain
    presented = (DEATH + Period(years=2)).step(
        "wrongful death: the claim in writing within 2 years after it accrues (the death)", cite=FS_768_28_6
    )
    return safe(
        plain,
        _presented_by(presented, claim, "rolled", AFTER_DEATH),
        label=f"{DEATH_READING_LABEL}: the last day to sue, which caps the claim, is later",
        cite=DEATH_READING_CITE,
    )


def _claim(claim: str) -> DeadlineRule:
    return DeadlineRule(
        id=f"us-fl.notice.fs-768-28-6-{'death' if claim == 'wrongful_death' else 'injury'}",
        version="2011",
        kind="notice_of_claim",
        title="Written claim to the agency (and the Department of Financial Services) (§ 768.28(6)(a))",
        citation=f"{FS_768_28_6}; {RULE_2_514}",
        in_force=InForce(note="§ 768.28(6)(a) as amended by ch. 2011-113 (secondary source); not gated"),
        applies=PUBLIC & fact("claim_type").eq(claim),
        date=_claim_deadline(claim),
        satisfied_by="notice_of_claim_served",
        verified="secondary",
        uncertainty=_UNCERTAINTY + (
            " For a personal-injury claim accruing on or after 2026-10-01 the safe date is 18 months after accrual, "
            "as HB 145 / SB 1366 (2026) would provide; whether either bill was enacted is not confirmed (the House "
            "passed HB 145 104-7; no Senate passage, approval or chapter law was found), so the 3-year date is the "
            "alternative. What the bills do to the 2-year wrongful-death period was not read."
            if claim == "personal_injury"
            else ""
        ),
        sources=_SOURCES + (_HB_145_SOURCES if claim == "personal_injury" else ()),
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
    verified="secondary",
    uncertainty=_UNCERTAINTY,
    sources=_SOURCES,
)

HB_145_WARNING = WarningRule(
    id="us-fl.warning.hb-145-2026",
    version="2026",
    title="2026 sovereign-immunity bill (HB 145 / SB 1366): enactment not confirmed",
    citation=f"{HB_145}; {FS_768_28_6}; Fla. Stat. § 768.28(5)",
    in_force=InForce(start=HB_145_FROM, note="the bill's changes would apply to claims accruing on or after 2026-10-01"),
    applies=KNOWLEDGE.ge(const(HB_145_FROM)),
    message=(
        "If a defendant is the State or one of its agencies or subdivisions (a public hospital included): HB 145 "
        "(2026), passed by the House, and its Senate companion SB 1366 would, for claims accruing on or after "
        "2026-10-01, shorten the time to present the written claim under § 768.28(6)(a) from 3 years to 18 months, "
        "shorten the general negligence limitation against the State from 4 years to 2 (medical-malpractice suits "
        "already have the 2-year § 95.11 period), and raise the § 768.28(5) limits to $500,000 / $1,000,000 "
        "($600,000 / $1,200,000 from 2031-10-01). Whether either bill became law was not confirmed: the claim date "
        "shown is the 18-month date, with the 3-year date as the alternative, and the damages limits shown are the "
        "current $200,000 / $300,000. Check the 2026 Laws of Florida."
    ),
    code="law",
    verified="secondary",
    uncertainty="The bills' status after House passage was not found; the summary is from the filed SB 1366 text "
    "and secondary summaries of HB 145, not the enrolled text.",
    sources=_HB_145_SOURCES,
)

PUBLIC_ENTITY_RULES = (
    _suit("personal_injury"),
    _suit("wrongful_death"),
    _claim("personal_injury"),
    _claim("wrongful_death"),
    WAITING_FOR_DENIAL,
    HB_145_WARNING,
)
