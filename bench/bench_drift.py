"""What re-anchoring costs: `check` of the briefing, unedited and with 20% of its anchors drifted.

    python -m bench.bench_drift --before /work/main --rounds 7

Three documents' checks, each timed in a fresh interpreter, interleaved:
  before      the unedited briefing, checked by the tree given as --before (today's code)
  unedited    the unedited briefing, checked by this tree
  drifted     the briefing with one light edit (bench/rewording.py) in every fifth
              anchor's excerpt, so that about 20% of the anchors match only
              approximately, checked by this tree
both as commands (`python -m checks check`, start-up included) and in the engine
(`check_ledger(...).findings()`, start-up and imports excluded).
Targets: unedited / before <= 1.2, drifted / before <= 2.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from bench import rewording, timing
from bench.bench_rewording import Bench

_ENGINE = ("import sys, time\n"
           "from checks.engine import check_ledger\n"
           "start = time.perf_counter()\n"
           "check_ledger(sys.argv[1]).findings()\n"
           "print(time.perf_counter() - start)\n")


def drifted_briefing(bench: Bench, every: int, seed: int) -> tuple[str, int]:
    """The briefing with one edit in every `every`-th anchor's excerpt (no two edits
    overlapping), and how many anchors then drift."""
    chosen, taken = [], []
    for mention in bench.mentions[::every]:
        span = [(mention.start, mention.end, mention.figure)]
        for edit in rewording.edits(bench.text, span, 10, seed):
            if edit.kind in ("clause", "split") or any(edit.start <= end and start <= edit.end for start, end in taken):
                continue
            chosen.append(edit)
            taken.append((mention.start, mention.end))
            break
    text = bench.text
    for edit in sorted(chosen, key=lambda e: -e.start):
        text = edit.apply(text)
    return text, len(chosen)


def engine(path: Path, tree: Path):
    env = {**os.environ, "PYTHONPATH": str(tree)}

    def run() -> float:
        done = subprocess.run([sys.executable, "-c", _ENGINE, str(path)], cwd=timing.OUT, env=env,
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(done.stderr[-3000:])
        return float(done.stdout)

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_drift", description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", required=True, type=Path, help="a tree with today's checks/ (e.g. /work/main)")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--every", type=int, default=5, help="edit every N-th anchor (5: 20%%)")
    args = parser.parse_args(argv)
    print(timing.machine())
    print(f"command: python -m bench.bench_drift --before {args.before} --rounds {args.rounds} --every {args.every}")
    bench = Bench(str(timing.ROOT / "data" / "claims.yaml"))
    folders = {name: timing.OUT / f"drift_{name}" for name in ("unedited", "drifted")}
    for name, folder in folders.items():
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(timing.ROOT / "data", folder)
    text, edited = drifted_briefing(bench, args.every, 0)
    (folders["drifted"] / Path(bench.original.path).name).write_text(text, encoding="utf-8")
    from checks.engine import check_ledger  # this tree: how many anchors drift
    findings = check_ledger(str(folders["drifted"] / "claims.yaml")).findings()
    drifted = sum(f.rule == "drifted" for f in findings)
    lost = sum(f.kind.value == "anchor" and f.rule in ("missing", "ambiguous") for f in findings)
    print(f"drifted document: {edited} edits; {drifted} of {len(bench.mentions)} anchors drifted "
          f"({drifted / len(bench.mentions):.0%}), {lost} missing/ambiguous")
    here = timing.ROOT
    cases = {}
    for kind in ("engine", "command"):
        for name, tree, folder in (("before", args.before, folders["unedited"]), ("unedited", here, folders["unedited"]),
                                   ("drifted", here, folders["drifted"])):
            ledger = folder / "claims.yaml"
            if kind == "engine":
                cases[f"{kind} {name}"] = engine(ledger, tree.resolve())
            else:
                cases[f"{kind} {name}"] = timing.command(
                    [sys.executable, "-m", "checks", "check", str(ledger)], cwd=timing.OUT,
                    env={"PYTHONPATH": str(tree.resolve())}, ok=(0, 1, 2))
    times = timing.interleave(cases, args.rounds)
    print(timing.describe(times))
    for kind in ("engine", "command"):
        print(timing.verdict(f"{kind}: unedited / before", timing.paired_ratio(times, f"{kind} unedited", f"{kind} before"), 1.2))
        print(timing.verdict(f"{kind}: 20% drifted / before", timing.paired_ratio(times, f"{kind} drifted", f"{kind} before"), 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
