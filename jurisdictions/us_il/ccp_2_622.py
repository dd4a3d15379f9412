"""Expert paperwork: the 2-622 affidavit and health professional's report, and the
8-2501 expert-qualification factors.

735 ILCS 5/2-622(a): in any action "in which the plaintiff seeks damages for injuries or
death by reason of medical, hospital, or other healing art malpractice", the plaintiff's
attorney (or a pro se plaintiff) "shall file an affidavit, attached to the original and
all copies of the complaint", declaring (1) that a health professional who practises or
has practised, or teaches or has taught, within the last 6 years in the same area was
consulted and found in a written report (attached) a reasonable and meritorious cause; or
(2) that no consultation could be had before the limitation period expired - the affidavit
and report are then due within 90 days after the complaint is filed; or (3) that a records
request under 8-2001 went unanswered - then within 90 days after the records arrive. A
separate report is needed for each defendant. Failure to file is grounds for dismissal
under 2-619 (2-622(g)); courts may allow amendment rather than dismiss with prejudice.

735 ILCS 5/8-2501 (as re-enacted by P.A. 97-1145, eff. 2013-01-18, after Lebron v.
Gottlieb voided P.A. 94-677): the court weighs the expert's specialty, whether the expert
devotes a substantial portion of time to practice, teaching or university research in the
area, licence in the same profession as the defendant, and (for a non-specialist
defendant) familiarity with the Illinois standard of care.
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import fact
from medmal.rules import InForce, RequirementRule

__all__ = ["EXPERT_RULES"]

ILCS_2_622 = "735 ILCS 5/2-622"
ILCS_8_2501 = "735 ILCS 5/8-2501"

EXPERT_RULES = (
    RequirementRule(
        id="us-il.expert.2-622",
        version="2013",
        kind="expert_certificate",
        title="Affidavit and health professional's report (2-622)",
        citation=f"{ILCS_2_622}(a), (g)",
        in_force=InForce(
            note="2-622 re-enacted by P.A. 90-579 (1998) after Best v. Taylor voided P.A. 89-7, and restated after "
            "Lebron voided P.A. 94-677 (P.A. 97-1145, eff. 2013-01-18); not gated"
        ),
        per_defendant=True,
        description=(
            "The plaintiff's attorney must attach to the complaint an affidavit that a health professional practising "
            "or teaching within the last 6 years in the same area reviewed the case and found in a written report "
            "(attached, one for each defendant) a reasonable and meritorious cause (2-622(a)(1)). If no consultation "
            "was possible before the limitation period ran out, the affidavit and report are due within 90 days after "
            "the complaint is filed ((a)(2)); if medical records requested under 8-2001 were not produced, within 90 "
            "days after they are received ((a)(3))."
        ),
        due_event="attached to the complaint (or within 90 days after filing under 2-622(a)(2))",
        due=(fact("complaint_filed") + Period()).step("due with the complaint", cite=f"{ILCS_2_622}(a)(1)"),
        consequence_of_failure=(
            "grounds for dismissal under 2-619 (2-622(g)); courts have discretion to allow amendment or more time "
            "rather than dismiss with prejudice"
        ),
        satisfied_by="certificate_of_merit_served",
        verified="secondary",
        uncertainty=(
            "The (a)(1) wording was read in the primary text of P.A. 90-579; the current text after P.A. 97-1145 and "
            "the wording of (a)(2), (a)(3) and (g) were read only in secondary sources. The case format cannot say "
            "which route was used, so the due date shown is the complaint's filing date."
        ),
        sources=("https://ilga.gov/legislation/publicacts/pubact90/acts/90-0579.html",),
    ),
    RequirementRule(
        id="us-il.expert.8-2501",
        version="2013",
        kind="expert_qualification",
        title="Qualification of a standard-of-care expert (8-2501)",
        citation=ILCS_8_2501,
        in_force=InForce(note="text as re-enacted by P.A. 97-1145, eff. 2013-01-18; not gated"),
        per_defendant=False,
        description=(
            "An expert on the standard of care is judged on: whether the expert's specialty relates to the medical "
            "problem and treatment; whether the expert devotes a substantial portion of time to practice, teaching or "
            "university research related to the care at issue; whether the expert is licensed in the same profession "
            "as the defendant; and, for a non-specialist defendant, familiarity with the Illinois standard of care."
        ),
        due_event="when the expert is disclosed or offered to testify",
        consequence_of_failure="the court may bar the expert's standard-of-care testimony",
        verified="secondary",
        uncertainty=(
            "Read from the research notes' summary of the ilga.gov text; the stricter 2005 version (board "
            "certification, 5 years' practice) is void under Lebron v. Gottlieb (2010)."
        ),
        sources=("https://www.ilga.gov/legislation/ilcs/documents/073500050K8-2501.htm",),
    ),
)
