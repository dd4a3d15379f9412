"""Dask: a 2-worker LocalCluster gives exactly the local run's results.

Uses the columnar backend when it is installed, else the scalar one.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from typer.testing import CliRunner

from medmal import Engine
from medmal.batch import run_batch
from medmal.batch.chunk import columnar_available
from medmal.cli import app
from medmal.flat import FLAT_COLUMNS

distributed = pytest.importorskip("distributed")
dd = pytest.importorskip("dask.dataframe")

AS_OF = date(2026, 6, 1)
BACKEND = "columnar" if columnar_available() else "scalar"


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    ) as local:
        yield local


def portfolio(n: int = 90) -> list[dict[str, Any]]:
    """A mixed book: NY and E&W, adults and minors, municipal defendants, deaths, a few broken rows."""
    rows = []
    for i in range(n):
        act = date(2012, 1, 1) + timedelta(days=53 * i)
        row: dict[str, Any] = dict.fromkeys(FLAT_COLUMNS)
        row |= {
            "case_id": f"c{i}",
            "jurisdiction": ("US-NY", "GB-ENG", "gb-wls")[i % 3],
            "claim_type": "wrongful_death" if i % 7 == 0 else "personal_injury",
            "date_of_birth": (act - timedelta(days=365 * (5 + i % 60))).isoformat(),
            "act_or_omission": act.isoformat(),
            "public_entity": "municipal" if i % 5 == 0 else None,
            "allegations": "failure_to_diagnose_cancer" if i % 4 == 0 else "",
            "confirmed_absent": "events.continuous_treatment_end" if i % 2 else None,
        }
        if row["claim_type"] == "wrongful_death":
            row["death"] = (act + timedelta(days=200)).isoformat()
        if i % 11 == 0:
            row["act_or_omission"] = "2021-02-30"  # goes to the errors file
        rows.append(row)
    return rows


def _write(rows: list[dict[str, Any]], path: Path) -> None:
    pl.DataFrame(rows, schema=dict.fromkeys(FLAT_COLUMNS, pl.String()), orient="row").write_csv(path)


def _text(frame: pl.DataFrame) -> list[dict[str, Any]]:
    return frame.select(pl.all().cast(pl.String)).to_dicts()


def test_evaluate_dask_matches_the_local_run(cluster: Any, tmp_path: Path) -> None:
    from medmal.batch.dask import ERRORS, evaluate_dask

    rows = portfolio()
    _write(rows, tmp_path / "in.csv")
    summary = run_batch(tmp_path / "in.csv", tmp_path / "out.parquet", as_of=AS_OF, backend=BACKEND, chunk_size=25)
    local = pl.read_parquet(tmp_path / "out.parquet")
    local_errors = pl.read_csv(tmp_path / "out.errors.csv")
    assert summary.rows_with_errors == 9 and local.height == 81

    pandas = pl.read_csv(tmp_path / "in.csv", infer_schema=False).to_pandas()
    ddf = dd.from_pandas(pandas, npartitions=4)
    with distributed.Client(cluster) as client:
        result = client.compute(evaluate_dask(ddf, AS_OF, backend=BACKEND)).result()
    assert list(result.index) == list(pandas.index)  # one output row per input row, in order
    remote = pl.from_pandas(result)
    evaluated = remote.filter(pl.col(ERRORS).is_null()).drop(ERRORS)
    assert _text(evaluated) == _text(local)
    failed = remote.filter(pl.col(ERRORS).is_not_null())
    assert failed.get_column("case_id").to_list() == local_errors.get_column("case_id").to_list()
    assert all(text.startswith("act_or_omission: ") for text in failed.get_column(ERRORS))


def test_cli_dask_option_writes_the_same_files_as_a_local_run(cluster: Any, tmp_path: Path) -> None:
    _write(portfolio(), tmp_path / "in.csv")
    common = ["--as-of", AS_OF.isoformat(), "--backend", BACKEND, "--chunk-size", "20"]
    runner = CliRunner()
    local = runner.invoke(app, ["batch", str(tmp_path / "in.csv"), "-o", str(tmp_path / "local.parquet"), *common])
    assert local.exit_code == 0, local.output
    remote = runner.invoke(
        app,
        ["batch", str(tmp_path / "in.csv"), "-o", str(tmp_path / "remote.parquet"), "--dask",
         cluster.scheduler_address, *common],
    )
    assert remote.exit_code == 0, remote.output
    assert pl.read_parquet(tmp_path / "remote.parquet").equals(pl.read_parquet(tmp_path / "local.parquet"))
    assert (tmp_path / "remote.errors.csv").read_text() == (tmp_path / "local.errors.csv").read_text()
    # the same counts and table (the first lines name the files and the timing)
    assert remote.output.splitlines()[3:] == local.output.splitlines()[3:]
    assert [line.split()[0] for line in remote.output.splitlines()[:3]] == ["90", "81", "9"]
    assert Engine().registry.codes()  # the workers' engines registered the same plugins as this one
