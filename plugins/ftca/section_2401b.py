"""The Federal Tort Claims Act's two time limits, 28 U.S.C. § 2401(b), and the claim itself.

§ 2401(b): "A tort claim against the United States shall be forever barred unless it is
presented in writing to the appropriate Federal agency within two years after such claim
accrues or unless action is begun within six months after the date of mailing, by certified
or registered mail, of notice of final denial of the claim by the agency to which it was
presented." Both limits must be met (United States v. Kwai Fun Wong, 575 U.S. 402 (2015),
which also holds them open to equitable tolling - flagged as discretion, never applied).

* Accrual: when the claimant knows of the injury and its cause, not of its negligent
  cause (United States v. Kubrick, 444 U.S. 111 (1979)) - ``events.discovery``; unknown,
  the injury, else the act (the earliest it could be). A death claim: the death, or a later
  knowledge of its cause.
* Presented: when the agency receives the SF-95 or other written claim for a sum certain
  (28 C.F.R. § 14.2(a), (b)(1)) - ``procedure.administrative_claim_presented``.
* Suit: only once the agency has finally denied the claim in writing, or six months have
  passed without a final disposition, which the claimant may then treat as a denial "any
  time thereafter" (28 U.S.C. § 2675(a)); the six months of § 2401(b) run only from the
  mailing of an actual denial (``procedure.claim_denied``) - a deemed denial starts no clock
  (Pascale v. United States, 998 F.2d 186 (3d Cir. 1993)).
* No state toll for infancy or incapacity extends § 2401(b) (McCall v. United States,
  No. 02-1889 (7th Cir. 2002)).

One ``limitation`` line per federal defendant, as the contract requires: until the claim is
presented in time it is the two-year claim date (the day the claim is forever barred);
once it is, the six months after the denial. The ``notice_of_claim`` line keeps the claim
date in every state of the case, as the other public-entity claims in medmal do.
"""

from __future__ import annotations

from dataclasses import replace

from medmal.calendar import NEVER, Period
from medmal.expr import Expr, const, earlier, fact, later, roll_forward, safe, when
from medmal.jurisdiction import Jurisdiction
from medmal.rules import DeadlineRule, InForce, Rule

from .calendar import FEDERAL_CALENDAR, FRCP_6A, USC_6103, district_court_calendar
from .phase import (
    DECEDENTS_CLAIM,
    PREMATURE,
    PRESENTED,
    PRESENTED_IN_TIME,
    SUIT_ARGUABLE,
    WARRUM,
    WRONGFUL_DEATH,
)
from .repose import REPOSE_SPLIT, repose_rules, state_repose

__all__ = [
    "FEDERAL",
    "KUBRICK",
    "KWAI_FUN_WONG",
    "PRESENTED",
    "PRESENTED_IN_TIME",
    "SOURCES",
    "TWO_YEAR_CLAIM_DATE",
    "USC_2401B",
    "USC_2675A",
    "deadline_rules",
]

USC_2401B = "28 U.S.C. § 2401(b)"
USC_2675A = "28 U.S.C. § 2675(a)"
CFR_14_2 = "28 C.F.R. § 14.2(a), (b)(1)"
CFR_14_9 = "28 C.F.R. § 14.9(b)"
KUBRICK = "United States v. Kubrick, 444 U.S. 111 (1979)"
KWAI_FUN_WONG = "United States v. Kwai Fun Wong, 575 U.S. 402 (2015)"
PASCALE = "Pascale v. United States, 998 F.2d 186 (3d Cir. 1993)"
MCCALL = "McCall v. United States, No. 02-1889 (7th Cir. Nov. 13, 2002)"
DISCRETION = f"{KWAI_FUN_WONG} (equitable tolling of both § 2401(b) limits: the court's, never assumed)"
SOURCES = (
    "https://usasupreme.clubjuris.com/444/111/index.php",
    "http://ecases.us/case/p2797292/united-states-v-kwai-fun-wong",
    "http://laws9.com/cfr/text/28/14/2",
    "https://tr.scribd.com/document/320769466/Joseph-M-Pascale-v-United-States-of-America-d-c-Civil-No-92-00695-Joseph-M-Pascale-v-James-S-Kalafatis-United-States-of-America-Department-o",
    "https://webarchive.library.unt.edu/eot2008/20090113075200/http://edocket.access.gpo.gov/cfr_2003/octqtr/45cfr35.6.htm",
    "http://ecases.us/case/ca7/c2947362/mccall-odessa-v-united-states",
    "http://federalrulesofcivilprocedure.blogspot.com/2011/09/rule-6-of-frcp.html",
)

FEDERAL = fact("defendant.public_entity").eq("federal")
ACT = fact("act_or_omission")
# The law's order of events is imposed on the facts, as in California's § 340.5: an injury is
# never earlier than the act, knowledge never earlier than the injury. The ``later`` also
# covers an injury confirmed absent (no separate injury date): the chain then falls back to
# the act instead of leaving the claim with no accrual at all (which made the repose the only
# line, years after the two-year date).
INJURY = later(fact("injury", assume=ACT, why="an injury cannot come before the act that caused it"), ACT)
KNOWLEDGE = later(
    fact(
        "discovery",
        assume=INJURY,
        why="the claimant cannot know of the injury and its cause before the injury (Kubrick)",
    ),
    INJURY,
)
DEATH = fact("death")
DEATH_KNOWLEDGE = later(
    DEATH, fact("discovery", assume=DEATH, why="a death claim cannot accrue before the death")
)
ACCRUAL = when(WRONGFUL_DEATH, DEATH_KNOWLEDGE, KNOWLEDGE)

#: The last day to present the claim, not rolled: two years after accrual (anniversary rule).
TWO_YEAR_CLAIM_DATE = (ACCRUAL + Period(years=2)).step(
    "two years after the claim accrued (knowledge of the injury, or death, and its cause)",
    cite=f"{USC_2401B}; {KUBRICK}",
)
_ROLL_LABEL = (
    "a last day on a Saturday, Sunday or federal legal holiday carried to the next day the agency is open, "
    "if Fed. R. Civ. P. 6(a) reaches the presentation of the claim"
)


def _bounded(last_day: Expr, repose: Expr | None, cite: str) -> Expr:
    """``last_day``, never after the state's repose (Augutis) - the rolled alternative too."""
    if repose is None:
        return last_day
    return earlier(last_day, repose).step(
        "the earlier of the § 2401(b) date and the state's statute of repose (state substantive law, §§ 1346(b)(1), "
        "2674)",
        cite=cite,
    )


def _claim_last_day(repose: Expr | None = None, cite: str = "") -> Expr:
    return safe(
        _bounded(TWO_YEAR_CLAIM_DATE, repose, cite),
        _bounded(
            roll_forward(TWO_YEAR_CLAIM_DATE, cite=f"{FRCP_6A}; {USC_6103}", calendar=FEDERAL_CALENDAR), repose, cite
        ),
        label=_ROLL_LABEL,
        cite=f"{FRCP_6A}; {USC_6103}",
    )


def _suit_last_day(district: object, repose: Expr | None = None, cite: str = "") -> Expr:
    denied = fact(
        "claim_denied",
        assume=fact("administrative_claim_presented"),
        why="a final denial cannot be mailed before the claim is presented (28 C.F.R. § 14.9)",
    )
    # A mailed denial implies a presented claim: unknown, the presentation is named missing.
    presented = fact(
        "administrative_claim_presented",
        assume=fact("claim_denied"),
        why="a final denial was mailed, so the claim was presented on or before it",
    )
    six_months = (later(denied, presented) + Period(months=6)).step(
        "six months after the mailing of the agency's final denial", cite=USC_2401B
    )
    not_running = const(NEVER).step(
        "no final denial mailed: the six months have not begun; after six months without a final disposition "
        "the claimant may treat the claim as denied and sue at any time thereafter",
        cite=f"{USC_2675A}; {PASCALE}",
    )
    return when(
        denied.is_in(None),
        _bounded(not_running, repose, cite),
        safe(
            _bounded(six_months, repose, cite),
            _bounded(roll_forward(six_months, cite=FRCP_6A, calendar=district), repose, cite),
            label="a last day on a Saturday, Sunday or legal holiday of the district court carried to the next day "
            "that is not one (federal and state holidays)",
            cite=FRCP_6A,
        ),
    )


_NO_TOLL = (
    "No state toll for infancy or incapacity extends § 2401(b) (McCall, 7th Cir. 2002; read as reported); equitable "
    "tolling (Kwai Fun Wong) is the court's and is never assumed. "
)
_CLAIM_NOTE = (
    _NO_TOLL
    + "Accrual is taken as events.discovery (knowledge of the injury and its cause, Kubrick), or the injury, else "
    "the act, where unknown; a death claim as the death, or a later discovery (a death claim cannot accrue before "
    "the death: Johnston, 5th Cir. 1996; Fisk, 7th Cir. 1981; as reported by the review). Continuous treatment "
    "postpones FTCA accrual in some circuits (Wehrman v. United States, 830 F.2d 1480 (8th Cir. 1987); Ulrich, 2d "
    "Cir. 1988) and is not applied (events.continuous_treatment_end is not read): it can only make the date later. "
    "The safe date is not rolled off a "
    "weekend or holiday: whether Fed. R. Civ. P. 6(a) reaches the presentation of the claim to an agency is not "
    "settled in the sources read, and the rolled date (federal legal holidays, 5 U.S.C. § 6103) is the alternative; "
    "a claim presented on that rolled day is shown as not settled, and where a denial was mailed the suit "
    "deadline that would follow if the claim is held timely is listed as an alternative. "
    "The claim must reach the agency whose activities gave rise to it; one sent to another agency counts when the "
    "right agency receives it (28 C.F.R. § 14.2(b)(1)). The Westfall Act's saving of a claim first sued on in state "
    "court (28 U.S.C. § 2679(d)(5)) is not applied."
)
_SUIT_NOTE = (
    _NO_TOLL
    + "Shown once the claim was presented within the two years, or a final denial mailed within them implies it "
    "was (the presentation date then named missing). Six months after the mailing of the final denial "
    "(procedure.claim_denied; § 2401(b) runs from a mailing by certified or registered mail - a denial sent "
    "otherwise may start nothing, so this date is then the earlier one): unknown, the earliest it could be (a denial mailed the day the claim was presented) "
    "and the fact is named; confirmed absent (no denial yet), time is not running - the claimant may sue once six "
    "months have passed since presentation (28 U.S.C. § 2675(a)), with no § 2401(b) deadline until a denial is "
    "mailed - but a state statute of repose still runs (Augutis), and where one is applied it is the date shown. A "
    "written request for reconsideration filed within the six months (28 C.F.R. § 14.9(b), read in the agencies' "
    "identical rules) gives the agency six more months and replaces this date: not computed. A complaint filed "
    "before exhaustion is premature and must be dismissed (McNeil v. United States, 508 U.S. 106 (1993)): status "
    "'met' says only that it was filed in time - see the premature-suit warning. The rolled alternative counts the "
    "district court's closed days under Fed. R. Civ. P. 6(a)(6) (federal and state holidays; days closed by "
    "executive order are not listed)."
)

_IN_FORCE = InForce(note="§ 2401(b) in its 1966 form (Pub. L. 89-506): two years to present the claim, six months to sue")


def _within_repose(code: str) -> tuple[Expr | None, str, str]:
    """The state's repose as it bounds the § 2401(b) dates (Augutis), its citation and note."""
    found = state_repose(code)
    if found is None:
        return None, "", ""
    # Not gated on the repose line's own condition (Texas: actions filed from 2003-09-01, an
    # unknown filing date otherwise makes every date indeterminate): ungated is the earlier.
    return found.date, found.citation, f" Never after the state's repose ({found.citation}): {REPOSE_SPLIT}"


_WARRUM_NOTE = (
    " A death claim: the claim presented (procedure.administrative_claim_presented) is dated before the death, so it "
    f"is read as the decedent's own, which does not count for the death claim ({WARRUM}): the death claim must itself "
    "be presented within two years of the death. This line cannot be met by that presentation."
)
_MCNEIL_NOTE = (
    " The complaint (procedure.complaint_filed) was filed before the claim was exhausted: under McNeil v. United "
    "States, 508 U.S. 106 (1993) that action must be dismissed, so it does not meet this deadline. A new complaint "
    "must be filed after exhaustion and by this date (this line is never shown as met: the new filing's date is not "
    "a case fact). If the complaint shown was filed only against another defendant, it is not premature."
)
_IF_TIMELY = (
    "if the claim is held presented in time (a later knowledge of the injury and its cause, or the Rule 6(a) rolled "
    "day, or equitable tolling): suit within six months after the mailing of the final denial"
)


def _split(rule: DeadlineRule, when_other: Expr, rule_id: str, note: str) -> tuple[DeadlineRule, DeadlineRule]:
    """``rule`` where ``when_other`` is false; where it is true, the same date on a line no fact
    can meet (``satisfied_by`` None) with ``note`` - one line either way (the phase is in the date)."""
    other = replace(
        rule, id=rule_id, date=when(when_other, rule.date), satisfied_by=None, uncertainty=rule.uncertainty + note
    )
    return replace(rule, date=when(~when_other, rule.date)), other


def deadline_rules(jurisdiction: Jurisdiction) -> tuple[Rule, ...]:
    """The § 2401(b) deadlines for federal defendants under ``jurisdiction``'s district court,
    each bounded by the state's statute of repose where one reaches the United States."""
    district = district_court_calendar(jurisdiction.code, jurisdiction.calendar)
    repose, repose_cite, repose_note = _within_repose(jurisdiction.code)
    claim_date = _claim_last_day(repose, repose_cite)
    suit_date = _suit_last_day(district, repose, repose_cite)
    # Claimed late only arguably, and denied: the suit date is the alternative to diary.
    claim_or_suit = safe(claim_date, suit_date, label=_IF_TIMELY, cite=f"{USC_2401B}; {KWAI_FUN_WONG}", only_if=SUIT_ARGUABLE)
    notice = DeadlineRule(
        id="ftca.notice.2401b",
        version="1966",
        kind="notice_of_claim",
        title="Administrative claim to the federal agency: presented within two years of accrual (§ 2401(b))",
        citation=f"{USC_2401B}; {CFR_14_2}; {KUBRICK}",
        in_force=_IN_FORCE,
        applies=FEDERAL,
        date=_claim_last_day(),
        satisfied_by="administrative_claim_presented",
        discretion=DISCRETION,
        verified="primary",
        uncertainty=_CLAIM_NOTE,
        sources=SOURCES,
    )
    claim = DeadlineRule(
        id="ftca.limitation.2401b-claim",
        version="1966",
        kind="limitation",
        title="Federal defendant: forever barred unless the claim is presented within two years (§ 2401(b))",
        citation=f"{USC_2401B}; {CFR_14_2}; {KUBRICK}",
        in_force=_IN_FORCE,
        applies=FEDERAL,
        # The phase is chosen in the date (None: this line does not apply), not in
        # ``applies``: per-defendant selection is cached on what ``applies`` reads.
        date=when(~PRESENTED_IN_TIME, claim_or_suit),
        satisfied_by="administrative_claim_presented",
        discretion=DISCRETION,
        verified="primary",
        uncertainty=_CLAIM_NOTE + " Until the claim is presented in time, this date is the operative limit." + repose_note,
        sources=SOURCES,
    )
    suit = DeadlineRule(
        id="ftca.limitation.2401b-suit",
        version="1966",
        kind="limitation",
        title="Federal defendant: suit within six months after the mailing of the final denial (§ 2401(b))",
        citation=f"{USC_2401B}; {USC_2675A}; {PASCALE}",
        in_force=_IN_FORCE,
        applies=FEDERAL,
        date=when(PRESENTED_IN_TIME, suit_date),
        satisfied_by="complaint_filed",
        discretion=DISCRETION,
        verified="secondary",
        uncertainty=_SUIT_NOTE + repose_note,
        sources=SOURCES,
    )
    return (
        *repose_rules(jurisdiction.code, FEDERAL),
        *_split(notice, DECEDENTS_CLAIM, "ftca.notice.2401b-death", _WARRUM_NOTE),
        *_split(claim, DECEDENTS_CLAIM, "ftca.limitation.2401b-death", _WARRUM_NOTE),
        *_split(suit, PREMATURE, "ftca.limitation.2401b-refile", _MCNEIL_NOTE),
    )
