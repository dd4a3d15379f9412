"""``medmal batch`` end to end: formats, golden dates, nothing lost, atomic output, summary, CLI."""

from __future__ import annotations

import contextlib
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from typer.testing import CliRunner

from medmal import Case, Engine
from medmal.batch import run_batch
from medmal.batch import runner as batch_runner
from medmal.batch.allocator import BATCH_ALLOCATOR, JEMALLOC_VARIABLE, POLARS_DEFAULT
from medmal.batch.chunk import columnar_available
from medmal.batch.columns import INPUT_SCHEMA, all_deadline_kinds, output_schema
from medmal.batch.summary import EXPIRING
from medmal.cli import app
from medmal.flat import FLAT_COLUMNS, case_to_rows, result_rows, row_to_case
from medmal.testing.golden import load_examples

AS_OF = date(2026, 6, 1)
FORMATS = ("csv", "jsonl", "parquet")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def golden_rows(engine: Engine) -> list[tuple[dict[str, Any], Any]]:
    """Every single-defendant golden example as a flat row, with its expected limitation date.

    ``[]`` (known none) comes out of ``case_to_rows`` as a ``confirmed_absent`` path.
    """
    found = []
    for code in engine.registry.codes():
        path = engine.jurisdiction(code).examples
        for example in load_examples(path) if path else []:
            case = Case.model_validate(example.case)
            if len(case.defendants) != 1 or (case.claimant.incapacity and len(case.claimant.incapacity) > 1):
                continue
            (row,) = case_to_rows(case, case_id=f"{code}:{example.name}")
            want = [e for e in example.expect if e.get("kind") == "limitation"]
            found.append((row, want[0].get("date", "-") if len(want) == 1 else "-"))
    return found


BROKEN = [
    {"case_id": "bad-date", "jurisdiction": "US-NY", "claim_type": "personal_injury", "act_or_omission": "2021-02-30"},
    {"case_id": "bad-kind", "jurisdiction": "US-NY", "claim_type": "personal_injury", "defendant_kind": "surgeon"},
    {"case_id": "unknown-place", "jurisdiction": "XX-YY", "claim_type": "personal_injury"},
    {"case_id": "born-late", "jurisdiction": "GB-ENG", "claim_type": "personal_injury", "date_of_birth": "2020-01-01",
     "injury": "2019-01-01"},
]


def _text(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else (None if value is None else str(value))


def write_rows(rows: list[dict[str, Any]], path: Path) -> None:
    """``rows`` in the file format of ``path``: CSV text, JSON Lines objects, typed Parquet."""
    text = [{name: _text(row.get(name)) for name in FLAT_COLUMNS} for row in rows]
    if path.suffix == ".csv":
        pl.DataFrame(text, schema=dict.fromkeys(FLAT_COLUMNS, pl.String()), orient="row").write_csv(path)
    elif path.suffix == ".jsonl":
        path.write_text("".join(json.dumps({k: v for k, v in row.items() if v is not None}) + "\n" for row in text))
    else:
        frame = pl.DataFrame(text, schema=dict.fromkeys(FLAT_COLUMNS, pl.String()), orient="row")
        for name, dtype in INPUT_SCHEMA.items():  # typed where every cell allows it, else left as text
            column = pl.col(name)
            if dtype == pl.List(pl.String):
                typed = pl.when(column.str.strip_chars() != "").then(column.str.split(";"))
            elif dtype == pl.Date:
                typed = column.str.to_date("%Y-%m-%d")
            else:
                typed = column.cast(dtype)
            with contextlib.suppress(pl.exceptions.PolarsError):
                frame = frame.with_columns(typed)
        frame.write_parquet(path)


def read_file(path: Path) -> pl.DataFrame:
    if path.suffix == ".csv":
        return pl.read_csv(path, infer_schema=False)
    if path.suffix == ".jsonl":
        return pl.read_ndjson(path, infer_schema_length=None) if path.stat().st_size else pl.DataFrame()
    return pl.read_parquet(path)


def as_text(frame: pl.DataFrame) -> list[dict[str, Any]]:
    return frame.select(pl.all().cast(pl.String)).to_dicts()


@pytest.mark.parametrize("out_fmt", FORMATS)
@pytest.mark.parametrize("in_fmt", FORMATS)
def test_every_format_matches_the_engine_and_the_golden_dates(
    engine: Engine, tmp_path: Path, in_fmt: str, out_fmt: str
) -> None:
    golden = golden_rows(engine)
    assert len(golden) >= 10
    rows = [row for row, _ in golden] + BROKEN
    source, target = tmp_path / f"in.{in_fmt}", tmp_path / f"out.{out_fmt}"
    write_rows(rows, source)
    summary = run_batch(source, target, as_of=AS_OF, backend="scalar", engine=engine, chunk_size=7)

    kinds = all_deadline_kinds(engine.registry)
    expected = []
    for row, _ in golden:
        out = result_rows(engine.evaluate(row_to_case(row), AS_OF), row["case_id"], kinds)[0]
        expected.append(out)
    want = pl.DataFrame(expected, schema=output_schema(kinds), orient="row")
    got = read_file(target)
    assert as_text(got) == as_text(want)  # every valid row, in input order, as the engine gives it
    for (row, date_wanted), line in zip(golden, got.iter_rows(named=True), strict=False):
        if date_wanted != "-":
            assert str(line["limitation_date"]) == str(date_wanted), row["case_id"]

    errors = read_file(tmp_path / "out.errors.csv")
    assert errors.get_column("case_id").to_list() == [row["case_id"] for row in BROKEN]
    assert errors.get_column("field").to_list() == ["act_or_omission", "defendant_kind", "jurisdiction", "injury"]
    assert errors.get_column("row").cast(pl.Int64).to_list() == list(range(len(golden) + 1, len(rows) + 1))
    assert (summary.rows_in, summary.rows_out, summary.rows_with_errors) == (len(rows), len(golden), len(BROKEN))


def test_rows_in_equal_rows_out_plus_rows_in_errors_when_the_engine_raises(tmp_path: Path) -> None:
    class Fragile(Engine):
        def evaluate(self, case: Any, as_of: date | None = None, *, trace: bool = True) -> Any:
            if case.defendants[0].name == "boom":
                raise ZeroDivisionError("a rule divided by zero")
            return super().evaluate(case, as_of, trace=trace)

    rows = [
        {"case_id": f"c{i}", "jurisdiction": "US-NY", "claim_type": "personal_injury", "act_or_omission": "2020-01-01"}
        for i in range(5)
    ]
    rows[2]["case_id"] = "boom"
    rows[3]["claim_type"] = "nonsense"
    write_rows(rows, tmp_path / "in.csv")
    summary = run_batch(tmp_path / "in.csv", tmp_path / "out.csv", as_of=AS_OF, backend="scalar", engine=Fragile())
    out, errors = read_file(tmp_path / "out.csv"), read_file(tmp_path / "out.errors.csv")
    assert out.get_column("case_id").to_list() == ["c0", "c1", "c4"]
    assert errors.select("row", "case_id", "field").rows() == [("3", "boom", "case"), ("4", "c3", "claim_type")]
    assert "ZeroDivisionError: a rule divided by zero" in errors.get_column("message")[0]
    assert summary.rows_in == summary.rows_out + summary.rows_with_errors == 5


@pytest.mark.parametrize("failure", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_a_failure_mid_run_leaves_nothing_behind(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:
    rows = [{"case_id": f"c{i}", "jurisdiction": "US-NY", "claim_type": "personal_injury"} for i in range(10)]
    write_rows(rows, tmp_path / "in.jsonl")
    real = batch_runner.evaluate_chunk
    calls = []

    def failing(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 3:  # two chunks are already written to the temporary files
            raise failure
        return real(*args, **kwargs)

    monkeypatch.setattr(batch_runner, "evaluate_chunk", failing)
    with pytest.raises(type(failure)):
        run_batch(tmp_path / "in.jsonl", tmp_path / "out.parquet", as_of=AS_OF, backend="scalar", engine=engine,
                  chunk_size=3)
    assert len(calls) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_summary_counts_statuses_and_claims_expiring_within_90_days(engine: Engine, tmp_path: Path) -> None:
    def ny(case_id: str, act: date) -> dict[str, Any]:
        return {
            "case_id": case_id, "jurisdiction": "US-NY", "claim_type": "personal_injury",
            "date_of_birth": date(1970, 1, 1), "act_or_omission": act, "allegations": "wrong_site_surgery",
            "confirmed_absent": "claimant.incapacity;events.continuous_treatment_end",
        }

    # CPLR 214-a: 2 years 6 months from the act (rolled to a business day)
    rows = [
        ny("soon", AS_OF - timedelta(days=900)),  # 2y6m later is about 2026-07-20: within 90 days
        ny("later", AS_OF - timedelta(days=600)),
        ny("gone", date(2015, 1, 5)),
        {"case_id": "eng", "jurisdiction": "GB-ENG", "claim_type": "personal_injury", "act_or_omission": "2016-02-01"},
    ]
    write_rows(rows, tmp_path / "in.parquet")
    summary = run_batch(tmp_path / "in.parquet", tmp_path / "out.parquet", as_of=AS_OF, backend="scalar",
                        engine=engine)
    out = read_file(tmp_path / "out.parquet")
    statuses = dict(zip(out.get_column("case_id"), out.get_column("limitation_status"), strict=True))
    assert statuses["soon"] == statuses["later"] == "open" and statuses["gone"] == "expired"
    within = pl.col("limitation_date").is_between(AS_OF, AS_OF + timedelta(days=90))
    soon = out.filter(within).get_column("case_id").to_list()
    assert soon == ["soon"]
    ny_counts = summary.by_jurisdiction["US-NY"]
    assert ny_counts == {"open": 2, "expired": 1, EXPIRING: 1}
    assert sum(summary.by_jurisdiction["GB-ENG"].values()) == 1
    text = summary.render()
    assert "US-NY" in text and "expires within 90 days" in text and "4 rows read" in text


def test_cli_batch_writes_output_and_prints_the_summary(tmp_path: Path) -> None:
    rows = [{"case_id": "a", "jurisdiction": "US-NY", "claim_type": "personal_injury", "act_or_omission": "2024-01-10"}]
    write_rows(rows, tmp_path / "in.csv")
    result = CliRunner().invoke(
        app, ["batch", str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.jsonl"), "--as-of", "2026-06-01",
              "--backend", "scalar", "--errors", str(tmp_path / "problems.parquet")],
    )
    assert result.exit_code == 0, result.output
    assert "1 rows read" in result.output and "US-NY" in result.output
    assert "\r" not in result.output  # no progress bar when not on a terminal
    (line,) = read_file(tmp_path / "out.jsonl").to_dicts()
    assert line["case_id"] == "a" and line["limitation_date"] == "2026-07-10"
    assert read_file(tmp_path / "problems.parquet").height == 0


def test_cli_unknown_column_is_an_error_for_the_whole_file(tmp_path: Path) -> None:
    (tmp_path / "in.csv").write_text("case_id,jurisdiction,claim_type,dob\na,US-NY,personal_injury,1980-01-01\n")
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.csv")])
    assert result.exit_code == 2
    assert "error: columns: 'dob' is not a batch column" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_cli_bad_arguments_exit_2(tmp_path: Path) -> None:
    write_rows([{"case_id": "a", "jurisdiction": "US-NY", "claim_type": "personal_injury"}], tmp_path / "in.csv")
    runner = CliRunner()
    cases = [
        (["-o", str(tmp_path / "out.xlsx")], "OUTPUT: out.xlsx: the format comes from the extension"),
        (["-o", str(tmp_path / "out.csv"), "--as-of", "2026-13-01"], "--as-of"),
        (["-o", str(tmp_path / "out.csv"), "--backend", "rete"], "--backend"),
        (["-o", str(tmp_path / "out.csv"), "--chunk-size", "0"], "--chunk-size: must be at least 1"),
    ]
    for args, message in cases:
        result = runner.invoke(app, ["batch", str(tmp_path / "in.csv"), *args])
        assert result.exit_code == 2, (args, result.output)
        assert message in result.output


@pytest.mark.skipif(columnar_available(), reason="the columnar backend is installed here")
def test_cli_columnar_backend_missing_is_a_clear_error(tmp_path: Path) -> None:
    write_rows([{"case_id": "a", "jurisdiction": "US-NY", "claim_type": "personal_injury"}], tmp_path / "in.csv")
    result = CliRunner().invoke(
        app, ["batch", str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.csv"), "--backend", "columnar"]
    )
    assert result.exit_code == 2
    assert "columnar backend (medmal.columnar) is not installed" in result.output


def test_jsonl_lines_that_are_not_objects_go_to_the_errors_file(engine: Engine, tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text(
        '{"case_id": "a", "jurisdiction": "US-NY", "claim_type": "personal_injury", "allegations": ["foreign_object"]}\n'
        "{not json\n"
        "\n"
        '{"case_id": 7, "jurisdiction": "US-NY", "claim_type": "wrongful_death", "death": "2024-01-01",'
        ' "economic": 1000, "allegations": "birth_injury; medication_error"}\n'
    )
    summary = run_batch(tmp_path / "in.jsonl", tmp_path / "out.csv", as_of=AS_OF, backend="scalar", engine=engine)
    assert read_file(tmp_path / "out.csv").get_column("case_id").to_list() == ["a", "7"]
    errors = read_file(tmp_path / "out.errors.csv")
    assert errors.select("row", "field").rows() == [("2", "row")]
    assert errors.get_column("message")[0].startswith("is not valid JSON")
    assert (summary.rows_in, summary.rows_out, summary.rows_with_errors) == (3, 2, 1)


def test_readme_column_table_is_generated_from_the_flat_columns() -> None:
    from medmal.batch.columns import column_table

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- batch-columns:")
    block = readme[readme.index("\n", start) + 1 : readme.index("<!-- /batch-columns -->")]
    assert block.strip() == column_table()


class _FakeColumnar:
    """Stands in for medmal.columnar to test the runner's side of the interface: a frame of
    valid rows of one jurisdiction in, its output columns out (here: scalar results)."""

    calls: list[int] = []  # noqa: RUF012 - shared by the instances of one test
    fail = False

    def __init__(self, jurisdiction: Any) -> None:
        self.code = jurisdiction.code
        self.engine = Engine()
        self.kinds = {rule.kind for rule in jurisdiction.deadline_rules}

    def evaluate(self, frame: pl.DataFrame, as_of: date) -> pl.DataFrame:
        assert frame.schema == pl.Schema(INPUT_SCHEMA) and set(frame.get_column("jurisdiction")) == {self.code}
        self.calls.append(frame.height)
        if self.fail:
            raise ArithmeticError("vectorised rule broke")
        rows = [result_rows(self.engine.evaluate(row_to_case(row), as_of), row["case_id"], self.kinds)[0]
                for row in frame.iter_rows(named=True)]
        return pl.DataFrame(rows, schema=output_schema(self.kinds), orient="row")


@pytest.mark.parametrize("fail", [False, True])
def test_columnar_interface_and_scalar_fallback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail: bool) -> None:
    import types

    module = types.ModuleType("medmal.columnar")
    module.ColumnarBackend = type("ColumnarBackend", (_FakeColumnar,), {"calls": [], "fail": fail})  # type: ignore[attr-defined]
    monkeypatch.setitem(__import__("sys").modules, "medmal.columnar", module)
    rows = [{"case_id": f"c{i}", "jurisdiction": ("US-NY", "GB-ENG")[i % 2], "claim_type": "personal_injury",
             "act_or_omission": date(2020, 1, 1) + timedelta(days=40 * i)} for i in range(8)]
    rows.append({"case_id": "bad", "jurisdiction": "US-NY", "claim_type": "?"})
    write_rows(rows, tmp_path / "in.parquet")
    summary = run_batch(tmp_path / "in.parquet", tmp_path / "col.parquet", as_of=AS_OF, engine=Engine(), chunk_size=5)
    assert summary.backend == "columnar"
    # Per chunk, per jurisdiction, valid rows: [3, 2] then [2, 1]. Chunks are evaluated by two
    # threads at once, so the calls of the two chunks may interleave.
    assert sorted(module.ColumnarBackend.calls) == [1, 2, 2, 3]
    assert bool(summary.fallbacks) == fail and all("ArithmeticError" in note for note in summary.fallbacks)
    run_batch(tmp_path / "in.parquet", tmp_path / "sca.parquet", as_of=AS_OF, backend="scalar", engine=Engine())
    assert pl.read_parquet(tmp_path / "col.parquet").equals(pl.read_parquet(tmp_path / "sca.parquet"))
    assert summary.rows_out == 8 and summary.rows_with_errors == 1


def test_progress_bar_only_when_asked_or_on_a_terminal(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_rows([{"case_id": "a", "jurisdiction": "US-NY", "claim_type": "personal_injury"}], tmp_path / "in.csv")
    run_batch(tmp_path / "in.csv", tmp_path / "quiet.csv", as_of=AS_OF, backend="scalar", engine=engine)
    assert capsys.readouterr().err == ""  # standard error is not a terminal here
    run_batch(tmp_path / "in.csv", tmp_path / "shown.csv", as_of=AS_OF, backend="scalar", engine=engine, progress=True)
    assert "medmal batch" in capsys.readouterr().err


def _book(engine: Engine) -> list[dict[str, Any]]:
    """The golden rows of every jurisdiction, then the broken ones, shuffled together (seeded)."""
    import random

    rows = [row for row, _ in golden_rows(engine)] + BROKEN
    random.Random(7).shuffle(rows)
    return rows


@pytest.mark.skipif(not columnar_available(), reason="the columnar backend is not installed here")
def test_chunks_evaluated_by_threads_give_the_files_of_one_thread(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Columnar chunks are evaluated two at a time; the output, errors file and summary are
    those of evaluating them one after another, in input order."""
    write_rows(_book(engine), tmp_path / "in.parquet")
    threaded = run_batch(tmp_path / "in.parquet", tmp_path / "two.parquet", as_of=AS_OF, engine=engine, chunk_size=7)
    monkeypatch.setattr(batch_runner, "THREADS", 1)
    single = run_batch(tmp_path / "in.parquet", tmp_path / "one.parquet", as_of=AS_OF, engine=engine, chunk_size=7)
    assert threaded.rows_in > 5 * 7  # many chunks, so several were in flight at once
    assert pl.read_parquet(tmp_path / "two.parquet").equals(pl.read_parquet(tmp_path / "one.parquet"))
    assert read_file(tmp_path / "two.errors.csv").equals(read_file(tmp_path / "one.errors.csv"))
    assert (threaded.rows_out, threaded.rows_with_errors, threaded.by_jurisdiction) == (
        single.rows_out, single.rows_with_errors, single.by_jurisdiction
    )


@pytest.mark.skipif(not columnar_available(), reason="the columnar backend is not installed here")
@pytest.mark.parametrize("failure", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_a_failure_in_a_chunk_thread_leaves_nothing_behind(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:
    rows = [{"case_id": f"c{i}", "jurisdiction": "US-NY", "claim_type": "personal_injury"} for i in range(30)]
    write_rows(rows, tmp_path / "in.parquet")
    real = batch_runner.evaluate_chunk

    def failing(raw: pl.DataFrame, first: int, *args: Any, **kwargs: Any) -> Any:
        if first == 10:  # the fourth chunk; earlier ones may already be written
            raise failure
        return real(raw, first, *args, **kwargs)

    monkeypatch.setattr(batch_runner, "evaluate_chunk", failing)
    with pytest.raises(type(failure)):
        run_batch(tmp_path / "in.parquet", tmp_path / "out.parquet", as_of=AS_OF, engine=engine, chunk_size=3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.parquet"]


_ALLOCATOR_PROBE = """
import os, sys
from medmal.batch.allocator import JEMALLOC_VARIABLE, tune_allocator
if sys.argv[1] == "polars-first":
    import polars
print(tune_allocator(), os.environ.get(JEMALLOC_VARIABLE))
import polars
print(os.environ.get(JEMALLOC_VARIABLE))
"""


@pytest.mark.parametrize(
    ("preset", "order", "returned", "last"),
    [
        # polars puts its own defaults first and what the variable held after them (so it wins)
        (None, "medmal-first", True, BATCH_ALLOCATOR),
        ("narenas:2", "medmal-first", False, "narenas:2"),  # the user's setting, not ours
        (POLARS_DEFAULT, "medmal-first", True, BATCH_ALLOCATOR),  # inherited from a polars parent
        (None, "polars-first", False, None),  # too late: only polars' own defaults
    ],
)
def test_the_allocator_is_tuned_only_before_polars_loads_and_never_over_a_setting(
    preset: str | None, order: str, returned: bool, last: str | None
) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != JEMALLOC_VARIABLE}
    if preset is not None:
        env[JEMALLOC_VARIABLE] = preset
    done = subprocess.run(
        [sys.executable, "-c", _ALLOCATOR_PROBE, order], env=env, capture_output=True, text=True, check=True
    )
    told, after_import = done.stdout.split("\n")[:2]
    assert told.split(" ", 1)[0] == str(returned)
    assert (BATCH_ALLOCATOR in after_import) is (last == BATCH_ALLOCATOR)  # what jemalloc reads
    if last is not None:
        assert after_import.endswith(last)
