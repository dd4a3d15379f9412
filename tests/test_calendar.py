"""Counting time: month arithmetic and the court calendars the law defines."""

from __future__ import annotations

from datetime import date

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from medmal.calendar import NEVER, HolidayBlocks, Period, add_months_days, add_period
from medmal.jurisdictions.us_ny.calendar import NEW_YORK_CALENDAR, gcl_24_holidays


@given(
    start=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
    months=st.integers(min_value=-600, max_value=600),
    days=st.integers(min_value=-400, max_value=400),
)
def test_month_arithmetic_matches_dateutil(start: date, months: int, days: int) -> None:
    """The engine's own month arithmetic is python-dateutil's, clamped at month ends."""
    expected = start + relativedelta(months=months, days=days)
    assert add_months_days(start, months, days) == expected


@pytest.mark.parametrize(
    ("start", "period", "expected"),
    [
        # NY GCL § 30 worked examples (reference note §1.11-1.12).
        (date(2021, 3, 15), Period(years=2, months=6), date(2023, 9, 15)),
        (date(2021, 8, 31), Period(years=2, months=6), date(2024, 2, 29)),
        (date(2022, 8, 31), Period(years=2, months=6), date(2025, 2, 28)),
        (date(2023, 8, 31), Period(months=6), date(2024, 2, 29)),
        # GML 50-i: one year, then ninety days (Decicco v City of Syracuse).
        (date(2023, 4, 3), Period(years=1, days=90), date(2024, 7, 2)),
        # A leap-day birthday reaches the 28 February in common years.
        (date(2004, 2, 29), Period(years=18), date(2022, 2, 28)),
    ],
)
def test_statutory_periods(start: date, period: Period, expected: date) -> None:
    assert add_period(start, period) == expected


def test_never_stays_never() -> None:
    assert add_period(NEVER, Period(years=3)) == NEVER
    assert add_months_days(date(9999, 6, 1), 12, 0) == NEVER


def test_gcl_24_moves_sunday_holidays_to_monday_only() -> None:
    """GCL § 24: 'if any of such days except Flag day is Sunday, the next day thereafter'."""
    days_2023 = gcl_24_holidays(2023)
    assert date(2023, 1, 2) in days_2023  # New Year's Day 2023 was a Sunday
    assert date(2023, 2, 13) in days_2023  # Lincoln's Birthday on Sunday 12 Feb
    # No Saturday-to-Friday rule: Veterans Day on Saturday 11 Nov 2023 stays put.
    assert date(2023, 11, 11) in days_2023
    assert date(2023, 11, 10) not in days_2023


def test_gcl_24_is_not_the_packages_new_york_list() -> None:
    """The holidays package lists Susan B. Anthony Day for New York; § 24 does not."""
    assert date(2023, 2, 15) not in gcl_24_holidays(2023)
    assert not NEW_YORK_CALENDAR.is_closed(date(2023, 2, 15))


def test_gcl_24_lists_election_day_and_juneteenth_from_2021() -> None:
    assert date(2023, 11, 7) in gcl_24_holidays(2023)  # general election day
    assert date(2022, 6, 20) in gcl_24_holidays(2022)  # Juneteenth on Sunday -> Monday
    assert date(2020, 6, 19) not in gcl_24_holidays(2020)  # before L.2020 ch. 249


def test_new_york_rolls_forward_over_weekends_and_holidays() -> None:
    # GCL § 25-a: 2025-09-13 is a Saturday -> Monday 2025-09-15 (reference example 3).
    assert NEW_YORK_CALENDAR.next_open(date(2025, 9, 13)) == date(2025, 9, 15)
    # Sunday 2024-09-01, then Labor Day Monday 2024-09-02 -> Tuesday.
    assert NEW_YORK_CALENDAR.next_open(date(2024, 9, 1)) == date(2024, 9, 3)
    assert NEW_YORK_CALENDAR.previous_open(date(2024, 9, 2)) == date(2024, 8, 30)
    assert NEW_YORK_CALENDAR.closed_reason(date(2024, 9, 2)) == "Labor Day"


_LISTINGS = [
    "medmal.jurisdictions.gb_eng.calendar",
    "medmal.jurisdictions.us_ca.calendar",
    "medmal.jurisdictions.us_fl.calendar",
    "medmal.jurisdictions.us_il.calendar",
    "medmal.jurisdictions.us_nj.calendar",
    "medmal.jurisdictions.us_ny.calendar",
    "medmal.jurisdictions.us_pa.calendar",
    "medmal.jurisdictions.us_tx.calendar",
    "medmal.plugins.ftca.calendar",
]


@pytest.mark.parametrize("module", _LISTINGS)
def test_holiday_blocks_give_each_year_what_the_package_lists_for_that_year_alone(module: str) -> None:
    """Building the listing decades at a time changes no day of any year the columnar
    tables cover (1900-2150): each year is exactly the package's one-year listing."""
    import importlib

    blocks = importlib.import_module(module)._LISTING
    fresh = HolidayBlocks(blocks.listing)
    for year in range(1900, 2151):
        alone = dict(blocks.listing(range(year, year + 1)))
        assert fresh(year) == alone, (module, year, set(fresh(year).items()) ^ set(alone.items()))


def test_holiday_blocks_hand_out_copies() -> None:
    blocks = HolidayBlocks(lambda years: {date(y, 1, 1): "New Year" for y in years})
    first = blocks(2030)
    first[date(2030, 5, 5)] = "changed by the caller"
    assert blocks(2030) == {date(2030, 1, 1): "New Year"}
    assert blocks(1999) == {date(1999, 1, 1): "New Year"}  # another block
