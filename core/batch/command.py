"""``medmal batch``: the command-line face of :func:`medmal.batch.run_batch`.

Kept free of heavy imports at module level, so ``medmal check`` does not pay for polars.
"""

from __future__ import annotations

from typing import Annotated

import typer

from ..cli_errors import input_error, reported_errors

__all__ = ["batch"]


def batch(
    input: Annotated[str, typer.Argument(metavar="INPUT", help="Portfolio file: .csv, .jsonl/.ndjson or .parquet.")],
    output: Annotated[
        str, typer.Option("--output", "-o", metavar="OUTPUT", help="Results file (.csv, .jsonl or .parquet).")
    ],
    as_of: Annotated[
        str | None, typer.Option("--as-of", metavar="YYYY-MM-DD", help="Date to judge status on (default: today).")
    ] = None,
    backend: Annotated[
        str | None,
        typer.Option("--backend", metavar="columnar|scalar", help="Default: columnar when installed, else scalar."),
    ] = None,
    errors: Annotated[
        str | None, typer.Option("--errors", metavar="FILE", help="Errors file (default: OUTPUT-stem.errors.csv).")
    ] = None,
    chunk_size: Annotated[int, typer.Option("--chunk-size", metavar="N", help="Rows per chunk.")] = 200_000,
    dask: Annotated[
        str | None, typer.Option("--dask", metavar="SCHEDULER_ADDRESS", help="Evaluate on this Dask cluster.")
    ] = None,
    progress: Annotated[
        bool | None, typer.Option("--progress/--no-progress", help="Progress bar (default: on a terminal).")
    ] = None,
    block: Annotated[
        list[str] | None,
        typer.Option("--block", metavar="PLUGIN", help="Skip this entry-point plugin (repeat, or comma-separate)."),
    ] = None,
) -> None:
    """Evaluate every case in a portfolio file; invalid rows go to an errors file."""
    with reported_errors():
        from datetime import date

        from .. import cli
        from ..errors import BackendUnavailable
        from .chunk import resolve_backend
        from .runner import run_batch

        try:
            backend = resolve_backend(backend)
        except BackendUnavailable as exc:
            raise input_error("--backend", str(exc)) from None

        on = None
        if as_of is not None:
            try:
                on = date.fromisoformat(as_of.strip())
            except ValueError:
                raise input_error("--as-of", f"{as_of!r} is not a valid date; use YYYY-MM-DD") from None
        names = [name.strip() for item in block or () for name in item.split(",") if name.strip()]
        summary = run_batch(
            input,
            output,
            as_of=on,
            backend=backend,
            errors=errors,
            chunk_size=chunk_size,
            dask=dask,
            engine=cli.make_engine(names),
            block=names,
            progress=progress,
        )
        typer.echo(summary.render())
