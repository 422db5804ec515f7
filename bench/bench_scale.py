"""Scale: does the check grow linearly with the claims, and anchors with the text?

    python -m bench.bench_scale                   # all three parts, 5 rounds each
    python -m bench.bench_scale --part anchors    # one part: cli | engine | anchors

cli     `python -m checks check LEDGER` on a synthetic ledger of N claims and on one
        of 100 N claims (default N = 270, about the briefing's size). Target:
        time(100 N) / time(N) <= 120. The command includes the interpreter's
        start-up, which flatters the ratio, so:
engine  the same two ledgers, timed inside a fresh interpreter from
        `check_ledger(path)` to `.findings()` (start-up and imports excluded).
anchors 100,000 anchors resolved over a 10 MB synthetic document (parse the
        anchors, build the Document and its AnchorIndex, resolve) against one pass
        of `checks.numbers.NUMERAL.finditer` over the same text. Target: <= 5.
        One pass of the plain `re.findall(r"\\w+", text)` is shown too.

Ledgers past 5 MB need the documented limits raised: the benchmark sets
CHECKS_MAX_YAML_BYTES and CHECKS_MAX_YAML_NODES for both sides.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from bench import corpus, timing

LINEAR_TARGET = 120
ANCHOR_TARGET = 5
WORDS = r"\w+ pass"
LIMITS = {"CHECKS_MAX_YAML_BYTES": "1000000000", "CHECKS_MAX_YAML_NODES": "100000000"}
_ENGINE = ("import sys, time\n"
           "from checks.engine import check_ledger\n"
           "start = time.perf_counter()\n"
           "findings = check_ledger(sys.argv[1]).findings()\n"
           "print(time.perf_counter() - start, len(findings))\n")


def ledger(claims: int) -> Path:
    folder = timing.OUT / f"scale{claims}"
    path = folder / "claims.yaml"
    if not path.exists():
        corpus.write(folder, claims)
    return path


def engine_case(path: Path):
    def run() -> float:
        done = subprocess.run([sys.executable, "-c", _ENGINE, path.name], cwd=path.parent, capture_output=True,
                              text=True, env={**os.environ, **LIMITS}, check=False)
        if done.returncode != 0:
            raise SystemExit(done.stderr[-3000:])
        elapsed, found = done.stdout.split()
        if found != "0":
            raise SystemExit(f"{path}: {found} findings; a generated ledger must check clean")
        return float(elapsed)
    return run


def linear(args, part: str) -> None:
    small, large = ledger(args.claims), ledger(args.claims * args.factor)
    print(f"{part}: {args.claims} vs {args.claims * args.factor} claims "
          f"({small.stat().st_size / 1e6:.2f} MB vs {large.stat().st_size / 1e6:.1f} MB of YAML)")
    if part == "cli":
        print(f"  command (cwd {small.parent.relative_to(timing.ROOT)}, ...): python -m checks check claims.yaml")
        cases = {f"check {label}": timing.command([sys.executable, "-m", "checks", "check", "claims.yaml"],
                                                  cwd=path.parent, env=LIMITS)
                 for label, path in (("N", small), ("100 N", large))}
    else:
        print("  timed inside the interpreter: check_ledger(path).findings()")
        cases = {f"engine {label}": engine_case(path) for label, path in (("N", small), ("100 N", large))}
    times = timing.interleave(cases, args.rounds)
    print(timing.describe(times))
    names = list(times)
    print(timing.verdict(f"{part}: time(100 N) / time(N)", timing.paired_ratio(times, names[1], names[0]),
                         LINEAR_TARGET))


def anchors(args) -> None:
    from checks.anchors import Anchor, AnchorIndex
    from checks.document import Document
    from checks.numbers import NUMERAL

    text, mentions = corpus.big_document(args.megabytes, args.anchors)
    print(f"anchors: {len(mentions)} anchors over {len(text.encode()) / 1e6:.1f} MB "
          f"({len(text):,} characters)")
    words = re.compile(r"\w+")
    found: dict[str, int] = {}

    parts: dict[str, list[float]] = {"parse the anchors": [], "Document + AnchorIndex": [], "resolve": []}

    def resolve() -> None:
        start = time.perf_counter()
        parsed = [Anchor(anchor, speaker) for anchor, speaker in mentions]
        parsed_at = time.perf_counter()
        index = AnchorIndex(Document(text, "big.txt"))
        indexed_at = time.perf_counter()
        resolutions = index.resolve(parsed)
        for name, elapsed in zip(parts, (parsed_at - start, indexed_at - parsed_at, time.perf_counter() - indexed_at)):
            parts[name].append(elapsed)
        found["unique"] = sum(len(resolution.matches) == 1 for resolution in resolutions)

    times = timing.interleave({
        "resolve anchors": timing.call(resolve),
        "NUMERAL pass": timing.call(lambda: sum(1 for _ in NUMERAL.finditer(text))),
        WORDS: timing.call(lambda: len(words.findall(text))),
    }, args.rounds)
    print(timing.describe(times))
    print(f"  {found['unique']} of {len(mentions)} anchors ({sum(len(a) for a, _ in mentions) / 1e6:.1f} MB of "
          "anchor text) matched exactly once; medians of the parts: "
          + ", ".join(f"{name} {timing.median(values[1:] or values):.2f}s" for name, values in parts.items()))
    print(timing.verdict("anchors: resolve / one NUMERAL pass",
                         timing.paired_ratio(times, "resolve anchors", "NUMERAL pass"), ANCHOR_TARGET))
    plain = timing.paired_ratio(times, "resolve anchors", WORDS)
    print(f"  (resolve / one {WORDS}: {plain:.1f}x)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_scale", description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=["cli", "engine", "anchors"], action="append")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--claims", type=int, default=270, help="N, the small ledger's claims")
    parser.add_argument("--factor", type=int, default=100)
    parser.add_argument("--anchors", type=int, default=100_000)
    parser.add_argument("--megabytes", type=float, default=10)
    args = parser.parse_args(argv)
    print(timing.machine())
    for part in args.part or ["cli", "engine", "anchors"]:
        if part == "anchors":
            anchors(args)
        else:
            linear(args, part)
    return 0


if __name__ == "__main__":
    sys.exit(main())
