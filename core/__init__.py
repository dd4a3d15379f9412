"""medmal: medical-malpractice limitation, expert-paperwork and damages rules as code.

Nothing medmal returns is legal advice: it computes what the encoded rules give for the
facts supplied, cites each step, and says where the law is unsettled.
"""

from __future__ import annotations

from .calendar import NEVER, CourtCalendar, Period
from .case import Case, Claimant, Damages, Defendant, Events, IncapacityPeriod, Procedure
from .engine import BACKENDS, Engine
from .errors import BackendUnavailable, CaseError, MedmalError, RuleDefinitionError, UnknownJurisdiction
from .hookspecs import hookimpl
from .jurisdiction import Jurisdiction
from .result import Deadline, Requirement, Result, TraceStep, Warning
from .rules import DamagesRule, DeadlineRule, InForce, RequirementRule, WarningRule

__version__ = "0.1.0"

__all__ = [
    "BACKENDS",
    "NEVER",
    "BackendUnavailable",
    "Case",
    "CaseError",
    "Claimant",
    "CourtCalendar",
    "Damages",
    "DamagesRule",
    "Deadline",
    "DeadlineRule",
    "Defendant",
    "Engine",
    "Events",
    "InForce",
    "IncapacityPeriod",
    "Jurisdiction",
    "MedmalError",
    "Period",
    "Procedure",
    "Requirement",
    "RequirementRule",
    "Result",
    "RuleDefinitionError",
    "TraceStep",
    "UnknownJurisdiction",
    "Warning",
    "WarningRule",
    "__version__",
    "hookimpl",
]
