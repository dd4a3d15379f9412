"""Pytest helpers a jurisdiction author can import into a ``conftest.py``.

medmal does not register a pytest plugin of its own (nothing runs unless asked). To use
these, write in your ``conftest.py``::

    from medmal.testing.plugin import medmal_engine, register_profiles  # noqa: F401

    register_profiles()

and then, in a test module::

    from medmal.testing.plugin import property_tests
    test_my_jurisdiction = property_tests("XX-YY")
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ..engine import Engine
from . import properties
from .strategies import as_of_dates, cases

__all__ = ["PROFILES", "medmal_engine", "property_tests", "register_profiles"]

#: Hypothesis profiles: examples per property per jurisdiction.
PROFILES = {"ci": 150, "nightly": 2000, "dev": 25}


def register_profiles(default: str = "ci") -> str:
    """Register the ``ci``/``nightly``/``dev`` hypothesis profiles and load the one named
    by ``HYPOTHESIS_PROFILE`` (default ``default``). Returns the loaded profile's name."""
    for name, examples in PROFILES.items():
        settings.register_profile(
            name,
            max_examples=examples,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        )
    chosen = os.environ.get("HYPOTHESIS_PROFILE", default)
    settings.load_profile(chosen)
    return chosen


@pytest.fixture(scope="session")
def medmal_engine() -> Engine:
    """One engine with every installed plugin, shared by the session."""
    return Engine()


def property_tests(
    code: str,
    *,
    engine: Engine | None = None,
    checks: Iterable[str] | None = None,
    currency: str | None = None,
) -> Callable[..., None]:
    """A pytest test function running the contract properties (all, or ``checks``) for
    jurisdiction ``code`` under hypothesis; assign it to a ``test_*`` name."""
    chosen = list(checks or properties.ALL_PROPERTIES)
    used = engine or Engine()
    money = currency or used.jurisdiction(code).currency

    @pytest.mark.parametrize("check", chosen)
    @given(data=st.data())
    def run(check: str, data: st.DataObject) -> None:
        case = data.draw(cases(code, currency=money), label="case")
        as_of: date = data.draw(as_of_dates(), label="as_of")
        properties.ALL_PROPERTIES[check](used, case, as_of)

    return run
