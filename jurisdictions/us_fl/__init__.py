"""Florida (``US-FL``): medical-malpractice limitation, presuit, expert and damages rules.

Registered through the ``medmal`` entry-point group as ``us_fl``, like any third-party pack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from medmal.expr import fact, incapacity_end
from medmal.hookspecs import hookimpl
from medmal.jurisdiction import Jurisdiction
from medmal.parameters import load_parameters
from medmal.rules import InForce, WarningRule

from .calendar import FLORIDA_CALENDAR
from .damages import DAMAGES_RULES
from .fs_95_11 import LIMITATION_RULES
from .fs_766 import PRESUIT_RULES
from .fs_768_28 import PUBLIC_ENTITY_RULES

__all__ = ["FLORIDA", "medmal_register_jurisdictions"]

_HERE = Path(__file__).parent

WARNINGS = (
    WarningRule(
        id="us-fl.warning.fs-768-21-8",
        version="1990",
        title="Medical-negligence wrongful death: adult children and parents of adult children (§ 768.21(8))",
        citation="Fla. Stat. § 768.21(8)",
        in_force=InForce(note="§ 768.21(8) (1990); HB 6017 to repeal it was vetoed on 2025-05-29"),
        applies=fact("claim_type").eq("wrongful_death"),
        message=(
            "In a wrongful-death action for medical negligence, children of the decedent aged 25 or over, and parents "
            "of an adult decedent, cannot recover damages for lost companionship or mental pain and suffering "
            "(§ 768.21(8)). A 2026 repeal bill (HB 6003) was not checked."
        ),
        code="law",
        verified="secondary",
        uncertainty="The 1990 enactment date and the 2026 session's outcome were not verified.",
    ),
    WarningRule(
        id="us-fl.warning.fs-95-051",
        version="1975",
        title="Incapacity tolls only if adjudicated before accrual, within 7 years (§ 95.051(1)(d)) - not applied",
        citation="Fla. Stat. § 95.051(1)(d), (h), (2)",
        in_force=InForce(note="§ 95.051 (1975; date not verified)"),
        applies=incapacity_end(fact("act_or_omission")).ge(fact("act_or_omission")),
        message=(
            "The claimant lacked capacity at the incident. Florida tolls only for incapacity adjudicated before the "
            "cause of action accrued (and never beyond 7 years from the act), or for a minor or incapacitated person "
            "without a guardian (§ 95.051(1)(d), (h)); no other disability tolls (§ 95.051(2)). The case does not say "
            "whether there was an adjudication, so no toll is applied."
        ),
        code="missing_fact",
        verified="unverified",
        uncertainty="§ 95.051's wording was not re-read; whether it can extend the § 95.11 repose is not settled.",
    ),
    WarningRule(
        id="us-fl.warning.tanner-discovery",
        version="1993",
        title="Discovery means knowledge of the injury and a reasonable possibility of malpractice",
        citation="Tanner v. Hartog, 618 So. 2d 177 (Fla. 1993); Fla. Stat. § 95.11",
        in_force=InForce(note="Tanner v. Hartog (1993)"),
        applies=fact("discovery").ne(fact("act_or_omission")),
        message=(
            "The 2-year period runs from when the claimant knew or should have known of the injury and that there was "
            "a reasonable possibility it was caused by medical malpractice (Tanner v. Hartog). The engine takes "
            "events.discovery as that date."
        ),
        code="finding_of_fact",
        verified="secondary",
        uncertainty="Tanner v. Hartog was read only as described in secondary sources.",
    ),
)

FLORIDA = Jurisdiction(
    code="US-FL",
    name="Florida",
    calendar=FLORIDA_CALENDAR,
    rules=LIMITATION_RULES + PUBLIC_ENTITY_RULES + PRESUIT_RULES + DAMAGES_RULES + WARNINGS,
    parameters=load_parameters(_HERE / "parameters.yaml"),
    currency="USD",
    version="2026.11",
    examples=_HERE / "examples.yaml",
    notes=(
        "procedure.pre_action_letter is the date the § 766.106 notice of intent was mailed; "
        "procedure.notice_of_claim_served the date the § 768.28(6) written claim was presented; "
        "procedure.certificate_of_merit_served the date the § 766.203 corroborating expert opinion was furnished.",
        "Covers private defendants and the State, its agencies and subdivisions (public hospitals and hospital "
        "districts). Federal defendants: the FTCA overlay (medmal.plugins.ftca).",
        "Not modelled: the § 766.104(2) 90-day extension by petition (no case fact), § 95.051 tolling (adjudicated "
        "incapacity, minors without a guardian), voluntary arbitration (§§ 766.207-.212).",
    ),
    plugin="us_fl",
)


@hookimpl
def medmal_register_jurisdictions(register: Callable[[Jurisdiction], None]) -> None:
    """Register Florida."""
    register(FLORIDA)
