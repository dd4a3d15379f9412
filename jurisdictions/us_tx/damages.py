"""How Texas limits medical-malpractice damages.

* CPRC § 74.301 (HB 4, eff. 2003-09-01): non-economic damages per claimant are limited to
  $250,000 against all physicians and providers other than institutions together, $250,000
  against a single health care institution, and $250,000 each / $500,000 together against
  more than one institution - at most $750,000 for one claimant. Not indexed.
* CPRC § 74.303: in a wrongful death or survival action, all damages including exemplary
  damages, but not medical, hospital and custodial care, are limited to $500,000 per
  claimant, adjusted by the CPI-W from 1977-08-29 to the judgment or settlement.
* CPRC § 41.008(b): exemplary damages are limited to the greater of twice the economic
  damages plus the non-economic damages found (up to $750,000) and $200,000.
* CPRC § 33.001: a claimant more than 50% responsible recovers nothing; otherwise damages
  are reduced by the claimant's share (§ 33.012). § 33.013: a defendant is jointly and
  severally liable only if more than 50% responsible (or in listed crimes).
* Texas Tort Claims Act § 101.023: liability of governmental units is limited.
* No statute limits contingency fees in Texas medical malpractice (none was found).

The § 74.301 cap is applied to the non-economic damages net of the claimant's percentage of
responsibility: the chapter 33 reductions (the claimant's own percentage among them,
§ 33.012(a)) reduce the claimant's recovery and the cap then limits the defendants'
liability (Regent Care of San Antonio v Detrick, 610 S.W.3d 830 (Tex. 2020)). The ceiling
is counted from the categories of defendant sued: $250,000 where any physician or
non-institutional provider is sued, plus $250,000 for one institution or $500,000 for two
or more; a defendant whose category is not known (kind other_provider) fills a category
only when no other defendant fills one - the lowest ceiling that can apply - and a warning
names the fact. The case model does not say what part of the economic damages is medical
care, so the § 74.303 and § 41.008 limits are reported without being applied, and a warning
says so where the damages claimed exceed the § 74.303 figure; likewise the Tort Claims Act
limits for governmental defendants.
"""

from __future__ import annotations

from medmal.expr import const, fact, param, total, when
from medmal.rules import DamagesRule, InForce, WarningRule

from .cprc_74_251 import CHAPTER_74

__all__ = ["DAMAGES_RULES", "DAMAGES_WARNINGS"]

CPRC_74_301 = "Tex. Civ. Prac. & Rem. Code § 74.301"
AS_OF = fact("as_of")
_74_301_SOURCES = (
    "https://d1tvxue8o4w0fl.cloudfront.net/statute/texas-codes/civil-practice-and-remedies-code/title-4-liability-in-tort/"
    "chapter-74-medical-liability/subchapter-g-liability-limits/section-74301-limitation-on-noneconomic-damages",
)
_IN_FORCE = InForce(note="HB 4 (Acts 2003, 78th Leg., ch. 204 § 10.01), for actions filed on or after 2003-09-01")
#: Categories of defendant sued (core/facts.py counts them from each defendant's kind and institution).
INDIVIDUALS = fact("defendants.individuals")
INSTITUTIONS = fact("defendants.institutions")
UNCATEGORISED = fact("defendants.uncategorised")
#: § 74.301(a): physicians and non-institutional providers. A defendant of unknown category is counted
#: here while at most one institution is sued: as a provider it adds $250,000, and as a second institution
#: it would add the same; beside two institutions it could add nothing as an institution (lowest reading).
PROVIDERS_SUED = INDIVIDUALS.gt(0) | (UNCATEGORISED.gt(0) & INSTITUTIONS.le(1))
CEILING = total(
    when(PROVIDERS_SUED, const(250_000)),
    when(INSTITUTIONS.ge(2), const(500_000), when(INSTITUTIONS.eq(1), const(250_000))),
)


def _category(rule_id: str, title: str, subsection: str, amount: int, note: str) -> DamagesRule:
    return DamagesRule(
        id=rule_id,
        version="2003",
        in_force=_IN_FORCE,
        title=title,
        citation=f"{CPRC_74_301}({subsection})",
        applies=CHAPTER_74,
        effect="information",
        component="non_economic",
        amount=const(amount),
        note=note + " The ceiling applied (us-tx.damages.cprc-74-301) adds up the categories sued.",
        verified="primary",
        sources=_74_301_SOURCES,
    )


DAMAGES_RULES = (
    DamagesRule(
        id="us-tx.damages.cprc-74-301",
        version="2003",
        in_force=_IN_FORCE,
        title="Non-economic damages per claimant: $250,000 for physicians and providers, $250,000 for each institution up to two (CPRC § 74.301)",
        citation=f"{CPRC_74_301}(a)-(c); Regent Care of San Antonio, L.P. v Detrick, 610 S.W.3d 830 (Tex. 2020)",
        applies=CHAPTER_74,
        effect="cap",
        after_fault=True,
        component="non_economic",
        amount=CEILING,
        note="$250,000 against physicians and other non-institutional providers together, plus $250,000 against one "
        "health care institution or $500,000 against two or more ($250,000 each): only physicians, $250,000; a "
        "physician and a hospital, $500,000; physicians and two hospitals, $750,000. Everyone claiming through one "
        "injured person or death is one claimant (§ 74.001); it applies in death cases too (THI of Tex. at Lubbock v "
        "Perea). Applied after the reduction for the claimant's percentage of responsibility (Detrick).",
        verified="primary",
        uncertainty="The order follows Detrick's holding on the § 33.012 settlement credit; that the claimant's own "
        "percentage (also § 33.012(a)) comes before the cap is the same reasoning, not a holding read here. The "
        "ceiling is the most the law allows if every defendant sued is found liable: a defendant not found liable (or "
        "settling, as in Detrick) or proportionate liability (§ 33.013) leaves less, and each institution's share is "
        "limited to $250,000 (not modelled: the case has no per-defendant award). A physicians' professional "
        "association or partnership is a physician, not an institution (§ 74.001(a)(23)). An action not yet filed "
        "is taken as filed on the as-of date.",
        sources=(*_74_301_SOURCES, "https://e.casetext.com/case/regent-care-of-san-antonio-lp-v-detrick"),
    ),
    _category(
        "us-tx.damages.cprc-74-301-a",
        "Physicians and other non-institutional providers together: $250,000 per claimant (CPRC § 74.301(a))",
        "a",
        250_000,
        "However many physicians or non-institutional providers and causes of action, including those vicariously liable.",
    ),
    _category(
        "us-tx.damages.cprc-74-301-b",
        "A single health care institution: $250,000 per claimant (CPRC § 74.301(b))",
        "b",
        250_000,
        "Where judgment is rendered against one health care institution.",
    ),
    _category(
        "us-tx.damages.cprc-74-301-c",
        "More than one health care institution: $500,000 per claimant in all (CPRC § 74.301(c))",
        "c",
        500_000,
        "$250,000 for each institution and $500,000 for all of them together.",
    ),
    DamagesRule(
        id="us-tx.damages.cprc-74-303",
        version="2003",
        in_force=_IN_FORCE,
        title="Wrongful death and survival: all damages but medical care limited, CPI-W indexed (CPRC § 74.303)",
        citation="Tex. Civ. Prac. & Rem. Code § 74.303(a)-(c)",
        applies=CHAPTER_74 & fact("claim_type").eq("wrongful_death"),
        effect="information",
        component="total",
        amount=param("tx_74_303_death_cap", AS_OF),
        note="All damages including exemplary damages, except necessary medical, hospital and custodial care, are "
        "limited per claimant to $500,000 adjusted by the CPI-W between 1977-08-29 and the final judgment or "
        "settlement. Not applied: the case does not say what part of the economic damages is medical care. The "
        "amount shown is the February 2020 value; for a later judgment or settlement the limit is at least this "
        "(the CPI-W has risen since).",
        verified="primary",
        uncertainty="The indexed figure shown is the latest one verified (February 2020 CPI-W, secondary source); the "
        "month whose index applies (the month of judgment or settlement, or the last index published by then) and "
        "whether the seasonally adjusted series is used in practice are not settled.",
        sources=("http://tx.elaws.us/law/cp_title4_chapter74_sec.74.303", "https://www.schellcooley.com/client-resources/"),
    ),
    DamagesRule(
        id="us-tx.damages.cprc-41-008",
        version="2003",
        in_force=InForce(note="CPRC § 41.008(b) as amended 2003 (commencement not verified)"),
        title="Exemplary damages: the greater of 2 x economic + non-economic (up to $750,000) or $200,000 (CPRC § 41.008(b))",
        citation="Tex. Civ. Prac. & Rem. Code § 41.008(b)",
        effect="information",
        component="punitive",
        note="Not applied: the limit depends on the amounts found by the trier of fact.",
        verified="unverified",
        uncertainty="The text of § 41.008 was not read; stated from general knowledge.",
    ),
    DamagesRule(
        id="us-tx.damages.cprc-33-001",
        version="1995",
        in_force=InForce(note="CPRC § 33.001 as amended by Acts 1995, 74th Leg., ch. 136, eff. 1995-09-01"),
        title="Modified comparative fault: barred above 50% (CPRC §§ 33.001, 33.012)",
        citation="Tex. Civ. Prac. & Rem. Code §§ 33.001, 33.012(a)",
        effect="fault",
        regime="bar_above",
        threshold=0.5,
        note="A claimant whose percentage of responsibility is greater than 50% recovers nothing; otherwise damages "
        "are reduced by that percentage. Chapter 33 does not apportion exemplary damages (§ 33.002(c)(2)).",
        verified="primary",
        sources=("https://statutes.laws.com/texas/civil-practice-and-remedies-code/title-2-trial-judgment-and-appeal/chapter-33-proportionate-responsibility",),
    ),
    DamagesRule(
        id="us-tx.damages.cprc-33-013",
        version="2003",
        in_force=InForce(note="CPRC § 33.013 as amended by HB 4, eff. 2003-09-01"),
        title="Joint and several liability only above 50% responsibility (CPRC § 33.013)",
        citation="Tex. Civ. Prac. & Rem. Code § 33.013(a), (b)",
        effect="information",
        component="total",
        amount=const(0.5),
        note="A defendant is liable only for its own percentage of the damages unless its responsibility is greater "
        "than 50% (or it acted in concert in listed crimes), when it is jointly and severally liable.",
        verified="primary",
        sources=("https://codes.findlaw.com/tx/civil-practice-and-remedies-code/civ-prac-rem-sect-33-013.html",),
    ),
    DamagesRule(
        id="us-tx.damages.cprc-101-023",
        version="1985",
        in_force=InForce(note="Texas Tort Claims Act § 101.023 (codified 1985; commencement not verified)"),
        title="Governmental units: liability limited (Texas Tort Claims Act § 101.023)",
        citation="Tex. Civ. Prac. & Rem. Code § 101.023",
        effect="information",
        component="total",
        note="For claims against governmental units only: the State $250,000 per person and $500,000 per occurrence "
        "for bodily injury or death; a unit of local government $100,000 / $300,000; a municipality $250,000 / "
        "$500,000. No exemplary damages (§ 101.024).",
        verified="unverified",
        uncertainty="The text of §§ 101.023 and 101.024 was not read; figures from the research notes. The engine does "
        "not apply them because damages are computed for the case, not per defendant.",
    ),
    DamagesRule(
        id="us-tx.damages.no-fee-limit",
        version="2003",
        in_force=InForce(note="no statute found"),
        title="No statutory contingency-fee limit for medical malpractice",
        citation="No Texas statute limits contingency fees in health care liability claims (none found)",
        effect="information",
        component="fees",
        note="Fees are governed by the contract and the Texas Disciplinary Rules of Professional Conduct 1.04.",
        verified="unverified",
        uncertainty="The absence of a statute cannot be quoted; no medical-malpractice fee limit was found.",
    ),
)


DAMAGES_WARNINGS = (
    WarningRule(
        id="us-tx.warning.cprc-74-301-category-unknown",
        version="2003",
        in_force=_IN_FORCE,
        title="A defendant's category is not known: the § 74.301 ceiling may be higher",
        citation=f"{CPRC_74_301}(a)-(c)",
        message=(
            "A defendant of kind other_provider is not marked as a health care institution or not "
            "(defendants[].institution). The non-economic cap applied counts it in a category only where no other "
            "defendant fills one (the lowest ceiling that can apply); as an institution, or as the only provider "
            "beside institutions, it would add $250,000 (at most $750,000 in all)."
        ),
        code="missing_fact",
        fact="defendants[].institution",
        applies=CHAPTER_74
        & UNCATEGORISED.gt(0)
        & (
            (INDIVIDUALS.gt(0) & INSTITUTIONS.lt(2))
            | (INDIVIDUALS.eq(0) & INSTITUTIONS.le(1) & UNCATEGORISED.ge(2))
            | (INDIVIDUALS.eq(0) & INSTITUTIONS.ge(2))
        ),
        verified="primary",
        sources=_74_301_SOURCES,
    ),
    WarningRule(
        id="us-tx.warning.cprc-74-303-not-applied",
        version="2003",
        in_force=_IN_FORCE,
        title="Wrongful death: the § 74.303 limit on all damages is not applied",
        citation="Tex. Civ. Prac. & Rem. Code § 74.303(a)-(c)",
        message=(
            "The damages claimed exceed $2,048,252, the § 74.303 limit at its February 2020 value. In a wrongful "
            "death or survival action all damages, exemplary damages included, except medical, hospital and "
            "custodial care, are limited per claimant to $500,000 adjusted by the CPI-W to the judgment or "
            "settlement. The recovery shown does not apply it: the case does not say what part of the economic "
            "damages is medical care, and the current indexed figure is higher than the one shipped."
        ),
        code="missing_fact",
        fact="damages.economic",
        applies=CHAPTER_74 & fact("claim_type").eq("wrongful_death") & fact("damages.total").gt(2_048_252),
        verified="primary",
        sources=("http://tx.elaws.us/law/cp_title4_chapter74_sec.74.303",),
    ),
    WarningRule(
        id="us-tx.warning.cprc-101-023-not-applied",
        version="1985",
        in_force=InForce(note="Texas Tort Claims Act § 101.023 (codified 1985; commencement not verified)"),
        title="A governmental defendant: the Tort Claims Act limit is not applied",
        citation="Tex. Civ. Prac. & Rem. Code § 101.023",
        message=(
            "A defendant is a governmental unit. The Tort Claims Act limits its liability (§ 101.023: the State "
            "$250,000 per person; a unit of local government such as a hospital district $100,000; a municipality "
            "$250,000) and allows no exemplary damages (§ 101.024). Damages are computed for the whole case, so the "
            "recovery shown does not apply these limits; against a governmental unit alone it cannot exceed them."
        ),
        code="law",
        applies=fact("defendants.municipal").gt(0) | fact("defendants.state").gt(0),
        verified="unverified",
        uncertainty="The text of §§ 101.023 and 101.024 was not read; figures from the research notes (the parallel "
        "CPRC § 102.003 limit on a local government's payment for its employees, $100,000 to any one person, was "
        "read). The case format's "
        "`municipal` covers cities, counties and hospital districts alike.",
        sources=("https://texas.public.law/statutes/tex._civ._practice_and_remedies_code_section_102.003",),
    ),
)
