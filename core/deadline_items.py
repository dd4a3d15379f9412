"""Building the items of a result: a deadline's status, the authority split past a safe
date, the same deadline for another defendant, and the stand-in when no rule governs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from .calendar import NEVER
from .facts import FACT_NAMES
from .result import Deadline, Status, TraceStep, Warning, new_deadline
from .rules import DeadlineRule

__all__ = ["assumed_text", "authority_split", "deadline_status", "earliest_first", "for_defendant", "no_limitation_rule"]


def deadline_status(day: date | None, done: date | None, as_of: date, could_move: bool) -> Status:
    """The status of a last day ``day`` given the date the act was ``done`` (if it was)."""
    if day is None:
        return "indeterminate"
    if done is not None:
        if done <= day:
            return "met"
        return "indeterminate" if could_move else "expired"
    if day == NEVER:
        return "not_running"
    if as_of <= day:
        return "open"
    return "indeterminate" if could_move else "expired"


def authority_split(
    rule: DeadlineRule, alternatives: list[Any], done: date | None, as_of: date, warn: Callable[[Warning], None]
) -> Status:
    """Past the safe date, but not past a date some authority supports: not decided."""
    reference = (done or as_of).isoformat()
    supported = [a for a in alternatives if a.date is not None and reference <= a.date]
    if not supported:
        return "expired"
    latest = max(supported, key=lambda a: a.date)
    act = "the filing" if done is not None else f"the as-of date {reference}"
    warn(
        Warning(
            "authority_split",
            f"{act} is after the safe {rule.kind} date but on or before {latest.date}, the date under another "
            f"reading ({latest.basis}; {latest.citation}): whether the claim is in time is not settled",
            None,
            rule.id,
            rule.citation,
        )
    )
    return "indeterminate"


def assumed_text(name: str, value: str | None, why: str) -> str:
    return "assumed " + FACT_NAMES.get(name, name) + " = " + (value or "") + ": " + why


def for_defendant(item: Deadline, defendant: str | None) -> Deadline:
    """The same deadline for another defendant (the rule read nothing about defendants)."""
    return new_deadline(
        item.kind,
        defendant,
        item.date,
        item.status,
        item.citation,
        item.discretion,
        item.trace,
        item.rule_id,
        item.rule_version,
        item.title,
        item.alternatives,
        item.missing_facts,
        item.verified,
        item.uncertainty,
    )


def earliest_first(item: Deadline) -> tuple[int, str]:
    # An undecidable date sorts first: it may be earlier than any computed one.
    if item.date is None:
        return (0 if item.status == "indeterminate" else 2, "")
    return (1, item.date)


def no_limitation_rule(defendant: str | None, code: str, warn: Callable[[Warning], None]) -> Deadline:
    message = (
        f"no {code} limitation rule covers the claim against {defendant}; it may be governed by other law "
        "(e.g. the Federal Tort Claims Act for a federal defendant) - check it by hand"
    )
    warn(Warning("no_rule", message, None, None, None))
    return Deadline(
        kind="limitation",
        defendant=defendant,
        date=None,
        status="indeterminate",
        citation=f"no {code} rule applies (see warnings)",
        discretion=None,
        trace=[TraceStep(message, None, f"no {code} rule applies")],
        rule_id="",
        rule_version="",
        title="no governing limitation rule",
    )
