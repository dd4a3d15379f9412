"""How Illinois limits malpractice damages.

* No cap on compensatory damages. Two statutory caps on non-economic damages were struck
  down: the $500,000 cap of P.A. 89-7 (2-1115.1) in Best v. Taylor Machine Works, 179 Ill.
  2d 367 (1997-12-18), and the $500,000 (physicians) / $1,000,000 (hospitals) caps of
  P.A. 94-677 (2-1706.5) in Lebron v. Gottlieb Memorial Hospital, 237 Ill. 2d 217
  (2010-02-04), which voided the whole Act. They are kept as data and never applied.
* 2-1115: "no punitive, exemplary, vindictive or aggravated damages shall be allowed" in
  healing-art malpractice.
* 2-1116: the plaintiff is barred if more than 50% of the proximate cause; otherwise
  damages are diminished in proportion.
* 2-1117 limits joint liability of a defendant under 25% at fault, but 2-1118: "in any
  medical malpractice action, as defined in Section 2-1704, based upon negligence, any
  defendants found liable shall be jointly and severally liable."
* 2-1114: contingent fees at most 33 1/3% of all sums recovered (P.A. 97-1145, for actions
  commenced or pending on or after 2013-01-18); before it, a sliding scale.
"""

from __future__ import annotations

from datetime import date

from medmal.expr import const
from medmal.rules import DamagesRule, InForce

__all__ = ["DAMAGES_RULES"]

LEBRON = "Lebron v. Gottlieb Memorial Hospital, 237 Ill. 2d 217 (Ill. 2010-02-04)"
BEST = "Best v. Taylor Machine Works, 179 Ill. 2d 367 (Ill. 1997-12-18)"
_FEE_CHANGE = date(2013, 1, 18)

DAMAGES_RULES = (
    DamagesRule(
        id="us-il.damages.no-cap-non-economic",
        version="2010",
        in_force=InForce(note=f"no cap in force since {LEBRON}"),
        title="No cap on non-economic damages",
        citation=f"{LEBRON}; {BEST}",
        effect="no_cap",
        component="non_economic",
        note="Illinois has no enforceable cap on non-economic damages: both statutory caps were struck down.",
        verified="secondary",
        uncertainty="Lebron and Best were read in summaries and later Public Acts' recitals, not in the opinions.",
    ),
    DamagesRule(
        id="us-il.damages.no-cap-economic",
        version="1985",
        in_force=InForce(note="no statute has capped economic damages in Illinois malpractice"),
        title="No cap on economic damages",
        citation="735 ILCS 5/2-1115, 2-1116, 2-1117 (no cap provision)",
        effect="no_cap",
        component="economic",
        note="No Illinois statute caps economic damages in medical malpractice.",
        verified="secondary",
        uncertainty="The absence of a cap is established by the absence of any statute; it cannot be quoted.",
    ),
    DamagesRule(
        id="us-il.damages.2-1706.5-physician",
        version="2005",
        in_force=InForce(note="P.A. 94-677, effective 2005-08-25; void ab initio under Lebron"),
        title="Former $500,000 non-economic cap for physicians (2-1706.5) - struck down",
        citation="735 ILCS 5/2-1706.5(a)(2) (P.A. 94-677)",
        effect="cap",
        component="non_economic",
        amount=const(500_000),
        struck_down=LEBRON,
        note="$500,000 per plaintiff against all physicians and their practices; held unconstitutional.",
        verified="secondary",
        uncertainty="Amount and scope from summaries of P.A. 94-677 and Lebron.",
    ),
    DamagesRule(
        id="us-il.damages.2-1706.5-hospital",
        version="2005",
        in_force=InForce(note="P.A. 94-677, effective 2005-08-25; void ab initio under Lebron"),
        title="Former $1,000,000 non-economic cap for hospitals (2-1706.5) - struck down",
        citation="735 ILCS 5/2-1706.5(a)(1) (P.A. 94-677)",
        effect="cap",
        component="non_economic",
        amount=const(1_000_000),
        struck_down=LEBRON,
        note="$1,000,000 per plaintiff against all hospitals and their personnel; held unconstitutional.",
        verified="secondary",
        uncertainty="Amount and scope from summaries of P.A. 94-677 and Lebron.",
    ),
    DamagesRule(
        id="us-il.damages.2-1115.1",
        version="1995",
        in_force=InForce(note="P.A. 89-7, effective 1995-03-09; void under Best"),
        title="Former $500,000 non-economic cap (2-1115.1) - struck down",
        citation="735 ILCS 5/2-1115.1 (P.A. 89-7)",
        effect="cap",
        component="non_economic",
        amount=const(500_000),
        struck_down=BEST,
        note="$500,000 per plaintiff in all bodily-injury actions; held unconstitutional with the whole of P.A. 89-7.",
        verified="secondary",
        uncertainty="Amount from summaries of P.A. 89-7 and Best.",
    ),
    DamagesRule(
        id="us-il.damages.2-1115",
        version="1985",
        in_force=InForce(note="P.A. 84-7 (1985); not gated"),
        title="No punitive damages in healing-art malpractice (2-1115)",
        citation="735 ILCS 5/2-1115",
        effect="cap",
        component="punitive",
        amount=const(0),
        note="No punitive, exemplary, vindictive or aggravated damages in medical, hospital or healing-art malpractice.",
        verified="primary",
        sources=("https://www.ilga.gov/legislation/ilcs/documents/073500050K2-1115.htm",),
    ),
    DamagesRule(
        id="us-il.damages.2-1116",
        version="1986",
        in_force=InForce(note="P.A. 84-1431, effective 1986-11-25; the P.A. 89-7 rewrite is void (Best); not gated"),
        title="Modified comparative fault: barred above 50% (2-1116)",
        citation="735 ILCS 5/2-1116",
        effect="fault",
        regime="bar_above",
        threshold=0.5,
        note="Barred if the plaintiff's contributory fault is more than 50% of the proximate cause; otherwise reduced.",
        verified="secondary",
        uncertainty="The operative (pre-P.A. 89-7) wording was read as quoted by a secondary source; the ilga.gov "
        "copy seen shows the void P.A. 89-7 text.",
        sources=("https://witnessslips.ilga.gov/ftp/ILCS/Ch%200735/Act%200005/073500050K2-1116.html",),
    ),
    DamagesRule(
        id="us-il.damages.2-1118",
        version="1986",
        in_force=InForce(note="P.A. 84-1431 (1986); the P.A. 89-7 repeal is void (Best); not gated"),
        title="Every defendant found liable is jointly and severally liable in medical malpractice (2-1118)",
        citation="735 ILCS 5/2-1118; 735 ILCS 5/2-1117",
        effect="information",
        note=(
            "2-1117 makes a defendant under 25% of the total fault only severally liable for non-medical damages, but "
            "2-1118 excepts medical malpractice actions based on negligence: every defendant found liable is jointly "
            "and severally liable for all damages."
        ),
        verified="primary",
        sources=("https://ilga.gov/ftp/ILCS/Ch%200735/Act%200005/073500050K2-1118.html",),
    ),
    DamagesRule(
        id="us-il.damages.2-1114",
        version="1985",
        in_force=InForce(end=_FEE_CHANGE, measured_by="as_of", note="P.A. 84-7 schedule, until P.A. 97-1145"),
        title="Contingent-fee limit: 33 1/3% / 25% / 20% sliding scale (2-1114, before 2013)",
        citation="735 ILCS 5/2-1114(a) (P.A. 84-7)",
        effect="fee_schedule",
        slices=((150_000, 1 / 3), (1_000_000, 0.25), (None, 0.20)),
        note="33 1/3% of the first $150,000, 25% of the next $850,000, 20% above $1,000,000; the court could allow "
        "more on petition.",
        verified="secondary",
        uncertainty="The former schedule was read in news reports of P.A. 97-1145, not in the statute.",
    ),
    DamagesRule(
        id="us-il.damages.2-1114",
        version="2013",
        in_force=InForce(start=_FEE_CHANGE, measured_by="as_of", note="P.A. 97-1145, eff. 2013-01-18, for actions "
                         "commenced or pending on or after that date"),
        title="Contingent-fee limit: 33 1/3% of all sums recovered (2-1114)",
        citation="735 ILCS 5/2-1114(a)",
        effect="fee_schedule",
        slices=((None, 1 / 3),),
        note="The total contingent fee may not exceed 33 1/3% of all sums recovered; future periodic damages are "
        "reduced to a lump sum value first. No petition for more is allowed.",
        verified="primary",
        sources=("https://www.ilga.gov/legislation/ilcs/documents/073500050K2-1114.htm",),
    ),
)
