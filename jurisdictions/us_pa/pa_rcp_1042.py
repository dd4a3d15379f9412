"""Certificate of merit (Pa.R.C.P. 1042.3) and expert qualifications (MCARE § 512).

* Rule 1042.3(a): in a professional liability action the plaintiff's attorney "shall file with
  the complaint or within sixty days after the filing of the complaint, a certificate of merit
  signed by the attorney" that an appropriate licensed professional has supplied a written
  statement that there is a reasonable probability the care fell outside acceptable
  professional standards and caused the harm (or that the claim rests on vicarious liability,
  or that expert testimony is unnecessary) - one as to each licensed professional.
* Rule 1042.3(d): on good cause "the court shall extend the time for filing a certificate of
  merit for a period not to exceed sixty days" - a motion, not an automatic extension.
* Rules 1042.6, 1042.7 (as amended 2008-06-16, 38 Pa.B. 3481): the defendant must give 30 days'
  notice of its intention to enter a judgment of non pros, then may have it entered by
  praecipe if no certificate (or timely extension motion) has been filed.
* MCARE § 512 (40 P.S. § 1303.512): an expert on the standard of care against a physician
  must be licensed, in active clinical practice or teaching or retired from it within five
  years, familiar with the standard of care, and practise in the same subspecialty (or one
  with a substantially similar standard) and be board certified by the same or a similar
  board; the court may waive the same-specialty and board requirements (§ 512(e)).
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import fact, roll_forward
from medmal.rules import InForce, RequirementRule

from .calendar import PA_CS_1908

__all__ = ["EXPERT_RULES"]

RULE_1042_3 = "Pa.R.C.P. 1042.3(a), (d)"

CERTIFICATE_OF_MERIT = RequirementRule(
    id="us-pa.expert.pa-rcp-1042-3",
    version="2008",
    kind="expert_certificate",
    title="Certificate of merit, within 60 days after the complaint (Pa.R.C.P. 1042.3)",
    citation=f"{RULE_1042_3}; Pa.R.C.P. 1042.6, 1042.7; {PA_CS_1908}",
    in_force=InForce(note="Rules 1042.1-1042.8 adopted 2003 (date not verified), amended 2008-06-16 (38 Pa.B. 3481)"),
    per_defendant=False,
    description=(
        "The plaintiff's attorney must file, with the complaint or within 60 days after filing it, a certificate of "
        "merit as to each licensed professional sued: that an appropriate licensed professional has given a "
        "written statement of a reasonable probability of deviation and causation, or that the claim is only "
        "vicarious, or that no expert testimony is needed. On a motion showing good cause the court shall extend "
        "the time by up to 60 days (1042.3(d)); that extension is not assumed."
    ),
    due_event="within 60 days after the complaint is filed",
    due=roll_forward(
        (fact("complaint_filed") + Period(days=60)).step("60 days after the complaint is filed", cite=RULE_1042_3),
        cite=PA_CS_1908,
    ),
    consequence_of_failure=(
        "After 30 days' notice of intention (Rule 1042.6), the prothonotary enters a judgment of non pros on the "
        "defendant's praecipe (Rule 1042.7); relief only by a petition to open showing a reasonable explanation or "
        "legitimate excuse."
    ),
    satisfied_by="certificate_of_merit_served",
    verified="secondary",
    uncertainty=(
        "Rule 1042.3 was read as quoted in opinions (Bourne v. Temple Univ. Hosp., O'Hara v. Randall) and the 2008 "
        "amending order; current wording after later amendments was not checked. One certificate date is taken for "
        "all defendants. The 60 days run from the filing of the complaint: where the action was begun by a writ of "
        "summons, procedure.complaint_filed must be the complaint's date for this requirement, not the writ's."
    ),
    sources=(
        "http://parules.elaws.us/bulletin/6/28/2008/1185",
        "https://cetient.com/case/9637093/bourne-v-temple-university-hospital",
    ),
)

EXPERT_QUALIFICATION = RequirementRule(
    id="us-pa.expert.mcare-512",
    version="2002",
    kind="expert_qualification",
    title="Who may testify on a physician's standard of care (MCARE § 512)",
    citation="MCARE Act § 512, 40 P.S. § 1303.512",
    in_force=InForce(note="Act 13 of 2002, effective 2002-03-20"),
    per_defendant=False,
    description=(
        "An expert on a physician's standard of care must hold an unrestricted licence, be engaged in or retired "
        "within the previous five years from active clinical practice or teaching, be familiar with the standard "
        "of care, practise in the same subspecialty as the defendant (or one with a substantially similar standard "
        "of care) and be board certified by the same or a similar approved board. The court may waive the "
        "specialty and board requirements for an otherwise qualified expert (§ 512(e); Vicari v. Spiegel, 989 A.2d "
        "1277 (Pa. 2010)). Non-physician defendants are judged by the common-law standard."
    ),
    due_event="whenever an expert testifies on the standard of care or causation",
    consequence_of_failure="the expert's standard-of-care testimony is excluded, which usually defeats the claim",
    verified="secondary",
    uncertainty="§ 512's text was read only in secondary summaries.",
)

EXPERT_RULES = (CERTIFICATE_OF_MERIT, EXPERT_QUALIFICATION)
