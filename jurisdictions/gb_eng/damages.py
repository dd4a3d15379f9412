"""Damages in England & Wales clinical negligence.

* Fatal Accidents Act 1976 s.1A: bereavement damages are a fixed sum, the one set by order in
  force when the cause of action accrues - the date of death (``bereavement_award``).
  From 6 Oct 2020 a cohabitant of two years may claim, and where more than one person is
  entitled the sum is divided equally (Fatal Accidents Act 1976 (Remedial) Order 2020,
  SI 2020/1023).
* Damages Act 1996 s.1 / s.A1: the court must take the prescribed discount rate into account
  when assessing future loss; it applies to assessments on or after the change, so the
  engine reads it on the as-of date, the proxy for the judgment or settlement date.
* Law Reform (Contributory Negligence) Act 1945 s.1(1): the claim is not defeated by the
  claimant's fault; damages are "reduced to such extent as the court thinks just and
  equitable having regard to the claimant's share in the responsibility for the damage".
* No statute caps general damages for pain, suffering and loss of amenity; they follow the
  Judicial College Guidelines and case law.
"""

from __future__ import annotations

from datetime import date

from medmal.expr import fact, param
from medmal.rules import DamagesRule, InForce

__all__ = ["DAMAGES_RULES"]

FAA_S1A = "Fatal Accidents Act 1976 s.1A(3)"
LRCNA_S1 = "Law Reform (Contributory Negligence) Act 1945 s.1(1)"

DAMAGES_RULES = (
    DamagesRule(
        id="gb-eng.damages.faa1976-s1a-bereavement",
        version="1982",
        in_force=InForce(
            start=date(1983, 1, 1),
            measured_by="death",
            note="s.1A inserted by the Administration of Justice Act 1982 s.3 for deaths on or after 1 January 1983 "
            "(secondary source)",
        ),
        title="Bereavement damages (Fatal Accidents Act 1976 s.1A)",
        citation=f"{FAA_S1A}, as varied by order (the order fixing the sum is cited in the trace)",
        applies=fact("claim_type").eq("wrongful_death"),
        effect="fixed_award",
        component="bereavement",
        amount=param("bereavement_award", fact("death")),
        note="Fixed bereavement award for the death (cause of action accruing on the date of death), for the "
        "spouse or civil partner, the parents of an unmarried minor, or (deaths from 6 Oct 2020) a cohabitant of "
        "two years; shared equally where more than one is entitled (s.1A(4)).",
        verified="primary",
        uncertainty="Sums from 2013 and 2020 checked against the Orders; earlier sums and dates against secondary "
        "sources (the £3,500 of 1983 is unverified). No order after £15,120 (1 May 2020) was found up to Nov 2026.",
        sources=(
            "https://www.legislation.gov.uk/uksi/2020/316/made",
            "https://www.legislation.gov.uk/uksi/2013/510/made",
        ),
    ),
    DamagesRule(
        id="gb-eng.damages.discount-rate",
        version="1996",
        in_force=InForce(
            start=date(2001, 6, 28),
            measured_by="as_of",
            note="first rate set under Damages Act 1996 s.1 by the Damages (Personal Injury) Order 2001, from 28 June 2001",
        ),
        title="Personal injury discount rate (Damages Act 1996)",
        citation="Damages Act 1996 s.1, s.A1",
        effect="information",
        component="future_loss",
        amount=param("discount_rate", fact("as_of")),
        note="The rate (per cent) the court must take into account when discounting lump sums for future loss, in "
        "force on the date of assessment (the as-of date stands in for the judgment or settlement date); the court "
        "may use another rate if a party shows it is more appropriate (s.A1(2)).",
        verified="secondary",
        uncertainty="Rates and commencement dates from secondary sources; the SI numbers of the 2019 and 2024 "
        "Orders were not seen.",
        sources=("https://www.legislation.gov.uk/ukpga/1996/48/section/A1",),
    ),
    DamagesRule(
        id="gb-eng.damages.lrcna1945-s1",
        version="1945",
        in_force=InForce(note="in force since 1945 (Royal Assent 15 June 1945); the commencement date was not checked"),
        title="Contributory negligence: damages apportioned (Law Reform (Contributory Negligence) Act 1945 s.1)",
        citation=LRCNA_S1,
        effect="fault",
        regime="apportioned",
        note="Reduced by what the court thinks just and equitable for the claimant's share of responsibility; "
        "never a bar.",
        verified="primary",
        sources=("https://www.legislation.gov.uk/ukpga/Geo6/8-9/28/section/1",),
    ),
    DamagesRule(
        id="gb-eng.damages.no-cap-general-damages",
        version="1980",
        in_force=InForce(note="no statute has ever capped these damages; stated from general knowledge"),
        title="No cap on general damages",
        citation="Common law (no statutory cap); Judicial College Guidelines; Simmons v Castle [2012] EWCA Civ 1288",
        effect="no_cap",
        component="non_economic",
        note="No statute caps damages for pain, suffering and loss of amenity in clinical negligence; awards follow "
        "the Judicial College Guidelines and case law (with the 10% Simmons v Castle uplift from 1 Apr 2013).",
        verified="unverified",
        uncertainty="No source stating the absence of a cap was retrieved; stated from general knowledge.",
    ),
)
