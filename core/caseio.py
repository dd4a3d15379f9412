"""Reading case files (JSON or YAML) into validated cases, with field-named errors."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .case import Case
from .errors import CaseError

__all__ = ["parse_case", "read_case_data", "validation_problems"]


def validation_problems(error: ValidationError) -> list[tuple[str, str]]:
    """Turn pydantic's errors into (field path, plain message) pairs."""
    problems = []
    for item in error.errors(include_url=False):
        path = ".".join(str(part) for part in item["loc"])
        message = item["msg"]
        if item["type"] == "value_error":
            # Cross-field checks say "field: problem"; put the field into the path.
            message = message.removeprefix("Value error, ")
            field, sep, rest = message.partition(": ")
            if sep and " " not in field:
                path = f"{path}.{field}" if path else field
                message = rest
        path = path or "case"
        if item["type"] == "extra_forbidden":
            message = "is not a field of the case format (check the spelling; `medmal schema` lists the fields)"
        elif item["type"] == "missing":
            message = "is required"
        elif "input" in item and item["type"].startswith(("date", "literal", "float", "int", "greater", "less")):
            message = f"{message} (got {item['input']!r})"
        problems.append((path, message))
    return problems


def parse_case(data: Mapping[str, Any] | Case, source: str = "case") -> Case:
    """Validate untrusted data as a :class:`Case`, raising :class:`CaseError` on any problem."""
    if isinstance(data, Case):
        return data
    if not isinstance(data, Mapping):
        raise CaseError([("case", f"must be a JSON/YAML object, not {type(data).__name__}")], source)
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        raise CaseError(validation_problems(exc), source) from None


def read_case_data(text: str, source: str) -> Any:
    """Parse case file text: JSON when it looks like JSON or the name ends .json, else YAML."""
    try:
        if source.endswith(".json") or text.lstrip().startswith(("{", "[")):
            return json.loads(text)
        return yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise CaseError([("file", f"is not valid JSON or YAML ({exc})")], source) from None


def load_case_file(path: Path) -> Case:
    return parse_case(read_case_data(path.read_text(encoding="utf-8"), str(path)), str(path))
