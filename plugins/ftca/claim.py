"""What the claim must be, and the points a lawyer suing the United States must see.

* 28 C.F.R. § 14.2(a): a claim is presented when the agency receives "an executed Standard
  Form 95 or other written notification of an incident, accompanied by a claim for money
  damages in a sum certain", with the signer's capacity and authority; § 14.2(b)(1): to the
  agency whose activities gave rise to the claim.
* 28 U.S.C. § 2675(a): no action until the agency has finally denied the claim in writing,
  or six months pass without a final disposition; a suit filed earlier is premature and must
  be dismissed even if the claim is denied later (McNeil v. United States, 508 U.S. 106 (1993)).
* Berk v. Choy, 607 U.S. ___ (2026-01-20): a state affidavit-of-merit requirement does not
  apply in federal court (it conflicts with Fed. R. Civ. P. 8) - FTCA actions are federal.
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import fact, incapacity_end
from medmal.rules import InForce, RequirementRule, Rule, WarningRule

from .phase import PREMATURE, WARRUM, WRONGFUL_DEATH
from .section_2401b import (
    CFR_14_2,
    FEDERAL,
    KUBRICK,
    SOURCES,
    TWO_YEAR_CLAIM_DATE,
    USC_2401B,
    USC_2675A,
)

__all__ = ["CLAIM_RULES", "FEDERAL_SUED", "MCNEIL"]

MCNEIL = "McNeil v. United States, 508 U.S. 106 (1993)"
BERK = "Berk v. Choy, 607 U.S. ___ (2026) (decided 2026-01-20)"
USC_2675B = "28 U.S.C. § 2675(b)"
USC_1346B = "28 U.S.C. § 1346(b)(1)"
#: At least one defendant is federal (a case-level fact: warnings and damages are case-level).
FEDERAL_SUED = fact("defendants.federal").gt(0)

#: Exhausted: a final denial mailed on or before the filing, or six months run out before it
#: ("failure ... to make final disposition of a claim within six months"; filing on the last
#: of the six months is warned about too - the earlier reading). See phase.PREMATURE.
_PREMATURE = FEDERAL_SUED & PREMATURE
_BIRTH = fact("date_of_birth")
_ACT = fact("act_or_omission")
_TOLLING_FACTS = _ACT.lt(_BIRTH + Period(years=18)) | ~incapacity_end(_ACT).is_in(None)
_FTCA_1966 = InForce(note="28 U.S.C. §§ 2401(b), 2675(a) as amended by Pub. L. 89-506 (1966); not gated by date")
_BERK = InForce(note="Berk v. Choy, decided 2026-01-20; not gated by date (it states what the Federal Rules always required)")

_DEATH_CLAIMS = InForce(note="Johnston (1996), Warrum (2005), Miller (2006): case law; not gated by date")

CLAIM_RULES: tuple[Rule, ...] = (
    WarningRule(
        id="ftca.warning.death-and-survival",
        in_force=_DEATH_CLAIMS,
        version="2005",
        title="Wrongful death against the United States: the death claim and the decedent's own (survival) claim",
        citation=f"{USC_2401B}; {USC_2675A}; {WARRUM}; Johnston v. United States, 85 F.3d 217 (5th Cir. 1996)",
        applies=FEDERAL_SUED & WRONGFUL_DEATH,
        message=(
            "The death claim accrues at the death (Johnston v. United States, 85 F.3d 217 (5th Cir. 1996); Fisk v. "
            "United States, 657 F.2d 167 (7th Cir. 1981)) and must itself be presented to the agency: a claim the "
            "decedent presented before dying does not exhaust it (Warrum v. United States, 427 F.3d 1048 (7th Cir. "
            "2005)) - a presentation dated before events.death is read as the decedent's. The decedent's own claim, "
            "brought by the estate as a survival claim, accrues on the decedent's knowledge of the injury and its "
            "cause and can be barred well before death + 2 years (Miller v. Philadelphia Geriatric Center, 463 F.3d "
            "266 (3d Cir. 2006)): it is not computed here. Where the state's death statute requires that the decedent "
            "could have sued at death, a lapsed claim of the decedent's may defeat the death claim: not computed."
        ),
        code="law",
        verified="secondary",
        uncertainty="Johnston, Fisk, Warrum and Miller as reported by the independent review (addresses in sources), not read in full here.",
        sources=(
            "https://print.casetext.com/case/warrum-v-us",
            "http://fbi.openjurist.org/85/f3d/217/johnston-v-united-states",
            "https://case-law.vlex.com/vid/fisk-v-u-s-894649697",
            "https://circuitcourts.lexroll.com/2016/07/03/463-f-3d-266/",
        ),
    ),
    RequirementRule(
        id="ftca.requirement.14-2",
        in_force=_FTCA_1966,
        version="1966",
        kind="administrative_claim",
        title="Administrative claim: SF-95 or other written notice with a sum certain (28 C.F.R. § 14.2)",
        citation=f"{CFR_14_2}; {USC_2401B}; {USC_2675A}; {USC_2675B}",
        applies=FEDERAL,
        description=(
            "Present to the federal agency whose activities gave rise to the claim an executed Standard Form 95 or "
            "other written notification of the incident, with a claim for money damages in a sum certain, signed, "
            "showing the signer's capacity and, for a representative, evidence of authority. It is presented when "
            "the agency receives it. The sum claimed caps what the court may award unless a larger sum rests on newly "
            "discovered evidence or intervening facts (28 U.S.C. § 2675(b)): claim the full value. Each claimant "
            "presents an own claim - a parent's or spouse's derivative claim included (Turner ex rel. Turner v. "
            "United States, 514 F.3d 1194 (11th Cir. 2008)); the case's one presentation date is read as covering "
            "the claim computed here. A death claim needs its own presentation after the death (Warrum, 7th Cir. 2005)."
        ),
        due_event="received by the agency within two years after the claim accrues",
        due=TWO_YEAR_CLAIM_DATE,
        consequence_of_failure=(
            "the claim is forever barred (§ 2401(b)), and no action may be brought on a claim never presented "
            "(§ 2675(a))"
        ),
        satisfied_by="administrative_claim_presented",
        verified="primary",
        uncertainty="The due date is the two-year date not rolled off a weekend or holiday (see the notice_of_claim deadline).",
        sources=SOURCES,
    ),
    RequirementRule(
        id="ftca.requirement.2675a",
        in_force=_FTCA_1966,
        version="1966",
        kind="administrative_exhaustion",
        title="No suit until the claim is finally denied, or six months pass without a decision (§ 2675(a))",
        citation=f"{USC_2675A}; {MCNEIL}",
        applies=FEDERAL,
        description=(
            "File the action against the United States only after the agency has mailed a final written denial, or "
            "after six months from presentation without a final disposition (the claimant may then treat the claim "
            "as denied at any time). The United States, not the employee or agency, is the defendant."
        ),
        due_event="before the complaint is filed",
        consequence_of_failure=(
            "a premature action must be dismissed, even if the claim is denied while it is pending (McNeil); a new "
            "action must then be started within the § 2401(b) limits"
        ),
        verified="primary",
        sources=(*SOURCES, "https://law.onecle.com/ussc/508/508us106.html"),
    ),
    WarningRule(
        id="ftca.warning.united-states",
        in_force=_FTCA_1966,
        version="1966",
        title="A federal defendant: the Federal Tort Claims Act governs",
        citation=f"{USC_1346B}; {USC_2401B}; {USC_2675A}",
        applies=FEDERAL_SUED,
        message=(
            "A claim against a federal employee or agency (a VA or military hospital, a Public Health Service "
            "clinician, a health center deemed federal under the Federally Supported Health Centers Assistance Act) "
            "lies against the United States under the Federal Tort Claims Act: its deadlines are those of "
            "28 U.S.C. § 2401(b), not the state's, while the state's law governs liability and damages (§ 1346(b)(1)). "
            "Whether a defendant is federal (scope of employment, deemed status) is not decided here. Not knowing "
            "that a defendant was federal does not delay accrual (Gonzalez v. United States, 284 F.3d 281 (1st Cir. "
            "2002)): events.discovery is the knowledge of the injury and its cause, not of the defendant's status. "
            "Equitable tolling may still save a claim diligently pursued against a provider whose federal status "
            "could not reasonably be found out (Santos v. United States, 559 F.3d 189 (3d Cir. 2009), which tolled "
            "with no concealment) - at the court's discretion, never applied here. A suit first brought in state "
            "court against a deemed provider may be saved by 28 U.S.C. § 2679(d)(5) (not applied)."
        ),
        code="law",
        sources=(
            *SOURCES,
            "https://www.studicata.com/summaries/united-states-court-of-appeals-first-circuit/gonzalez-v-united-states-2002-1pmhas",
            "https://www.yumpu.com/en/document/view/19116994/precedential-united-states-court-of-appeals-for-the-/42",
        ),
    ),
    WarningRule(
        id="ftca.warning.premature-suit",
        in_force=_FTCA_1966,
        version="1993",
        title="Suit filed before the administrative claim was exhausted (McNeil)",
        citation=f"{USC_2675A}; {MCNEIL}",
        applies=_PREMATURE,
        message=(
            "procedure.complaint_filed comes before the claim was presented and finally denied, or before six months "
            "had passed since its presentation: under 28 U.S.C. § 2675(a) the action against the United States is "
            "premature and must be dismissed (McNeil v. United States, 508 U.S. 106 (1993)), even if the claim has "
            "since been denied. A new action must be filed after exhaustion and within § 2401(b): the limitation line "
            "(ftca.limitation.2401b-refile) shows that date, never as met. If this complaint names only another "
            "defendant (a state-court suit against a private co-defendant), it is not premature. An amended claim "
            "(28 C.F.R. § 14.2(c)) or a request for reconsideration (§ 14.9(b)) also gives the agency six more months "
            "before suit; neither is a case fact, so this warning cannot see them."
        ),
        code="premature_suit",
        sources=("https://law.onecle.com/ussc/508/508us106.html",),
    ),
    WarningRule(
        id="ftca.warning.no-state-tolling",
        in_force=_FTCA_1966,
        version="1966",
        title="No infancy or incapacity toll of § 2401(b)",
        citation=f"{USC_2401B}; McCall v. United States, No. 02-1889 (7th Cir. Nov. 13, 2002); {KUBRICK}",
        applies=FEDERAL_SUED & _TOLLING_FACTS,
        message=(
            "The claimant was a minor or lacked capacity at the act: the state's tolls do not extend the federal "
            "defendant's § 2401(b) limits, which run from accrual whatever the claimant's age or capacity (McCall, "
            "7th Cir. 2002). Only equitable tolling, at the court's discretion, could help (Kwai Fun Wong)."
        ),
        code="law",
        verified="secondary",
        uncertainty=(
            "McCall (7th Cir.) was read as reported; Booth v. United States, 914 F.3d 1199 (9th Cir. 2019), after "
            "Kwai Fun Wong, holds the same (no minority tolling, as reported by the review, not read here). Mental "
            "incapacity does not toll § 2401(b) (Crawford v. United States, 796 F.2d 924 (7th Cir. 1986), as reported "
            "by the review); some circuits delay accrual where the incapacity was caused by the government's own "
            "negligence (Clifford, 8th Cir. 1984; Washington, 9th Cir. 1985) - not applied, and it can only make "
            "the date later."
        ),
        sources=("http://ecases.us/case/ca7/c2947362/mccall-odessa-v-united-states",),
    ),
    WarningRule(
        id="ftca.warning.state-expert-paperwork",
        in_force=_BERK,
        version="2026",
        title="State certificate and affidavit requirements in a federal action (Berk v. Choy)",
        citation=BERK,
        applies=FEDERAL_SUED,
        message=(
            "An FTCA action is heard in federal court, where Berk v. Choy (2026) held that a state affidavit-of-merit "
            "requirement does not apply because it conflicts with Fed. R. Civ. P. 8. The state's certificate, "
            "affidavit or expert-report requirements are still listed for the federal defendant; whether each applies "
            "in an FTCA action is not decided here."
        ),
        code="law",
        verified="secondary",
        uncertainty="Berk v. Choy concerned a diversity action under Delaware law; its reach to each state's rule in an FTCA action was not verified.",
        sources=(
            "https://en.wikipedia.org/wiki/Berk_v._Choy",
            "https://www.bakerdonelson.com/berk-v-choy-what-the-supreme-courts-ruling-means-for-medical-malpractice-litigation",
        ),
    ),
)
