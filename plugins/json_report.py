"""The ``json`` output format: the result contract exactly as :meth:`Result.to_dict` gives it."""

from __future__ import annotations

import json
from collections.abc import Callable

from medmal.hookspecs import hookimpl
from medmal.result import Result

__all__ = ["medmal_register_renderers", "render_json"]


def render_json(result: Result) -> str:
    """The result as indented JSON (``medmal schema --result`` describes its shape)."""
    return json.dumps(result.to_dict(), indent=2, default=str)


@hookimpl
def medmal_register_renderers(register: Callable[..., None]) -> None:
    register("json", render_json, "the result as JSON (schema: medmal schema --result)")
