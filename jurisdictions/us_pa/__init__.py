"""Pennsylvania (``US-PA``): medical professional liability limitation, notice, certificate
of merit and damages rules.

Registered through the ``medmal`` entry-point group as ``us_pa``, like any third-party pack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from medmal.hookspecs import hookimpl
from medmal.jurisdiction import Jurisdiction

from .calendar import PENNSYLVANIA_CALENDAR
from .damages import DAMAGES_RULES
from .government_units import GOVERNMENT_UNIT_RULES
from .pa_cs_5524 import INSANITY_WARNING, LIMITATION_RULES, LITERAL_513C_WARNING, REPOSE_WARNING
from .pa_rcp_1042 import EXPERT_RULES

__all__ = ["PENNSYLVANIA", "medmal_register_jurisdictions"]

_HERE = Path(__file__).parent

PENNSYLVANIA = Jurisdiction(
    code="US-PA",
    name="Pennsylvania",
    calendar=PENNSYLVANIA_CALENDAR,
    rules=LIMITATION_RULES + GOVERNMENT_UNIT_RULES + EXPERT_RULES + DAMAGES_RULES + (REPOSE_WARNING, LITERAL_513C_WARNING, INSANITY_WARNING),
    currency="USD",
    version="2026.11",
    examples=_HERE / "examples.yaml",
    notes=(
        "Covers private defendants, Commonwealth parties and local agencies (public_entity state / municipal); "
        "federal defendants are governed by the FTCA overlay (medmal.plugins.ftca), not by this plugin.",
        "procedure.certificate_of_merit_served is the date the Rule 1042.3 certificate was filed; "
        "procedure.notice_of_claim_served the date the § 5522 notice was filed.",
        "MCARE § 513(a)'s seven-year repose is recorded as struck down (Yanakos, 2019) and never applied.",
        "No pre-suit notice is owed to private defendants. An action may be commenced by a praecipe for a writ of "
        "summons or by a complaint (Pa.R.C.P. 1007): give procedure.complaint_filed as the date the action was "
        "commenced; the certificate of merit then runs from the complaint itself.",
    ),
    plugin="us_pa",
)


@hookimpl
def medmal_register_jurisdictions(register: Callable[[Jurisdiction], None]) -> None:
    """Register Pennsylvania."""
    register(PENNSYLVANIA)
