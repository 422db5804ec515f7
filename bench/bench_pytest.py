"""pytest floor: a ledger's items against a plain file of as many trivial tests.

    python -m bench.bench_pytest                 # the briefing's ledger, 7 rounds
    python -m bench.bench_pytest --claims 2700   # a synthetic ledger instead

Both sides run in a subprocess as `python -m pytest -p no:cacheprovider -q FILE`
from the same folder (bench/.out/pytest_floor/, so the same rootdir, ini file and
installed plugins apply), the baseline being

    @pytest.mark.parametrize("i", range(N))
    def test_x(i):
        pass

with N the number of items the ledger collects. Target: ledger / baseline <= 1.3.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys

from bench import corpus, timing

TARGET = 1.3
BASELINE = '''import pytest


@pytest.mark.parametrize("i", range({n}))
def test_x(i):
    pass
'''


def collected(folder, name: str) -> int:
    done = subprocess.run([*timing.PYTEST, "--collect-only", name], cwd=folder, capture_output=True, text=True, check=False)
    found = re.search(r"(\d+) tests? collected", done.stdout)
    if found is None:
        raise SystemExit(f"cannot count the items of {name}:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_pytest", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--claims", type=int, help="use a synthetic ledger of about this many claims")
    args = parser.parse_args(argv)
    folder = timing.OUT / "pytest_floor"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    if args.claims:
        ledger = corpus.write(folder, args.claims).name
        what = f"synthetic ledger, {args.claims} claims"
    else:
        shutil.copy(timing.ROOT / "data" / "claims.yaml", folder / "claims.yaml")
        shutil.copy(timing.ROOT / "data" / "scio-2025-07-18-miit-h1.en.txt", folder)
        ledger, what = "claims.yaml", "the briefing's ledger (data/claims.yaml)"
    items = collected(folder, ledger)
    (folder / "test_floor.py").write_text(BASELINE.format(n=items))
    assert collected(folder, "test_floor.py") == items
    print(timing.machine())
    print(f"pytest floor: {what}, {items} items vs test_floor.py with {items} trivial parametrized tests")
    print(f"  commands (cwd {folder.relative_to(timing.ROOT)}): {' '.join(timing.PYTEST[1:])} {ledger}"
          f"  |  ... test_floor.py")
    times = timing.interleave({
        "ledger": timing.command([*timing.PYTEST, ledger], cwd=folder, ok=(0, 1)),
        "plain pytest file": timing.command([*timing.PYTEST, "test_floor.py"], cwd=folder),
    }, args.rounds)
    print(timing.describe(times))
    print(timing.verdict("ledger / plain file", timing.paired_ratio(times, "ledger", "plain pytest file"), TARGET))
    return 0


if __name__ == "__main__":
    sys.exit(main())
