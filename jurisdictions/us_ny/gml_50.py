"""Claims against municipal defendants: GML §§ 50-e, 50-i and CPLR 217-a.

* GML § 50-e(1)(a): a notice of claim "within ninety days after the claim arises; except
  that in wrongful death actions, the ninety days shall run from the appointment of a
  representative of the decedent's estate". Late notice needs leave (50-e(5)) - a court's
  discretion, flagged, never an extension.
* GML § 50-i(1)(c): the action "within one year and ninety days after the happening of the
  event upon which the claim is based; except that wrongful death actions shall be
  commenced within two years after the happening of the death". One year is counted,
  then ninety calendar days (Decicco v City of Syracuse, 68 AD3d 1771 (4th Dept 2009)).
* CPLR 217-a (L.2012 ch. 500, L.2013 ch. 24) brings public authorities and public benefit
  corporations entitled to a notice of claim (e.g. NYC Health + Hospitals) into the same
  scheme; ``public_entity: municipal`` covers all of them.
* CPLR 203(g)(2) applies Lavern's Law accrual to these notice and suit periods for a
  failure to diagnose cancer (acts on or after 2015-07-31).
* CPLR 208 extends the 1 year 90 days for infancy or insanity at accrual (ten-year cap in
  malpractice); it does not extend the 90-day notice itself.

Claims against the State (Court of Claims Act § 10) and federal defendants (Federal Tort
Claims Act) are not covered by this plugin; the engine says so for such defendants.
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import fact, has, later, roll_forward, when
from medmal.rules import DeadlineRule, InForce

from .calendar import GCL_25A
from .cplr_214a import ACT, CONTINUOUS_TREATMENT_END, KNOWLEDGE, LIMITATION_RULES, medical_malpractice_last_day
from .eptl_5_4_1 import DEATH, death_claim_last_day

__all__ = ["PUBLIC_ENTITY_RULES"]

GML_50E = "N.Y. Gen. Mun. Law § 50-e(1)(a)"
GML_50I = "N.Y. Gen. Mun. Law § 50-i(1)(c)"
CPLR_217A = "N.Y. CPLR 217-a"
CPLR_203G = "N.Y. CPLR 203(g)(2)"
LATE_NOTICE = "N.Y. Gen. Mun. Law § 50-e(5) (leave to serve a late notice of claim)"
ONE_YEAR_NINETY_DAYS = Period(years=1, days=90)
NINETY_DAYS = Period(days=90)

MUNICIPAL = fact("defendant.public_entity").eq("municipal")
PERSONAL_INJURY = fact("claim_type").eq("personal_injury")
WRONGFUL_DEATH = fact("claim_type").eq("wrongful_death")
APPOINTMENT = fact(
    "representative_appointed",
    assume=DEATH,
    why="a representative cannot be appointed before the death",
)

_SOURCES = (
    "https://www.nysenate.gov/legislation/laws/GMU/50-E",
    "https://www.nysenate.gov/legislation/laws/GMU/50-I",
)


def _suit(version: str, lavern: bool) -> DeadlineRule:
    return DeadlineRule(
        id="us-ny.limitation.gml-50-i",
        version=version,
        kind="limitation",
        title="Action against a municipal defendant: 1 year 90 days (GML § 50-i)",
        citation=f"{GML_50I}; {CPLR_217A}; N.Y. CPLR 208(a); {GCL_25A}",
        in_force=LIMITATION_RULES[0 if version == "1986" else 1].in_force,
        applies=MUNICIPAL & PERSONAL_INJURY,
        overrides=("us-ny.limitation.cplr-214-a",),
        date=roll_forward(medical_malpractice_last_day(lavern=lavern, period=ONE_YEAR_NINETY_DAYS), cite=GCL_25A),
        satisfied_by="complaint_filed",
        verified="primary",
        uncertainty=(
            "Continuous treatment and (for cancer claims, CPLR 203(g)(2)) Lavern's accrual are applied to the "
            "1 year 90 days as to CPLR 214-a; the seven-year limit is applied to the knowledge limb only."
        ),
        sources=_SOURCES,
    )


def _notice(version: str, lavern: bool) -> DeadlineRule:
    trigger = ACT
    if lavern:
        trigger = later(
            ACT,
            when(has("failure_to_diagnose_cancer"), later(KNOWLEDGE, CONTINUOUS_TREATMENT_END)).step(
                "failure to diagnose cancer: time starts at the later of knowledge and the last continuous treatment",
                cite=CPLR_203G,
            ),
        )
    return DeadlineRule(
        id="us-ny.notice.gml-50-e",
        version=version,
        kind="notice_of_claim",
        title="Notice of claim to a municipal defendant: 90 days (GML § 50-e)",
        citation=f"{GML_50E}; {GCL_25A}",
        in_force=LIMITATION_RULES[0 if version == "1986" else 1].in_force,
        applies=MUNICIPAL & PERSONAL_INJURY,
        date=roll_forward((trigger + NINETY_DAYS).step("90 days after the claim arises", cite=GML_50E), cite=GCL_25A),
        satisfied_by="notice_of_claim_served",
        discretion=LATE_NOTICE,
        verified="primary",
        uncertainty=(
            "The claim is taken to arise on the act or omission; whether continuous treatment delays it is not "
            "applied (the earlier, safe date)."
        ),
        sources=_SOURCES,
    )


def _death_suit(version: str, lavern: bool) -> DeadlineRule:
    decedent = roll_forward(
        medical_malpractice_last_day(lavern=lavern, period=ONE_YEAR_NINETY_DAYS), cite=GCL_25A
    ).step("the decedent's own claim against the municipality would have expired on", cite=GML_50I)
    after_death = roll_forward(
        (DEATH + Period(years=2)).step("wrongful death: two years after the death", cite=GML_50I), cite=GCL_25A
    )
    return DeadlineRule(
        id="us-ny.limitation.gml-50-i-death",
        version=version,
        kind="limitation",
        title="Wrongful death against a municipal defendant: 2 years after death (GML § 50-i(1)(c))",
        citation=f"{GML_50I}; {GCL_25A}",
        in_force=LIMITATION_RULES[0 if version == "1986" else 1].in_force,
        applies=MUNICIPAL & WRONGFUL_DEATH,
        overrides=("us-ny.limitation.eptl-5-4.1",),
        date=death_claim_last_day(after_death, decedent),
        satisfied_by="complaint_filed",
        verified="primary",
        uncertainty="The 'not barred at death' condition is applied as for EPTL 5-4.1 (Proano v Gutman).",
        sources=_SOURCES,
    )


DEATH_NOTICE = DeadlineRule(
    id="us-ny.notice.gml-50-e-death",
    version="2013",
    in_force=InForce(note="GML § 50-e(1)(a)'s wrongful-death clause; extended to public authorities by CPLR 217-a (L.2013 ch. 24)"),
    kind="notice_of_claim",
    title="Notice of claim for wrongful death: 90 days from the representative's appointment (GML § 50-e)",
    citation=f"{GML_50E}; {GCL_25A}",
    applies=MUNICIPAL & WRONGFUL_DEATH,
    date=roll_forward(
        (APPOINTMENT + NINETY_DAYS).step("90 days after a representative of the estate is appointed", cite=GML_50E),
        cite=GCL_25A,
    ),
    satisfied_by="notice_of_claim_served",
    discretion=LATE_NOTICE,
    verified="primary",
    uncertainty=(
        "A claim for the decedent's conscious pain and suffering needs its own notice within 90 days of the event "
        "(Gibbons v City of Troy, 91 AD2d 707); that clock is not computed here."
    ),
    sources=_SOURCES,
)

PUBLIC_ENTITY_RULES = (
    _suit("1986", False),
    _suit("2018", True),
    _notice("1986", False),
    _notice("2018", True),
    _death_suit("1986", False),
    _death_suit("2018", True),
    DEATH_NOTICE,
)
