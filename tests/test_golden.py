"""Every registered jurisdiction's hand-computed golden examples must match exactly."""

from __future__ import annotations

import pytest

from medmal import Engine
from medmal.testing.golden import Example, check_example, golden_params

ENGINE = Engine()


@pytest.mark.parametrize(("engine", "example"), list(golden_params(ENGINE)))
def test_golden(engine: Engine, example: Example) -> None:
    problems = check_example(engine, example)
    assert problems == [], f"{example.file}: {example.name} ({example.why})\n  " + "\n  ".join(problems)


def test_new_york_has_examples() -> None:
    ids = [p.id for p in golden_params(ENGINE)]
    assert sum(i.startswith("US-NY:") for i in ids) >= 20
