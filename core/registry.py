"""The plugin manager: finds plugins through the ``medmal`` entry-point group.

Built-in jurisdictions (``medmal.jurisdictions.*``) and built-in plugins
(``medmal.plugins.*``) are listed in medmal's own ``pyproject.toml`` under that group,
exactly like a third-party pack, so any of them can be blocked:

* ``MEDMAL_BLOCK_PLUGINS=us_ny,icalendar`` - skip these entry-point names;
* ``MEDMAL_LOAD_PLUGINS=us_ny,text`` - load only these (an empty value loads none).

The same choices can be passed to :class:`medmal.Engine` as ``block=`` and ``only=``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from importlib.metadata import entry_points
from typing import Any

import pluggy

from . import hookspecs
from .errors import RuleDefinitionError
from .jurisdiction import Jurisdiction
from .result import Result
from .rules import Rule

__all__ = ["ENTRY_POINT_GROUP", "Registry", "make_plugin_manager"]

ENTRY_POINT_GROUP = "medmal"


def _names_from_env(var: str) -> set[str] | None:
    raw = os.environ.get(var)
    if raw is None:
        return None
    return {name.strip() for name in raw.split(",") if name.strip()}


def make_plugin_manager(
    block: Iterable[str] = (), only: Iterable[str] | None = None, extra: Iterable[object] = ()
) -> pluggy.PluginManager:
    """A plugin manager with medmal's hookspecs and every allowed entry-point plugin loaded."""
    pm = pluggy.PluginManager(ENTRY_POINT_GROUP)
    pm.add_hookspecs(hookspecs)
    blocked = set(block) | (_names_from_env("MEDMAL_BLOCK_PLUGINS") or set())
    allowed = set(only) if only is not None else _names_from_env("MEDMAL_LOAD_PLUGINS")
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if allowed is not None and ep.name not in allowed:
            blocked.add(ep.name)
    for name in blocked:
        pm.set_blocked(name)
    pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
    for plugin in extra:
        pm.register(plugin)
    pm.check_pending()
    return pm


@dataclass
class Registry:
    """What the plugins registered: jurisdictions (with overlays) and renderers."""

    pm: pluggy.PluginManager
    jurisdictions: dict[str, Jurisdiction] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    renderers: dict[str, tuple[Callable[[Result], str], str]] = field(default_factory=dict)

    @classmethod
    def from_plugins(cls, pm: pluggy.PluginManager) -> Registry:
        registry = cls(pm)
        owners: dict[str, str] = {}

        for impl in pm.hook.medmal_register_jurisdictions.get_hookimpls():
            plugin_name = impl.plugin_name

            def register(jurisdiction: Jurisdiction, _owner: str = plugin_name) -> None:
                if not isinstance(jurisdiction, Jurisdiction):
                    raise RuleDefinitionError(
                        f"plugin {_owner}: medmal_register_jurisdictions registered {jurisdiction!r}, "
                        "not a medmal.Jurisdiction"
                    )
                for code in (jurisdiction.code, *jurisdiction.aliases):
                    if code in owners:
                        raise RuleDefinitionError(
                            f"plugin {_owner} registers jurisdiction code {code}, already registered by {owners[code]}"
                        )
                    owners[code] = _owner
                if not jurisdiction.plugin:
                    jurisdiction = replace(jurisdiction, plugin=_owner)
                registry.jurisdictions[jurisdiction.code] = jurisdiction
                for alias in jurisdiction.aliases:
                    registry.aliases[alias] = jurisdiction.code

            impl.function(register=register)

        for code, jurisdiction in list(registry.jurisdictions.items()):
            extra: list[Rule] = []
            pm.hook.medmal_register_rules(jurisdiction=jurisdiction, register=extra.append)
            registry.jurisdictions[code] = jurisdiction.with_rules(tuple(extra))

        def register_renderer(name: str, render: Callable[[Result], str], description: str = "") -> None:
            if name in registry.renderers:
                raise RuleDefinitionError(f"output format {name!r} is registered twice")
            registry.renderers[name] = (render, description)

        pm.hook.medmal_register_renderers(register=register_renderer)
        return registry

    def resolve(self, code: str) -> Jurisdiction | None:
        code = code.strip().upper()
        return self.jurisdictions.get(self.aliases.get(code, code))

    def codes(self) -> list[str]:
        return sorted(self.jurisdictions)

    def plugin_names(self) -> list[tuple[str, Any]]:
        return sorted(self.pm.list_name_plugin(), key=lambda item: item[0])
