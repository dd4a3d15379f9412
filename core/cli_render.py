"""Text the command line prints for ``jurisdictions``, ``explain`` and ``plugins``.

Everything is rendered with rich into a string (120 columns), with values from the rules
passed as plain text, never as markup (citations contain square brackets).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from io import StringIO
from typing import Any

from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from .expr import Const, Expr, Param
from .jurisdiction import Jurisdiction
from .parameters import Parameter
from .rules import DamagesRule, DeadlineRule, RequirementRule, Rule, WarningRule

__all__ = [
    "CONSEQUENCES",
    "jurisdiction_summary",
    "parameters_used",
    "render",
    "render_explain",
    "render_jurisdictions",
    "render_plugins",
]

WIDTH = 120
CONSEQUENCES = ("deadline", "requirement", "damages", "warning")


def render(parts: Iterable[RenderableType]) -> str:
    buffer = StringIO()
    console = Console(file=buffer, width=WIDTH, force_terminal=True if sys.stdout.isatty() else None, highlight=False)
    for part in parts:
        console.print(part)
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def _t(value: object, style: str = "") -> Text:
    return Text("-" if value is None or value == "" else str(value), style=style)


# --- jurisdictions --------------------------------------------------------------------------


def jurisdiction_summary(jurisdiction: Jurisdiction) -> dict[str, Any]:
    counts = Counter(rule.consequence for rule in jurisdiction.rules)
    return {
        "code": jurisdiction.code,
        "name": jurisdiction.name,
        "aliases": list(jurisdiction.aliases),
        "currency": jurisdiction.currency,
        "version": jurisdiction.version,
        "rules": {name: counts.get(name, 0) for name in CONSEQUENCES},
        "rule_ids": len({rule.id for rule in jurisdiction.rules}),
        "rules_version": jurisdiction.rules_version,
        "plugin": jurisdiction.plugin,
    }


def render_jurisdictions(items: list[dict[str, Any]]) -> str:
    if not items:
        return "No jurisdictions are registered (is a jurisdiction plugin installed or blocked?).\n"
    table = Table(title="Jurisdictions", title_justify="left")
    widest = max(len(item["rules_version"]) for item in items)
    table.add_column("Code", no_wrap=True)
    table.add_column("Name", overflow="fold")
    table.add_column("Aliases", overflow="fold")
    for name in CONSEQUENCES:
        table.add_column(name.capitalize(), justify="right")
    table.add_column("Rules version", no_wrap=True, min_width=widest)
    table.add_column("Plugin", overflow="fold")
    for item in items:
        table.add_row(
            _t(item["code"], "bold cyan"),
            _t(item["name"]),
            _t(", ".join(item["aliases"])),
            *(_t(item["rules"][c]) for c in CONSEQUENCES),
            _t(item["rules_version"]),
            _t(item["plugin"]),
        )
    return render([table])


# --- explain --------------------------------------------------------------------------------


def expression_of(rule: Rule) -> tuple[str, Expr] | None:
    """The rule's computed value: a deadline's date, a requirement's due date, a damages amount."""
    if isinstance(rule, DeadlineRule):
        return "date", rule.date
    if isinstance(rule, RequirementRule) and rule.due is not None:
        return "due", rule.due
    if isinstance(rule, DamagesRule) and rule.amount is not None:
        return "amount", rule.amount
    return None


def _walk(expr: Expr) -> Iterable[Expr]:
    yield expr
    for child in expr.children():
        yield from _walk(child)


def parameters_used(rules: Iterable[Rule]) -> set[str]:
    """Names of the dated parameters the rules' expressions read."""
    found: set[str] = set()
    for rule in rules:
        exprs = [rule.applies]
        value = expression_of(rule)
        if value is not None:
            exprs.append(value[1])
        for expr in exprs:
            found |= {node.name for node in _walk(expr) if isinstance(node, Param)}
    return found


def _in_force(rule: Rule) -> str:
    window = rule.in_force
    if window.start is None and window.end is None:
        text = "always"
    else:
        start = window.start.isoformat() if window.start else "…"
        end = window.end.isoformat() if window.end else "…"
        text = f"{start} to {end} (exclusive), by {window.measured_by}"
    return f"{text}; {window.note}" if window.note else text


def _rule_block(rule: Rule) -> list[RenderableType]:
    head = Text(f"{rule.id}", style="bold cyan")
    head.append(f" @ {rule.version}", style="cyan")
    head.append(f"  [{rule.consequence}]  ", style="dim")
    head.append(rule.title, style="bold")
    rows: list[tuple[str, str | None]] = [
        ("citation", rule.citation),
        ("in force", _in_force(rule)),
        ("verified", rule.verified),
        ("uncertainty", rule.uncertainty or None),
        ("overrides", ", ".join(rule.overrides) or None),
        ("applies when", None if rule.applies == Const(True) else rule.applies.render()),
    ]
    if isinstance(rule, DeadlineRule):
        rows += [("kind", rule.kind), ("satisfied by", rule.satisfied_by), ("discretion", rule.discretion)]
    elif isinstance(rule, RequirementRule):
        rows += [
            ("kind", rule.kind),
            ("what", rule.description),
            ("due", rule.due_event),
            ("if not done", rule.consequence_of_failure or None),
            ("satisfied by", rule.satisfied_by),
        ]
    elif isinstance(rule, DamagesRule):
        rows += [("effect", rule.effect), ("component", rule.component), ("regime", rule.regime or None)]
        if rule.threshold is not None:
            rows.append(("threshold", str(rule.threshold)))
        if rule.slices:
            slices = (f"up to {upper if upper is not None else 'the rest'}: {rate:.0%}" for upper, rate in rule.slices)
            rows.append(("slices", ", ".join(slices)))
        rows += [("struck down", rule.struck_down or None), ("note", rule.note or None)]
    elif isinstance(rule, WarningRule):
        rows += [("code", rule.code), ("message", rule.message)]
    value = expression_of(rule)
    if value is not None:
        rows.append((value[0], value[1].render()))
    rows.append(("facts needed", ", ".join(sorted(rule.facts())) or "none"))
    if rule.sources:
        rows.append(("sources", "; ".join(rule.sources)))
    table = Table.grid(padding=(0, 2))
    table.add_column(style="dim", no_wrap=True)
    table.add_column()
    for label, text in rows:
        if text:
            table.add_row(Text("  " + label), Text(text))
    return [head, table, Text("")]


def _parameter_block(parameter: Parameter) -> list[RenderableType]:
    title = f"{parameter.name}: {parameter.description}" + (f" ({parameter.unit})" if parameter.unit else "")
    table = Table(title=title, title_justify="left")
    for name in ("From", "Value", "Citation", "Verified", "Note"):
        table.add_column(name)
    for value in parameter.values:
        table.add_row(
            _t(value.start.isoformat()), _t(value.value), _t(value.citation), _t(value.verified), _t(value.note)
        )
    return [table]


def render_explain(jurisdiction: Jurisdiction, rules: list[Rule], parameters: list[Parameter]) -> str:
    head = Text(f"{jurisdiction.code}", style="bold cyan")
    head.append(f"  {jurisdiction.name}", style="bold")
    head.append(f"  rules {jurisdiction.rules_version}", style="dim")
    parts: list[RenderableType] = [head]
    calendar = jurisdiction.calendar
    parts.append(
        Text(
            f"calendar: {calendar.name}, last day on a closed day: roll {calendar.roll}"
            + (f" [{calendar.citation}]" if calendar.citation else ""),
            style="dim",
        )
    )
    for note in jurisdiction.notes:
        parts.append(Text(f"note: {note}", style="italic"))
    parts.append(Text(""))
    for rule in rules:
        parts += _rule_block(rule)
    if parameters:
        parts.append(Text("Parameters (dated values)", style="bold"))
        for parameter in parameters:
            parts += _parameter_block(parameter)
    return render(parts)


# --- plugins --------------------------------------------------------------------------------


def render_plugins(plugins: list[tuple[str, str]], formats: list[tuple[str, str]]) -> str:
    table = Table(title="Plugins", title_justify="left")
    table.add_column("Name", style="bold")
    table.add_column("Module")
    for name, where in plugins:
        table.add_row(_t(name), _t(where))
    parts: list[RenderableType] = [table]
    if formats:
        out = Table(title="Output formats (medmal check --format NAME)", title_justify="left")
        out.add_column("Format", style="bold")
        out.add_column("Description")
        for name, description in formats:
            out.add_row(_t(name), _t(description))
        parts.append(out)
    return render(parts)
