"""The plugin contract's properties, over every registered jurisdiction, with hypothesis.

Examples per property per jurisdiction come from the hypothesis profile
(HYPOTHESIS_PROFILE=ci|nightly|dev; see conftest.py).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medmal import Engine
from medmal.testing import properties
from medmal.testing.strategies import as_of_dates, cases

ENGINE = Engine()
CODES = ENGINE.registry.codes()


@pytest.mark.parametrize("check", sorted(properties.ALL_PROPERTIES))
@pytest.mark.parametrize("code", CODES)
@given(data=st.data())
def test_property(code: str, check: str, data: st.DataObject) -> None:
    currency = ENGINE.jurisdiction(code).currency
    case = data.draw(cases(code, currency=currency), label="case")
    as_of = data.draw(as_of_dates(), label="as_of")
    properties.ALL_PROPERTIES[check](ENGINE, case, as_of)


def test_every_jurisdiction_is_covered() -> None:
    assert "US-NY" in CODES
