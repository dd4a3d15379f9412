"""Texas (``US-TX``): health care liability claim limitation, notice, expert report and damages rules.

Registered through the ``medmal`` entry-point group as ``us_tx``, like any third-party pack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from medmal.calendar import Period
from medmal.expr import fact
from medmal.hookspecs import hookimpl
from medmal.jurisdiction import Jurisdiction
from medmal.parameters import load_parameters
from medmal.rules import InForce, WarningRule

from .calendar import TEXAS_CALENDAR
from .cprc_74_251 import ACT, CHAPTER_74, LIMITATION_RULES, NOTICE_RULE, REPOSE_RULE, WRONGFUL_DEATH
from .damages import DAMAGES_RULES, DAMAGES_WARNINGS
from .expert_report import EXPERT_RULES
from .tort_claims_act import TORT_CLAIMS_RULES

__all__ = ["TEXAS", "medmal_register_jurisdictions"]

_HERE = Path(__file__).parent

WARNINGS = (
    WarningRule(
        id="us-tx.warning.parents-claims-two-years",
        version="2003",
        title="A child's claim: the parents' own claims run two years from the breach",
        citation="Tex. Civ. Prac. & Rem. Code § 74.251(a)",
        message=(
            "The claimant was a minor at the breach. Damages before the child turns 18 (medical expenses in "
            "particular) belong to the parents, whose own claims run on the plain two years from the breach "
            "(CPRC § 74.251(a)); the minors' extension to the 14th birthday does not reach them. Diarise the two "
            "years for the parents' claims (practitioner sources; Sax v Votteler not read)."
        ),
        code="law",
        in_force=InForce(note="HB 4, for actions filed from 2003-09-01"),
        applies=CHAPTER_74 & ~WRONGFUL_DEATH & ACT.lt(fact("date_of_birth") + Period(years=18)),
        verified="secondary",
        uncertainty="From a Texas practitioner's pages; the case law behind the rule (Sax v Votteler) was not read. "
        "The engine computes no separate deadline for the parents' claims.",
        sources=(
            "https://painterfirm.com/medmal/The-draconian-Texas-statute-of-limitations-for-minors-medical-malpractice-claims/",
        ),
    ),
    WarningRule(
        id="us-tx.warning.medical-authorization",
        version="2003",
        title="The 75-day toll needs the medical authorization",
        citation="Tex. Civ. Prac. & Rem. Code §§ 74.051(c), 74.052; Carreras v Marroquin, 339 S.W.3d 68 (Tex. 2011)",
        message=(
            "A pre-suit notice was given: it tolls limitations for 75 days only if it was accompanied by the medical "
            "authorization in the form of CPRC § 74.052. The case format does not record the authorization, so the "
            "limitation date shown takes no toll and the tolled date is given as the alternative."
        ),
        code="missing_fact",
        in_force=InForce(note="HB 4, for actions filed from 2003-09-01"),
        applies=CHAPTER_74 & ~fact("pre_action_letter", assume=fact("as_of")).is_in(None),
    ),
    WarningRule(
        id="us-tx.warning.completed-treatment",
        version="2003",
        title="Completed treatment counts only where the breach date cannot be ascertained",
        citation="Tex. Civ. Prac. & Rem. Code § 74.251(a); Shah v Moss, 67 S.W.3d 836 (Tex. 2001)",
        message=(
            "A date of completed treatment was given: under § 74.251(a) time runs from it only where the date of the "
            "breach cannot be ascertained (Shah v Moss). The engine counts from events.act_or_omission."
        ),
        code="finding_of_fact",
        in_force=InForce(note="HB 4, for actions filed from 2003-09-01"),
        applies=CHAPTER_74 & fact("continuous_treatment_end").gt(fact("act_or_omission")),
    ),
)

TEXAS = Jurisdiction(
    code="US-TX",
    name="Texas",
    calendar=TEXAS_CALENDAR,
    rules=(
        *LIMITATION_RULES,
        REPOSE_RULE,
        *TORT_CLAIMS_RULES,
        NOTICE_RULE,
        *EXPERT_RULES,
        *DAMAGES_RULES,
        *WARNINGS,
        *DAMAGES_WARNINGS,
    ),
    parameters=load_parameters(_HERE / "parameters.yaml"),
    currency="USD",
    version="2026.11",
    examples=_HERE / "examples.yaml",
    notes=(
        "Covers health care liability claims under CPRC chapter 74 (actions filed from 2003-09-01) against private providers "
        "and governmental units (Texas Tort Claims Act notice). Federal defendants: the FTCA overlay (medmal.plugins.ftca).",
        "The § 74.351 expert report is tracked through procedure.certificate_of_merit_served and each defendant's "
        "answer_filed.",
    ),
    plugin="us_tx",
)


@hookimpl
def medmal_register_jurisdictions(register: Callable[[Jurisdiction], None]) -> None:
    """Register Texas."""
    register(TEXAS)
