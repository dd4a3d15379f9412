"""What each jurisdiction covers, read off its rules (never written by hand).

``medmal jurisdictions --matrix`` and the README's coverage table both come from
:func:`coverage`: every cell lists the sources of the rules that fall in that area, so a
plugin that adds a rule shows up without anyone editing a table, and an area no rule
covers shows as empty rather than as a claim nobody checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib.metadata import PackageNotFoundError, distribution
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from .expr import Const, Expr, IsIn, Postpone, Safe, Step, Suspend
from .jurisdiction import Jurisdiction
from .rules import DamagesRule, DeadlineRule, RequirementRule, Rule

__all__ = ["AREAS", "builtin_plugins", "coverage", "coverage_markdown", "render_coverage"]

#: Area key -> column heading, in table order.
AREAS: dict[str, str] = {
    "limitation": "limitation & repose",
    "tolling": "tolls, suspensions & extensions",
    "wrongful_death": "wrongful death",
    "public_entities": "public entities",
    "notices": "notices & pre-suit steps",
    "expert": "expert paperwork",
    "damages": "caps & damages rules",
    "fault": "comparative fault",
    "fees": "fee limits",
    "counting": "counting time",
}

_TIME_BARS = ("limitation", "repose")
_PUBLIC = frozenset({"municipal", "state", "federal"})


def _walk(node: Expr) -> Iterator[Expr]:
    yield node
    for child in node.children():
        yield from _walk(child)


def _constants(node: Expr) -> set[Any]:
    found: set[Any] = set()
    for item in _walk(node):
        if isinstance(item, Const):
            found.add(item.value)
        elif isinstance(item, IsIn):
            found.update(item.values)
    return found


def _head(citation: str) -> str:
    """The first source of a citation list ("N.Y. CPLR 214-a; ..." -> "N.Y. CPLR 214-a")."""
    return citation.split(";")[0].strip()


def _step_sources(rule: Rule) -> list[str]:
    """Sources cited inside a rule's arithmetic (tolls, suspensions, extensions)."""
    found: list[str] = []
    for expression in rule._expressions():
        for item in _walk(expression):
            if isinstance(item, Step | Safe | Postpone):
                found += [part.strip() for part in item.cite.split(";") if part.strip()]
            elif isinstance(item, Suspend):
                found.append("suspension of time")
    return found


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


def _damages_entry(rule: DamagesRule) -> str:
    head = _head(rule.citation)
    if rule.effect == "cap":
        if rule.struck_down:
            return f"{rule.component} cap struck down ({head}: {rule.struck_down})"
        return f"{rule.component} cap ({head})"
    if rule.effect == "no_cap":
        return f"no {rule.component} cap ({head})"
    return head


def coverage(jurisdiction: Jurisdiction) -> dict[str, list[str]]:
    """Area -> the sources of the jurisdiction's rules in that area (in rule order)."""
    cells: dict[str, list[str]] = {area: [] for area in AREAS}
    bar_heads: set[str] = set()
    for rule in jurisdiction.rules:
        if isinstance(rule, DeadlineRule) and rule.kind in _TIME_BARS:
            bar_heads.add(_head(rule.citation))
    roll_source = jurisdiction.calendar.citation
    for rule in jurisdiction.rules:
        head = _head(rule.citation)
        constants = _constants(rule.applies)
        if "wrongful_death" in constants:
            cells["wrongful_death"].append(head)
        if "defendant.public_entity" in rule.applies.facts() and constants & _PUBLIC:
            cells["public_entities"].append(head)
        if isinstance(rule, DeadlineRule):
            if rule.kind in _TIME_BARS:
                cells["limitation"].append(head)
                cells["tolling"] += [s for s in _step_sources(rule) if s not in bar_heads and s != roll_source]
            else:
                cells["notices"].append(head)
        elif isinstance(rule, RequirementRule):
            cells["expert" if "expert" in rule.kind or "merit" in rule.kind else "notices"].append(head)
        elif isinstance(rule, DamagesRule):
            if rule.effect == "fault" or (rule.effect == "information" and "joint" in (rule.title + rule.note).lower()):
                cells["fault"].append(head if rule.effect != "fault" else f"{rule.regime} ({head})")
            elif rule.effect == "fee_schedule":
                cells["fees"].append(head)
            else:
                cells["damages"].append(_damages_entry(rule))
    cells["counting"].append(jurisdiction.calendar.name + (f" ({roll_source})" if roll_source else ""))
    return {area: _unique(items) for area, items in cells.items()}


def coverage_markdown(jurisdictions: Iterable[Jurisdiction]) -> str:
    """The coverage table as Markdown, one row per jurisdiction."""
    lines = [
        "| jurisdiction | " + " | ".join(AREAS.values()) + " |",
        "| --- | " + " | ".join("---" for _ in AREAS) + " |",
    ]
    for jurisdiction in jurisdictions:
        cells = coverage(jurisdiction)
        code = f"`{jurisdiction.code}`" + "".join(f" (`{alias}`)" for alias in jurisdiction.aliases)
        row = [f"{jurisdiction.name} {code}"]
        row += ["; ".join(cells[area]).replace("|", "\\|") or "—" for area in AREAS]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines) + "\n"


def builtin_plugins() -> frozenset[str]:
    """Names of the entry-point plugins the medmal distribution itself ships."""
    try:
        points = distribution("medmal").entry_points
    except PackageNotFoundError:  # running from a source tree that is not installed
        return frozenset()
    return frozenset(point.name for point in points if point.group == "medmal")


def render_coverage(jurisdictions: Iterable[Jurisdiction]) -> Group:
    """One table per jurisdiction (area, sources): the matrix is too wide for a terminal."""
    tables = []
    for jurisdiction in jurisdictions:
        table = Table(title=f"{jurisdiction.code} - {jurisdiction.name}", title_justify="left", show_lines=True)
        table.add_column("Area", no_wrap=True)
        table.add_column("Rules and sources", overflow="fold")
        for area, items in coverage(jurisdiction).items():
            table.add_row(AREAS[area], Text("\n".join(items)) if items else Text("no rule", style="dim"))
        tables.append(table)
    return Group(*tables)
