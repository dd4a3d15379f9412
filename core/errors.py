"""One exception class per concern, each with a full sentence and structured fields."""

from __future__ import annotations

__all__ = [
    "BackendUnavailable",
    "CaseError",
    "MedmalError",
    "RuleDefinitionError",
    "UnknownJurisdiction",
]


class MedmalError(Exception):
    """Base of every error medmal raises on purpose."""


class CaseError(MedmalError):
    """A case file or row that cannot be evaluated. ``problems`` lists (field, message)."""

    def __init__(self, problems: list[tuple[str, str]], source: str = "case") -> None:
        self.problems = problems
        self.source = source
        lines = "; ".join(f"{field}: {message}" for field, message in problems)
        super().__init__(f"{source} is invalid - {lines}")


class UnknownJurisdiction(CaseError):
    def __init__(self, code: str, known: list[str]) -> None:
        self.code = code
        self.known = known
        super().__init__(
            [("jurisdiction", f"{code!r} is not a registered jurisdiction (known: {', '.join(known) or 'none'})")]
        )


class RuleDefinitionError(MedmalError):
    """A jurisdiction or overlay plugin registered rules that cannot work."""


class BackendUnavailable(MedmalError):
    """The requested backend is unknown or its optional dependency is not installed."""
