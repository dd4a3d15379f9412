"""How Pennsylvania limits medical-malpractice damages.

* Pa. Const. art. III, § 18: the General Assembly may not limit the amount recovered for
  injuries resulting in death or for injuries to persons (workers' compensation apart), so
  there is no cap on compensatory damages against private defendants.
* MCARE § 505(d) (40 P.S. § 1303.505, 2002-03-20): "Except in cases alleging intentional
  misconduct, punitive damages against an individual physician shall not exceed 200% of the
  compensatory damages awarded"; when awarded, not less than $100,000 unless a lower verdict
  is returned; § 505(e): 75% to the prevailing party, 25% to the MCARE Fund.
* 42 Pa.C.S. § 7102(a): the plaintiff's negligence does not bar recovery "where such
  negligence was not greater than the causal negligence of the defendant or defendants
  against whom recovery is sought" - barred above 50%, otherwise reduced in proportion.
* § 7102(a.1) (Fair Share Act, Act 17 of 2011, for causes of action accruing from
  2011-06-28): liability is several, except (among others) for a defendant held liable for
  not less than 60% of the total liability; before it, § 7102(b) made defendants jointly and
  severally liable.
* Government units: § 8528(b) $250,000 per plaintiff and $1,000,000 in all (Commonwealth);
  § 8553(b) $500,000 in all (local agencies).
* Fees: no statute limits contingency fees in medical malpractice; Pa.R.P.C. 1.5 requires a
  reasonable fee.
"""

from __future__ import annotations

from datetime import date

from medmal.expr import const
from medmal.rules import DamagesRule, InForce

__all__ = ["DAMAGES_RULES"]

_NO_CAP = "Pa. Const. art. III, § 18"
FAIR_SHARE_FROM = date(2011, 6, 28)
_FAIR_SHARE_SOURCES = (
    "https://legalfix.com/statutes/state-codes/pennsylvania/title-42/chapter-71/section-7102",
    "https://www.goldbergsegalla.com/news-and-knowledge/news/pennsylvania-adopts-fair-share-act/",
)


def _no_cap(component: str) -> DamagesRule:
    return DamagesRule(
        id=f"us-pa.damages.no-cap-{component.replace('_', '-')}",
        version="1874",
        in_force=InForce(note="Pa. Const. art. III, § 18 (Constitution of 1874, as renumbered in 1968)"),
        title=f"No cap on {component.replace('_', '-')} damages (Pa. Const. art. III, § 18)",
        citation=_NO_CAP,
        effect="no_cap",
        component=component,
        note="The Constitution forbids the General Assembly to limit the amount recoverable for injury or death.",
        verified="secondary",
        uncertainty="The constitutional text was read as quoted by secondary sources.",
    )


DAMAGES_RULES = (
    _no_cap("economic"),
    _no_cap("non_economic"),
    DamagesRule(
        id="us-pa.damages.mcare-505",
        version="2002",
        in_force=InForce(start=date(2002, 3, 20), note="MCARE Act § 505, immediately effective 2002-03-20"),
        title="Punitive damages against an individual physician: at most 200% of compensatory damages (MCARE § 505(d))",
        citation="MCARE Act § 505(d), (e), 40 P.S. § 1303.505",
        effect="information",
        component="punitive",
        amount=const(2.0),
        note=(
            "Against an individual physician (not a hospital or other entity), punitive damages may not exceed 200% "
            "of compensatory damages except for intentional misconduct; when awarded they are at least $100,000 "
            "unless the verdict is lower; 25% goes to the MCARE Fund. Gross negligence is not enough (§ 505(b)). "
            "Shown as the ratio 2.0, not applied: the cap depends on the defendant and on compensatory damages."
        ),
        verified="primary",
        sources=(
            "https://d1tvxue8o4w0fl.cloudfront.net/statute/pennsylvania-statutes/statutes-unconsolidated/title-40-ps-insurance/chapter-5c-medical-care-availability-and-reduction-of-error-mcare-act/chapter-5-medical-professional-liability/section-1303505-punitive-damages",
        ),
    ),
    DamagesRule(
        id="us-pa.damages.pa-cs-7102-a",
        version="1978",
        in_force=InForce(note="42 Pa.C.S. § 7102(a) (comparative negligence since 1976)"),
        title="Modified comparative negligence: barred if more at fault than the defendants (42 Pa.C.S. § 7102(a))",
        citation="42 Pa.C.S. § 7102(a)",
        effect="fault",
        regime="bar_above",
        threshold=0.5,
        note=(
            "The plaintiff recovers, reduced in proportion, where the plaintiff's negligence was not greater than "
            "the combined causal negligence of the defendants against whom recovery is sought: a share above 50% "
            "bars recovery."
        ),
        verified="primary",
        uncertainty="The claimant's share is taken against all defendants sued; a settled or absent party changes it.",
        sources=_FAIR_SHARE_SOURCES,
    ),
    DamagesRule(
        id="us-pa.damages.pa-cs-7102-joint",
        version="1978",
        in_force=InForce(end=FAIR_SHARE_FROM, note="§ 7102(b), for causes of action accruing before 2011-06-28"),
        title="Joint and several liability (former 42 Pa.C.S. § 7102(b))",
        citation="42 Pa.C.S. § 7102(b) (before Act 17 of 2011)",
        effect="information",
        note="Each defendant pays its share, but the plaintiff may recover the whole award from any defendant.",
        verified="secondary",
        uncertainty="Read in an unofficial copy of the pre-2011 text; accrual is approximated by the act.",
    ),
    DamagesRule(
        id="us-pa.damages.fair-share-act",
        version="2011",
        in_force=InForce(start=FAIR_SHARE_FROM, note="Act 17 of 2011, for causes of action accruing from 2011-06-28"),
        title="Several liability unless a defendant is 60% or more at fault (Fair Share Act, § 7102(a.1))",
        citation="42 Pa.C.S. § 7102(a.1)(2), (3)(iii) (Act 17 of 2011)",
        effect="information",
        amount=const(0.6),
        note=(
            "Each defendant is liable only for its apportioned share, except a defendant held liable for not less "
            "than 60% of the total liability (and in intentional-tort and a few other cases), who is jointly and "
            "severally liable."
        ),
        verified="primary",
        uncertainty="Accrual is approximated by the date of the act (a later discovery could move it).",
        sources=_FAIR_SHARE_SOURCES,
    ),
    DamagesRule(
        id="us-pa.damages.pa-cs-8528",
        version="1978",
        in_force=InForce(note="42 Pa.C.S. § 8528(b) (Sovereign Immunity Act, 1978)"),
        title="Commonwealth parties: $250,000 per plaintiff, $1,000,000 in all (42 Pa.C.S. § 8528(b))",
        citation="42 Pa.C.S. § 8528(b)",
        effect="information",
        amount=const(250_000),
        note="Limits damages against Commonwealth parties; only claims against them. Shown, not applied (damages "
        "are computed for the case, not per defendant).",
        verified="secondary",
        uncertainty="Applies only to Commonwealth parties; SB 383 (2025) to raise it was not checked.",
    ),
    DamagesRule(
        id="us-pa.damages.pa-cs-8553",
        version="1980",
        in_force=InForce(note="42 Pa.C.S. § 8553(b) (Political Subdivision Tort Claims Act, 1980)"),
        title="Local agencies: $500,000 in all (42 Pa.C.S. § 8553(b))",
        citation="42 Pa.C.S. § 8553(b), (c)",
        effect="information",
        amount=const(500_000),
        note="Limits damages against local agencies in the aggregate; pain and suffering only for death or permanent "
        "loss of a bodily function, disfigurement or dismemberment with medical expenses over $1,500 (§ 8553(c)). "
        "Shown, not applied.",
        verified="secondary",
        uncertainty="Applies only to local agencies.",
    ),
    DamagesRule(
        id="us-pa.damages.no-fee-schedule",
        version="1987",
        in_force=InForce(note="Pa.R.P.C. 1.5 (1987)"),
        title="No statutory contingency-fee limit (Pa.R.P.C. 1.5: a reasonable fee)",
        citation="Pa.R.P.C. 1.5(a), (c)",
        effect="information",
        note="No Pennsylvania statute limits contingency fees in medical malpractice; the fee must be reasonable and "
        "the agreement in writing.",
        verified="unverified",
        uncertainty="The absence of a fee statute was not confirmed against a primary source.",
    ),
)
