"""Batch files: the format from the extension, chunked readers, atomic chunked writers.

Readers stream (polars' batched CSV and Parquet scans, line chunks for JSON Lines), so memory stays flat however large the file. Writers write to a temporary
file next to the target and only ``os.replace`` it into place on :meth:`ChunkWriter.commit`;
after a crash or Ctrl-C there is nothing at the target path (and no temporary file left).
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import BinaryIO

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import CaseError
from ..flat import FLAT_COLUMNS
from .columns import UNREADABLE

__all__ = ["FORMATS", "ChunkWriter", "count_rows", "file_format", "input_columns", "read_chunks"]

FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}

def _problem(field: str, message: str, source: str) -> CaseError:
    return CaseError([(field, message)], source)


def file_format(path: Path, what: str) -> str:
    """``csv``, ``jsonl`` or ``parquet`` from the file name of ``path``."""
    found = FORMATS.get(path.suffix.lower())
    if found is None:
        known = ", ".join(sorted(FORMATS))
        raise _problem(what, f"{path.name}: the format comes from the extension; use one of {known}", str(path))
    return found


def input_columns(path: Path, fmt: str) -> list[str]:
    """The columns the file declares (JSON Lines: those of the first line; later lines are checked as read)."""
    if not path.is_file():
        raise _problem("INPUT", f"{path} does not exist or is not a file", str(path))
    try:
        if fmt == "csv":
            return list(pl.scan_csv(path, infer_schema=False).collect_schema())
        if fmt == "parquet":
            return list(pq.read_schema(path).names)
        with path.open("rb") as file:
            for line in file:
                if line.strip():
                    return list(json.loads(line)) if line.lstrip().startswith(b"{") else []
        return []
    except (pl.exceptions.PolarsError, pa.ArrowException, OSError, ValueError) as exc:
        raise _problem("INPUT", f"cannot be read as {fmt} ({exc})", str(path)) from None


def check_columns(columns: list[str], source: str) -> None:
    """Unknown columns are an error for the whole file, so a misspelt header is never ignored."""
    unknown = [name for name in columns if name not in FLAT_COLUMNS]
    if unknown:
        raise _problem(
            "columns",
            f"{', '.join(map(repr, unknown))} {'is not a batch column' if len(unknown) == 1 else 'are not batch columns'}"
            f" (known: {', '.join(FLAT_COLUMNS)}; see the README's column mapping)",
            source,
        )


def count_rows(path: Path, fmt: str) -> int | None:
    """The number of rows when the file states it (Parquet), else None."""
    return pq.ParquetFile(path).metadata.num_rows if fmt == "parquet" else None


def read_chunks(path: Path, fmt: str, chunk_size: int) -> Iterator[pl.DataFrame]:
    """The rows of ``path`` in chunks of at most ``chunk_size`` rows."""
    try:
        if fmt == "csv":
            yield from pl.scan_csv(path, infer_schema=False).collect_batches(chunk_size=chunk_size)
        elif fmt == "parquet":
            yield from pl.scan_parquet(path).collect_batches(chunk_size=chunk_size)
        else:
            yield from _jsonl_chunks(path, chunk_size)
    except (pl.exceptions.PolarsError, pa.ArrowException) as exc:
        raise _problem("INPUT", f"cannot be read as {fmt} ({exc})", str(path)) from None


def _jsonl_chunks(path: Path, chunk_size: int) -> Iterator[pl.DataFrame]:
    with path.open("rb") as file:
        while lines := [line for line in islice(file, chunk_size) if line.strip()]:
            frame = _jsonl_frame(lines)
            check_columns([c for c in frame.columns if c != UNREADABLE], str(path))
            yield frame


def _jsonl_frame(lines: list[bytes]) -> pl.DataFrame:
    try:
        return pl.read_ndjson(io.BytesIO(b"".join(lines)), infer_schema_length=None)
    except pl.exceptions.PolarsError:
        pass
    # Some line is not a JSON object: read line by line so only that row is lost to the errors file.
    good: list[bytes] = []
    marks: list[str | None] = []
    for line in lines:
        try:
            ok = isinstance(json.loads(line), dict)
            message = None if ok else "is not a JSON object"
        except ValueError as exc:
            message = f"is not valid JSON ({exc})"
        good.append(line if message is None else b"{}\n")
        marks.append(message)
    frame = pl.read_ndjson(io.BytesIO(b"".join(good)), infer_schema_length=None)
    return frame.with_columns(pl.Series(UNREADABLE, marks, dtype=pl.String))


#: Text columns with (nearly) a distinct value per row.
_DISTINCT = frozenset({"case_id"})


class ChunkWriter:
    """Writes frames of one fixed schema to ``path`` in its format, atomically."""

    def __init__(self, path: Path, fmt: str, schema: dict[str, pl.DataType]) -> None:
        self.path, self.fmt, self.schema = path, fmt, schema
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        os.close(fd)
        self.temp = Path(temp)
        self._file: BinaryIO | None = None
        self._parquet: pq.ParquetWriter | None = None
        self._arrow_schema = pl.DataFrame(schema=schema).to_arrow().schema
        # Parquet: only text columns that repeat (statuses, citations, rule ids) are dictionary
        # encoded; a case_id, a date or a number is mostly distinct per row, where a dictionary
        # costs writing time and saves no space. The values read back are the same.
        self._dictionary = [name for name, dtype in schema.items() if dtype == pl.String and name not in _DISTINCT]
        # Column statistics (min/max) let a reader skip row groups when it filters on a date,
        # a number or a case_id; over the long repeated texts (citations, statuses) they cost
        # a third of the writing time and no reader filters on a citation's min and max.
        self._statistics = [name for name in schema if name not in self._dictionary]
        self._header = True
        self._closed = False

    def write(self, frame: pl.DataFrame) -> None:
        if frame.is_empty() and (self._parquet is not None or self._file is not None):
            return
        frame = frame.select(list(self.schema))
        if self.fmt == "parquet":
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(
                    self.temp, self._arrow_schema, use_dictionary=self._dictionary, write_statistics=self._statistics
                )
            self._parquet.write_table(frame.to_arrow().cast(self._arrow_schema))
            return
        if self._file is None:
            self._file = self.temp.open("wb")
        if self.fmt == "csv":
            frame.write_csv(self._file, include_header=self._header)
            self._header = False
        else:
            frame.write_ndjson(self._file)

    def commit(self) -> None:
        """Finish the file and move it into place."""
        self.finish()
        self.publish()

    def finish(self) -> None:
        """Write the end of the file (still under its temporary name)."""
        if not self._closed and self._parquet is None and self._file is None:
            self.write(pl.DataFrame(schema=self.schema))  # an empty file still has its header/schema
        self._close()

    def publish(self) -> None:
        """Move the finished file into place."""
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.temp, 0o666 & ~umask)  # mkstemp made it private; the result is an ordinary file
        os.replace(self.temp, self.path)

    def discard(self) -> None:
        """Forget everything written (after a failure): no file at the target, no temporary left."""
        try:
            self._close()
        finally:
            self.temp.unlink(missing_ok=True)

    def _close(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
            self._parquet = None
        if self._file is not None:
            self._file.close()
            self._file = None
        self._closed = True
