"""How New York limits malpractice damages: it does not cap them; fault, joint liability,
periodic payment and fees are regulated instead.

* No statute caps economic, non-economic or punitive damages in New York medical
  malpractice; CPLR article 50-A governs how an award is paid, not how much.
* CPLR 1411(a): pure comparative fault - the claimant's culpable conduct "shall not bar
  recovery" but diminishes damages in proportion. (Subsection (b), added in 2026, bars a
  claimant more at fault only in no-fault motor-vehicle cases; it does not reach
  malpractice.)
* CPLR 1601: a defendant 50% or less at fault is liable for non-economic loss only up to
  its own share; economic loss stays joint and several (exceptions in CPLR 1602, among
  them vicarious liability and non-delegable duties).
* CPLR 5031(b)-(c): future pain and suffering above $500,000 is paid partly over time.
* Judiciary Law § 474-a(2): the contingency-fee schedule on the net sum recovered.
"""

from __future__ import annotations

from medmal.expr import const
from medmal.rules import DamagesRule, InForce

__all__ = ["DAMAGES_RULES"]

_NO_CAP_NOTE = (
    "New York has no statutory cap on {what} damages in medical malpractice; CPLR article 50-A regulates payment, "
    "not amount."
)

DAMAGES_RULES = (
    DamagesRule(
        id="us-ny.damages.no-cap-non-economic",
        version="1975",
        in_force=InForce(note="no statute has capped New York malpractice damages; CPLR art. 50-A since L.1985 ch. 294"),
        title="No cap on non-economic damages",
        citation="N.Y. CPLR art. 50-A (no cap provision); no statute caps malpractice damages",
        effect="no_cap",
        component="non_economic",
        note=_NO_CAP_NOTE.format(what="non-economic"),
        verified="secondary",
        uncertainty="The absence of a cap is established by the absence of any statute; it cannot be quoted.",
    ),
    DamagesRule(
        id="us-ny.damages.no-cap-economic",
        version="1975",
        in_force=InForce(note="no statute has capped New York malpractice damages"),
        title="No cap on economic damages",
        citation="N.Y. CPLR art. 50-A (no cap provision); no statute caps malpractice damages",
        effect="no_cap",
        component="economic",
        note=_NO_CAP_NOTE.format(what="economic"),
        verified="secondary",
        uncertainty="The absence of a cap is established by the absence of any statute; it cannot be quoted.",
    ),
    DamagesRule(
        id="us-ny.damages.cplr-1411",
        version="1975",
        in_force=InForce(note="L.1975 ch. 69, for causes of action accruing on or after 1975-09-01 (not gated: not verified)"),
        title="Pure comparative fault (CPLR 1411(a))",
        citation="N.Y. CPLR 1411(a)",
        effect="fault",
        regime="pure",
        note="The claimant's culpable conduct does not bar recovery; damages are diminished in proportion.",
        verified="primary",
        sources=("https://www.nysenate.gov/legislation/laws/CVP/1411",),
    ),
    DamagesRule(
        id="us-ny.damages.cplr-1601",
        version="1986",
        in_force=InForce(note="CPLR article 16, L.1986 ch. 682 (commencement date not verified)"),
        title="Several liability for non-economic loss of a defendant 50% or less at fault (CPLR 1601)",
        citation="N.Y. CPLR 1601(1); exceptions in CPLR 1602",
        effect="information",
        component="non_economic",
        amount=const(0.5),
        note=(
            "A defendant found 50% or less of the total liability is liable for non-economic loss only up to its "
            "equitable share; economic loss stays joint and several. CPLR 1602(2)(iv) keeps vicarious liability and "
            "non-delegable duties outside the limit."
        ),
        verified="primary",
        sources=("https://www.nysenate.gov/legislation/laws/CVP/1601",),
    ),
    DamagesRule(
        id="us-ny.damages.cplr-5031",
        version="2003",
        in_force=InForce(note="CPLR 5031 as amended by L.2003 ch. 86 (commencement date not verified)"),
        title="Periodic payment of future pain and suffering above $500,000 (CPLR 5031(c))",
        citation="N.Y. CPLR 5031(b), (c) (as amended by L.2003 ch. 86)",
        effect="information",
        component="non_economic",
        amount=const(500_000),
        note=(
            "Future pain and suffering of $500,000 or less is paid in a lump sum; above it, the greater of 35% or "
            "$500,000 is paid at once and the rest over the lesser of the jury's period or 8 years, growing 4% a "
            "year. Wrongful-death damages are paid in a lump sum."
        ),
        verified="primary",
        uncertainty="The current CPLR 5031 text for future economic damages (the $250,000 annuity threshold) was not read.",
    ),
    DamagesRule(
        id="us-ny.damages.judiciary-law-474-a",
        version="1985",
        in_force=InForce(note="schedule as amended effective 1985-07-01 (secondary source); not gated"),
        title="Contingency-fee limit (Judiciary Law § 474-a)",
        citation="N.Y. Judiciary Law § 474-a(2), (3)",
        effect="fee_schedule",
        slices=((250_000, 0.30), (500_000, 0.25), (1_000_000, 0.20), (1_250_000, 0.15), (None, 0.10)),
        note=(
            "30% of the first $250,000, 25% of the next $250,000, 20% of the next $500,000, 15% of the next "
            "$250,000 and 10% above $1,250,000, of the net sum recovered; a court may allow more in "
            "extraordinary circumstances (474-a(4)). medmal applies it to the damages after caps and fault; "
            "474-a(3) first deducts the disbursements for expert testimony and investigation, so the figure "
            "shown is an upper bound."
        ),
        verified="primary",
        uncertainty="Whether the schedule applies by accrual date or retainer date was not verified.",
        sources=("https://www.nysenate.gov/legislation/laws/JUD/474-A",),
    ),
)
