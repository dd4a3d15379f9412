"""New York (``US-NY``): medical-malpractice limitation, notice, certificate and damages rules.

Registered through the ``medmal`` entry-point group as ``us_ny``, like any third-party pack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from medmal.expr import fact
from medmal.hookspecs import hookimpl
from medmal.jurisdiction import Jurisdiction
from medmal.rules import InForce, WarningRule

from .calendar import NEW_YORK_CALENDAR
from .court_of_claims_act import COURT_OF_CLAIMS_RULES
from .cplr_214a import LIMITATION_RULES
from .cplr_3012a import CERTIFICATE_OF_MERIT
from .damages import DAMAGES_RULES
from .eptl_5_4_1 import WRONGFUL_DEATH_RULES
from .gml_50 import PUBLIC_ENTITY_RULES, WAITING_PERIOD

__all__ = ["NEW_YORK", "medmal_register_jurisdictions"]

_HERE = Path(__file__).parent

WARNINGS = (
    WarningRule(
        id="us-ny.warning.continuous-treatment",
        version="1975",
        title="Continuous treatment is a question of fact",
        citation="N.Y. CPLR 214-a; Nykorchuck v Henriques, 78 NY2d 255 (1991)",
        message=(
            "Continuous treatment must be for the same illness, injury or condition that gave rise to the act; "
            "examinations the patient asks for only to check their condition do not count (CPLR 214-a). The "
            "engine takes events.continuous_treatment_end as given."
        ),
        code="finding_of_fact",
        in_force=InForce(note="CPLR 214-a since L.1975 ch. 109"),
        applies=fact("continuous_treatment_end").ne(fact("act_or_omission")),
    ),
)

NEW_YORK = Jurisdiction(
    code="US-NY",
    name="New York",
    calendar=NEW_YORK_CALENDAR,
    rules=LIMITATION_RULES + WRONGFUL_DEATH_RULES + PUBLIC_ENTITY_RULES + COURT_OF_CLAIMS_RULES
    + (CERTIFICATE_OF_MERIT, WAITING_PERIOD) + DAMAGES_RULES + WARNINGS,
    currency="USD",
    version="2026.11",
    examples=_HERE / "examples.yaml",
    notes=(
        "Covers private defendants (CPLR 214-a, 208; EPTL 5-4.1) and municipal defendants including public "
        "authorities and public benefit corporations (GML 50-e, 50-i; CPLR 217-a), and the State of New York "
        "(Court of Claims Act § 10(2), (3), (5), (6): 90 days, or 2 years after a timely notice of intention).",
        "Federal defendants are governed by the FTCA overlay (medmal.plugins.ftca), not by this plugin.",
    ),
    plugin="us_ny",
)


@hookimpl
def medmal_register_jurisdictions(register: Callable[[Jurisdiction], None]) -> None:
    """Register New York."""
    register(NEW_YORK)
