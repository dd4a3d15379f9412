"""How Florida limits medical-malpractice damages.

* § 766.118 (ch. 2003-416, for causes of action from 2003-09-15) capped non-economic damages:
  practitioners $500,000 per claimant ($1,000,000 for death, a permanent vegetative state, or
  catastrophic injury with manifest injustice); non-practitioners $750,000 ($1,500,000). The
  Supreme Court of Florida held the caps unconstitutional: for wrongful death in Estate of
  McCall v. United States, 134 So. 3d 894 (2014-03-13), and for personal injury in North
  Broward Hospital District v. Kalitan, 219 So. 3d 49 (2017-06-08). They are kept as data,
  never applied.
* § 768.73(1): punitive damages may not exceed the greater of three times compensatory damages
  or $500,000 (four times or $2,000,000 where the conduct was motivated solely by unreasonable
  financial gain known to a managing agent; no cap with specific intent to harm).
* § 768.81(6) (ch. 2023-15): the bar on a claimant more than 50% at fault does not apply to
  medical negligence under chapter 766, which keeps pure comparative fault (Hoffman v. Jones,
  280 So. 2d 431 (Fla. 1973)); § 768.81(3): judgment against each party on the basis of its
  percentage of fault (joint and several liability abolished, ch. 2006-6).
* § 768.28(5): the State and its subdivisions pay at most $200,000 a person and $300,000 an
  incident; more needs a claim bill. No punitive damages against them.
* Fla. Const. art. I, § 26 (2004): in medical liability claims the claimant keeps at least 70%
  of the first $250,000 and 90% of the rest, exclusive of reasonable and customary costs.
"""

from __future__ import annotations

from datetime import date

from medmal.expr import const, fact, param
from medmal.rules import DamagesRule, InForce

__all__ = ["DAMAGES_RULES"]

MCCALL = "Estate of McCall v. United States, 134 So. 3d 894 (Fla. 2014-03-13)"
KALITAN = "North Broward Hospital District v. Kalitan, 219 So. 3d 49 (Fla. 2017-06-08)"
STRUCK = f"{MCCALL} (wrongful death); {KALITAN} (personal injury, § 766.118(2) and (3))"
CAPS_IN_FORCE = InForce(start=date(2003, 9, 15), note="ch. 2003-416, causes of action from 2003-09-15 (secondary)")
ACT = fact("act_or_omission")


def _struck_cap(which: str, amount: int, note: str) -> DamagesRule:
    return DamagesRule(
        id=f"us-fl.damages.fs-766-118-{which}",
        version="2003",
        in_force=CAPS_IN_FORCE,
        title=f"Non-economic damages cap, {which.replace('-', ' ')} (§ 766.118) - struck down",
        citation=f"Fla. Stat. § 766.118({'2' if which.startswith('practitioner') else '3'})",
        effect="cap",
        component="non_economic",
        amount=const(amount),
        struck_down=STRUCK,
        note=note,
        verified="secondary",
        uncertainty=(
            "The § 766.118(4)-(6) caps (emergency care, Medicaid providers) were not researched; McCall and Kalitan "
            "are read as leaving no enforceable non-economic cap."
        ),
    )


DAMAGES_RULES = (
    _struck_cap(
        "practitioner",
        500_000,
        "$500,000 per claimant against practitioners ($1,000,000 for death, permanent vegetative state or "
        "catastrophic injury with manifest injustice) - unconstitutional, not applied.",
    ),
    _struck_cap(
        "non-practitioner",
        750_000,
        "$750,000 per claimant against non-practitioners ($1,500,000 in the same cases) - unconstitutional, not "
        "applied.",
    ),
    DamagesRule(
        id="us-fl.damages.no-cap-non-economic",
        version="2017",
        in_force=InForce(note="since Kalitan (2017-06-08): no enforceable cap on non-economic damages"),
        title="No enforceable cap on non-economic damages",
        citation=f"{KALITAN}; {MCCALL}",
        effect="no_cap",
        component="non_economic",
        note="The § 766.118 caps are unconstitutional; no other statute caps non-economic damages against private "
        "defendants.",
        verified="secondary",
        uncertainty="Stated from the holdings as summarised in secondary sources.",
    ),
    DamagesRule(
        id="us-fl.damages.no-cap-economic",
        version="1975",
        in_force=InForce(note="no statute caps economic damages against private defendants"),
        title="No cap on economic damages",
        citation="Fla. Stat. ch. 766 (no cap on economic damages)",
        effect="no_cap",
        component="economic",
        note="Florida sets no cap on economic damages against private defendants.",
        verified="secondary",
        uncertainty="The absence of a cap cannot be quoted.",
    ),
    DamagesRule(
        id="us-fl.damages.fs-768-73",
        version="1999",
        in_force=InForce(note="§ 768.73 as amended in 1999 (ch. 99-225; date not verified)"),
        title="Punitive damages: the greater of 3 times compensatory damages or $500,000 (§ 768.73(1)(a))",
        citation="Fla. Stat. § 768.73(1); § 768.72 (leave of court to plead punitive damages)",
        effect="information",
        component="punitive",
        amount=const(500_000),
        note=(
            "Punitive damages may not exceed the greater of 3 times compensatory damages or $500,000 (4 times or "
            "$2,000,000 for conduct motivated solely by unreasonable financial gain known to a managing agent; no "
            "cap for specific intent to harm). The figure shown is the $500,000 floor of the cap: the engine cannot "
            "compute three times compensatory damages, so it does not apply the cap."
        ),
        verified="secondary",
        uncertainty="Text as reported from the 2025 Florida Statutes on a secondary host (research notes). The cap is "
        "not applied (it needs arithmetic on damage components).",
    ),
    DamagesRule(
        id="us-fl.damages.fs-768-81",
        version="2023",
        in_force=InForce(note="Hoffman v. Jones (1973); § 768.81(6) (ch. 2023-15, 2023-03-24) keeps it for ch. 766"),
        title="Pure comparative fault for medical negligence (§ 768.81(6) exclusion; Hoffman v. Jones)",
        citation="Fla. Stat. § 768.81(2), (6); Hoffman v. Jones, 280 So. 2d 431 (Fla. 1973)",
        effect="fault",
        regime="pure",
        note=(
            "Any fault of the claimant diminishes damages proportionately but does not bar recovery: the greater-"
            "percentage-of-fault bar of § 768.81(6) excludes medical-negligence actions under chapter 766."
        ),
        verified="secondary",
        uncertainty="§ 768.81(6) as reported in the research notes from the Legislature's site; not re-read here.",
    ),
    DamagesRule(
        id="us-fl.damages.fs-768-81-3",
        version="2006",
        in_force=InForce(note="ch. 2006-6 (2006-04-26; date not verified)"),
        title="Several liability by percentage of fault (§ 768.81(3))",
        citation="Fla. Stat. § 768.81(3)",
        effect="information",
        note="The court enters judgment against each party on the basis of its percentage of fault, not joint and "
        "several liability.",
        verified="secondary",
        uncertainty="The exact wording of § 768.81(3) after ch. 2006-6 was not re-read.",
    ),
    DamagesRule(
        id="us-fl.damages.fs-768-28-5-person",
        version="2011",
        in_force=InForce(note="dated values in parameters.yaml, by the date of the incident"),
        title="Sovereign-immunity limit per person (§ 768.28(5)) - claims against the State or a subdivision only",
        citation="Fla. Stat. § 768.28(5)(a)",
        effect="information",
        amount=param("sovereign_immunity_cap_per_person", ACT),
        note=(
            "Against the State, an agency or a subdivision (public hospitals and hospital districts included) "
            "judgment is limited to this amount per person; more needs a claim bill. Shown, not applied: damages "
            "are computed for the case as a whole, not per defendant."
        ),
        verified="secondary",
        uncertainty="Applies only to public defendants; the engine does not apply it to the award.",
    ),
    DamagesRule(
        id="us-fl.damages.fs-768-28-5-incident",
        version="2011",
        in_force=InForce(note="dated values in parameters.yaml, by the date of the incident"),
        title="Sovereign-immunity limit per incident (§ 768.28(5)) - claims against the State or a subdivision only",
        citation="Fla. Stat. § 768.28(5)(a)",
        effect="information",
        amount=param("sovereign_immunity_cap_per_incident", ACT),
        note="All claims arising out of the same incident are limited to this amount against public defendants. "
        "Shown, not applied.",
        verified="secondary",
        uncertainty="Applies only to public defendants; the engine does not apply it to the award.",
    ),
    DamagesRule(
        id="us-fl.damages.fla-const-art-i-26",
        version="2005",
        in_force=InForce(note="Fla. Const. art. I, § 26 (Amendment 3, adopted 2004-11-02); not gated"),
        title="Claimant's share of a medical-liability recovery (Fla. Const. art. I, § 26)",
        citation="Fla. Const. art. I, § 26; R. Regulating Fla. Bar 4-1.5(f)(4)(B)",
        effect="fee_schedule",
        slices=((250_000, 0.30), (None, 0.10)),
        note=(
            "The claimant is entitled to at least 70% of the first $250,000 and 90% of damages above it, exclusive "
            "of reasonable and customary costs, so the fee is at most 30% and 10%. The Bar rule lets a client waive "
            "the limit in writing; the figure shown assumes no waiver and no costs."
        ),
        verified="secondary",
        uncertainty="The amendment's text was not read; the waiver under Rule 4-1.5(f)(4)(B)(iii) is not modelled.",
    ),
)
