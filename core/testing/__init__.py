"""medmal.testing: the test kit for jurisdiction and plugin authors.

* :mod:`medmal.testing.strategies` - hypothesis strategies building valid cases;
* :mod:`medmal.testing.properties` - the plugin contract's properties as plain checks;
* :mod:`medmal.testing.golden` - hand-computed golden examples (``Jurisdiction.examples``);
* :mod:`medmal.testing.plugin` - pytest helpers to import into a ``conftest.py``.

Needs the ``test`` extra (``pip install medmal[test]``): hypothesis and pytest.
"""

from __future__ import annotations

from . import golden, properties, strategies
from .golden import Example, check_example, golden_params, load_examples
from .properties import (
    ALL_PROPERTIES,
    PropertyViolation,
    check_caps_never_raise,
    check_determinism,
    check_later_filing_never_cures,
    check_missing_fact_is_earliest,
    check_never_raises,
    check_tolling_never_shortens,
    check_well_formed,
    replace_facts,
)
from .strategies import as_of_dates, cases, claimants, dates, defendants, events

__all__ = [
    "ALL_PROPERTIES",
    "Example",
    "PropertyViolation",
    "as_of_dates",
    "cases",
    "check_caps_never_raise",
    "check_determinism",
    "check_example",
    "check_later_filing_never_cures",
    "check_missing_fact_is_earliest",
    "check_never_raises",
    "check_tolling_never_shortens",
    "check_well_formed",
    "claimants",
    "dates",
    "defendants",
    "events",
    "golden",
    "golden_params",
    "load_examples",
    "properties",
    "replace_facts",
    "strategies",
]
