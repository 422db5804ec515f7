"""Collecting a review configuration: `pytest --collect-only review.yaml` against a
plain file of as many trivial tests.

    python -m bench.bench_lint_collect

Both run in a subprocess from bench/.out/lint_collect/ (a copy of data/review.yaml
and the briefing), as `python -m pytest -p no:cacheprovider -q --collect-only FILE`.
Collecting reads only the configuration: the review runs with the items, so the
ratio is that of reading one small YAML file (target <= 1.3); before the review
ran at collection, on every xdist worker.
"""

from __future__ import annotations

import argparse
import shutil
import sys

from bench import timing
from bench.bench_pytest import BASELINE, collected

TARGET = 1.3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_lint_collect", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    folder = timing.OUT / "lint_collect"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copy(timing.ROOT / "data" / "review.yaml", folder / "review.yaml")
    shutil.copy(timing.ROOT / "data" / "scio-2025-07-18-miit-h1.en.txt", folder)
    items = collected(folder, "review.yaml")
    (folder / "test_floor.py").write_text(BASELINE.format(n=items))
    print(timing.machine())
    print(f"collect {items} lint items vs test_floor.py with {items} trivial parametrized tests")
    print(f"  commands (cwd {folder.relative_to(timing.ROOT)}): {' '.join(timing.PYTEST[1:])} --collect-only review.yaml"
          "  |  ... test_floor.py")
    times = timing.interleave({
        "review.yaml": timing.command([*timing.PYTEST, "--collect-only", "review.yaml"], cwd=folder),
        "plain pytest file": timing.command([*timing.PYTEST, "--collect-only", "test_floor.py"], cwd=folder),
    }, args.rounds)
    print(timing.describe(times))
    print(timing.verdict("review.yaml / plain file", timing.paired_ratio(times, "review.yaml", "plain pytest file"),
                         TARGET))
    return 0


if __name__ == "__main__":
    sys.exit(main())
