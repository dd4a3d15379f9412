"""The Affidavit of Merit (N.J.S.A. 2A:53A-26 to -29) and expert qualification (2A:53A-41).

2A:53A-27: "the plaintiff shall, within 60 days following the date of filing of the answer
to the complaint by the defendant, provide each defendant with an affidavit of an
appropriate licensed person that there exists a reasonable probability that the care,
skill or knowledge exercised ... fell outside acceptable professional or occupational
standards or treatment practices. The court may grant no more than one additional period,
not to exceed 60 days, to file the affidavit ..., upon a finding of good cause." Failing
to provide it is deemed a failure to state a cause of action (2A:53A-29), normally with
prejudice, save substantial compliance or extraordinary circumstances. The Ferreira
conference does not toll the periods (Paragon Contractors v. Peachtree Condo. Ass'n, 202
N.J. 415 (2010)). Suing only a public entity does not avoid it (McCormick v. State, 446
N.J. Super. 603 (App. Div. 2016)).

2A:53A-41 (P.L.2004, c.17): an expert on the standard of care, and the affiant, must be
licensed; where the defendant is a specialist, of the same specialty (and board-certified
if the defendant is), and in the year before the occurrence have devoted a majority of
professional time to practice or teaching in it; strictly applied (Nicholas v. Mynster,
213 N.J. 463 (2013)); a court may waive it after a good-faith search (Ryan v. Renny, 203
N.J. 37 (2010)).
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import fact, roll_forward
from medmal.rules import InForce, RequirementRule

from .calendar import RULE_1_3_1

__all__ = ["EXPERT_RULES"]

NJSA_2A_53A_27 = "N.J.S.A. 2A:53A-27"
NJSA_2A_53A_41 = "N.J.S.A. 2A:53A-41"

EXPERT_RULES = (
    RequirementRule(
        id="us-nj.expert.2a-53a-27",
        version="2004",
        kind="expert_certificate",
        title="Affidavit of Merit: 60 days after the defendant's answer (2A:53A-27)",
        citation=f"{NJSA_2A_53A_27}; N.J.S.A. 2A:53A-29; {RULE_1_3_1}",
        in_force=InForce(note="L.1995, c.139, as amended by P.L.2004, c.17; not gated"),
        per_defendant=True,
        description=(
            "Within 60 days after this defendant files its answer, give it an affidavit of an appropriate licensed "
            "person (meeting 2A:53A-41) that there is a reasonable probability the care fell outside acceptable "
            "standards. The court may grant one more period of up to 60 days for good cause (at most 120 days after "
            "the answer); a motion and the affidavit within the 120 days suffice (Burns v. Belafsky, 166 N.J. 466 "
            "(2001)). The extension is the court's to give and is not assumed."
        ),
        due_event="within 60 days after the defendant's answer is filed",
        due=roll_forward(
            (fact("defendant.answer_filed") + Period(days=60)).step(
                "60 days after the defendant's answer", cite=NJSA_2A_53A_27
            ),
            cite=RULE_1_3_1,
        ),
        consequence_of_failure=(
            "deemed a failure to state a cause of action (2A:53A-29): dismissal, ordinarily with prejudice, unless "
            "substantial compliance or extraordinary circumstances are shown"
        ),
        satisfied_by="certificate_of_merit_served",
        verified="secondary",
        uncertainty=(
            "The 2A:53A-27 text was read as quoted by the courts and law firms (Burns v. Belafsky; Yagnik (2021)); "
            "2A:53A-29 was not read. Whether R. 1:3-1 rolls the 60th day is assumed from Harrington."
        ),
        sources=(
            "http://www.lawpipe.com/new-jersey/NJ_Requirement_To_Provide_Each_Defendant_With_An_Affidavit_Of_Merit.html",
        ),
    ),
    RequirementRule(
        id="us-nj.expert.2a-53a-41",
        version="2004",
        kind="expert_qualification",
        title="Same-specialty expert and affiant (2A:53A-41)",
        citation=NJSA_2A_53A_41,
        in_force=InForce(note="P.L.2004, c.17, s.7 (approved 2004-06-07); not gated"),
        per_defendant=False,
        description=(
            "The affiant and the standard-of-care expert must be licensed physicians or health-care professionals; "
            "against a specialist treating within the specialty, they must specialise in the same specialty (and be "
            "board-certified in it, or credentialed to perform the procedure, if the defendant is board-certified) "
            "and have spent the majority of professional time in the year before the occurrence in its practice or "
            "teaching. A court may waive this after a good-faith search (2A:53A-41(c))."
        ),
        due_event="with the Affidavit of Merit, and when the expert testifies",
        consequence_of_failure="the affidavit is defective and the expert may not testify on the standard of care",
        verified="secondary",
        uncertainty="Read in secondary sources quoting the statute and in Nicholas v. Mynster and Ryan v. Renny.",
        sources=("https://www.reinartzlaw.com/",),
    ),
)
