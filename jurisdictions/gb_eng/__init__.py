"""England & Wales: clinical-negligence limitation, pre-action, expert and damages rules.

Registered as ``GB-ENG`` with ``GB-WLS`` as an alias: Wales shares the Limitation Act 1980,
the Civil Procedure Rules and the England & Wales bank holidays.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from medmal.hookspecs import hookimpl
from medmal.jurisdiction import Jurisdiction
from medmal.parameters import load_parameters

from .calendar import ENGLAND_AND_WALES_CALENDAR
from .cpr_part_35 import CPR_PART_35_RULES
from .damages import DAMAGES_RULES
from .limitation_act_1980 import LIMITATION_RULES, LIMITATION_WARNINGS
from .pre_action import PRE_ACTION_RULES, PRE_ACTION_WARNINGS

__all__ = ["ENGLAND_AND_WALES", "medmal_register_jurisdictions"]

_HERE = Path(__file__).parent

ENGLAND_AND_WALES = Jurisdiction(
    code="GB-ENG",
    name="England and Wales",
    calendar=ENGLAND_AND_WALES_CALENDAR,
    rules=(
        *LIMITATION_RULES,
        *PRE_ACTION_RULES,
        *CPR_PART_35_RULES,
        *DAMAGES_RULES,
        *LIMITATION_WARNINGS,
        *PRE_ACTION_WARNINGS,
    ),
    parameters=load_parameters(_HERE / "parameters.yaml"),
    aliases=("GB-WLS",),
    currency="GBP",
    version="0.1.0",
    examples=_HERE / "examples.yaml",
    notes=(
        "A claim is brought when the claim form is received in the court office (PD 7A para 5.1; Barnes v St Helens "
        "MBC [2007] EWCA Civ 1372): procedure.complaint_filed is that date.",
        "No longstop applies to personal-injury claims under s.11.",
        "Dates of knowledge are findings of fact: supply events.discovery; without it time runs from accrual.",
    ),
)


@hookimpl
def medmal_register_jurisdictions(register: Callable[[Jurisdiction], None]) -> None:
    """Register England & Wales."""
    register(ENGLAND_AND_WALES)
