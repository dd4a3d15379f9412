"""The columnar backend against the scalar backend (the reference), row for row."""

from __future__ import annotations

from datetime import date
from typing import Any

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medmal.case import Case
from medmal.columnar import ColumnarBackend, frame_from_rows
from medmal.columnar.inputs import list_bits
from medmal.engine import Engine
from medmal.flat import case_to_rows, output_columns, result_rows, row_to_case
from medmal.testing import strategies as mst

ENGINE = Engine()
CODES = sorted(ENGINE.jurisdictions)
_BACKENDS: dict[str, ColumnarBackend] = {}


def backend(code: str) -> ColumnarBackend:
    found = _BACKENDS.get(code)
    if found is None:
        found = _BACKENDS[code] = ColumnarBackend(ENGINE.jurisdiction(code))
    return found


def scalar_rows(rows: list[dict[str, Any]], as_of: date, kinds: list[str]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        result = ENGINE.evaluate(row_to_case(row), as_of)
        out += result_rows(result, row["case_id"], kinds)
    return out


def assert_same(code: str, rows: list[dict[str, Any]], as_of: date) -> list[dict[str, Any]]:
    columnar = backend(code)
    got = columnar.evaluate(frame_from_rows(rows), as_of)
    assert got.columns == [name for name, _ in output_columns(columnar.kinds)]
    want = scalar_rows(rows, as_of, columnar.kinds)
    assert len(got) == len(want) == len(rows)
    for row, a, b in zip(rows, got.to_dicts(), want, strict=True):
        assert a == b, (row, as_of, {k: (a[k], b[k]) for k in b if a[k] != b[k]})
    return want


@st.composite
def single_defendant_cases(draw: st.DrawFn, code: str) -> Case:
    """A generated case cut to one defendant and at most one incapacity period (a flat row)."""
    case = draw(mst.cases(code))
    update: dict[str, Any] = {"defendants": case.defendants[:1]}
    periods = case.claimant.incapacity
    if periods is not None and len(periods) > 1:
        update["claimant"] = case.claimant.model_copy(update={"incapacity": periods[:1]})
    return case.model_copy(update=update)


@pytest.mark.parametrize("code", CODES)
def test_columnar_equals_scalar_on_generated_batches(code: str) -> None:
    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(cases=st.lists(single_defendant_cases(code), min_size=1, max_size=15), as_of=mst.as_of_dates())
    def check(cases: list[Case], as_of: date) -> None:
        rows = [row for index, case in enumerate(cases) for row in case_to_rows(case, f"case-{index}")]
        assert_same(code, rows, as_of)

    check()


def _ny_row(**values: Any) -> dict[str, Any]:
    row = {
        "case_id": "edge",
        "jurisdiction": "US-NY",
        "claim_type": "personal_injury",
        "date_of_birth": date(1970, 1, 1),
        "allegations": "",
        "confirmed_absent": "claimant.incapacity;events.continuous_treatment_end;allegations",
    }
    row.update(values)
    return row


def test_month_end_and_weekend_roll_match_the_statute() -> None:
    # CPLR 214-a: 2 years 6 months; 31 August + 30 months ends on 28 February (GCL § 30),
    # and a last day on a Saturday moves to the Monday (GCL § 25-a).
    rows = [
        _ny_row(case_id="month-end", act_or_omission=date(2016, 8, 31)),
        _ny_row(case_id="saturday", act_or_omission=date(2016, 7, 5)),
    ]
    out = assert_same("US-NY", rows, date(2019, 1, 1))
    assert out[0]["limitation_date"] == date(2019, 2, 28)
    assert out[1]["limitation_date"] == date(2019, 1, 7)
    assert {r["limitation_status"] for r in out} == {"open"}
    assert out[0]["limitation_rule"] == "us-ny.limitation.cplr-214-a@2018"


LEAP_AND_MONTH_ENDS = [
    date(2012, 2, 29), date(2016, 2, 29), date(2000, 2, 29), date(2011, 8, 31), date(2013, 12, 31),
    date(2014, 1, 31), date(2017, 5, 31), date(2019, 11, 30), date(2015, 7, 30), date(2015, 7, 31),
]
HOLIDAYS = [
    date(2021, 7, 4), date(2021, 7, 5), date(2022, 12, 25), date(2022, 12, 26), date(2022, 12, 27),
    date(2017, 1, 1), date(2017, 1, 2), date(2020, 3, 19), date(2020, 11, 3), date(2020, 11, 4),
]


@pytest.mark.parametrize("code", CODES)
def test_edge_dates_match_scalar(code: str) -> None:
    """Leap days, month ends and holidays as acts, births, deaths, knowledge and as-of dates."""
    rows = []
    for index, day in enumerate(LEAP_AND_MONTH_ENDS + HOLIDAYS):
        for claim in ("personal_injury", "wrongful_death"):
            rows.append({
                "case_id": f"{index}-{claim}", "jurisdiction": code, "claim_type": claim,
                "date_of_birth": date(day.year - 17, 2, 29) if day.year % 4 == 1 else date(day.year - 10, day.month, 1),
                "act_or_omission": day, "discovery": date(day.year + 1, day.month, 1),
                "death": date(day.year + 2, 2, 28) if claim == "wrongful_death" else None,
                "public_entity": "municipal" if index % 3 == 0 else None,
                "allegations": "failure_to_diagnose_cancer" if index % 2 else "",
                "incapacity_start": day if index % 4 == 0 else None,
            })
    for as_of in (date(2019, 2, 28), date(2024, 2, 29), date(2023, 1, 2)):
        assert_same(code, rows, as_of)


def test_dates_outside_the_tabulated_span_go_to_the_scalar_backend() -> None:
    rows = [_ny_row(case_id="old", date_of_birth=date(1850, 1, 1), act_or_omission=date(1880, 6, 30))]
    rows.append(_ny_row(case_id="new", act_or_omission=date(2016, 8, 31)))
    out = assert_same("US-NY", rows, date(2019, 1, 1))
    assert out[0]["limitation_rule"] == "@"  # before CPLR 214-a was in force: no rule governs


def test_missing_columns_are_unknown() -> None:
    columnar = backend("US-NY")
    frame = frame_from_rows([_ny_row(act_or_omission=date(2016, 8, 31))]).select(
        "case_id", "jurisdiction", "claim_type", "act_or_omission"
    )
    got = columnar.evaluate(frame, date(2019, 1, 1)).to_dicts()[0]
    want = scalar_rows([{"case_id": "edge", "jurisdiction": "US-NY", "claim_type": "personal_injury",
                         "act_or_omission": date(2016, 8, 31)}], date(2019, 1, 1), columnar.kinds)[0]
    assert got == want
    assert "claimant.date_of_birth" in got["missing_facts"]


@pytest.mark.parametrize(("months", "days"), [(30, 0), (216, 0), (156, -1), (3, 15)])
def test_period_tables_equal_the_scalar_month_arithmetic(months: int, days: int) -> None:
    """The columnar period tables (polars calendar arithmetic) give exactly what
    add_months_days gives, for every day of the tabulated span: month ends, leap days."""
    from datetime import timedelta

    from medmal.calendar import add_months_days
    from medmal.columnar.dates import PERIODS, SPAN

    first, last = SPAN
    table = PERIODS.table(months, days).to_list()
    epoch = date(1970, 1, 1)
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        assert table[offset] == (add_months_days(day, months, days) - epoch).days, day


@pytest.mark.parametrize("code", CODES)
def test_roll_tables_equal_is_closed_for_every_day_of_the_span(code: str) -> None:
    """The roll tables (column arithmetic over the holiday lists) give, for every day of
    the span, the next and the previous open day that the calendar's own is_closed gives,
    and the span limits beyond which a roll goes to the scalar backend."""
    from datetime import timedelta

    from medmal.columnar.dates import SPAN, RollTables

    calendar = ENGINE.jurisdiction(code).calendar
    tables = RollTables(calendar)
    first, last = SPAN
    epoch = first.toordinal() - tables.base
    days = [first + timedelta(days=offset) for offset in range((last - first).days + 1)]
    closed = [calendar.is_closed(day) for day in days]
    forward, back = tables.forward.to_list(), tables.back.to_list()
    assert len(forward) == len(back) == len(days)
    following = None
    for index in range(len(days) - 1, -1, -1):
        following = following if closed[index] else days[index]
        if following is not None:
            assert forward[index] + epoch == following.toordinal() == calendar.next_open(days[index]).toordinal()
    preceding = None
    for index, day in enumerate(days):
        preceding = preceding if closed[index] else day
        if preceding is not None:
            assert back[index] + epoch == preceding.toordinal() == calendar.previous_open(day).toordinal()
    last_open = max(i for i, c in enumerate(closed) if not c)
    first_open = min(i for i, c in enumerate(closed) if not c)
    assert tables.forward_limit == tables.base + last_open
    assert tables.back_limit == tables.base + first_open


_LISTS = [None, [], ["events.death", "events.death"], ["not asked"], ["allegations", "events.death"], [], None, [None]]


@given(st.lists(st.sampled_from(_LISTS), max_size=40), st.integers(0, 5), st.integers(0, 40))
def test_list_bits_or_together_the_bits_of_the_items_asked_about(
    lists: list[list[str | None] | None], cut: int, length: int
) -> None:
    """Each row's bits are exactly the items ``list.contains`` would find, duplicates and
    unknown items included; a null list stays null, and slices and chunked columns agree."""
    bits = {"events.death": 1, "allegations": 2, "events.injury": 4}
    column = pl.concat(
        [pl.Series("x", lists[:cut], dtype=pl.List(pl.Utf8)), pl.Series("x", lists[cut:], dtype=pl.List(pl.Utf8))],
        rechunk=False,
    ).slice(0, length)
    got = list_bits(column, bits).to_list()
    want = [
        None if items is None else sum(bit for item, bit in bits.items() if item in items)
        for items in column.to_list()
    ]
    assert got == want
