"""How the command line reports problems: field-named messages, exit codes, no tracebacks.

* exit 2 - the input is wrong (a case file, an option value): one ``error: FIELD: problem``
  line per problem on standard error;
* exit 1 - anything else (a broken plugin, a bug): one line, and the traceback only when
  ``MEDMAL_DEBUG=1``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager

import typer

from .errors import CaseError, MedmalError

__all__ = ["EXIT_ERROR", "EXIT_INPUT", "debug_enabled", "input_error", "reported_errors"]

EXIT_INPUT = 2
EXIT_ERROR = 1

# "Value error, events.death (2019-01-01) is before ..." from a whole-case validator.
_CASE_LEVEL = re.compile(
    r"^(?:Value error, )?((?:claimant|events|procedure|damages|defendants|confirmed_absent)"
    r"(?:\.[A-Za-z_0-9\[\]]+)*)\b"
)


def debug_enabled() -> bool:
    return os.environ.get("MEDMAL_DEBUG", "").strip().lower() in {"1", "true", "yes", "on"}


def input_error(field: str, message: str, source: str = "command line") -> CaseError:
    """A :class:`CaseError` for a bad option or argument value (reported with exit 2)."""
    return CaseError([(field, message)], source)


def _field_and_message(field: str, message: str) -> tuple[str, str]:
    """Name the field a whole-case check complains about rather than just ``case``."""
    if message.startswith("Value error, "):
        message = message.removeprefix("Value error, ")
    if field in {"case", ""}:
        found = _CASE_LEVEL.match(message)
        if found:
            field = found.group(1)
    return field, message


def report_case_error(exc: CaseError) -> None:
    for field, message in exc.problems:
        name, text = _field_and_message(field, message)
        typer.echo(f"error: {name}: {text}", err=True)
    if exc.source not in {"case", "command line"}:
        count = len(exc.problems)
        typer.echo(
            f"({exc.source}: {count} problem{'s' if count != 1 else ''}; `medmal schema` describes the case format)",
            err=True,
        )


@contextmanager
def reported_errors() -> Iterator[None]:
    """Turn every exception into a message and an exit code (see the module docstring)."""
    try:
        yield
    except (typer.Exit, typer.Abort):
        raise
    except CaseError as exc:
        report_case_error(exc)
        raise typer.Exit(EXIT_INPUT) from None
    except BrokenPipeError:  # `medmal check case.json | head`
        raise typer.Exit(EXIT_ERROR) from None
    except Exception as exc:
        if debug_enabled():
            raise
        kind = "" if isinstance(exc, MedmalError) else f"unexpected {type(exc).__name__}: "
        typer.echo(f"error: {kind}{exc}", err=True)
        if not isinstance(exc, MedmalError):
            typer.echo("(set MEDMAL_DEBUG=1 to see the traceback)", err=True)
        raise typer.Exit(EXIT_ERROR) from None
