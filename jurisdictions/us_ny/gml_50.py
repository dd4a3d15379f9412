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

Claims against the State (Court of Claims Act § 10) are not covered by this plugin; the
engine says so for such defendants. Federal defendants are left to the Federal Tort Claims
Act overlay (``medmal.plugins.ftca``).
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import Expr, cap, earlier, fact, has, later, when
from medmal.rules import DeadlineRule, InForce, RequirementRule

from .calendar import GCL_25A
from .cplr_214a import (
    ACT,
    CONTINUOUS_TREATMENT_END,
    KNOWLEDGE,
    LIMITATION_RULES,
    medical_malpractice_last_day,
    with_covid_orders,
)
from .eptl_5_4_1 import DEATH, death_claim_with_covid_orders

__all__ = ["PUBLIC_ENTITY_RULES", "WAITING_PERIOD"]

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


def _window(version: str) -> InForce:
    return LIMITATION_RULES[0 if version == "1986" else 1].in_force


def _suit_last_day(lavern: bool) -> Expr:
    return medical_malpractice_last_day(lavern=lavern, period=ONE_YEAR_NINETY_DAYS)


def _suit(version: str, lavern: bool) -> DeadlineRule:
    return DeadlineRule(
        id="us-ny.limitation.gml-50-i",
        version=version,
        kind="limitation",
        title="Action against a municipal defendant: 1 year 90 days (GML § 50-i)",
        citation=f"{GML_50I}; {CPLR_217A}; N.Y. CPLR 208(a); {GCL_25A}",
        in_force=_window(version),
        applies=MUNICIPAL & PERSONAL_INJURY,
        overrides=("us-ny.limitation.cplr-214-a",),
        date=with_covid_orders(_suit_last_day(lavern)),
        satisfied_by="complaint_filed",
        verified="primary",
        uncertainty=(
            "Continuous treatment and (for cancer claims, CPLR 203(g)(2)) Lavern's accrual are applied to the "
            "1 year 90 days as to CPLR 214-a; the seven-year limit is applied to the knowledge limb only. "
            "Executive Order 202.8 (2020) is applied as for CPLR 214-a."
        ),
        sources=_SOURCES,
    )


def _notice(version: str, lavern: bool) -> DeadlineRule:
    trigger = ACT
    if lavern:
        knowledge = earlier(KNOWLEDGE, ACT + Period(years=7))
        trigger = later(
            ACT,
            when(has("failure_to_diagnose_cancer"), later(knowledge, CONTINUOUS_TREATMENT_END)).step(
                "failure to diagnose cancer: the claim arises at the later of knowledge (no later than seven years "
                "from the act) and the last continuous treatment",
                cite=CPLR_203G,
            ),
        )
    notice = cap(
        (trigger + NINETY_DAYS).step("90 days after the claim arises", cite=GML_50E),
        _suit_last_day(lavern).step("never later than the last day to sue", cite=GML_50I),
    )
    return DeadlineRule(
        id="us-ny.notice.gml-50-e",
        version=version,
        kind="notice_of_claim",
        title="Notice of claim to a municipal defendant: 90 days (GML § 50-e)",
        citation=f"{GML_50E}; {CPLR_203G}; {GCL_25A}",
        in_force=_window(version),
        applies=MUNICIPAL & PERSONAL_INJURY,
        date=with_covid_orders(notice, trigger),
        satisfied_by="notice_of_claim_served",
        discretion=LATE_NOTICE,
        verified="primary",
        uncertainty=(
            "For a failure to diagnose cancer (acts from 2015-07-31) the claim is taken to arise at the later of "
            "knowledge, capped at seven years from the act, and the last continuous treatment (CPLR 203(g)(2)); "
            "whether the seven-year limit reaches the notice is not settled, and the notice is never shown later "
            "than the last day to sue. Otherwise the claim arises on the act or omission; continuous treatment is "
            "not applied to the notice (the earlier, safe date). Executive Order 202.8 (2020) covered notices too."
        ),
        sources=_SOURCES,
    )


def _death_suit_last_day(lavern: bool) -> Expr:
    after_death = (DEATH + Period(years=2)).step("wrongful death: two years after the death", cite=GML_50I)
    return death_claim_with_covid_orders(_suit_last_day(lavern), after_death, GML_50I)


def _death_suit(version: str, lavern: bool) -> DeadlineRule:
    return DeadlineRule(
        id="us-ny.limitation.gml-50-i-death",
        version=version,
        kind="limitation",
        title="Wrongful death against a municipal defendant: 2 years after death (GML § 50-i(1)(c))",
        citation=f"{GML_50I}; {GCL_25A}",
        in_force=_window(version),
        applies=MUNICIPAL & WRONGFUL_DEATH,
        overrides=("us-ny.limitation.eptl-5-4.1",),
        date=_death_suit_last_day(lavern),
        satisfied_by="complaint_filed",
        verified="primary",
        uncertainty="The 'not barred at death' condition is applied as for EPTL 5-4.1 (Proano v Gutman); "
        "Executive Order 202.8 (2020) as for CPLR 214-a.",
        sources=_SOURCES,
    )


def _death_notice(version: str, lavern: bool) -> DeadlineRule:
    notice = cap(
        (APPOINTMENT + NINETY_DAYS).step("90 days after a representative of the estate is appointed", cite=GML_50E),
        _death_suit_last_day(lavern).step("never later than the last day to sue for the death", cite=GML_50I),
    )
    return DeadlineRule(
        id="us-ny.notice.gml-50-e-death",
        version=version,
        in_force=_window(version),
        kind="notice_of_claim",
        title="Notice of claim for wrongful death: 90 days from the representative's appointment (GML § 50-e)",
        citation=f"{GML_50E}; {GCL_25A}",
        applies=MUNICIPAL & WRONGFUL_DEATH,
        date=with_covid_orders(notice, APPOINTMENT),
        satisfied_by="notice_of_claim_served",
        discretion=LATE_NOTICE,
        verified="primary",
        uncertainty=(
            "A claim for the decedent's conscious pain and suffering needs its own notice within 90 days of the "
            "event (Gibbons v City of Troy, 91 AD2d 707); that clock is not computed here. Where the decedent's own "
            "claim was barred before death the notice shows that earlier date."
        ),
        sources=_SOURCES,
    )


WAITING_PERIOD = RequirementRule(
    id="us-ny.requirement.gml-50-i-1-b",
    version="1959",
    in_force=InForce(note="GML § 50-i(1)(b), long-standing (commencement date not verified)"),
    kind="notice_waiting_period",
    title="Thirty days between the notice of claim and the action (GML § 50-i(1)(b))",
    citation="N.Y. Gen. Mun. Law § 50-i(1)(b)",
    applies=MUNICIPAL,
    description=(
        "An action against a municipal defendant may be commenced only after thirty days have passed since the "
        "notice of claim was served without the claim being adjusted or paid: serve the notice early enough that "
        "the thirty days end before the last day to sue."
    ),
    due_event="at least 30 days after the notice of claim is served, before the action is commenced",
    consequence_of_failure="an action commenced too early is premature and may be dismissed",
    verified="primary",
    sources=_SOURCES,
)

PUBLIC_ENTITY_RULES = (
    _suit("1986", False),
    _suit("2018", True),
    _notice("1986", False),
    _notice("2018", True),
    _death_suit("1986", False),
    _death_suit("2018", True),
    _death_notice("1986", False),
    _death_notice("2018", True),
)
