"""Numbers the law changes over time, kept as dated data with their source.

A parameter file (YAML, one per jurisdiction) looks like OpenFisca's::

    bereavement_award:
      description: Fatal Accidents Act 1976 s.1A(3) bereavement damages
      unit: GBP
      values:
        - {from: 2013-04-01, value: 12980, citation: "SI 2013/510 art 2"}
        - {from: 2020-05-01, value: 15120, citation: "SI 2020/316 art 2"}

Each value is in force from its ``from`` date until the next value's ``from`` date.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from .errors import RuleDefinitionError

__all__ = ["DatedValue", "Parameter", "load_parameters"]


@dataclass(frozen=True, slots=True)
class DatedValue:
    start: date
    value: Any
    citation: str
    verified: str = "primary"
    note: str = ""


@dataclass(frozen=True)
class Parameter:
    name: str
    description: str
    unit: str
    values: tuple[DatedValue, ...]
    _starts: tuple[date, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.values, key=lambda v: v.start))
        if len({v.start for v in ordered}) != len(ordered):
            raise RuleDefinitionError(f"parameter {self.name}: two values start on the same date")
        object.__setattr__(self, "values", ordered)
        object.__setattr__(self, "_starts", tuple(v.start for v in ordered))

    def at(self, day: date) -> DatedValue | None:
        """The value in force on ``day``, or None before the first one."""
        index = bisect_right(self._starts, day) - 1
        return self.values[index] if index >= 0 else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": self.description,
            "unit": self.unit,
            "values": [
                {"from": v.start.isoformat(), "value": v.value, "citation": v.citation, "verified": v.verified}
                | ({"note": v.note} if v.note else {})
                for v in self.values
            ],
        }


def load_parameters(path: Path) -> dict[str, Parameter]:
    """Read a parameter file; every value must carry a start date and a citation."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[str, Parameter] = {}
    for name, spec in raw.items():
        try:
            values = tuple(
                DatedValue(
                    start=item["from"],
                    value=item["value"],
                    citation=item["citation"],
                    verified=item.get("verified", "primary"),
                    note=item.get("note", ""),
                )
                for item in spec["values"]
            )
            out[name] = Parameter(name, spec["description"], spec.get("unit", ""), values)
        except (KeyError, TypeError) as exc:
            raise RuleDefinitionError(f"{path}: parameter {name!r} is malformed ({exc})") from exc
        for value in values:
            if not isinstance(value.start, date):
                raise RuleDefinitionError(f"{path}: parameter {name!r} has a non-date 'from'")
    return out
