"""Memory: peak resident memory of checking a ledger of 100,000 claims.

    python -m bench.bench_memory                 # check command, 5 runs
    python -m bench.bench_memory --pytest        # also the pytest run of the same ledger

Peak RSS is read with getrusage(RUSAGE_CHILDREN).ru_maxrss in a fresh parent
process around each command, so it covers that command alone. Target: <= 400 MB.
The ledger (about 35 MB of YAML) is past the default 8 MB / 400,000-node limits
of checks.yamlsafe, so CHECKS_MAX_YAML_BYTES and CHECKS_MAX_YAML_NODES are raised.
"""

from __future__ import annotations

import argparse
import statistics
import sys

from bench import corpus, timing

TARGET_MB = 400
LIMITS = {"CHECKS_MAX_YAML_BYTES": "1000000000", "CHECKS_MAX_YAML_NODES": "100000000"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_memory", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--pytest", action="store_true", help="also measure `pytest claims.yaml`")
    args = parser.parse_args(argv)
    folder = timing.OUT / f"memory{args.claims}"
    path = folder / "claims.yaml"
    if not path.exists():
        corpus.write(folder, args.claims)
    print(timing.machine())
    size = path.stat().st_size / 1e6
    document = (folder / "claims.briefing.txt").stat().st_size / 1e6
    print(f"memory: synthetic ledger of {args.claims} claims ({size:.1f} MB of YAML, document {document:.1f} MB), "
          f"cwd {folder.relative_to(timing.ROOT)}")
    commands = {"python -m checks check claims.yaml": [sys.executable, "-m", "checks", "check", "claims.yaml"]}
    if args.pytest:
        commands["python -m pytest -p no:cacheprovider -q claims.yaml"] = [*timing.PYTEST, "claims.yaml"]
    for name, argv_ in commands.items():
        peaks, walls = [], []
        for index in range(args.rounds):
            peak, code, wall = timing.peak_rss_mb(argv_, cwd=folder, env=LIMITS)
            if code != 0:
                raise SystemExit(f"{name} exited {code}")
            peaks.append(peak)
            walls.append(wall)
            print(f"  run {index + 1}: {peak:.0f} MB, {wall:.1f} s", file=sys.stderr, flush=True)
        print(f"  {name}: peak RSS median {statistics.median(peaks):.0f} MB (min {min(peaks):.0f}, "
              f"max {max(peaks):.0f}), wall median {statistics.median(walls):.1f} s ({args.rounds} runs)")
        met = statistics.median(peaks) <= TARGET_MB
        print(f"{name}: {statistics.median(peaks):.0f} MB (target <= {TARGET_MB} MB) -> {'MET' if met else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
