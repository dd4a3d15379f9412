"""The public entry point: ``Engine(...).evaluate(case, as_of=...)``."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from .case import Case
from .caseio import parse_case
from .errors import BackendUnavailable, UnknownJurisdiction
from .evaluation import CompiledJurisdiction
from .jurisdiction import Jurisdiction
from .registry import Registry, make_plugin_manager
from .result import Result

__all__ = ["BACKENDS", "Engine"]

#: Backends this release provides. Others named in the architecture are planned.
#: ``rete`` needs the optional durable_rules dependency (``pip install 'medmal[rete]'``).
BACKENDS = ("scalar", "rete")


class Engine:
    """Loads the jurisdiction plugins once and evaluates cases against them.

    ``block`` and ``only`` name entry-point plugins to skip or to load exclusively (see
    :mod:`medmal.registry`); ``plugins`` registers extra plugin objects directly (useful
    in tests and notebooks). An engine is cheap to call and may be shared between threads:
    evaluation reads immutable compiled rules, and its caches (rule selection, memoised
    requirements, month arithmetic) only ever add entries that are pure functions of
    their keys.
    """

    def __init__(
        self,
        *,
        block: Iterable[str] = (),
        only: Iterable[str] | None = None,
        plugins: Iterable[object] = (),
        backend: str = "scalar",
    ) -> None:
        if backend not in BACKENDS:
            raise BackendUnavailable(
                f"backend {backend!r} is not available in this release; available: {', '.join(BACKENDS)}"
            )
        if backend == "rete":
            from .rete import require_durable

            require_durable()  # fail now, with the install command, not at the first case
        self.backend = backend
        self.plugin_manager = make_plugin_manager(block, only, plugins)
        self.registry = Registry.from_plugins(self.plugin_manager)
        self._compiled: dict[str, CompiledJurisdiction] = {}
        self._compile_lock = threading.Lock()
        self._has_listeners = bool(self.plugin_manager.hook.medmal_result_ready.get_hookimpls())

    # --- jurisdictions --------------------------------------------------------------------
    @property
    def jurisdictions(self) -> dict[str, Jurisdiction]:
        return dict(self.registry.jurisdictions)

    def jurisdiction(self, code: str) -> Jurisdiction:
        """The jurisdiction registered under ``code`` or one of its aliases."""
        found = self.registry.resolve(code)
        if found is None:
            raise UnknownJurisdiction(code, self.registry.codes())
        return found

    def _compiled_for(self, code: str) -> CompiledJurisdiction:
        compiled = self._compiled.get(code)
        if compiled is None:
            # Threads that meet a jurisdiction for the first time together compile it once:
            # a half-registered rete ruleset must never serve another thread's case.
            with self._compile_lock:
                compiled = self._compiled.get(code)
                if compiled is None:
                    if self.backend == "rete":
                        from .rete import compile_jurisdiction

                        compiled = compile_jurisdiction(self.jurisdiction(code))
                    else:
                        compiled = CompiledJurisdiction(self.jurisdiction(code))
                    self._compiled[code] = compiled
        return compiled

    # --- evaluation -------------------------------------------------------------------------
    def parse(self, data: Mapping[str, Any] | Case, source: str = "case") -> Case:
        """Validate ``data`` as a case for a registered jurisdiction."""
        case = parse_case(data, source)
        self.jurisdiction(case.jurisdiction)
        return case

    def evaluate(
        self, case: Case | Mapping[str, Any], as_of: date | None = None, *, trace: bool = True
    ) -> Result:
        """Every deadline, requirement and damages limit for ``case`` on ``as_of``.

        ``as_of`` defaults to today; pass it explicitly wherever the answer must be
        reproducible (the result is a pure function of case, as-of date and rules version).
        """
        if not isinstance(case, Case):
            case = parse_case(case)
        on = as_of or date.today()
        compiled = self._compiled.get(case.jurisdiction) or self._compiled_for(case.jurisdiction)
        result = compiled.evaluate(case, on, trace)
        if self._has_listeners:
            self.plugin_manager.hook.medmal_result_ready(result=result, case=case)
        return result
