"""The plugin contract: every hook medmal calls, with what it means.

Built-in jurisdictions and plugins implement these hooks exactly as a third-party package
does, and are found through the same ``medmal`` entry-point group. Specs only ever grow
by new optional arguments; names never change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from .jurisdiction import Jurisdiction
    from .result import Result
    from .rules import Rule

__all__ = ["hookimpl", "hookspec"]

hookspec = pluggy.HookspecMarker("medmal")
hookimpl = pluggy.HookimplMarker("medmal")


# --- registration ------------------------------------------------------------------------


@hookspec
def medmal_register_jurisdictions(register: Callable[[Jurisdiction], None]) -> None:
    """Register jurisdictions by calling ``register(jurisdiction)`` once for each.

    The host validates each registration: a code or alias already taken by another
    plugin is an error naming both plugins.
    """


@hookspec
def medmal_register_rules(jurisdiction: Jurisdiction, register: Callable[[Rule], None]) -> None:
    """Add rules to ``jurisdiction`` (an overlay: a firm's review policy, federal claims).

    Called once per registered jurisdiction after all jurisdictions are known. Overlay
    rules must cite their source like any other rule; they may override a jurisdiction's
    rule by naming it in ``overrides``.
    """


@hookspec
def medmal_register_renderers(register: Callable[[str, Callable[[Result], str], str], None]) -> None:
    """Register output formats: ``register(name, render, description)``.

    ``render(result)`` returns the text ``medmal check --format NAME`` prints.
    """


# --- evaluation ---------------------------------------------------------------------------


@hookspec
def medmal_result_ready(result: Result, case: Any) -> None:
    """Called after every evaluation with the finished result (audit logs, metrics).

    Implementations must not change the result; it is immutable.
    """
