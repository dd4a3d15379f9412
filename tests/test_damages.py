"""Damages arithmetic: fee schedules and comparative-fault regimes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medmal.damages import _fault_factor, fee_limit
from medmal.rules import DamagesRule

JUDICIARY_LAW_474A = ((250_000, 0.30), (500_000, 0.25), (1_000_000, 0.20), (1_250_000, 0.15), (None, 0.10))


def fee_by_slices(recovery: float, slices: tuple[tuple[float | None, float], ...]) -> float:
    """The schedule read literally: each slice of the recovery at its own rate."""
    fee, lower = 0.0, 0.0
    for upper, rate in slices:
        top = recovery if upper is None else min(recovery, upper)
        fee += max(0.0, top - lower) * rate
        if upper is None:
            break
        lower = upper
    return round(fee, 2)


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False))
def test_fee_limit_is_the_schedule_read_slice_by_slice(recovery: float) -> None:
    assert fee_limit(recovery, JUDICIARY_LAW_474A) == pytest.approx(fee_by_slices(recovery, JUDICIARY_LAW_474A), abs=0.011)


@pytest.mark.parametrize(
    ("recovery", "fee"),
    [(250_000, 75_000), (500_000, 137_500), (1_000_000, 237_500), (1_250_000, 275_000), (2_000_000, 350_000)],
)
def test_judiciary_law_474a_worked_figures(recovery: float, fee: float) -> None:
    # 30% of the first $250,000, 25% of the next $250,000, 20% of the next $500,000,
    # 15% of the next $250,000, 10% above $1,250,000.
    assert fee_limit(recovery, JUDICIARY_LAW_474A) == fee


def _fault(regime: str, threshold: float | None = None) -> DamagesRule:
    return DamagesRule(id="t", version="1", title="t", citation="t", effect="fault", regime=regime, threshold=threshold)


@pytest.mark.parametrize(
    ("regime", "threshold", "share", "factor"),
    [
        ("pure", None, 0.25, 0.75),
        ("pure", None, 0.9, pytest.approx(0.1)),
        ("bar_above", 0.5, 0.5, 0.5),  # Texas: barred only when more than 50% at fault
        ("bar_above", 0.5, 0.51, 0.0),
        ("bar_at", 0.5, 0.5, 0.0),
        ("contributory", None, 0.01, 0.0),
        ("apportioned", None, 0.2, 0.8),
    ],
)
def test_fault_regimes(regime: str, threshold: float | None, share: float, factor: float) -> None:
    assert _fault_factor(_fault(regime, threshold), share) == factor
