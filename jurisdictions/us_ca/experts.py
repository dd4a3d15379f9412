"""California expert and pleading requirements in medical malpractice.

* No certificate or affidavit of merit is required with a complaint against a health care
  provider (the former attorney's certificate, CCP § 411.30, is not in force; its repeal
  date was not verified). Expert testimony is ordinarily needed to prove the standard of
  care; the exchange of expert witness information follows CCP § 2034.210 ff. (dates set
  from the trial date, which is not a case fact).
* Health and Safety Code § 1799.110(c): in an action about emergency medical services in a
  hospital emergency department, an expert on the standard of care must have had
  substantial professional experience within the last five years in emergency medical
  coverage of a general acute care hospital emergency department.
* CCP § 425.13(a): no claim for punitive damages against a health care provider may be
  pleaded without the court's order, on a motion filed within two years after the complaint
  or not less than nine months before the first trial date, whichever is earlier.
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import fact, roll_forward
from medmal.rules import InForce, RequirementRule

from .calendar import CCP_12A

__all__ = ["EXPERT_RULES"]

HSC_1799_110 = "Cal. Health & Safety Code § 1799.110(c)"
CCP_425_13 = "Cal. Code Civ. Proc. § 425.13(a)"

EXPERT_RULES = (
    RequirementRule(
        id="us-ca.expert.hsc-1799-110",
        version="1983",
        kind="expert_qualification",
        title="Emergency-department standard-of-care expert: recent emergency experience (H&S Code § 1799.110(c))",
        citation=HSC_1799_110,
        in_force=InForce(note="Health and Safety Code § 1799.110 (Stats. 1983; date not verified)"),
        per_defendant=False,
        description=(
            "Where the claim concerns emergency medical services in a hospital emergency department, a physician "
            "testifying on the standard of care must have had substantial professional experience within the last "
            "five years in emergency medical coverage of a general acute care hospital emergency department. "
            "California requires no certificate or affidavit of merit with the complaint."
        ),
        due_event="when the standard-of-care expert is designated and testifies (emergency-department claims only)",
        consequence_of_failure="The expert's standard-of-care testimony is inadmissible; without it the claim usually fails.",
        verified="secondary",
        uncertainty="The text was seen only as quoted in Stokes v Baker (2019), via the research notes; the case "
        "model has no fact saying the care was emergency care, so the requirement is listed for every case.",
    ),
    RequirementRule(
        id="us-ca.pleading.ccp-425-13",
        version="1988",
        kind="punitive_damages_leave",
        title="Leave of court to claim punitive damages from a health care provider (CCP § 425.13)",
        citation=f"{CCP_425_13}; {CCP_12A}",
        in_force=InForce(note="CCP § 425.13 (Stats. 1987, as amended; dates not verified)"),
        per_defendant=False,
        description=(
            "A claim for punitive damages against a health care provider may be added only by the court's order, on "
            "a motion with affidavits showing a substantial probability of prevailing, filed within two years after "
            "the complaint or not less than nine months before the first trial date, whichever is earlier. The date "
            "shown is the two-year limit; an earlier trial setting makes it earlier."
        ),
        due_event="within two years after the complaint is filed, or nine months before the first trial date if earlier",
        due=roll_forward(
            (fact("complaint_filed") + Period(years=2)).step("two years after the complaint was filed", cite=CCP_425_13),
            cite=CCP_12A,
        ),
        consequence_of_failure="No punitive damages may be claimed against the health care provider.",
        verified="secondary",
        uncertainty="Subdivision (a) was seen only as quoted in a trial-court ruling and described in Looney v Superior "
        "Court, 16 Cal.App.4th 521 (1993), Goodstein v Superior Court, 42 Cal.App.4th 1635 (1996) and Divino Plastic "
        "Surgery v Superior Court (2022); courts may relieve a plaintiff of an impracticable nine-month limit (Looney, "
        "Goodstein) - discretion, not applied. The trial date is not a case fact, so the nine-month limit is not "
        "computed.",
        sources=(
            "https://rulings.law/rulings/judge-daniel-m-crowley/21stcv37567-2022-08-25.html",
            "https://caselaw.findlaw.com/court/ca-court-of-appeal/2170399.html",
        ),
    ),
)
