"""CPLR 3012-a: the certificate of merit in a medical malpractice action.

"In any action for medical, dental or podiatric malpractice, the complaint shall be
accompanied by a certificate, executed by the attorney for the plaintiff" declaring (1)
that the attorney consulted at least one physician and there is a reasonable basis for
the action, or (2) that the consultation could not be had because a limitation period
would bar the action - then "the certificate ... shall be filed within ninety days after
service of the complaint" - or (3) that three separate good-faith attempts with three
separate physicians failed. One certificate serves the whole action. The statute does
not authorise dismissal for a missing certificate (Fortune v NYC HHC, 2021 NY Slip Op
01122 (1st Dept)).
"""

from __future__ import annotations

from datetime import date

from medmal.calendar import Period
from medmal.expr import fact
from medmal.rules import InForce, RequirementRule

__all__ = ["CERTIFICATE_OF_MERIT"]

CPLR_3012A = "N.Y. CPLR 3012-a(a)"

CERTIFICATE_OF_MERIT = RequirementRule(
    id="us-ny.expert.cplr-3012-a",
    version="1986",
    kind="expert_certificate",
    title="Certificate of merit (CPLR 3012-a)",
    citation=CPLR_3012A,
    in_force=InForce(start=date(1986, 7, 8), measured_by="complaint_filed", note="added effective 1986-07-08 (Steinberg v Brookdale Hosp.)"),
    per_defendant=False,
    description=(
        "The plaintiff's attorney must file with the complaint a certificate that a physician licensed in New York "
        "or another state was consulted and there is a reasonable basis for the action (3012-a(a)(1)), or that "
        "three separate good-faith attempts with three physicians failed (a)(3). If no consultation was possible "
        "because the limitation period was about to expire (a)(2), the certificate is due within 90 days after "
        "service of the complaint. One certificate covers all defendants."
    ),
    due_event="with the complaint (or within 90 days after service of the complaint under CPLR 3012-a(a)(2))",
    due=(fact("complaint_filed") + Period()).step("due with the complaint", cite=CPLR_3012A),
    consequence_of_failure=(
        "Not dismissal as of right: the court may make a conditional order under CPLR 3126 (Fortune v NYC HHC, "
        "2021 NY Slip Op 01122); the (a)(2) route allows 90 days after service of the complaint."
    ),
    satisfied_by="certificate_of_merit_served",
    verified="primary",
    uncertainty="Subdivisions (c)-(g) of CPLR 3012-a were not read in their current wording.",
    sources=("https://www.nysenate.gov/legislation/laws/CVP/3012-A",),
)
