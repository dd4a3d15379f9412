"""How California limits medical-malpractice damages.

* Civil Code § 3333.2 (MICRA): non-economic losses against health care providers are
  capped. Cases filed before 2023-01-01: $250,000. AB 35 (Stats. 2022 ch. 17), for cases
  filed or arbitrations demanded on or after 2023-01-01: up to three separate caps - (1) all
  health care providers collectively, (2) all health care institutions collectively, (3)
  unaffiliated providers or institutions whose separate negligence occurred at an
  unaffiliated institution or in medical transport to one - each $350,000 (injury) or
  $500,000 (death) in 2023, rising $40,000 / $50,000 each 1 January to 2033, then 2% a
  year; the amount in force at judgment, arbitration award or settlement applies.
* Economic damages are not capped; punitive damages are not capped by statute (Civil Code
  § 3294) but may be pleaded against a health care provider only with leave (CCP § 425.13);
  a public entity is not liable for them (Gov. Code § 818).
* Comparative fault is pure (Li v Yellow Cab Co., 13 Cal.3d 804 (1975)); non-economic
  damages are several only, by share of fault (Civil Code § 1431.2, Proposition 51).
* Business and Professions Code § 6146: contingency-fee limits.

The § 3333.2 caps are applied to the non-economic damages net of the claimant's share of
fault: McAdory v Rogers, 215 Cal.App.3d 1273 (1989) reduces for fault first and caps what
is left. Under AB 35 the ceiling is one category cap for each category of defendant sued
- providers (kind physician, or institution false), institutions (kind hospital, or
institution true) - the lowest reading the known facts allow: a defendant whose category
is not known fills a category only when no other does, and the third, unaffiliated
category (b)(3)/(c)(3) needs facts the case model does not hold, so it is named in a
warning, never counted. Non-economic damages are several only (§ 1431.2): the ceiling is
the most the defendants sued can owe together; each one's share of fault may leave less.

The § 6146 fee limit is the version in force when the fee agreement was made (Wienholz v
Kaiser Foundation Hospitals, 217 Cal.App.3d 1501 (1989)). The case has no agreement date;
an agreement precedes the filing, so an action filed before 2023 takes the old scale.
"""

from __future__ import annotations

from datetime import date

from medmal.expr import const, fact, param, total, when
from medmal.rules import DamagesRule, InForce, WarningRule

__all__ = ["DAMAGES_RULES", "DAMAGES_WARNINGS"]

CIV_3333_2 = "Cal. Civ. Code § 3333.2"
AB_35 = "Cal. Civ. Code § 3333.2 as amended by AB 35 (Stats. 2022 ch. 17)"
B_P_6146 = "Cal. Bus. & Prof. Code § 6146"
AB_35_FROM = date(2023, 1, 1)

AS_OF = fact("as_of")
#: A case not yet filed will be filed no earlier than the as-of date.
#: The earliest day the action can have been filed: not before the act (an unknown act: before AB 35).
EARLIEST_FILING = fact(
    "act_or_omission", assume=const(date(1976, 1, 1)), why="the act is not known: it may predate AB 35"
)
#: An unknown filing date is taken as the earliest possible one, so the lower (pre-AB 35) caps
#: apply whenever the action could have been filed before 2023; a warning names the fact.
FILED = fact(
    "complaint_filed",
    assume=EARLIEST_FILING,
    why="the filing date is not known: the earliest day the action could have been filed chooses the regime",
)
_NOT_GIVEN = date(1, 1, 1)  # a marker, never a real filing date
FILING_UNKNOWN = fact("complaint_filed", assume=const(_NOT_GIVEN), why="marker").eq(const(_NOT_GIVEN))
#: The filing date, or the as-of date for an action confirmed not yet filed.
FILING_DATE = when(FILED.is_in(None), AS_OF, FILED)
DEATH_CASE = fact("claim_type").eq("wrongful_death")
_CAP_SOURCES = (
    "https://law.justia.com/codes/california/code-civ/division-4/part-1/title-2/chapter-2/article-2/section-3333-2/",
    "https://hassard.com/post/how-micra-noneconomic-damages-caps-will-work-starting-in-2023",
)
_CAP_UNCERTAINTY = (
    "The 2023 injury figure and the three-category structure were read in the 2023 code text (Justia); the later "
    "schedule, the death figures, the rounding of the 2% steps and the rule that the amount in force at judgment, "
    "award or settlement applies come from secondary sources. The as-of date stands in for the date of judgment or "
    "settlement; figures after 2037 are not shipped (the 2037 figure is shown). McAdory's order (fault first, then "
    "the cap) was decided on the 1975 text; AB 35 § 1 says it does not alter existing case law interpreting MICRA. "
    "The ceiling is the most the defendants sued can owe together if all are found liable: a defendant not found "
    "liable, or several liability for non-economic damages (§ 1431.2), leaves less. Whether a hospital liable only "
    "vicariously for a sued physician opens the institutions' cap as well is debated (scahrm.org). AB 35's "
    "definitions of provider and institution were not read: a hospital counts as an institution and a physician as "
    "a provider; other defendants need `institution`."
)
#: Categories of defendant sued (core/facts.py counts them from each defendant's kind and institution).
INDIVIDUALS = fact("defendants.individuals")
INSTITUTIONS = fact("defendants.institutions")
UNCATEGORISED = fact("defendants.uncategorised")
#: (b)(1)/(c)(1): providers; a defendant of unknown category fills one only when no other category is filled.
PROVIDERS_SUED = INDIVIDUALS.gt(0) | (INSTITUTIONS.eq(0) & UNCATEGORISED.gt(0))
INSTITUTIONS_SUED = INSTITUTIONS.gt(0)
CATEGORY_CAP = when(DEATH_CASE, param("civ_3333_2_death", AS_OF), param("civ_3333_2_injury", AS_OF))
MORE_THAN_ONE_DEFENDANT = fact("defendants.count").gt(1)
#: More defendants than categories counted: one of them may be unaffiliated ((b)(3)/(c)(3)).
DEFENDANTS = fact("defendants.count")
MAY_HAVE_UNAFFILIATED = DEFENDANTS.gt(2) | (DEFENDANTS.eq(2) & ~(PROVIDERS_SUED & INSTITUTIONS_SUED))
_AB_35_APPLIES = FILING_DATE.ge(const(AB_35_FROM))
_AB_35_IN_FORCE = InForce(note="AB 35, for actions filed or arbitrations demanded on or after 2023-01-01")

#: Wienholz: the § 6146 version in force when the fee agreement was made governs.
_W = (
    " WIENHOLZ: if the fee agreement was made before 2023-01-01, the old sliding scale governs (Wienholz v Kaiser "
    "Foundation Hospitals, 217 Cal.App.3d 1501 (1989)): 40% of the first $50,000, 33 1/3% of the next $50,000, 25% of "
    "the next $500,000, 15% above $600,000 - lower than 33% on a recovery above $145,833.33 and lower than 25% above "
    "$716,666.67."
)

DAMAGES_RULES = (
    DamagesRule(
        id="us-ca.damages.civ-3333-2-micra",
        version="1975",
        in_force=InForce(note="MICRA cap, Stats. 1975 (2d Ex. Sess.); for actions filed before 2023-01-01"),
        title="MICRA non-economic cap: $250,000 (Civil Code § 3333.2(b), before AB 35)",
        citation=f"{CIV_3333_2}(b) (Stats. 1975); McAdory v Rogers, 215 Cal.App.3d 1273 (1989)",
        applies=FILING_DATE.lt(const(AB_35_FROM)),
        effect="cap",
        after_fault=True,
        component="non_economic",
        amount=const(250_000),
        note="Non-economic losses against health care providers: $250,000 for actions filed before 2023-01-01, "
        "however many defendants, applied after the reduction for the claimant's share of fault (McAdory).",
        verified="secondary",
        uncertainty="The 1975 text was not read; upheld in Fein v Permanente Medical Group, 38 Cal.3d 137 (1985) "
        "(secondary). An action confirmed not yet filed is taken as filed on the as-of date; an unknown filing date "
        "as the earliest possible one (the act), so this lower cap applies whenever the action could predate 2023.",
        sources=(*_CAP_SOURCES, "http://casetext.com/case/mcadory-v-rogers"),
    ),
    DamagesRule(
        id="us-ca.damages.civ-3333-2-ab35",
        version="2023",
        in_force=_AB_35_IN_FORCE,
        title="Non-economic cap: one category cap for each category of defendant sued (Civil Code § 3333.2 after AB 35)",
        citation=f"{AB_35}, subd. (b)(1)-(2) (injury), (c)(1)-(2) (death); McAdory v Rogers, 215 Cal.App.3d 1273 (1989)",
        applies=_AB_35_APPLIES,
        effect="cap",
        after_fault=True,
        component="non_economic",
        amount=total(when(PROVIDERS_SUED, CATEGORY_CAP), when(INSTITUTIONS_SUED, CATEGORY_CAP)),
        note="Health care providers together have one cap and health care institutions together another, each the "
        "figure in force on the as-of date (standing in for judgment, award or settlement): a physician alone, one "
        "cap; a physician and a hospital, two. Applied to the non-economic damages after the reduction for the "
        "claimant's share of fault. A third cap for unaffiliated defendants ((b)(3)/(c)(3)) is not counted (see the "
        "warnings).",
        verified="secondary",
        uncertainty=_CAP_UNCERTAINTY,
        sources=_CAP_SOURCES,
    ),
    DamagesRule(
        id="us-ca.damages.civ-3333-2-ab35-category",
        version="2023",
        in_force=_AB_35_IN_FORCE,
        title="Non-economic cap for one category of defendants (Civil Code § 3333.2 after AB 35)",
        citation=f"{AB_35}, subd. (b), (c)",
        applies=_AB_35_APPLIES,
        effect="information",
        component="non_economic",
        amount=CATEGORY_CAP,
        note="All health care providers together, all health care institutions together, and unaffiliated providers "
        "or institutions each have this cap; a defendant falls in one category only.",
        verified="secondary",
        uncertainty=_CAP_UNCERTAINTY,
        sources=_CAP_SOURCES,
    ),
    DamagesRule(
        id="us-ca.damages.civ-3333-2-ab35-all-categories",
        version="2023",
        in_force=_AB_35_IN_FORCE,
        title="Non-economic ceiling with all three categories liable (Civil Code § 3333.2 after AB 35)",
        citation=f"{AB_35}, subd. (b)(1)-(3) (injury), (c)(1)-(3) (death)",
        applies=_AB_35_APPLIES & DEFENDANTS.gt(2),
        effect="information",
        component="non_economic",
        amount=when(DEATH_CASE, param("civ_3333_2_death_all_categories", AS_OF), param("civ_3333_2_injury_all_categories", AS_OF)),
        note="The most any claimant can recover: three category caps, only where providers, institutions AND "
        "unaffiliated providers or institutions are all liable.",
        verified="secondary",
        uncertainty=_CAP_UNCERTAINTY,
        sources=_CAP_SOURCES,
    ),
    DamagesRule(
        id="us-ca.damages.no-cap-economic",
        version="1975",
        in_force=InForce(note="MICRA caps only non-economic losses (since 1975)"),
        title="No cap on economic damages",
        citation=f"{CIV_3333_2}(a) (caps non-economic losses only)",
        effect="no_cap",
        component="economic",
        note="Economic damages (medical expenses, lost earnings) are not capped in California medical malpractice.",
        verified="primary",
        sources=_CAP_SOURCES[:1],
    ),
    DamagesRule(
        id="us-ca.damages.no-cap-punitive",
        version="1987",
        in_force=InForce(note="no statute caps punitive damages; CCP § 425.13 since 1987 (date not verified)"),
        title="No statutory cap on punitive damages (leave of court needed; none against public entities)",
        citation="Cal. Civ. Code § 3294; Cal. Code Civ. Proc. § 425.13; Cal. Gov. Code § 818",
        effect="no_cap",
        component="punitive",
        note="No statute caps punitive damages. A claim for them against a health care provider needs the court's "
        "leave (CCP § 425.13); a public entity is not liable for them (Gov. Code § 818).",
        verified="unverified",
        uncertainty="The absence of a cap and the texts of § 425.13 and Gov. Code § 818 were not read; stated from "
        "general knowledge.",
    ),
    DamagesRule(
        id="us-ca.damages.pure-comparative-fault",
        version="1975",
        in_force=InForce(note="Li v Yellow Cab Co., decided 1975-03-31"),
        title="Pure comparative fault (Li v Yellow Cab)",
        citation="Li v Yellow Cab Co., 13 Cal.3d 804 (1975)",
        effect="fault",
        regime="pure",
        note="The claimant's own negligence reduces damages in proportion and never bars recovery.",
        verified="secondary",
        uncertainty="The decision was not read; the rule is stated from secondary sources and general knowledge.",
    ),
    DamagesRule(
        id="us-ca.damages.civ-1431-2",
        version="1986",
        in_force=InForce(note="Proposition 51, adopted 1986-06-03"),
        title="Non-economic damages several only (Civil Code § 1431.2, Proposition 51)",
        citation="Cal. Civ. Code § 1431.2(a)",
        effect="information",
        component="non_economic",
        note="Each defendant is liable for non-economic damages only in proportion to its percentage of fault; "
        "economic damages stay joint and several.",
        verified="primary",
        sources=("http://law.onecle.com/california/civil/1431.2.html",),
    ),
    DamagesRule(
        id="us-ca.damages.bp-6146-1987",
        version="1987",
        in_force=InForce(
            note="the sliding scale before AB 35, for fee agreements made before 2023-01-01 (Wienholz): taken to "
            "govern every action filed before 2023, since the agreement precedes the filing"
        ),
        applies=FILING_DATE.lt(const(AB_35_FROM)),
        title="Contingency-fee limit (Business and Professions Code § 6146, before 2023)",
        citation=f"{B_P_6146}(a)(1)-(4) (before AB 35)",
        effect="fee_schedule",
        slices=((50_000, 0.40), (100_000, 1 / 3), (600_000, 0.25), (None, 0.15)),
        note="40% of the first $50,000, 33 1/3% of the next $50,000, 25% of the next $500,000 and 15% above "
        "$600,000 of the net sum recovered (after costs; medical costs and overhead are not deductible).",
        verified="primary",
        uncertainty="The commencement of this schedule was not verified; agreements before 1988 had a lower scale "
        "(Wienholz: 10% above $200,000), not shipped. The version in force when the fee agreement was made governs "
        "(Wienholz v Kaiser Foundation Hospitals, 217 Cal.App.3d 1501 (1989), secondary); the case model has no "
        "agreement date, so the filing date (or the as-of date before filing) stands in for it.",
        sources=(
            "https://california.public.law/codes/ca_bus_and_prof_code_section_6146",
            "https://app.midpage.ai/document/wienholz-v-kaiser-foundation-hospitals-2125248",
        ),
    ),
    DamagesRule(
        id="us-ca.damages.bp-6146",
        version="2023",
        in_force=InForce(note="AB 35, for fee agreements made from 2023-01-01 (taken as: not filed before 2023)"),
        title="Contingency-fee limit: 25% before filing, 33% after (Business and Professions Code § 6146)",
        citation=f"{B_P_6146}(a) as amended by AB 35",
        applies=FILED.is_in(None) & FILING_DATE.ge(const(AB_35_FROM)),
        effect="fee_schedule",
        slices=((None, 0.25),),
        note="25% of the amount recovered by a settlement and release signed before a complaint or arbitration "
        "demand is filed.",
        verified="primary",
        uncertainty="Applies only to fee agreements made from 2023-01-01;" + _W,
        sources=("https://codes.findlaw.com/ca/business-and-professions-code/bpc-sect-6146/",),
    ),
    DamagesRule(
        id="us-ca.damages.bp-6146-after-filing",
        version="2023",
        in_force=InForce(note="AB 35, for fee agreements made from 2023-01-01 (taken as: filed from 2023-01-01)"),
        title="Contingency-fee limit after filing: 33% (Business and Professions Code § 6146(a)(2))",
        citation=f"{B_P_6146}(a)(2), (3) as amended by AB 35",
        applies=~FILED.is_in(None) & FILING_DATE.ge(const(AB_35_FROM)),
        effect="fee_schedule",
        slices=((None, 0.33),),
        note="33% of the amount recovered by settlement, arbitration or judgment after a complaint or arbitration "
        "demand is filed; after a trial or arbitration the court may allow more for good cause (§ 6146(a)(3)). An "
        "action not yet known to be filed is shown with this limit; confirm it is not filed to see the 25% limit.",
        verified="primary",
        uncertainty="Applies only to fee agreements made from 2023-01-01; an action filed in 2023 or later may rest on "
        "an earlier agreement." + _W,
        sources=("https://codes.findlaw.com/ca/business-and-professions-code/bpc-sect-6146/",),
    ),
)


DAMAGES_WARNINGS = (
    WarningRule(
        id="us-ca.warning.civ-3333-2-category-unknown",
        version="2023",
        in_force=_AB_35_IN_FORCE,
        title="A defendant's category is not known: the § 3333.2 ceiling may be higher",
        citation=f"{AB_35}, subd. (b)(1)-(2), (c)(1)-(2)",
        message=(
            "A defendant of kind other_provider is not marked as an institution or not (defendants[].institution). "
            "The non-economic cap applied counts it in a category only where no other defendant fills one (the lowest "
            "ceiling that can apply); if it falls in a category no other defendant fills, one more category cap applies."
        ),
        code="missing_fact",
        fact="defendants[].institution",
        applies=_AB_35_APPLIES
        & (
            (UNCATEGORISED.gt(1) & INDIVIDUALS.eq(0) & INSTITUTIONS.eq(0))
            | (UNCATEGORISED.gt(0) & INDIVIDUALS.gt(0) & INSTITUTIONS.eq(0))
            | (UNCATEGORISED.gt(0) & INDIVIDUALS.eq(0) & INSTITUTIONS.gt(0))
        ),
        verified="secondary",
        uncertainty="The category structure was read in the 2023 text; AB 35's definitions of provider and "
        "institution were not.",
        sources=_CAP_SOURCES[:1],
    ),
    WarningRule(
        id="us-ca.warning.civ-3333-2-unaffiliated",
        version="2023",
        in_force=_AB_35_IN_FORCE,
        title="A third § 3333.2 cap for unaffiliated defendants is not counted",
        citation=f"{AB_35}, subd. (b)(3), (c)(3)",
        message=(
            "More defendants are sued than categories counted. A provider or institution unaffiliated with the other defendants, whose "
            "negligence was separate and independent from theirs and occurred at (or in medical transport to) an "
            "unaffiliated institution, has a third non-economic cap of its own (§ 3333.2(b)(3), (c)(3)). The case "
            "format does not record affiliation, so the cap applied counts providers and institutions only; with "
            "such a defendant the ceiling is one category cap higher (see the per-category figure)."
        ),
        code="missing_fact",
        fact="defendants[]",
        applies=_AB_35_APPLIES & MAY_HAVE_UNAFFILIATED,
        verified="primary",
        sources=_CAP_SOURCES[:1],
    ),
    WarningRule(
        id="us-ca.warning.filing-date-chooses-caps",
        version="2023",
        in_force=_AB_35_IN_FORCE,
        title="The filing date is not known: the pre-AB 35 cap and fee scale are applied",
        citation=f"{AB_35}; {B_P_6146}",
        message=(
            "procedure.complaint_filed is not given and the action could have been filed before 2023-01-01: the "
            "$250,000 MICRA cap and the pre-2023 § 6146 fee scale are applied (the lower caps). If the action was "
            "filed, or will be, on or after 2023-01-01, AB 35's caps apply instead; if it is not yet filed, say so "
            "(confirmed_absent)."
        ),
        code="missing_fact",
        fact="procedure.complaint_filed",
        applies=FILING_UNKNOWN & EARLIEST_FILING.lt(const(AB_35_FROM)),
        verified="secondary",
        uncertainty="AB 35 applies to actions filed or arbitrations demanded from 2023-01-01 (secondary sources).",
        sources=_CAP_SOURCES,
    ),
)
