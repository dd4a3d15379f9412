"""benchmarks/batch.py runs end to end (small, scalar backend) and prints its figures."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "batch.py"


def test_batch_benchmark_runs_with_the_scalar_backend(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--rows", "300", "--pool", "120", "--backend", "scalar", "--chunk-size", "128",
         "--dir", str(tmp_path)],
        capture_output=True, text=True, check=False, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    found = re.search(r"scalar: 300 rows in [\d.]+s = [\d,]+ cases/s; peak RSS [\d,]+ MB; 300 out, 0 errors", done.stdout)
    assert found, done.stdout
    assert '"US-NY"' in done.stdout and "ratio:" in done.stdout
    assert list(tmp_path.iterdir()) == []  # the generated files are cleaned up
