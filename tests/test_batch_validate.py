"""The vectorised batch validator agrees with ``row_to_case`` row by row.

On generated rows - valid ones and deliberately broken ones (bad dates, unknown choices,
negative amounts, fault outside [0, 1], events out of order, impossible
``confirmed_absent`` paths, unknown jurisdictions) - the validator rejects a row exactly
when :func:`medmal.flat.row_to_case` plus the engine's jurisdiction lookup rejects it, and
names the same columns.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medmal import Engine
from medmal.batch.columns import INPUT_SCHEMA
from medmal.batch.scalar import row_problems
from medmal.batch.validate import validate
from medmal.flat import FLAT_COLUMNS


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


BAD_DATES = ["2021-02-30", "2021-13-01", "not a date", "2021-1-05", " 2021-01-01", "01/02/2021", "2021-00-10"]
BAD_NUMBERS = ["-1", "abc", "nan", "-0.5", "1,5"]
#: confirmed_absent paths: case fields (valid unless the row has a value there) ...
PATHS = [
    "events.continuous_treatment_end",
    "events.death",
    "events.injury",
    "events.discovery",
    "allegations",
    "damages",
    "damages.future_economic",
    "claimant.incapacity",
    "claimant.date_of_birth",
    "claimant_fault",
    "procedure.complaint_filed",
]
# ... and paths that are never right
BAD_PATHS = ["damages.economic", "jurisdiction", "events.nope", "defendants.0", "claimant", "events.injury.year"]
CHOICES: dict[str, list[Any]] = {
    "jurisdiction": ["US-NY", "GB-ENG", "gb-wls", " us-ny ", "GB-NIR"],
    "claim_type": ["personal_injury", "wrongful_death"],
    "defendant_kind": ["physician", "hospital", "other_provider", ""],
    "public_entity": ["", "municipal", "state", "federal"],
    "currency": ["USD", "GBP", " EUR "],
    "allegations": ["", "foreign_object", "failure_to_diagnose_cancer; birth_injury", ";"],
    "defendant_name": ["", "Dr A"],
    "case_id": ["c-1", "", " x "],
}
BAD_CHOICES: dict[str, list[Any]] = {
    "jurisdiction": ["XX-YY", "x", "  ", None],
    "claim_type": ["pi", " personal_injury", None],
    "defendant_kind": ["surgeon", " hospital"],
    "public_entity": ["State", "city"],
    "currency": ["usd", "US", "EURO"],
}
_ANCHOR = date(2015, 1, 1)


def _valid_cell(name: str) -> st.SearchStrategy[Any]:
    kind = FLAT_COLUMNS[name].type
    if name in CHOICES:
        return st.sampled_from(CHOICES[name])
    if name == "confirmed_absent":
        return st.lists(st.sampled_from(PATHS), max_size=3).map(";".join)
    if name == "claimant_fault":
        return st.one_of(st.sampled_from(["0", "1", "0.25", " 0.5 "]), st.floats(0, 1).map(repr))
    if kind == "date":  # days around one anchor, so events fall out of order now and then
        return st.integers(-9000, 6000).map(lambda days: (_ANCHOR + timedelta(days=days)).isoformat())
    return st.one_of(st.integers(0, 10**6).map(str), st.floats(0, 1e6).map(repr), st.just(" 5 "))


def _broken_cell(name: str) -> st.SearchStrategy[Any]:
    kind = FLAT_COLUMNS[name].type
    if name in BAD_CHOICES:
        return st.sampled_from(BAD_CHOICES[name])
    if name == "confirmed_absent":
        return st.lists(st.sampled_from(PATHS + BAD_PATHS), min_size=1, max_size=3).map(";".join)
    if name == "claimant_fault":
        return st.sampled_from(["1.5", "-0.1", "abc", "nan"])
    if kind == "date":
        return st.sampled_from(BAD_DATES)
    if kind == "float":
        return st.sampled_from(BAD_NUMBERS)
    return _valid_cell(name)


@st.composite
def text_rows(draw: st.DrawFn, broken: bool = True) -> dict[str, Any]:
    """A row as a CSV file gives it (every cell text or missing): jurisdiction and claim type,
    a few other cells, and - when ``broken`` - up to three cells deliberately wrong."""
    row: dict[str, Any] = dict.fromkeys(FLAT_COLUMNS)
    for name in FLAT_COLUMNS:
        if name in ("jurisdiction", "claim_type") or draw(st.integers(0, 4)) == 0:
            row[name] = draw(_valid_cell(name))
    if broken:
        for name in draw(st.lists(st.sampled_from(list(FLAT_COLUMNS)), max_size=3)):
            row[name] = draw(_broken_cell(name))
    return row


def _agreement(engine: Engine, rows: list[dict[str, Any]], frame: pl.DataFrame) -> None:
    validated = validate(frame, engine.registry)
    fields: dict[int, set[str]] = {}
    for number, name in validated.problems.select("row", "field").iter_rows():
        fields.setdefault(number, set()).add(name)
    for number, row in enumerate(rows, start=1):
        expected = {name for name, _ in row_problems(row, engine)}
        assert fields.get(number, set()) == expected, (row, validated.problems.filter(pl.col("row") == number))
    assert validated.valid.height == len(rows) - len(fields)


# Each example validates a whole frame (a fixed cost of some tens of milliseconds), so fewer,
# larger examples cover as many rows as the profile asks for.
EXAMPLES = max(10, settings.default.max_examples // 4)


@settings(max_examples=EXAMPLES)
@given(rows=st.lists(text_rows(), min_size=1, max_size=60))
def test_text_rows_rejected_exactly_when_the_case_model_rejects_them(engine: Engine, rows: list[dict[str, Any]]) -> None:
    frame = pl.DataFrame(rows, schema=dict.fromkeys(FLAT_COLUMNS, pl.String()), orient="row")
    _agreement(engine, rows, frame)


def _typed(row: dict[str, Any]) -> dict[str, Any]:
    """The same row as a Parquet file holds it: dates, floats and lists typed."""
    out: dict[str, Any] = {}
    for name, value in row.items():
        kind = FLAT_COLUMNS[name].type
        if value is None or kind == "str":
            out[name] = value
        elif kind == "date":
            out[name] = date.fromisoformat(value)
        elif kind == "float":
            out[name] = float(value)
        else:
            out[name] = [part.strip() for part in value.split(";") if part.strip()] if value.strip() else None
    return out


@settings(max_examples=EXAMPLES)
@given(rows=st.lists(text_rows(broken=False), min_size=1, max_size=60))
def test_typed_rows_rejected_exactly_when_the_case_model_rejects_them(engine: Engine, rows: list[dict[str, Any]]) -> None:
    typed = [_typed(row) for row in rows]
    frame = pl.DataFrame(typed, schema=INPUT_SCHEMA, orient="row")
    _agreement(engine, typed, frame)


def test_problems_name_the_column_and_say_why(engine: Engine) -> None:
    rows = [
        {"case_id": "a", "jurisdiction": "US-NY", "claim_type": "personal_injury", "date_of_birth": "2021-01-01",
         "injury": "2020-05-01"},
        {"case_id": "b", "jurisdiction": "US-NY", "claim_type": "pi", "act_or_omission": "2020-02-30", "economic": "-1"},
        {"case_id": "c", "jurisdiction": "ZZ", "claim_type": "personal_injury"},
        {"case_id": "d", "jurisdiction": "US-NY", "claim_type": "personal_injury", "incapacity_end": "2020-01-01"},
        {"case_id": "e", "jurisdiction": "US-NY", "claim_type": "personal_injury", "economic": "5",
         "future_economic": "7"},
        {"case_id": "f", "jurisdiction": "gb-wls", "claim_type": "personal_injury"},
    ]
    frame = pl.DataFrame(rows, schema=dict.fromkeys(FLAT_COLUMNS, pl.String()), orient="row")
    validated = validate(frame, engine.registry, first_row=10)
    assert validated.problems.rows() == [
        (10, "a", "injury", "2020-05-01 is before the claimant's date_of_birth 2021-01-01"),
        (11, "b", "act_or_omission", "'2020-02-30' is not a valid date (use YYYY-MM-DD)"),
        (11, "b", "claim_type", "'pi' is not one of personal_injury, wrongful_death"),
        (11, "b", "economic", "must be 0 or more (got -1.0)"),
        (12, "c", "jurisdiction", f"'ZZ' is not a registered jurisdiction (known: {', '.join(sorted(engine.registry.codes()))})"),
        (13, "d", "incapacity_end", "is set without incapacity_start"),
        (14, "e", "future_economic", "is larger than economic"),
    ]
    # the alias is accepted; the backend sees the registered code and the default defendant kind
    assert validated.valid.select("__row", "jurisdiction", "defendant_kind").rows() == [(15, "GB-ENG", "physician")]
