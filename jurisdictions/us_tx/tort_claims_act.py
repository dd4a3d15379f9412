"""Claims against Texas governmental units: the Texas Tort Claims Act (CPRC ch. 101).

* § 101.101(a): "A governmental unit is entitled to receive notice of a claim against it
  under this chapter not later than six months after the day that the incident giving rise
  to the claim occurred", describing the damage or injury, the time and place, and the
  incident.
* § 101.101(b): a city's charter and ordinance provisions requiring notice within a charter
  period permitted by law are ratified - a city may require notice sooner.
* § 101.101(c): the notice requirements do not apply if the governmental unit has actual
  notice that death has occurred or that the claimant has been injured.
* The suit itself is governed by the health care limitation (CPRC § 74.251), as for any
  health care provider.

``public_entity: state`` and ``municipal`` (cities, counties, hospital districts) are
covered; federal defendants are left to the Federal Tort Claims Act overlay (``medmal.plugins.ftca``).
"""

from __future__ import annotations

from medmal.calendar import Period
from medmal.expr import fact, roll_forward
from medmal.rules import DeadlineRule, InForce

from .calendar import CPRC_16_072, FRASIER_SPLIT
from .cprc_74_251 import ACT

__all__ = ["TORT_CLAIMS_RULES"]

CPRC_101_101 = "Tex. Civ. Prac. & Rem. Code § 101.101"

TORT_CLAIMS_RULES = (
    DeadlineRule(
        id="us-tx.notice.cprc-101-101",
        version="1985",
        kind="notice_of_claim",
        title="Notice to a governmental unit: six months after the incident (Texas Tort Claims Act § 101.101)",
        citation=f"{CPRC_101_101}(a)-(c); {CPRC_16_072}",
        in_force=InForce(note="CPRC § 101.101, codified 1985 (Acts 1985, 69th Leg., ch. 959); commencement not verified"),
        applies=fact("defendant.public_entity").is_in("municipal", "state"),
        date=roll_forward(
            (ACT + Period(months=6)).step("six months after the day of the incident", cite=f"{CPRC_101_101}(a)"),
            cite=CPRC_16_072,
        ),
        satisfied_by="notice_of_claim_served",
        verified="primary",
        uncertainty=(
            "The incident is taken as the act or omission. A city charter or ordinance may require notice sooner "
            "(§ 101.101(b)) - check it: the engine cannot know the charter period. Formal notice is excused where the "
            "unit had actual notice of the death or injury and of its alleged fault (§ 101.101(c); Cathey v Booth), a "
            "question of fact not decided here. Whether CPRC § 16.072 or Gov't Code § 311.014 rolls a notice deadline "
            "off a weekend was not verified. " + FRASIER_SPLIT
        ),
        sources=("https://www.cctexas.com/departments/city-secretary/notice-claim-civil-practice",),
    ),
)
