"""CPRC § 74.351 (the expert report) and §§ 74.401-74.403 (who may give it).

* § 74.351(a) (as amended in 2013): the claimant must, "not later than the 120th day after
  the date each defendant's original answer is filed, serve on that party or the party's
  attorney one or more expert reports, with a curriculum vitae of each expert listed in the
  report for each physician or health care provider against whom a liability claim is
  asserted". From 2005 to 2013 the 120 days ran from the filing of the original petition.
* § 74.351(b): if the report is not served in time, the court, on the defendant's motion,
  must dismiss the claim against that defendant with prejudice and award it reasonable
  attorney's fees and costs.
* § 74.351(c): a report found deficient may be cured within one 30-day extension.
* §§ 74.401-74.403: a physician giving standard-of-care testimony against a physician must
  be practising medicine, know the accepted standards and be qualified by training or
  experience; causation opinions must come from a physician.
"""

from __future__ import annotations

from datetime import date

from medmal.calendar import Period
from medmal.expr import fact
from medmal.rules import InForce, RequirementRule

__all__ = ["EXPERT_RULES"]

CPRC_74_351 = "Tex. Civ. Prac. & Rem. Code § 74.351"
AMENDED_2013 = date(2013, 9, 1)
COVERED = fact("defendant.public_entity").is_in(None, "municipal", "state")

_DESCRIPTION = (
    "Serve on each defendant one or more expert reports - a fair summary of the expert's opinions on the standard of "
    "care, how the defendant failed to meet it and the causal relationship with the harm - with each expert's "
    "curriculum vitae. Each defendant has its own 120-day clock. The date is the 120th day counted from the trigger, "
    "not moved off a weekend. Each defendant must object to a report's sufficiency within 21 days of the later of "
    "its service and the defendant's answer, or the objections are waived."
)
_CONSEQUENCE = (
    "On the defendant's motion the court must dismiss the claim against it with prejudice and award it reasonable "
    "attorney's fees and costs (§ 74.351(b)); a timely but deficient report may get one 30-day extension (§ 74.351(c)). "
    "A non-suit and refiling does not restart the 120 days (Mokkala v Mead, 178 S.W.3d 66)."
)
_UNCERTAINTY = (
    "Subsection (a) was read in the enrolled text of H.B. 658 (83rd Leg., 2013); subsections (b) and (c) only as "
    "quoted in court opinions, and the 2013 amendment's application to actions commenced from 2013-09-01 comes from "
    "secondary sources. The parties may extend the date by written agreement (§ 74.351(a)), which the case does not "
    "record. Whether Tex. R. Civ. P. 4 rolls "
    "a 120th day falling on a weekend was not verified, so the date is not rolled (the earlier reading)."
)

EXPERT_RULES = (
    RequirementRule(
        id="us-tx.expert.cprc-74-351",
        version="2013",
        kind="expert_report",
        title="Expert report and CV: 120 days after each defendant's original answer (CPRC § 74.351)",
        citation=f"{CPRC_74_351}(a)-(c) (as amended by H.B. 658, 83rd Leg., 2013)",
        in_force=InForce(start=AMENDED_2013, measured_by="complaint_filed", note="actions commenced on or after 2013-09-01 (secondary)"),
        applies=COVERED,
        description=_DESCRIPTION,
        due_event="the 120th day after this defendant's original answer is filed",
        due=(fact("defendant.answer_filed") + Period(days=120)).step(
            "120 days after the defendant's original answer", cite=f"{CPRC_74_351}(a)"
        ),
        consequence_of_failure=_CONSEQUENCE,
        satisfied_by="certificate_of_merit_served",
        verified="primary",
        uncertainty=_UNCERTAINTY,
        sources=(
            "http://www.legis.state.tx.us/tlodocs/83R/billtext/html/HB00658F.HTM",
            "https://app.midpage.ai/document/herrera-v-seton-northwest-hospital-2193806",
            "https://joelagordon.com/section-74-351-medical-expert-report-requirement",
        ),
    ),
    RequirementRule(
        id="us-tx.expert.cprc-74-351",
        version="2005",
        kind="expert_report",
        title="Expert report and CV: 120 days after the original petition (CPRC § 74.351, 2005-2013)",
        citation=f"{CPRC_74_351}(a)-(c) (as amended by Acts 2005, 79th Leg., ch. 635)",
        in_force=InForce(
            start=date(2005, 9, 1), end=AMENDED_2013, measured_by="complaint_filed", note="actions commenced 2005-09-01 to 2013-08-31 (secondary)"
        ),
        applies=COVERED,
        description=_DESCRIPTION,
        due_event="the 120th day after the original petition is filed",
        due=(fact("complaint_filed") + Period(days=120)).step(
            "120 days after the original petition was filed", cite=f"{CPRC_74_351}(a) (2005 text)"
        ),
        consequence_of_failure=_CONSEQUENCE,
        satisfied_by="certificate_of_merit_served",
        verified="secondary",
        uncertainty=_UNCERTAINTY + " The 2005 commencement date is from secondary sources; actions from 2003-09-01 to "
        "2005-08-31 (the original HB 4 text) are not covered.",
        sources=("https://print.casetext.com/case/mokkala-v-mead/how-cited",),
    ),
    RequirementRule(
        id="us-tx.expert.cprc-74-401",
        version="2003",
        kind="expert_qualification",
        title="Who may give the expert report and testimony (CPRC §§ 74.401-74.403)",
        citation="Tex. Civ. Prac. & Rem. Code §§ 74.401, 74.402, 74.403, 74.351(r)(5)",
        in_force=InForce(start=date(2003, 9, 1), measured_by="complaint_filed", note="HB 4, eff. 2003-09-01"),
        applies=COVERED,
        per_defendant=False,
        description=(
            "On whether a physician departed from accepted standards, the expert must be a physician practising "
            "medicine when testifying or when the claim arose, with knowledge of the accepted standards for the "
            "condition involved and qualified by training or experience (§ 74.401); § 74.402 sets the same for "
            "other health care providers; causation opinions must come from a physician (§ 74.403)."
        ),
        due_event="with each expert report and at trial",
        consequence_of_failure="A report by an unqualified expert is not a report: the claim may be dismissed under § 74.351(b).",
        verified="unverified",
        uncertainty="The texts of §§ 74.401-74.403 were not read; summarised from the research notes.",
    ),
)
