"""California (``US-CA``): medical-malpractice limitation, claim, notice, expert and damages rules.

Registered through the ``medmal`` entry-point group as ``us_ca``, like any third-party pack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from medmal.hookspecs import hookimpl
from medmal.jurisdiction import Jurisdiction
from medmal.parameters import load_parameters

from .calendar import CALIFORNIA_CALENDAR
from .ccp_340_5 import LIMITATION_RULES, MINORS_LITERAL_WARNING
from .ccp_364 import NOTICE_OF_INTENT
from .damages import DAMAGES_RULES, DAMAGES_WARNINGS
from .experts import EXPERT_RULES
from .government_claims_act import GOVERNMENT_CLAIMS_RULES

__all__ = ["CALIFORNIA", "medmal_register_jurisdictions"]

_HERE = Path(__file__).parent

CALIFORNIA = Jurisdiction(
    code="US-CA",
    name="California",
    calendar=CALIFORNIA_CALENDAR,
    rules=(*LIMITATION_RULES, *GOVERNMENT_CLAIMS_RULES, NOTICE_OF_INTENT, *EXPERT_RULES, *DAMAGES_RULES, MINORS_LITERAL_WARNING, *DAMAGES_WARNINGS),
    parameters=load_parameters(_HERE / "parameters.yaml"),
    currency="USD",
    version="2026.11",
    examples=_HERE / "examples.yaml",
    notes=(
        "Covers private health care providers (CCP §§ 340.5, 364) and public entities - cities, counties, districts "
        "and the State (Government Claims Act, Gov. Code §§ 911.2, 945.6). Federal defendants: the FTCA overlay (medmal.plugins.ftca).",
        "No certificate or affidavit of merit is required in California.",
        "Every Saturday is a holiday for counting time (CCP § 12a), besides the judicial holidays of CCP § 135.",
    ),
    plugin="us_ca",
)


@hookimpl
def medmal_register_jurisdictions(register: Callable[[Jurisdiction], None]) -> None:
    """Register California."""
    register(CALIFORNIA)
