"""Claims against the State of New York: Court of Claims Act § 10.

Claims against the State (a SUNY hospital, a State prison's medical staff, a State
psychiatric centre) are heard only in the Court of Claims, on a claim filed with the clerk
and served on the Attorney General.

* § 10(3): a claim for personal injuries "caused by the negligence or unintentional tort of
  an officer or employee of the state ... shall be filed and served upon the attorney
  general within ninety days after the accrual of such claim, unless the claimant shall
  within such time serve upon the attorney general a written notice of intention to file a
  claim therefor, in which event the claim shall be filed and served upon the attorney
  general within two years after the accrual of such claim". The limits are jurisdictional
  (Bennett v State, 106 AD3d 1040 (2d Dept 2013); Ivy v State, 27 AD3d 1190 (4th Dept 2006)).
  Malpractice accrues on the act, or at the end of continuous treatment (the doctrine is
  applied in the Court of Claims, e.g. Mitchell v State, Ct Cl 2001); CPLR 203(g)(2) applies
  Lavern's Law accrual to "section ten of the court of claims act" for a failure to diagnose
  cancer (acts from 2015-07-31).
* § 10(2): a wrongful-death claim "shall be filed and served upon the attorney general
  within ninety days after the appointment of such executor or administrator, unless the
  claimant shall within such time serve upon the attorney general a written notice of
  intention ..., in which event the claim shall be filed and served ... within two years
  after the death of the decedent. In any event such claim shall be filed and served ...
  within two years after the death of the decedent."
* § 10(5): a claimant under a legal disability (infancy, insanity) may present the claim
  within two years after the disability is removed (DuPont v State, Ct Cl 2003; Barrett v
  State, 161 AD2d 61 (2d Dept 1990)); no notice of intention is needed meanwhile.
* § 10(6): the court may, in its discretion, permit a late claim "at any time before an
  action asserting a like claim against a citizen of the state would be barred under the
  provisions of article two of the civil practice law and rules" - for malpractice the 2
  years 6 months of CPLR 214-a (Howard v State, App Div 3d Dept, decided 1983-07-21). Flagged as
  ``discretion``, never an extension.

Case fields: ``procedure.notice_of_claim_served`` is the day the claim or the written notice
of intention reached the Attorney General (service by certified mail is complete only on
receipt, § 11(a)(i)); ``procedure.complaint_filed`` is the day the claim was filed with the
clerk and served; ``events.representative_appointed`` is the executor's or administrator's
appointment.
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import Expr, cap, earlier, fact, has, incapacity_end, later, roll_forward, when
from medmal.rules import DeadlineRule

from .calendar import GCL_25A
from .cplr_214a import (
    ACCRUAL,
    ACT,
    KNOWLEDGE,
    LIMITATION_RULES,
    covid_reading,
    medical_malpractice_last_day,
    under_covid_orders,
)
from .eptl_5_4_1 import DEATH, death_claim_last_day

__all__ = ["COURT_OF_CLAIMS_RULES", "CTC_10"]

CTC_10 = "N.Y. Ct. Cl. Act § 10"
CTC_10_2 = f"{CTC_10}(2)"
CTC_10_3 = f"{CTC_10}(3)"
CTC_10_5 = f"{CTC_10}(5)"
CPLR_203G = "N.Y. CPLR 203(g)(2)"
LATE_CLAIM = (
    "N.Y. Ct. Cl. Act § 10(6) (late claim by leave of the court, before a like action against a citizen "
    "would be barred under CPLR article 2 - CPLR 214-a: 2 years 6 months)"
)
LATE_DEATH_CLAIM = (
    "N.Y. Ct. Cl. Act § 10(6) (late claim by leave of the court, before a like action against a citizen "
    "would be barred - EPTL 5-4.1: 2 years from the death; Carey v State (2022))"
)
NINETY_DAYS = Period(days=90)
TWO_YEARS = Period(years=2)

STATE = fact("defendant.public_entity").eq("state")
PERSONAL_INJURY = fact("claim_type").eq("personal_injury")
WRONGFUL_DEATH = fact("claim_type").eq("wrongful_death")
NOTICE_OF_INTENTION = fact("notice_of_claim_served")
APPOINTMENT = fact(
    "representative_appointed",
    assume=DEATH,
    why="an executor or administrator cannot be appointed before the death",
)

_SOURCES = (
    "https://www.nysenate.gov/legislation/laws/CTC/10",
    "https://law.justia.com/codes/new-york/2006/court-of-claims/ctc010_10.html",
    "https://www.nycourts.gov/Reporter/3dseries/2013/2013_03808.htm",
)


def _knowledge_limb(from_knowledge: Expr) -> Expr:
    """CPLR 203(g)(2) for a failure to diagnose cancer (acts from 2015-07-31): a date counted
    from knowledge of the act and the injury, but the claim no later than seven years from
    the act (the seven years limit the claim itself, not only the knowledge date)."""
    return when(
        has("failure_to_diagnose_cancer"),
        earlier(
            from_knowledge,
            (ACT + Period(years=7)).step("no later than seven years from the act or omission", cite=CPLR_203G),
        ),
    ).step("failure to diagnose cancer: counted from knowledge of the act and the injury", cite=CPLR_203G)


def _disability_end() -> Expr:
    """The end of an infancy or insanity existing at the act (tested on the act: the safe reading)."""
    adulthood = (fact("date_of_birth") + Period(years=18)).step(
        "18th birthday: infancy ends (CPLR 105(j))", cite="N.Y. CPLR 105(j)"
    )
    return later(when(ACT.lt(adulthood), adulthood), incapacity_end(ACT))


def _timely(notice_last_day: Expr) -> Expr:
    return NOTICE_OF_INTENTION.le(notice_last_day)


def _roll(day: Expr, start: Expr, reading: str) -> Expr:
    return roll_forward(covid_reading(day, start, reading), cite=GCL_25A)


def _notice_from(start: Expr, reading: str) -> Expr:
    ninety = (start + NINETY_DAYS).step(
        "90 days after accrual: the claim, or a written notice of intention, served on the Attorney General",
        cite=CTC_10_3,
    )
    return _roll(ninety, start, reading)


def _claim_notice(lavern: bool, reading: str) -> Expr:
    notice = _notice_from(ACCRUAL, reading)
    if not lavern:
        return notice
    return later(notice, _knowledge_limb(_notice_from(KNOWLEDGE, reading)))


def _last_day_from(start: Expr, reading: str) -> Expr:
    notice = _notice_from(start, reading)
    two_years = (start + TWO_YEARS).step(
        "a notice of intention was served within the 90 days: the claim within two years after accrual",
        cite=CTC_10_3,
    )
    # The CPLR 208 ten-year limit is borrowed as the safe outer limit for § 10(5): whether it
    # reaches § 10(5) was not found in any source read (the uncapped date is named in the rule).
    disability = cap(
        (_disability_end() + TWO_YEARS).step(
            "legal disability at the act: the claim within two years after the disability is removed",
            cite=CTC_10_5,
        ),
        (ACT + Period(years=10)).step("not beyond ten years after the act (the CPLR 208 limit, safe reading)",
                                      cite="N.Y. CPLR 208(a)"),
    )
    return later(
        notice.step("no notice of intention served in time: the claim itself within the 90 days", cite=CTC_10_3),
        when(_timely(notice), _roll(two_years, start, reading)),
        _roll(disability, start, reading),
    )


def _claim_last_day(lavern: bool, reading: str) -> Expr:
    """The claim's last day from accrual (the act or the end of continuous treatment); for a
    failure to diagnose cancer also from knowledge, within seven years of the act."""
    last = _last_day_from(ACCRUAL, reading)
    if lavern:
        last = later(last, _knowledge_limb(_last_day_from(KNOWLEDGE, reading)))
    return last.step("the latest period that applies", cite=CTC_10)


def _claim(version: str, lavern: bool) -> DeadlineRule:
    return DeadlineRule(
        id="us-ny.limitation.court-of-claims-10-3",
        version=version,
        kind="limitation",
        title="Claim against the State: 90 days, or 2 years after a timely notice of intention (Ct. Cl. Act § 10(3))",
        citation=f"{CTC_10_3}, (5); {CPLR_203G}; {GCL_25A}",
        in_force=LIMITATION_RULES[1 if lavern else 0].in_force,
        applies=STATE & PERSONAL_INJURY,
        date=under_covid_orders(lambda reading: _claim_last_day(lavern, reading)),
        satisfied_by="complaint_filed",
        discretion=LATE_CLAIM,
        verified="secondary",
        uncertainty=(
            "§ 10(2) and (3) were read in the statute text (nysenate.gov, law.justia.com); § 10(5) and (6) only as "
            "quoted by the courts (DuPont v State; Howard v State). procedure.notice_of_claim_served is taken as the "
            "day the notice of intention (or the claim) reached the Attorney General; without it the claim is due "
            "within the 90 days. Continuous treatment postpones accrual as under CPLR 214-a (Court of Claims "
            "decisions, not a statute). § 10(5): the disability must exist at the act (the safe reading), and the "
            "ten-year limit of CPLR 208 is applied to it as the safe outer limit - no source read says whether it "
            "reaches § 10(5); without it the claim may be presented until two years after the disability ends. "
            "GCL § 25-a moves a last day off a weekend or holiday by its general terms; no Court of Claims decision "
            "applying it was read. Executive Order 202.8 (2020) is applied as for CPLR 214-a. Late-claim relief "
            "(§ 10(6)) is a discretion, not an extension: its outer limit is the CPLR 214-a date."
        ),
        sources=_SOURCES,
    )


def _notice(version: str, lavern: bool) -> DeadlineRule:
    return DeadlineRule(
        id="us-ny.notice.court-of-claims-10-3",
        version=version,
        kind="notice_of_claim",
        title="Claim or notice of intention to the Attorney General: 90 days after accrual (Ct. Cl. Act § 10(3))",
        citation=f"{CTC_10_3}; N.Y. Ct. Cl. Act § 11(a)(i); {CPLR_203G}; {GCL_25A}",
        in_force=LIMITATION_RULES[1 if lavern else 0].in_force,
        applies=STATE & PERSONAL_INJURY,
        date=under_covid_orders(lambda reading: _claim_notice(lavern, reading)),
        satisfied_by="notice_of_claim_served",
        discretion=LATE_CLAIM,
        verified="primary",
        uncertainty=(
            "Served personally or by certified mail, return receipt requested; mail service is complete only when the "
            "Attorney General receives it (§ 11(a)(i)). A claimant under a legal disability may instead claim within "
            "two years after it ends (§ 10(5)); this 90-day date is shown regardless. Continuous treatment postpones "
            "accrual (Court of Claims decisions). Executive Order 202.8 (2020) is applied as for CPLR 214-a."
        ),
        sources=_SOURCES,
    )


def _death_notice_last_day(reading: str) -> Expr:
    ninety = cap(
        (APPOINTMENT + NINETY_DAYS).step(
            "90 days after the executor or administrator is appointed", cite=CTC_10_2
        ),
        (DEATH + TWO_YEARS).step("in any event within two years after the death", cite=CTC_10_2),
    )
    return _roll(ninety, DEATH, reading)


def _death_last_day(lavern: bool, reading: str) -> Expr:
    notice = _death_notice_last_day(reading)
    two_years = (DEATH + TWO_YEARS).step(
        "a notice of intention was served within the 90 days: the claim within two years after the death",
        cite=CTC_10_2,
    )
    after_death = later(
        notice.step("no notice of intention served in time: the claim itself within the 90 days", cite=CTC_10_2),
        when(_timely(notice), _roll(two_years, DEATH, reading)),
    )
    decedent = _roll(medical_malpractice_last_day(lavern=lavern), ACCRUAL, reading).step(
        "the decedent's own claim could not have been brought, even by leave (§ 10(6)), after", cite=LATE_CLAIM
    )
    return death_claim_last_day(after_death, decedent)


def _death(version: str, lavern: bool) -> DeadlineRule:
    return DeadlineRule(
        id="us-ny.limitation.court-of-claims-10-2",
        version=version,
        kind="limitation",
        title="Wrongful death against the State: 90 days from appointment, or 2 years from death after a notice of "
        "intention (Ct. Cl. Act § 10(2))",
        citation=f"{CTC_10_2}; N.Y. EPTL 5-4.1; {GCL_25A}",
        in_force=LIMITATION_RULES[1 if lavern else 0].in_force,
        applies=STATE & WRONGFUL_DEATH,
        date=under_covid_orders(lambda reading: _death_last_day(lavern, reading)),
        satisfied_by="complaint_filed",
        discretion=LATE_DEATH_CLAIM,
        verified="primary",
        uncertainty=(
            "Without events.representative_appointed the 90 days run from the death (the earliest appointment). "
            "The death claim is treated as barred only where the decedent's own claim was past even the late-claim "
            "limit (CPLR 214-a) at death (EPTL 5-4.1; Proano v Gutman); whether an earlier lapse of the decedent's "
            "§ 10(3) time bars it was not settled in the sources read. The estate's claim for the decedent's "
            "conscious pain and suffering runs under § 10(3) and (5) (Barrett v State) and is not computed here. "
            "Executive Order 202.8 (2020) is applied as for CPLR 214-a."
        ),
        sources=_SOURCES,
    )


def _death_notice(version: str, lavern: bool) -> DeadlineRule:
    return DeadlineRule(
        id="us-ny.notice.court-of-claims-10-2",
        version=version,
        kind="notice_of_claim",
        title="Wrongful death: claim or notice of intention within 90 days of the appointment (Ct. Cl. Act § 10(2))",
        citation=f"{CTC_10_2}; N.Y. Ct. Cl. Act § 11(a)(i); {GCL_25A}",
        in_force=LIMITATION_RULES[1 if lavern else 0].in_force,
        applies=STATE & WRONGFUL_DEATH,
        date=under_covid_orders(_death_notice_last_day),
        satisfied_by="notice_of_claim_served",
        discretion=LATE_DEATH_CLAIM,
        verified="primary",
        uncertainty="Without events.representative_appointed the 90 days run from the death (the earliest "
        "appointment). Mail service is complete only on receipt by the Attorney General (§ 11(a)(i)).",
        sources=_SOURCES,
    )


COURT_OF_CLAIMS_RULES = tuple(
    make(version, lavern)
    for make in (_claim, _notice, _death, _death_notice)
    for version, lavern in (("1986", False), ("2018", True))
)
