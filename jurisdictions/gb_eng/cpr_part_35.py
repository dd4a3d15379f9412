"""Civil Procedure Rules Part 35: experts and assessors.

* r.35.4(1): "No party may call an expert or put in evidence an expert's report without the
  court's permission."
* r.35.6(2): written questions to another party's expert or a single joint expert "(a) may
  be put once only; (b) must be put within 28 days of service of the expert's report; and
  (c) must be for the purpose only of clarification of the report", unless the court gives
  permission or the other party agrees.
* r.35.7: the court may direct that evidence on an issue be given by a single joint expert.

England & Wales has no certificate-of-merit or affidavit-of-merit requirement: expert
evidence is controlled by the court once proceedings have begun.
"""

from __future__ import annotations

from datetime import date

from medmal.rules import InForce, RequirementRule

__all__ = ["CPR_PART_35_RULES"]

_SOURCE = "https://www.justice.gov.uk/courts/procedure-rules/civil/rules/part35"
_WORDING = "Current wording checked against secondary sources quoting the rule (the earlier research saw the 2000 text "

CPR_PART_35_RULES = (
    RequirementRule(
        id="gb-eng.requirement.cpr-35-4-permission",
        version="1998",
        in_force=InForce(
            start=date(1999, 4, 26), measured_by="as_of", note="Civil Procedure Rules 1998 (SI 1998/3132), in force 26 April 1999"
        ),
        kind="expert_permission",
        title="Court's permission for expert evidence (CPR 35.4(1))",
        citation="CPR 35.4(1)",
        per_defendant=False,
        description="No party may call an expert or put in an expert's report without the court's permission; "
        "the application names the field and, where practicable, the expert (r.35.4(2)).",
        due_event="at the directions stage, before an expert is called or a report put in evidence",
        consequence_of_failure="the expert evidence cannot be relied on",
        verified="secondary",
        uncertainty=_WORDING + "with the 2009 amendments).",
        sources=(_SOURCE,),
    ),
    RequirementRule(
        id="gb-eng.requirement.cpr-35-7-single-joint-expert",
        version="1998",
        in_force=InForce(
            start=date(1999, 4, 26), measured_by="as_of", note="Civil Procedure Rules 1998 (SI 1998/3132), in force 26 April 1999"
        ),
        kind="single_joint_expert",
        title="The court may direct a single joint expert (CPR 35.7)",
        citation="CPR 35.7",
        per_defendant=False,
        description="Where two or more parties wish to submit expert evidence on an issue, the court may direct "
        "that it be given by one expert only, jointly instructed.",
        due_event="if the court so directs, at the directions stage",
        consequence_of_failure="a party may not rely on its own expert on that issue without further permission",
        verified="secondary",
        uncertainty=_WORDING + "with the 2009 amendments).",
        sources=(_SOURCE,),
    ),
    RequirementRule(
        id="gb-eng.requirement.cpr-35-6-written-questions",
        version="1998",
        in_force=InForce(
            start=date(1999, 4, 26), measured_by="as_of", note="Civil Procedure Rules 1998 (SI 1998/3132), in force 26 April 1999"
        ),
        kind="expert_questions",
        title="Written questions to an expert within 28 days of service of the report (CPR 35.6)",
        citation="CPR 35.6(2); CPR 2.8",
        per_defendant=False,
        description="Proportionate written questions to another party's expert or a single joint expert may be "
        "put once only, within 28 days of service of the report, to clarify it (unless the court permits or the "
        "other party agrees); the answers form part of the report.",
        due_event="within 28 days of service of the expert's report (clear days, CPR 2.8)",
        consequence_of_failure="questions out of time need the court's permission or the other party's agreement",
        verified="secondary",
        uncertainty="Rule quoted verbatim in secondary sources (Mustard v Flower [2019] EWHC 2623 (QB) commentary). "
        "The case format has no date of service of an expert's report, so the 28 days are not computed. Questions "
        "are served on the expert, not filed, so the CPR 2.8(5) closed-office roll arguably does not apply.",
        sources=(_SOURCE,),
    ),
)
