"""The ``text`` output format: a report a lawyer can read, rendered with rich.

The report is rendered into a string (``Console(file=StringIO())``, 120 columns) so it
works without a terminal; colour is added only when standard output is a terminal (or
``FORCE_COLOR`` is set) and never when ``NO_COLOR`` is set. Every value from the rules
(citations such as ``[2023] EWCA Civ 1``) is passed as plain text, never as rich markup.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from io import StringIO

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from medmal.hookspecs import hookimpl
from medmal.result import DamagesResult, Deadline, Result, TraceStep

__all__ = ["NOT_LEGAL_ADVICE", "STATUS_STYLES", "medmal_register_renderers", "render_text"]

WIDTH = 120

NOT_LEGAL_ADVICE = (
    "Not legal advice: medmal computes what the encoded rules give for the facts supplied. "
    "Check every date and amount against the current law and the full facts before relying on it."
)

STATUS_STYLES: dict[str, str] = {
    "open": "bold yellow",
    "expired": "bold red",
    "met": "bold green",
    "not_running": "cyan",
    "indeterminate": "bold magenta",
    "pending": "bold yellow",
    "overdue": "bold red",
    "not_yet_due": "cyan",
}


def _t(value: object, style: str = "") -> Text:
    """Plain text (never markup) for a table cell; ``None`` shows as a dash."""
    return Text("-" if value is None or value == "" else str(value), style=style)


def _status(status: str) -> Text:
    return Text(status, style=STATUS_STYLES.get(status, ""))


def _money(amount: float | None, currency: str) -> str:
    return "-" if amount is None else f"{amount:,.2f} {currency}"


def _amount(amount: float | None, effect: str, currency: str) -> str:
    # "information" limits carry figures that need not be money (a 50% threshold, a rate).
    if amount is None or effect in ("cap", "fixed_award"):
        return _money(amount, currency)
    return f"{amount:,.10g}"


def _items(rows: Iterable[tuple[str, Text]], indent: int = 4) -> RenderableType:
    """Bulleted lines with a hanging indent, so wrapped text stays under its bullet."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for bullet, text in rows:
        grid.add_row(Text(" " * indent + bullet, style=text.style or ""), text)
    return grid


def _step(step: TraceStep) -> tuple[str, Text]:
    line = Text(step.step)
    if step.value is not None:
        line.append(" → ")
        line.append(step.value, style="bold")
    if step.citation:
        line.append(f" [{step.citation}]", style="dim")
    return "•", line


def _header(result: Result) -> Text:
    text = Text("medmal report", style="bold")
    text.append(f"  {result.jurisdiction}", style="bold cyan")
    text.append(f"  as of {result.as_of}")
    text.append(f"  rules {result.rules_version}", style="dim")
    return text


def _deadlines(result: Result) -> list[RenderableType]:
    if not result.deadlines:
        return [Text("No deadlines.", style="italic")]
    table = Table(title="Deadlines", title_justify="left", expand=True, show_lines=False)
    for name, kwargs in (
        ("#", {"justify": "right", "no_wrap": True}),
        ("Kind", {"no_wrap": True}),
        ("Defendant", {}),
        ("Date", {"no_wrap": True}),
        ("Status", {"no_wrap": True}),
        ("Citation", {"ratio": 2}),
        ("Discretion", {"ratio": 2}),
    ):
        table.add_column(name, overflow="fold", **kwargs)
    for number, item in enumerate(result.deadlines, 1):
        table.add_row(
            _t(number),
            _t(item.kind),
            _t(item.defendant or "(case)"),
            _t(item.date or ("time not running" if item.status == "not_running" else None)),
            _status(item.status),
            _t(item.citation),
            _t(item.discretion),
        )
    out: list[RenderableType] = [table]
    for number, item in enumerate(result.deadlines, 1):
        out.append(_deadline_detail(number, item))
    return out


def _deadline_detail(number: int, item: Deadline) -> RenderableType:
    head = Text(f"{number}. {item.kind} – {item.defendant or '(case)'}: ", style="bold")
    head.append(item.date or "no date", style="bold")
    head.append(" (")
    head.append_text(_status(item.status))
    head.append(")")
    if item.rule_id:
        head.append(f"  {item.rule_id}@{item.rule_version} {item.title}", style="dim")
    rows: list[tuple[str, Text]] = []
    if item.verified != "primary":
        rows.append(("!", Text(f"checked against {item.verified} sources only", style="yellow")))
    rows += [_step(step) for step in item.trace]
    for alt in item.alternatives:
        line = Text("alternative: ", style="italic")
        line.append(alt.date or "no date", style="bold")
        line.append(f" – {alt.basis}")
        if alt.citation:
            line.append(f" [{alt.citation}]", style="dim")
        rows.append(("?", line))
    if item.missing_facts:
        rows.append(("?", Text("missing facts: " + ", ".join(item.missing_facts), style="magenta")))
    if item.uncertainty:
        rows.append(("!", Text("unsettled: " + item.uncertainty, style="yellow")))
    return Group(head, _items(rows)) if rows else head


def _requirements(result: Result) -> list[RenderableType]:
    if not result.requirements:
        return []
    table = Table(title="Requirements", title_justify="left", expand=True)
    for name, ratio in (("#", None), ("Kind", 2), ("Defendant", 2), ("Due", 3), ("Status", None), ("Citation", 3)):
        table.add_column(name, ratio=ratio, no_wrap=name in ("#", "Status"), overflow="fold")
    out: list[RenderableType] = [table]
    for number, item in enumerate(result.requirements, 1):
        table.add_row(
            _t(f"R{number}"),
            _t(item.kind),
            _t(item.defendant or "(case)"),
            _t(item.due),
            _status(item.status),
            _t(item.citation),
        )
        head = Text(f"R{number}. {item.kind} – {item.defendant or '(case)'}", style="bold")
        head.append(f"  {item.rule_id}@{item.rule_version}", style="dim")
        rows: list[tuple[str, Text]] = [("•", Text(item.description))]
        if item.consequence_of_failure:
            rows.append(("•", Text("if not done: " + item.consequence_of_failure)))
        rows += [_step(step) for step in item.trace]
        if item.uncertainty:
            rows.append(("!", Text("unsettled: " + item.uncertainty, style="yellow")))
        out.append(Group(head, _items(rows)))
    return out


def _damages(damages: DamagesResult | None) -> list[RenderableType]:
    if damages is None:
        return []
    cur = damages.currency
    table = Table(title=f"Damages ({cur})", title_justify="left")
    table.add_column("Component")
    # A cap the law applies to the damages net of fault (California, Texas) is in the last column.
    net_capped = any(limit.after_fault and limit.applied for limit in damages.limits)
    for name in ("Claimed", "After caps", "After fault, then caps" if net_capped else "After fault"):
        table.add_column(name, justify="right")
    components = list(dict.fromkeys([*damages.claimed, *damages.after_caps, *damages.after_fault]))
    for name in components:
        table.add_row(
            _t(name),
            _t(_money(damages.claimed.get(name), cur)),
            _t(_money(damages.after_caps.get(name), cur)),
            _t(_money(damages.after_fault.get(name), cur)),
        )
    out: list[RenderableType] = [table]
    if damages.limits:
        limits = Table(title="Limits", title_justify="left", expand=True)
        for name in ("Effect", "Component", "Amount", "Applied", "Citation", "Description"):
            limits.add_column(name, no_wrap=name in ("Amount", "Applied"), overflow="fold")
        for limit in damages.limits:
            applied = Text("yes", style="green") if limit.applied else Text("no", style="dim")
            description = limit.description
            if limit.struck_down:
                description = f"{description} (struck down: {limit.struck_down})"
            if limit.uncertainty:
                description = f"{description} (unsettled: {limit.uncertainty})"
            limits.add_row(
                _t(limit.effect),
                _t(limit.component),
                _t(_amount(limit.amount, limit.effect, cur) if limit.amount is not None else None),
                applied,
                _t(limit.citation),
                _t(description),
            )
        out.append(limits)
    summary = Text("Recoverable: ", style="bold")
    summary.append(_money(damages.recoverable, cur), style="bold")
    if damages.fee_limit is not None:
        summary.append(f"   Fee limit: {_money(damages.fee_limit, cur)}")
    out.append(summary)
    if damages.trace:
        out.append(_items((_step(step) for step in damages.trace), indent=2))
    return out


def _warnings(result: Result) -> list[RenderableType]:
    if not result.warnings:
        return []
    rows = []
    for item in result.warnings:
        line = Text(f"[{item.code}] ", style="yellow")
        line.append(item.message, style="default")
        if item.citation:
            line.append(f" [{item.citation}]", style="dim")
        rows.append(("!", line))
    return [Text("Warnings", style="bold"), _items(rows, indent=2)]


def _console(file: StringIO) -> Console:
    # Colour only when the text will reach a terminal; rich still honours FORCE_COLOR/NO_COLOR.
    terminal = True if sys.stdout.isatty() else None
    return Console(file=file, width=WIDTH, force_terminal=terminal, highlight=False, soft_wrap=False)


def render_text(result: Result) -> str:
    """The result as a readable report (deadlines with traces, requirements, damages, warnings)."""
    buffer = StringIO()
    console = _console(buffer)
    parts: list[RenderableType] = [_header(result), Text("")]
    parts += _deadlines(result)
    for section in (_requirements(result), _damages(result.damages), _warnings(result)):
        if section:
            parts.append(Text(""))
            parts += section
    parts += [Text(""), Text(NOT_LEGAL_ADVICE, style="italic")]
    for part in parts:
        console.print(part)
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().rstrip("\n").splitlines())


@hookimpl
def medmal_register_renderers(register: Callable[..., None]) -> None:
    register("text", render_text, "a readable report with traces and citations (default)")
