"""Illinois (``US-IL``): medical-malpractice limitation, expert paperwork and damages rules.

Registered through the ``medmal`` entry-point group as ``us_il``, like any third-party pack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from medmal.hookspecs import hookimpl
from medmal.jurisdiction import Jurisdiction
from medmal.rules import InForce, WarningRule

from .calendar import ILLINOIS_CALENDAR
from .ccp_2_622 import EXPERT_RULES
from .ccp_13_212 import LIMITATION_RULES
from .court_of_claims_act import COURT_OF_CLAIMS_RULES, NOTICE_MISSED_WARNING, STATE_AWARD_LIMIT
from .damages import DAMAGES_RULES
from .tort_immunity import LOCAL_ENTITY_RULES
from .wrongful_death import DECEDENT_CLAIM_WARNING, WRONGFUL_DEATH_RULES

__all__ = ["ILLINOIS", "medmal_register_jurisdictions"]

_HERE = Path(__file__).parent

WARNINGS = (
    WarningRule(
        id="us-il.warning.discovery",
        version="2016",
        title="The Illinois discovery date is the earlier of knowledge and written notice",
        citation="735 ILCS 5/13-212(a); Moon v. Rhode, 2016 IL 119572",
        message=(
            "Under 13-212(a) the 2 years run from the earliest of when the claimant knew, or reasonably should have "
            "known, of the injury and that it was wrongfully caused, or received written notice of it: supply "
            "events.discovery as the earliest of those dates. A disability arising after accrual (P.A. 98-1077) "
            "stays the 2 years but is not computed."
        ),
        code="finding_of_fact",
        in_force=InForce(note="13-212(a) wording since P.A. 85-18 (1987); Moon decided 2016-09-22"),
        verified="secondary",
        uncertainty="Moon v. Rhode was read in summaries.",
    ),
)

ILLINOIS = Jurisdiction(
    code="US-IL",
    name="Illinois",
    calendar=ILLINOIS_CALENDAR,
    rules=LIMITATION_RULES + WRONGFUL_DEATH_RULES + LOCAL_ENTITY_RULES + COURT_OF_CLAIMS_RULES + EXPERT_RULES + DAMAGES_RULES
    + (STATE_AWARD_LIMIT,) + WARNINGS + (NOTICE_MISSED_WARNING, DECEDENT_CLAIM_WARNING),
    currency="USD",
    version="2026.11",
    examples=_HERE / "examples.yaml",
    notes=(
        "Covers private physicians, dentists, nurses and hospitals (13-212, 13-215; Moon v. Rhode for death) and "
        "local public entities (745 ILCS 10/8-101(b)); no notice of claim is required against a local entity.",
        "The State of Illinois and its universities (public_entity: state): Court of Claims Act, 705 ILCS 505/22 "
        "(2 years), 22-1 (notice within 1 year, on pain of dismissal), 8(d) (award limit, shown not applied).",
        "Federal defendants are governed by the FTCA overlay (medmal.plugins.ftca), not by this plugin.",
    ),
    plugin="us_il",
)


@hookimpl
def medmal_register_jurisdictions(register: Callable[[Jurisdiction], None]) -> None:
    """Register Illinois."""
    register(ILLINOIS)
