"""YAML limits: what reading (or refusing) the costliest ledger the default limits let through costs.

    python -m bench.bench_limits

The costliest YAML per byte is a dense flow sequence (`k: [1,1,1,...]`). Compose
20,000 nodes of it and the bundled ledger, interleaved, in this process; scale
the dense time to whichever default limit (CHECKS_MAX_YAML_NODES,
CHECKS_MAX_YAML_BYTES) such a file reaches first. Target: at the limits, at most
10 s (was about 15 s, bug B9 of docs/robustness.md). This replaces a test that
asserted the same budget in CPU seconds, which failed on a busy machine.
"""

from __future__ import annotations

import argparse
import sys

from bench import timing
from checks import yamlsafe
from checks.yamlsafe import compose_file, compose_text

NODES = 20_000
BUDGET = 10.0  # seconds at the limits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_limits", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args(argv)
    dense = "k: [" + ",".join(["1"] * NODES) + "]\n"
    ledger = str(timing.ROOT / "data" / "claims.yaml")
    print(timing.machine())
    print(f"compose_text of a {NODES:,}-node dense flow sequence vs compose_file({ledger}), in-process")
    times = timing.interleave({
        "dense sequence": timing.call(lambda: compose_text(dense, "dense.yaml")),
        "bundled ledger": timing.call(lambda: compose_file(ledger)),
    }, args.rounds)
    print(timing.describe(times))
    reach = min(yamlsafe.MAX_NODES / NODES, yamlsafe.MAX_BYTES / len(dense))
    at_limits = timing.median(times["dense sequence"]) * reach
    print(f"  x{reach:.1f} to the limits ({yamlsafe.MAX_NODES:,} nodes, {yamlsafe.MAX_BYTES:,} bytes): "
          f"about {at_limits:.1f} s; {timing.paired_ratio(times, 'dense sequence', 'bundled ledger'):.2f}x "
          "the bundled ledger per run")
    print(timing.verdict(f"dense YAML at the limits / {BUDGET:g} s", at_limits / BUDGET, 1.0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
