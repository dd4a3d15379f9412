"""Test fixture overlay: a firm's internal policy added to every jurisdiction.

Shows ``medmal_register_rules``: an overlay plugin adds a cited rule to jurisdictions it
did not write. Here, a reminder to diary a file review, cited to the (fictional) firm
policy it comes from.
"""

from __future__ import annotations

from collections.abc import Callable

from medmal import Jurisdiction, WarningRule, hookimpl
from medmal.rules import Rule

__all__ = ["FIRM_REVIEW", "medmal_register_rules"]

FIRM_REVIEW = WarningRule(
    id="test-pack.firm-review",
    version="1",
    title="Diary a file review",
    citation="Firm policy (test fixture)",
    message="Firm policy: diary a supervising-partner review of this file at least 60 days before the limitation date.",
    code="firm_policy",
)


@hookimpl
def medmal_register_rules(jurisdiction: Jurisdiction, register: Callable[[Rule], None]) -> None:
    """Add the firm-review reminder to every jurisdiction."""
    register(FIRM_REVIEW)
