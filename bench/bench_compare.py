"""Before and after: the same commands against two source trees, interleaved.

    python -m bench.bench_compare --before /path/to/tree-a --after /path/to/tree-b

Each tree is a folder holding a `checks/` package; it is put first on PYTHONPATH
of every command, which runs in bench/.out/ (so the repository's own checks/
does not shadow it). The inputs are the ones the other benchmarks write: run
bench_pytest, bench_scale --part cli and bench_parallel once first.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from bench import timing

LIMITS = {"CHECKS_MAX_YAML_BYTES": "1000000000", "CHECKS_MAX_YAML_NODES": "100000000"}
CASES = {  # name -> (folder under bench/.out, command after the interpreter)
    "pytest the briefing": ("pytest_floor", [*timing.PYTEST[1:], "claims.yaml"]),
    "check 27,000 claims": ("scale27000", ["-m", "checks", "check", "claims.yaml"]),
    "pytest 27,000 claims": ("scale27000", [*timing.PYTEST[1:], "claims.yaml"]),
    "pytest -n 0 the 200-ledger corpus": ("corpus200x54", [*timing.PYTEST[1:], "-n", "0", "."]),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_compare", description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", required=True, type=Path)
    parser.add_argument("--after", required=True, type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    missing = [folder for folder, _ in CASES.values() if not (timing.OUT / folder).is_dir()]
    if missing:
        raise SystemExit(f"run the other benchmarks first: no bench/.out/{missing[0]}")
    print(timing.machine())
    print(f"before: {args.before.resolve()}\nafter:  {args.after.resolve()}")
    cases = {}
    for side, tree in (("before", args.before), ("after", args.after)):
        env = {"PYTHONPATH": os.pathsep.join([str(tree.resolve()), os.environ.get("PYTHONPATH", "")]), **LIMITS}
        for name, (folder, command) in CASES.items():
            cases[f"{side}: {name}"] = timing.command([sys.executable, *command], cwd=timing.OUT / folder, env=env,
                                                      ok=(0, 1))
    times = timing.interleave(cases, args.rounds)
    print(timing.describe(times))
    for name in CASES:
        print(f"  {name}: {timing.paired_ratio(times, 'before: ' + name, 'after: ' + name):.2f}x faster after")
    return 0


if __name__ == "__main__":
    sys.exit(main())
