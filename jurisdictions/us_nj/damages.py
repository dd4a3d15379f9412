"""How New Jersey limits malpractice damages.

* No general cap on compensatory damages.
* N.J.S.A. 2A:53A-8: a nonprofit "organized exclusively for hospital purposes" is liable to
  a beneficiary in negligence for no more than $250,000 (plus interest and costs); see
  Kuchera v. Jersey Shore Family Health Ctr., 221 N.J. 239 (2015). The case format does not
  say whether a hospital is such a nonprofit, so the figure is shown, not applied.
* N.J.S.A. 2A:15-5.14(b): punitive damages no more than the greater of five times the
  compensatory damages or $350,000, per defendant (clear and convincing proof of actual
  malice or wanton and willful disregard, 2A:15-5.12).
* Tort Claims Act, 59:9-2: no punitive damages against a public entity; pain and suffering
  only for permanent loss of a bodily function, permanent disfigurement or dismemberment
  with medical expenses over $3,600; collateral sources offset.
* 2A:15-5.1: recovery only if the claimant's negligence "was not greater than" the
  defendants' - barred above 50%; 2A:15-5.3: a defendant 60% or more at fault pays the
  whole award, one under 60% only its share.
* Court Rule 1:21-7(c): contingent-fee limits on a sliding scale; above the top slice only
  by application to the court.
"""

from __future__ import annotations

from datetime import date

from medmal.expr import const
from medmal.rules import DamagesRule, InForce

__all__ = ["DAMAGES_RULES"]

_FEE_CHANGE = date(2014, 9, 1)
_NO_CAP = "New Jersey has no statutory cap on {what} damages in medical malpractice (save the charitable and public-entity limits)."

DAMAGES_RULES = (
    DamagesRule(
        id="us-nj.damages.no-cap-non-economic",
        version="1973",
        in_force=InForce(note="no general cap has been enacted"),
        title="No general cap on non-economic damages",
        citation="N.J.S.A. 2A:15-5.1 et seq. (no cap provision)",
        effect="no_cap",
        component="non_economic",
        note=_NO_CAP.format(what="non-economic"),
        verified="secondary",
        uncertainty="The absence of a cap is established by the absence of any statute; it cannot be quoted.",
    ),
    DamagesRule(
        id="us-nj.damages.no-cap-economic",
        version="1973",
        in_force=InForce(note="no general cap has been enacted"),
        title="No general cap on economic damages",
        citation="N.J.S.A. 2A:15-5.1 et seq. (no cap provision)",
        effect="no_cap",
        component="economic",
        note=_NO_CAP.format(what="economic"),
        verified="secondary",
        uncertainty="The absence of a cap is established by the absence of any statute; it cannot be quoted.",
    ),
    DamagesRule(
        id="us-nj.damages.2a-53a-8",
        version="2015",
        in_force=InForce(note="the $250,000 limit of 2A:53A-8 as applied in Kuchera (2015-03-31); when the amount took effect was not verified"),
        title="Nonprofit hospital's liability to a beneficiary limited to $250,000 (2A:53A-8)",
        citation="N.J.S.A. 2A:53A-8; Kuchera v. Jersey Shore Family Health Ctr., 221 N.J. 239 (2015)",
        effect="information",
        component="total",
        amount=const(250_000),
        note=(
            "A nonprofit organized exclusively for hospital purposes is liable to a beneficiary for negligence up to "
            "$250,000 plus interest and costs. Not applied: the case does not say whether a hospital defendant is such "
            "a nonprofit, and the limit covers that entity only (whether it covers employed physicians is unsettled)."
        ),
        verified="secondary",
        uncertainty=(
            "Missing fact: whether a hospital defendant is a nonprofit organized exclusively for hospital purposes. "
            "The amount was read in Kuchera and secondary sources; the statute's current text and the date the "
            "amount took effect were not read."
        ),
        sources=("http://www.ecases.us/case/nj/c3426669/terry-kuchera-v-jersey-shore-family-health-center-073483",),
    ),
    DamagesRule(
        id="us-nj.damages.2a-15-5.14",
        version="1995",
        in_force=InForce(note="Punitive Damages Act, L.1995, c.142 (cap unchanged by the 2005 amendments); not gated"),
        title="Punitive damages: at most the greater of 5 times compensatory damages or $350,000 (2A:15-5.14(b))",
        citation="N.J.S.A. 2A:15-5.14(b); 2A:15-5.12",
        effect="information",
        component="punitive",
        amount=const(350_000),
        note=(
            "Per defendant, punitive damages may not exceed five times the compensatory damages or $350,000, "
            "whichever is greater. Not applied by medmal: the limit turns on the compensatory award against each "
            "defendant."
        ),
        verified="secondary",
        uncertainty="Statute text read only as reproduced by secondary hosts.",
    ),
    DamagesRule(
        id="us-nj.damages.59-9-2",
        version="1972",
        in_force=InForce(note="Tort Claims Act, L.1972, c.45; not gated"),
        title="Public entities: no punitive damages; pain and suffering only above the $3,600 threshold (59:9-2)",
        citation="N.J.S.A. 59:9-2(c), (d), (e)",
        effect="information",
        component="total",
        amount=const(3_600),
        note=(
            "Against a public entity: no punitive damages (59:9-2(c)); damages for pain and suffering only for "
            "permanent loss of a bodily function, permanent disfigurement or dismemberment where medical treatment "
            "expenses exceed $3,600 (59:9-2(d)); collateral-source benefits are deducted (59:9-2(e))."
        ),
        verified="unverified",
        uncertainty="59:9-2 was not re-read; the $3,600 threshold and the subsections are from the research notes.",
    ),
    DamagesRule(
        id="us-nj.damages.2a-15-5.1",
        version="1982",
        in_force=InForce(note="L.1973, c.146, amended by L.1982, c.191, eff. 1982-12-06; not gated"),
        title="Modified comparative negligence: barred above 50% (2A:15-5.1)",
        citation="N.J.S.A. 2A:15-5.1",
        effect="fault",
        regime="bar_above",
        threshold=0.5,
        note="Recovery only if the claimant's negligence was not greater than the defendants' combined; reduced in proportion.",
        verified="primary",
        sources=("https://lis.njleg.state.nj.us/nxt/gateway.dll/statutes%2F1%2F112%2F353",),
    ),
    DamagesRule(
        id="us-nj.damages.2a-15-5.3",
        version="1995",
        in_force=InForce(note="2A:15-5.3 as amended by P.L.1995, c.140; not gated"),
        title="Joint and several liability only for a defendant 60% or more at fault (2A:15-5.3)",
        citation="N.J.S.A. 2A:15-5.3(a), (c)",
        effect="information",
        amount=const(0.6),
        note="A defendant 60% or more responsible pays the full damages; one less than 60% only its own percentage.",
        verified="secondary",
        uncertainty="Statute text read as reproduced by a law firm's blog.",
        sources=("http://civiljury.blogspot.com/2009/11/njsa-2a15-53-recovery-of-damages.html",),
    ),
    DamagesRule(
        id="us-nj.damages.rule-1-21-7",
        version="2009",
        in_force=InForce(end=_FEE_CHANGE, measured_by="as_of", note="R. 1:21-7(c) before the 2014-09-01 amendment"),
        title="Contingent-fee limit: 33 1/3% / 30% / 25% / 20% of $500,000 slices (R. 1:21-7(c))",
        citation="N.J. Ct. R. 1:21-7(c)",
        effect="fee_schedule",
        slices=((500_000, 1 / 3), (1_000_000, 0.30), (1_500_000, 0.25), (2_000_000, 0.20)),
        note="Above $2,000,000 only a reasonable fee fixed by the court on application (R. 1:21-7(f)): not included.",
        verified="secondary",
        uncertainty="The earlier schedule was read in a 2009 reproduction and a 2015 article; its start date was not read.",
    ),
    DamagesRule(
        id="us-nj.damages.rule-1-21-7",
        version="2014",
        in_force=InForce(start=_FEE_CHANGE, measured_by="as_of", note="R. 1:21-7(c) as amended effective 2014-09-01"),
        title="Contingent-fee limit: 33 1/3% / 30% / 25% / 20% of $750,000 slices (R. 1:21-7(c))",
        citation="N.J. Ct. R. 1:21-7(c)",
        effect="fee_schedule",
        slices=((750_000, 1 / 3), (1_500_000, 0.30), (2_250_000, 0.25), (3_000_000, 0.20)),
        note=(
            "Of the net sum recovered; above $3,000,000 only a reasonable fee fixed by the court on application "
            "(R. 1:21-7(f)): not included. For a minor or incapacitated client, a settlement before trial allows "
            "at most 25% (R. 1:21-7(c)(6))."
        ),
        verified="primary",
        uncertainty="Whether the schedule applies by the date of the fee agreement or of the recovery was not settled; the as-of date is used.",
        sources=(
            "https://casetext.com/rule/new-jersey-rules-of-court/new-jersey-rules-of-court/njr-ct-part-i/rule-121-practice-of-law/rule-121-7-effective-until-912024-contingent-fees",
        ),
    ),
)
