"""Instructions per case for ``Engine.evaluate``, counted by valgrind's callgrind.

    .venv/bin/python benchmarks/callgrind.py [--cases N] [--jurisdiction CODE] [--mode on|off|subset]

Wall-clock figures are only comparable on an idle machine; an instruction count is the
same however loaded the machine is, so it is the figure to compare before and after a
change on a shared one. The script re-runs itself under ``valgrind --tool=callgrind
--instr-atstart=no``; the inner run generates and validates the cases, evaluates them
once (compilation and caches warm), switches instrumentation on with ``callgrind_control``,
evaluates them again and switches it off, so only that second pass is counted.
``--mode`` is ``on`` (trace on, the full mix), ``off`` (trace off) or ``subset`` (trace
on, the New York cases the plain baseline decides, see ``cases.plain_ny_inputs``).
Needs valgrind (``apt-get install valgrind``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

_INNER = "MEDMAL_CALLGRIND_INNER"


def _inner(args: argparse.Namespace) -> None:
    from cases import AS_OF, BENCH_BLOCK, generate_cases, plain_ny_inputs

    from medmal import Case, Engine

    engine = Engine(block=BENCH_BLOCK)
    data = generate_cases(args.jurisdiction, max(args.cases, 3000), args.seed)
    cases = [Case.model_validate(item) for item in data]
    if args.mode == "subset":
        cases = [case for item, case in zip(data, cases, strict=True) if plain_ny_inputs(item)]
        cases = cases * (args.cases // max(1, len(cases)) + 1)
    cases = cases[: args.cases]
    trace = args.mode != "off"
    evaluate = engine.evaluate
    for case in cases:
        evaluate(case, AS_OF, trace=trace)
    pid = str(os.getpid())
    subprocess.run(["callgrind_control", "-i", "on", pid], capture_output=True, check=False)
    for case in cases:
        evaluate(case, AS_OF, trace=trace)
    subprocess.run(["callgrind_control", "-i", "off", pid], capture_output=True, check=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000, help="cases counted (default 2000)")
    parser.add_argument("--jurisdiction", default="US-NY")
    parser.add_argument("--seed", type=int, default=20260601)
    parser.add_argument("--mode", choices=("on", "off", "subset"), default="on")
    args = parser.parse_args(argv)
    if os.environ.get(_INNER):
        _inner(args)
        return 0
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("valgrind (callgrind) is not installed", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        command = [
            "valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
            sys.executable, __file__, *(argv if argv is not None else sys.argv[1:]),
        ]  # fmt: skip
        subprocess.run(command, env={**os.environ, _INNER: "1"}, capture_output=True, check=True)
        totals = re.search(r"^totals: (\d+)", out.read_text(), re.MULTILINE)
    if totals is None:
        print("callgrind wrote no totals", file=sys.stderr)
        return 1
    count = int(totals.group(1))
    print(f"{args.jurisdiction} mode={args.mode} cases={args.cases}: {count:,} instructions, {count // args.cases:,} per case")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
