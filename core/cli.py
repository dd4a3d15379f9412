"""The ``medmal`` command line: check a case, print schemas, list and explain the rules.

::

    medmal check case.json --as-of 2024-06-01          # the text report
    medmal check case.yaml --json                       # the result contract as JSON
    medmal check case.json --backend rete               # the same, matched by durable_rules
    cat case.json | medmal check - --format icalendar   # deadlines as calendar events
    medmal schema [--result]                            # JSON Schema of the case (or result)
    medmal jurisdictions [--json] [--matrix [--markdown]]
    medmal explain US-NY [RULE_ID] [--json]
    medmal plugins
    medmal batch book.parquet -o results.parquet --as-of 2026-06-01   # a whole portfolio

Bad input exits 2 with one ``error: FIELD: problem`` line per problem; any other failure
exits 1 with a one-line message (``MEDMAL_DEBUG=1`` shows the traceback).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import TypeAdapter

from .batch.command import batch as batch_command
from .case import Case
from .caseio import read_case_data
from .cli_errors import input_error, reported_errors
from .cli_render import (
    jurisdiction_summary,
    parameters_used,
    render,
    render_explain,
    render_jurisdictions,
    render_plugins,
)
from .coverage import builtin_plugins, coverage, coverage_markdown, render_coverage
from .engine import BACKENDS, Engine
from .result import Result

__all__ = ["app", "case_schema", "main", "make_engine", "result_schema"]

app = typer.Typer(
    name="medmal",
    help="Medical-malpractice deadlines, paperwork and damages limits, with citations. Not legal advice.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

Block = Annotated[
    list[str] | None,
    typer.Option("--block", metavar="PLUGIN", help="Skip this entry-point plugin (repeat, or comma-separate)."),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def make_engine(block: Sequence[str] = (), backend: str = "scalar") -> Engine:
    """The engine every command uses (tests replace this to register plugins directly)."""
    return Engine(block=block, backend=backend)


def _engine(block: list[str] | None, backend: str = "scalar") -> Engine:
    names = [name.strip() for item in block or () for name in item.split(",") if name.strip()]
    if backend == "scalar":
        return make_engine(names)
    if backend not in BACKENDS:
        raise input_error("--backend", f"{backend!r} is not a backend (available: {', '.join(BACKENDS)})")
    return make_engine(names, backend=backend)


def _echo(text: str) -> None:
    typer.echo(text, nl=not text.endswith("\n"))


def _dump(data: Any) -> None:
    _echo(json.dumps(data, indent=2, default=str))


def _parse_as_of(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise input_error("--as-of", f"{value!r} is not a valid date ({exc}); use YYYY-MM-DD") from None


def _read_case(path: str) -> tuple[Any, str]:
    if path == "-":
        return read_case_data(sys.stdin.read(), "<stdin>"), "<stdin>"
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise input_error("file", f"{path} does not exist", path) from None
    except IsADirectoryError:
        raise input_error("file", f"{path} is a directory, not a case file", path) from None
    except UnicodeDecodeError as exc:
        raise input_error("file", f"{path} is not UTF-8 text ({exc.reason})", path) from None
    except OSError as exc:
        raise input_error("file", f"{path} cannot be read ({exc.strerror or exc})", path) from None
    return read_case_data(text, path), path


# --- check ----------------------------------------------------------------------------------


@app.command()
def check(
    case: Annotated[str, typer.Argument(metavar="CASE", help="Case file (JSON or YAML), or - for standard input.")],
    as_of: Annotated[
        str | None, typer.Option("--as-of", metavar="YYYY-MM-DD", help="Date to judge status on (default: today).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")] = False,
    output_format: Annotated[
        str | None, typer.Option("--format", "-f", metavar="NAME", help="Output format (see `medmal plugins`).")
    ] = None,
    no_trace: Annotated[bool, typer.Option("--no-trace", help="Leave out the step-by-step trace.")] = False,
    block: Block = None,
    backend: Annotated[
        str, typer.Option("--backend", metavar="NAME", help="scalar (default) or rete (needs medmal[rete]).")
    ] = "scalar",
) -> None:
    """Compute every deadline, requirement and damages limit for CASE."""
    with reported_errors():
        on = _parse_as_of(as_of)
        if as_json and output_format not in (None, "json"):
            raise input_error("--format", f"--json and --format {output_format} contradict each other")
        name = "json" if as_json else (output_format or "text")
        engine = _engine(block, backend)
        renderers = engine.registry.renderers
        if name not in renderers:
            known = ", ".join(sorted(renderers)) or "none (all output plugins blocked)"
            raise input_error("--format", f"{name!r} is not a registered output format (available: {known})")
        data, source = _read_case(case)
        parsed = engine.parse(data, source)
        result = engine.evaluate(parsed, on, trace=not no_trace)
        render, _description = renderers[name]
        _echo(render(result))


# --- schema ---------------------------------------------------------------------------------


def case_schema() -> dict[str, Any]:
    """The JSON Schema of the case format (committed as ``medmal/schema/case.schema.json``)."""
    return Case.model_json_schema()


def result_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`medmal.Result`, derived by pydantic from the dataclasses."""
    return TypeAdapter(Result).json_schema()


@app.command()
def schema(
    result: Annotated[bool, typer.Option("--result", help="The schema of the result instead of the case.")] = False,
) -> None:
    """Print the JSON Schema of the case format (or, with --result, of the result)."""
    with reported_errors():
        _dump(result_schema() if result else case_schema())


# --- jurisdictions, explain, plugins -------------------------------------------------------


@app.command()
def jurisdictions(
    as_json: AsJson = False,
    block: Block = None,
    matrix: Annotated[
        bool, typer.Option("--matrix", help="What each jurisdiction covers, area by area, read off its rules.")
    ] = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="With --matrix: a Markdown table.")] = False,
    builtin_only: Annotated[
        bool, typer.Option("--builtin-only", help="Only jurisdictions shipped with medmal itself.")
    ] = False,
) -> None:
    """List the registered jurisdictions, their rules and rules versions (or, with
    --matrix, what each covers)."""
    with reported_errors():
        engine = _engine(block)
        chosen = [engine.jurisdictions[code] for code in engine.registry.codes()]
        if builtin_only:
            shipped = builtin_plugins()
            chosen = [j for j in chosen if j.plugin in shipped]
        if matrix:
            if as_json:
                _dump({j.code: coverage(j) for j in chosen})
            elif markdown:
                sys.stdout.write(coverage_markdown(chosen))
            else:
                _echo(render([render_coverage(chosen)]))
            return
        items = [jurisdiction_summary(j) for j in chosen]
        if as_json:
            _dump(items)
        else:
            _echo(render_jurisdictions(items))


@app.command()
def explain(
    code: Annotated[str, typer.Argument(metavar="CODE", help="Jurisdiction code or alias, e.g. US-NY.")],
    rule_id: Annotated[str | None, typer.Argument(metavar="[RULE_ID]", help="Only this rule (all versions).")] = None,
    as_json: AsJson = False,
    block: Block = None,
) -> None:
    """Print a jurisdiction's rules with citations, in-force dates and expressions."""
    with reported_errors():
        jurisdiction = _engine(block).jurisdiction(code)
        rules = list(jurisdiction.rules)
        if rule_id is not None:
            rules = [rule for rule in rules if rule.id == rule_id]
            if not rules:
                known = ", ".join(sorted({rule.id for rule in jurisdiction.rules})) or "none"
                raise input_error("RULE_ID", f"{rule_id!r} is not a rule of {jurisdiction.code} (known: {known})")
        names = sorted(jurisdiction.parameters) if rule_id is None else sorted(parameters_used(rules))
        parameters = [jurisdiction.parameters[n] for n in names if n in jurisdiction.parameters]
        if as_json:
            data = jurisdiction.to_dict()
            data["rules_version"] = jurisdiction.rules_version
            data["rules"] = [rule.to_dict() for rule in rules]
            data["parameters"] = {p.name: p.to_dict() for p in parameters}
            _dump(data)
        else:
            _echo(render_explain(jurisdiction, rules, parameters))


@app.command()
def plugins(block: Block = None) -> None:
    """List the loaded plugins and the output formats they register."""
    with reported_errors():
        engine = _engine(block)
        found = []
        for name, plugin in sorted(engine.plugin_manager.list_name_plugin(), key=lambda item: str(item[0])):
            where = "(blocked)" if plugin is None else getattr(plugin, "__name__", type(plugin).__qualname__)
            found.append((str(name), where))
        formats = [(name, description) for name, (_render, description) in sorted(engine.registry.renderers.items())]
        _echo(render_plugins(found, formats))


app.command(name="batch")(batch_command)


def main() -> None:
    """Console-script entry point (``medmal``)."""
    from .batch.allocator import tune_allocator

    tune_allocator()  # before anything imports polars (see medmal.batch.allocator)
    app()


if __name__ == "__main__":
    main()
