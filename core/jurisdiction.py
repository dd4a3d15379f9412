"""A jurisdiction as its plugin registers it: code, name, calendar, rules, parameters."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .calendar import CourtCalendar
from .errors import RuleDefinitionError
from .parameters import Parameter
from .rules import DamagesRule, DeadlineRule, RequirementRule, Rule, WarningRule

__all__ = ["Jurisdiction"]


@dataclass(frozen=True)
class Jurisdiction:
    """Everything the engine needs to evaluate a case under one jurisdiction's law.

    ``code`` follows ISO 3166-2 (``US-NY``, ``GB-ENG``); ``aliases`` are other codes that
    mean the same law (``GB-WLS``). ``version`` is the plugin's own release; the result's
    ``rules_version`` adds a digest of the rule definitions so any change shows.
    ``examples`` points at a YAML file of golden cases that ``medmal.testing`` runs.
    """

    code: str
    name: str
    calendar: CourtCalendar
    rules: tuple[Rule, ...]
    parameters: dict[str, Parameter] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()
    currency: str = "USD"
    version: str = "0"
    examples: Path | None = None
    notes: tuple[str, ...] = ()
    plugin: str = ""

    def __post_init__(self) -> None:
        seen: set[tuple[str, str]] = set()
        for rule in self.rules:
            key = (rule.id, rule.version)
            if key in seen:
                raise RuleDefinitionError(f"{self.code}: rule {rule.id} version {rule.version} is defined twice")
            seen.add(key)
            if not rule.citation.strip():
                raise RuleDefinitionError(f"{self.code}: rule {rule.id} has no citation")
        ids = {rule.id for rule in self.rules}
        for rule in self.rules:
            for target in rule.overrides:
                if target not in ids:
                    raise RuleDefinitionError(f"{self.code}: rule {rule.id} overrides unknown rule {target}")

    def with_rules(self, extra: tuple[Rule, ...]) -> Jurisdiction:
        """This jurisdiction with overlay rules added (used by overlay plugins)."""
        if not extra:
            return self
        return Jurisdiction(
            self.code, self.name, self.calendar, self.rules + extra, self.parameters, self.aliases,
            self.currency, self.version, self.examples, self.notes, self.plugin,
        )

    @property
    def deadline_rules(self) -> tuple[DeadlineRule, ...]:
        return tuple(r for r in self.rules if isinstance(r, DeadlineRule))

    @property
    def requirement_rules(self) -> tuple[RequirementRule, ...]:
        return tuple(r for r in self.rules if isinstance(r, RequirementRule))

    @property
    def damages_rules(self) -> tuple[DamagesRule, ...]:
        return tuple(r for r in self.rules if isinstance(r, DamagesRule))

    @property
    def warning_rules(self) -> tuple[WarningRule, ...]:
        return tuple(r for r in self.rules if isinstance(r, WarningRule))

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "aliases": list(self.aliases),
            "currency": self.currency,
            "version": self.version,
            "calendar": {"name": self.calendar.name, "roll": self.calendar.roll, "citation": self.calendar.citation},
            "rules": [rule.to_dict() for rule in self.rules],
            "parameters": {name: p.to_dict() for name, p in sorted(self.parameters.items())},
            "notes": list(self.notes),
        }

    @property
    def rules_version(self) -> str:
        """``CODE@version+digest``: changes whenever any rule or parameter changes."""
        cached = self.__dict__.get("_rules_version")
        if cached is None:
            blob = json.dumps(self.to_dict(), sort_keys=True, default=str).encode()
            cached = f"{self.code}@{self.version}+{hashlib.sha256(blob).hexdigest()[:12]}"
            object.__setattr__(self, "_rules_version", cached)
        return cached
