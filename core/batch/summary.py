"""The end-of-run summary: rows in and out, errors, limitation statuses per jurisdiction.

"Expires within 90 days" counts rows whose limitation date falls between the as-of date
and 90 days after it (both included) and whose status is ``open`` or ``indeterminate``
(an indeterminate date is the earliest the law could give, so it is the one to diarise).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

import polars as pl

__all__ = ["EXPIRING", "SOON_DAYS", "BatchSummary"]

SOON_DAYS = 90
EXPIRING = f"expires_within_{SOON_DAYS}_days"
_NO_LIMITATION = "no_limitation"  # no limitation rule governs the row (e.g. a state defendant in NY)


@dataclass
class BatchSummary:
    """What a batch run did. ``rows_in == rows_out + rows_with_errors`` always holds."""

    input: str
    output: str
    errors: str
    as_of: date
    backend: str
    rows_in: int = 0
    rows_out: int = 0
    rows_with_errors: int = 0
    problems: int = 0
    #: jurisdiction -> {limitation status, or "expires_within_90_days"} -> rows
    by_jurisdiction: dict[str, dict[str, int]] = field(default_factory=dict)
    #: groups of rows the columnar backend failed on and the scalar backend evaluated instead
    fallbacks: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, output: pl.DataFrame, problems: pl.DataFrame, rows: int, fallbacks: list[str]) -> None:
        """Count one chunk."""
        self.rows_in += rows
        self.rows_out += output.height
        self.rows_with_errors += problems.get_column("row").n_unique() if problems.height else 0
        self.problems += problems.height
        self.fallbacks += fallbacks
        if not output.height:
            return
        status = pl.col("limitation_status").fill_null(_NO_LIMITATION)
        for code, name, count in output.group_by("jurisdiction", status).len().iter_rows():
            counts = self.by_jurisdiction.setdefault(code, {})
            counts[name] = counts.get(name, 0) + count
        until = self.as_of + timedelta(days=SOON_DAYS)
        soon = output.filter(
            pl.col("limitation_status").is_in(["open", "indeterminate"])
            & pl.col("limitation_date").is_between(self.as_of, until)
        )
        for code, count in soon.group_by("jurisdiction").len().iter_rows():
            counts = self.by_jurisdiction.setdefault(code, {})
            counts[EXPIRING] = counts.get(EXPIRING, 0) + count

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["as_of"] = self.as_of.isoformat()
        return data

    def render(self) -> str:
        """A plain-text report (what ``medmal batch`` prints)."""
        rate = f" in {self.seconds:.1f}s ({self.rows_in / self.seconds:,.0f} rows/s)" if self.seconds > 0 else ""
        lines = [
            f"{self.rows_in:,} rows read from {self.input} (as of {self.as_of}, {self.backend} backend){rate}",
            f"{self.rows_out:,} rows written to {self.output}",
            f"{self.rows_with_errors:,} rows with errors ({self.problems:,} problems) written to {self.errors}",
        ]
        if self.by_jurisdiction:
            statuses = sorted({name for counts in self.by_jurisdiction.values() for name in counts} - {EXPIRING})
            header = ["jurisdiction", *statuses, f"expires within {SOON_DAYS} days"]
            table = [header]
            for code in sorted(self.by_jurisdiction):
                counts = self.by_jurisdiction[code]
                table.append([code, *(f"{counts.get(name, 0):,}" for name in [*statuses, EXPIRING])])
            widths = [max(len(row[i]) for row in table) for i in range(len(header))]
            lines.append("limitation status by jurisdiction:")
            for row in table:
                cells = [row[0].ljust(widths[0]), *(cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True))]
                lines.append("  " + "  ".join(cells))
        for note in self.fallbacks:
            lines.append(f"warning: the columnar backend failed on {note}; the scalar backend evaluated them")
        return "\n".join(lines)
