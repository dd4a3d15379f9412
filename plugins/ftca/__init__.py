"""Federal defendants: the Federal Tort Claims Act as an overlay on every US jurisdiction.

A claim against a federal employee or agency goes against the United States under the
FTCA (28 U.S.C. §§ 1346(b), 2671-2680). The state's own rules exclude ``public_entity:
federal`` defendants; this overlay adds, for every jurisdiction whose code starts with
``US-``, the § 2401(b) deadlines for each federal defendant, the § 14.2 claim and § 2675(a)
exhaustion requirements, the case-level warnings, and the §§ 2674, 2675(b), 2678 damages
rules. Registered through the ``medmal`` entry-point group as ``ftca``; block it like any
plugin (``Engine(block=["ftca"])``, ``MEDMAL_BLOCK_PLUGINS=ftca``).
"""

from __future__ import annotations

from collections.abc import Callable

from medmal.expr import fact
from medmal.hookspecs import hookimpl
from medmal.jurisdiction import Jurisdiction
from medmal.rules import Rule

from .claim import CLAIM_RULES
from .damages import DAMAGES_RULES
from .repose import repose_warnings
from .section_2401b import deadline_rules

__all__ = ["ftca_rules", "medmal_register_rules"]


def ftca_rules(jurisdiction: Jurisdiction) -> tuple[Rule, ...]:
    """The FTCA rules for a US jurisdiction (its district court's calendar differs by state)."""
    federal_sued = fact("defendants.federal").gt(0)
    return deadline_rules(jurisdiction) + CLAIM_RULES + DAMAGES_RULES + repose_warnings(jurisdiction.code, federal_sued)


@hookimpl
def medmal_register_rules(jurisdiction: Jurisdiction, register: Callable[[Rule], None]) -> None:
    """Add the FTCA rules to every jurisdiction of the United States."""
    if jurisdiction.code.startswith("US-"):
        for rule in ftca_rules(jurisdiction):
            register(rule)
