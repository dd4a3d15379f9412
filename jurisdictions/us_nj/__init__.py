"""New Jersey (``US-NJ``): medical-malpractice limitation, notice, Affidavit of Merit and damages rules.

Registered through the ``medmal`` entry-point group as ``us_nj``, like any third-party pack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from medmal.expr import has
from medmal.hookspecs import hookimpl
from medmal.jurisdiction import Jurisdiction
from medmal.rules import InForce, WarningRule

from .affidavit_of_merit import EXPERT_RULES
from .calendar import NEW_JERSEY_CALENDAR
from .damages import DAMAGES_RULES
from .njsa_2a_14 import LIMITATION_RULES
from .tort_claims_act import TORT_CLAIMS_RULES
from .wrongful_death import WRONGFUL_DEATH_RULES

__all__ = ["NEW_JERSEY", "medmal_register_jurisdictions"]

_HERE = Path(__file__).parent

WARNINGS = (
    WarningRule(
        id="us-nj.warning.birth-injury-designee",
        version="2004",
        title="Birth injury: if no suit by the 12th birthday, the minor or a designee may sue",
        citation="N.J.S.A. 2A:14-2(a); P.L.2004, c.17",
        message=(
            "For an injury sustained at birth the action must be commenced before the 13th birthday. If the parent or "
            "guardian has not sued by the 12th birthday, the minor, or an adult the minor designates, may bring it "
            "(petitioning for a guardian ad litem)."
        ),
        code="law",
        in_force=InForce(note="P.L.2004, c.17, approved 2004-06-07"),
        applies=has("birth_injury"),
        verified="secondary",
        uncertainty="The designee procedure was read in secondary sources.",
    ),
    WarningRule(
        id="us-nj.warning.fraudulent-concealment",
        version="1973",
        title="Fraudulent concealment tolls only in equity",
        citation="Lopez v. Swyer, 62 N.J. 267 (1973) (discovery rule); equitable tolling",
        message=(
            "New Jersey has no statute extending the period for fraudulent concealment; the discovery rule and "
            "equitable tolling may help, but medmal does not compute them beyond events.discovery."
        ),
        code="law",
        in_force=InForce(note="judicial doctrine"),
        applies=has("fraudulent_concealment"),
        verified="unverified",
        uncertainty="New Jersey's equitable-tolling cases were not researched.",
    ),
)

NEW_JERSEY = Jurisdiction(
    code="US-NJ",
    name="New Jersey",
    calendar=NEW_JERSEY_CALENDAR,
    rules=LIMITATION_RULES + WRONGFUL_DEATH_RULES + TORT_CLAIMS_RULES + EXPERT_RULES + DAMAGES_RULES + WARNINGS,
    currency="USD",
    version="2026.11",
    examples=_HERE / "examples.yaml",
    notes=(
        "Covers private defendants (2A:14-2, 2A:14-21, 2A:31-3) and public entities, State and local, under the Tort "
        "Claims Act (59:8-8, 59:8-9).",
        "Federal defendants are governed by the FTCA overlay (medmal.plugins.ftca), not by this plugin.",
        "events.discovery is the accrual date under the discovery rule (Lopez v. Swyer): when the patient knew or "
        "should have known of the injury and that it was someone's fault.",
    ),
    plugin="us_nj",
)


@hookimpl
def medmal_register_jurisdictions(register: Callable[[Jurisdiction], None]) -> None:
    """Register New Jersey."""
    register(NEW_JERSEY)
