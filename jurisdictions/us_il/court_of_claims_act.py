"""Claims against the State of Illinois and its universities: Court of Claims Act, 705 ILCS 505.

Tort claims against the State, and "like claims sounding in tort" against the Medical
Center Commission and the boards of trustees of the State universities (the University of
Illinois Hospital among them), lie only in the Court of Claims (705 ILCS 505/8(d); State
Lawsuit Immunity Act, 745 ILCS 5/1; Reyes v. Court of Claims, 299 Ill. App. 3d 1097 (1998):
a University of Illinois Hospital malpractice claim).

* 22-1: "Within 1 year from the date that such an injury was received or such a cause of
  action accrued, any person who is about to commence any action in the Court of Claims
  against the State of Illinois, the Medical Center Commission, the Board of Trustees of the
  University of Illinois, [the other university boards] ... for damages on account of any
  injury to his person shall file in the office of the Attorney General and also in the
  office of the Clerk of the Court of Claims" a written notice. For death: the
  representative "shall file within 1 year of the date of death or the date that the
  executor or administrator is qualified, whichever occurs later".
* 22-2: without the notice the claim "shall be dismissed and the person to whom any such
  cause of action accrued ... shall be forever barred".
* 8(d): an award in a tort case may not exceed $2,000,000 per claimant for claims filed on
  or after 2015-07-01, adjusted each year by the Consumer Price Index for All Urban
  Consumers ($100,000 before; P.A. 100-1124, the "Commitment to Justice Act", enacted over
  the Governor's veto on 2018-11-27).
* 22: tort claims must be filed with the clerk within 2 years after they first accrue
  (applied to a University of Illinois Hospital malpractice claim in Reyes), "not otherwise
  sooner barred by law" - so the 4-year repose of 13-212(a) may bar a claim sooner.

Case fields: ``procedure.notice_of_claim_served`` is the day the 22-1 notice was filed with
both the Attorney General and the Clerk; ``procedure.complaint_filed`` the day the claim was
filed with the Clerk; ``events.representative_appointed`` the day the executor or
administrator qualified.
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import Expr, const, earlier, fact, incapacity_end, later, roll_forward, when
from medmal.rules import DamagesRule, DeadlineRule, InForce, WarningRule

from .calendar import ILCS_1_11
from .ccp_13_212 import ACT, DISCOVERY, ILCS_13_212, PERSONAL_INJURY, WRONGFUL_DEATH, last_day, under_readings
from .wrongful_death import DEATH, MOON, death_last_day

__all__ = ["COURT_OF_CLAIMS_RULES", "ILCS_505_22", "NOTICE_MISSED_WARNING", "STATE_AWARD_LIMIT"]

ILCS_505_22 = "705 ILCS 505/22"
ILCS_505_22_1 = "705 ILCS 505/22-1"
ILCS_505_22_2 = "705 ILCS 505/22-2"
REYES = "Reyes v. Court of Claims, 299 Ill. App. 3d 1097 (1998)"
STATE = fact("defendant.public_entity").eq("state")
APPOINTMENT = fact(
    "representative_appointed",
    assume=DEATH,
    why="an executor or administrator cannot qualify before the death",
)
_IN_FORCE = InForce(note="Court of Claims Act (1945, recodified 705 ILCS 505); 22-1 one-year notice since P.A. 90-49 "
                    "(1997) at the latest (six months before it); not gated")
_SOURCES = (
    "https://ilga.gov/legislation/ilcs/documents/070505050K22-1.htm",
    "https://law.justia.com/cases/illinois/court-of-appeals-first-appellate-district/1998/1972076.html",
    "https://cite.case.law/ill-ct-cl/23/83/",
    "https://cite.case.law/ill-ct-cl/24/120/",
)


def _two_years_after_disability() -> Expr:
    """2 years after a minority or legal disability existing at the act ends."""
    adulthood = (fact("date_of_birth") + Period(years=18)).step("18th birthday", cite=ILCS_505_22)
    ends = later(when(ACT.lt(adulthood), adulthood), incapacity_end(ACT))
    return (ends + Period(years=2)).step("2 years after the minority or legal disability ends", cite=ILCS_505_22)


def _injury_safe() -> Expr:
    two_years = (ACT + Period(years=2)).step(
        "2 years after the claim first accrues, taken as the act or omission", cite=ILCS_505_22
    )
    return roll_forward(two_years, cite=ILCS_1_11)


def _injury_alternative() -> Expr:
    """Section 22 with the discovery rule and its saving clause, never later than 13-212 allows
    (a claim "sooner barred by law": the 8-year and 22nd-birthday limits for minors, the repose)."""
    knowledge = (DISCOVERY + Period(years=2)).step(
        "2 years after the claimant knew or should have known of the injury and its wrongful cause",
        cite=f"{ILCS_505_22}; {ILCS_13_212}(a)",
    )
    section_22 = roll_forward(later(knowledge, _two_years_after_disability()), cite=ILCS_1_11)
    return earlier(section_22, last_day("alternative"))


def _death_safe() -> Expr:
    two_years = (DEATH + Period(years=2)).step("2 years after the death, when the death claim accrues",
                                               cite=ILCS_505_22)
    repose = (ACT + Period(years=4)).step(
        "not otherwise sooner barred: never more than 4 years after the act or omission", cite=f"{ILCS_13_212}(a)"
    )
    return roll_forward(earlier(two_years, repose), cite=ILCS_1_11)


def _notice_injury() -> Expr:
    one_year = (ACT + Period(years=1)).step(
        "1 year after the injury was received or the cause of action accrued, taken as the act or omission",
        cite=ILCS_505_22_1,
    )
    return roll_forward(one_year, cite=ILCS_1_11)


def _notice_death() -> Expr:
    one_year = (later(DEATH, APPOINTMENT) + Period(years=1)).step(
        "1 year after the death or the qualification of the executor or administrator, whichever is later",
        cite=ILCS_505_22_1,
    )
    return roll_forward(one_year, cite=ILCS_1_11)


_NOTICE_NOTE = (
    "22-1 and 22-2 were read in the statute text on ilga.gov (22-2 in the form quoted in Munch v. State, 25 Ill. Ct. "
    "Cl. 313 (1966)). A 1997 amendment (P.A. 90-49, read in its synopsis only) excuses the notice where the claim "
    "itself is filed within 1 year of accrual - record that date as procedure.notice_of_claim_served. "
)

COURT_OF_CLAIMS_RULES = (
    DeadlineRule(
        id="us-il.limitation.court-of-claims-22",
        version="1997",
        kind="limitation",
        title="State of Illinois or a State university: claim in the Court of Claims within 2 years (705 ILCS 505/22)",
        citation=f"{ILCS_505_22}; {REYES}; {ILCS_1_11}",
        in_force=_IN_FORCE,
        applies=STATE & PERSONAL_INJURY,
        date=under_readings(
            _injury_safe(),
            _injury_alternative(),
            "the 2 years run from knowledge of the injury (the discovery rule), or from the end of a minority or "
            "legal disability at the accrual if later (section 22's saving clause, as quoted in Austin v. State, 23 "
            "Ill. Ct. Cl. 83 (1959)), never later than 13-212 allows (minors: 8 years, 22nd birthday)",
            ILCS_505_22,
        ),
        satisfied_by="complaint_filed",
        verified="secondary",
        uncertainty=(
            "The current text of section 22 was not read: the 2-year period is taken from Reyes v. Court of Claims "
            "(a University of Illinois Hospital malpractice claim), and the saving clause for persons under a "
            "disability 'at the time the claim accrues' (2 years from the time it ceases) from the 1959 text quoted "
            "in Austin v. State. The safe date runs the 2 years from the act and applies no saving clause; the "
            "alternative applies the discovery rule of 13-212(a) to 'first accrues' and the saving clause, capped by "
            "13-212 (a claim 'sooner barred by law'). The 4-year repose of 13-212(a) can only bar sooner than the "
            "safe date. Filing in the circuit court does not stop the clock (Reyes)."
        ),
        sources=_SOURCES,
    ),
    DeadlineRule(
        id="us-il.limitation.court-of-claims-22-death",
        version="1997",
        kind="limitation",
        title="Wrongful death against the State: Court of Claims within 2 years of the death, 4-year repose",
        citation=f"{ILCS_505_22}; {ILCS_13_212}(a); {ILCS_1_11}",
        in_force=_IN_FORCE,
        applies=STATE & WRONGFUL_DEATH,
        date=under_readings(
            _death_safe(),
            death_last_day("safe", f"{ILCS_505_22}; {ILCS_13_212}(a)", concealment=False),
            "Moon v. Rhode applied: 2 years from the representative's knowledge of the death and its wrongful cause",
            MOON,
        ),
        satisfied_by="complaint_filed",
        verified="secondary",
        uncertainty=(
            "Section 22 was not read (see the personal-injury rule). The death claim is taken to accrue at the death; "
            "Moon v. Rhode's knowledge rule for deaths arising out of patient care is named as the alternative. The "
            "4-year repose of 13-212(a) is applied as a bar 'sooner ... by law' - whether 13-212 reaches the State "
            "as a 'hospital duly licensed' was not verified (applying it is the earlier date)."
        ),
        sources=_SOURCES,
    ),
    DeadlineRule(
        id="us-il.notice.court-of-claims-22-1",
        version="1997",
        kind="notice_of_claim",
        title="Notice to the Attorney General and the Clerk of the Court of Claims within 1 year (705 ILCS 505/22-1)",
        citation=f"{ILCS_505_22_1}; {ILCS_505_22_2}; {ILCS_1_11}",
        in_force=_IN_FORCE,
        applies=STATE & PERSONAL_INJURY,
        date=_notice_injury(),
        satisfied_by="notice_of_claim_served",
        verified="primary",
        uncertainty=_NOTICE_NOTE + "The year is run from the act or omission (the earliest 'injury received' or "
        "accrual); no tolling for minority or disability is applied to the notice (none is in 22-1), though the Court of "
        "Claims has held a minor outside the notice requirement (Roberts v. State, 24 Ill. Ct. Cl. 120 (1961), under the "
        "six-month text) - serve it for a minor all the same.",
        sources=_SOURCES,
    ),
    DeadlineRule(
        id="us-il.notice.court-of-claims-22-1-death",
        version="1997",
        kind="notice_of_claim",
        title="Death: notice within 1 year of the death or the representative's qualification (705 ILCS 505/22-1)",
        citation=f"{ILCS_505_22_1}; {ILCS_505_22_2}; {ILCS_1_11}",
        in_force=_IN_FORCE,
        applies=STATE & WRONGFUL_DEATH,
        date=_notice_death(),
        satisfied_by="notice_of_claim_served",
        verified="primary",
        uncertainty=_NOTICE_NOTE + "Without events.representative_appointed the year runs from the death (the "
        "earliest qualification).",
        sources=_SOURCES,
    ),
)


STATE_AWARD_LIMIT = DamagesRule(
    id="us-il.damages.court-of-claims-8d",
    version="2018",
    in_force=InForce(note="P.A. 100-1124 (veto overridden 2018-11-27), for claims filed on or after 2015-07-01; not "
                     "gated: shown for every Illinois case"),
    title="Court of Claims tort award limit: $2,000,000 per claimant, CPI-U adjusted (705 ILCS 505/8(d)) - claims "
    "against the State only",
    citation="705 ILCS 505/8(d) (P.A. 100-1124)",
    effect="information",
    component="total",
    amount=const(2_000_000),
    note=(
        "An award against the State of Illinois or a State university in a case sounding in tort may not exceed "
        "$2,000,000 per claimant for claims filed on or after 2015-07-01, a figure the Court of Claims adjusts each "
        "year by the CPI-U (the adjusted figure is not shipped); claims filed before then were limited to $100,000. "
        "Shown, not applied: damages are computed for the case as a whole, not per defendant, and private "
        "co-defendants are not limited."
    ),
    verified="secondary",
    uncertainty=(
        "Read in the ilga.gov bill status synopsis of SB 2481 (P.A. 100-1124) and news reports of the veto override, "
        "not in the text of section 8(d); the CPI-adjusted amount for the year of the award was not looked up."
    ),
    sources=(
        "http://ilga.gov/legislation/BillStatus.asp?GA=100&DocTypeID=SB&DocNum=2481&GAID=14&SessionID=91&LegID=109202",
        "https://www.sj-r.com/story/news/state/2018/11/27/illinois-lawmakers-raise-caps-on/8229529007/",
    ),
)


#: A 22-1 notice filed after its year, or confirmed never filed once the year has passed.
_NOTICE = fact("notice_of_claim_served")
_AS_OF = fact("as_of")


def _notice_missed(last_day: Expr) -> Expr:
    return _NOTICE.gt(last_day) | (_NOTICE.is_in(None) & _AS_OF.gt(last_day))


NOTICE_MISSED_WARNING = WarningRule(
    id="us-il.warning.court-of-claims-22-2",
    version="1997",
    in_force=_IN_FORCE,
    title="The 22-1 notice was missed: the claim against the State is barred (705 ILCS 505/22-2)",
    citation=f"{ILCS_505_22_1}; 705 ILCS 505/22-2",
    message=(
        "A defendant is the State and the 22-1 notice was filed after its one year, or is confirmed not filed and "
        "the year has passed. Section 22-2 says such a claim shall be dismissed and forever barred, whatever the "
        "limitation date shown for it - unless the claim itself was filed within the year (P.A. 90-49, read in "
        "its synopsis only), which a notice date records."
    ),
    code="law",
    fact="procedure.notice_of_claim_served",
    applies=fact("defendants.state").gt(0)
    & (
        (fact("claim_type").eq("personal_injury") & _notice_missed(_notice_injury()))
        | (fact("claim_type").eq("wrongful_death") & _notice_missed(_notice_death()))
    ),
    verified="primary",
    uncertainty="22-2 read as quoted in Munch v. State (1966); whether a later amendment softened it was not checked.",
    sources=_SOURCES,
)
