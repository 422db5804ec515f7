"""Mutation analysis against one full check, on the briefing.

    python -m bench.bench_mutation                # data/claims.yaml, 7 rounds
    python -m bench.bench_mutation --claims 2700  # a synthetic ledger instead

engine  in a fresh interpreter per run, start-up and imports excluded:
        check  = check_ledger(path).findings()
        mutate = mutation.analyse(check_ledger(path))
cli     `python -m checks mutate` against `python -m checks check` (start-up included).
Target: mutate / check <= 3.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys

from bench import corpus, timing

TARGET = 3
_ENGINE = ("import sys, time\n"
           "from checks import mutation\n"
           "from checks.engine import check_ledger\n"
           "start = time.perf_counter()\n"
           "check = check_ledger(sys.argv[2])\n"
           "if sys.argv[1] == 'check':\n"
           "    check.findings()\n"
           "else:\n"
           "    report = mutation.analyse(check)\n"
           "print(time.perf_counter() - start)\n")


def engine(mode: str, path: str, cwd):
    def run() -> float:
        done = subprocess.run([sys.executable, "-c", _ENGINE, mode, path], cwd=cwd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(done.stderr[-3000:])
        return float(done.stdout)
    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_mutation", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--claims", type=int, help="use a synthetic ledger of about this many claims")
    args = parser.parse_args(argv)
    if args.claims:
        folder = timing.OUT / f"mutation{args.claims}"
        path = corpus.write(folder, args.claims)
        cwd, ledger, what = folder, path.name, f"a synthetic ledger of {args.claims} claims"
    else:  # a copy, so that the checks on PYTHONPATH (if any) is the one measured
        cwd = timing.OUT / "mutation_briefing"
        cwd.mkdir(parents=True, exist_ok=True)
        shutil.copy(timing.ROOT / "data" / "claims.yaml", cwd)
        shutil.copy(timing.ROOT / "data" / "scio-2025-07-18-miit-h1.en.txt", cwd)
        ledger, what = "claims.yaml", "the briefing (a copy of data/claims.yaml and its document)"
    print(timing.machine())
    print(f"mutation: {what}")
    print(f"  commands (cwd {cwd.relative_to(timing.ROOT)}): python -m checks mutate {ledger}  |  python -m checks check {ledger}")
    times = timing.interleave({
        "engine: mutate": engine("mutate", ledger, cwd),
        "engine: check": engine("check", ledger, cwd),
        "cli: mutate": timing.command([sys.executable, "-m", "checks", "mutate", ledger], cwd=cwd),
        "cli: check": timing.command([sys.executable, "-m", "checks", "check", ledger], cwd=cwd, ok=(0, 1)),
    }, args.rounds)
    print(timing.describe(times))
    print(timing.verdict("mutation / check (engine)", timing.paired_ratio(times, "engine: mutate", "engine: check"),
                         TARGET))
    print(timing.verdict("mutation / check (cli, start-up included)",
                         timing.paired_ratio(times, "cli: mutate", "cli: check"), TARGET))
    return 0


if __name__ == "__main__":
    sys.exit(main())
