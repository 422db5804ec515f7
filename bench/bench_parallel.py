"""Parallelism: a corpus of 200 ledgers under pytest-xdist, -n 2 against -n 0, per item granularity.

    python -m bench.bench_parallel                    # 200 ledgers of 162 claims, 5 rounds
    python -m bench.bench_parallel --claims 54        # 200 smaller ledgers (less work to spread)
    python -m bench.bench_parallel --items ledger     # only --claims-items=ledger
    python -m bench.bench_parallel --dist worksteal   # also -n 2 --dist worksteal (per-claim items)
    python -m bench.bench_parallel --pytest-args="-p no:hypothesispytest"   # added to every pytest

A ledger of 162 claims (six blocks of the synthetic corpus) is about the size of the
flagship briefing's (173 claims): an archive of 200 briefings. The work to spread grows
with the ledgers, while xdist's start-up and the plugins' session costs do not, so
smaller ledgers gain less (see docs/performance.md for both sizes).

Every case is `python -m pytest -p no:cacheprovider -q [--claims-items=ledger] -n K .` run in
the corpus folder (bench/.out/corpus<L>x<C>/). Target: time(-n 0) / time(-n 2) >= 1.6, for
each item granularity against its own -n 0:
  claim   one item per claim and relation (the default; 49,600 items); -n 2 is timed with
          xdist's default --dist load and with --dist loadfile (a ledger's items on one
          worker, so each ledger is checked by one worker only);
  ledger  --claims-items=ledger, one item per ledger file (200 items).
Measured in the same rounds, for context:
  ledger items, no hypothesis   the ledger cases again with -p no:hypothesispytest (when
          hypothesis is installed): its pytest plugin imports all of hypothesis at the end
          of every session, in the controller and in each worker, ~0.4 s apiece here;
  floor   a plain file of as many trivial parametrized tests as per-claim items, -n 0 and
          -n 2: what pytest-xdist itself gains on items that cost nothing;
  shards  the corpus split in two with --claims-shard=1/2 and 2/2, two `pytest -n 0`
          processes at once (what a CI matrix does, on one machine), per granularity.
Last, sharding is checked: the shards together collect exactly the corpus's items.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shlex
import subprocess
import sys

from bench import corpus, timing

TARGET = 1.6
PYTEST = "python -m pytest -p no:cacheprovider -q"
CONCURRENT = "({py} --claims-shard=1/2 -n 0 .) & first=$!; ({py} --claims-shard=2/2 -n 0 .); second=$?; " \
             "wait $first && exit $second"
FLOOR = '''import pytest


@pytest.mark.parametrize("i", range({n}))
def test_x(i):
    pass
'''
GRANULARITY = {"claim": [], "ledger": ["--claims-items=ledger"]}
HYPOTHESIS_OFF = "-p no:hypothesispytest"  # its plugin imports hypothesis at every session end, in each xdist worker


def items(folder, *paths: str) -> int:
    done = subprocess.run([*timing.PYTEST, "--collect-only", *paths], cwd=folder, capture_output=True, text=True, check=False)
    found = re.search(r"(\d+) tests? collected", done.stdout)
    if found is None:
        raise SystemExit(done.stdout[-2000:] + done.stderr[-2000:])
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_parallel", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--ledgers", type=int, default=200)
    parser.add_argument("--claims", type=int, default=162, help="claims per ledger (in blocks of 27)")
    parser.add_argument("--items", action="append", choices=sorted(GRANULARITY),
                        help="time this --claims-items granularity (repeatable; default both)")
    parser.add_argument("--dist", action="append", default=[],
                        help="also time per-claim items under -n 2 --dist MODE (loadfile is always timed)")
    parser.add_argument("--shards", type=int, default=2, help="shards for the sharding check")
    parser.add_argument("--no-floor", action="store_true", help="skip the trivial-test floor cases")
    parser.add_argument("--no-shards", action="store_true", help="skip the two-shards-at-once cases")
    parser.add_argument("--pytest-args", default="", metavar="ARGS",
                        help="added to every pytest command timed, e.g. '-p no:hypothesispytest'")
    args = parser.parse_args(argv)
    extra = shlex.split(args.pytest_args)
    granularities = args.items or list(GRANULARITY)
    folder = timing.OUT / f"corpus{args.ledgers}x{args.claims}"
    if not (folder / f"b{args.ledgers - 1:04d}.yaml").exists():
        corpus.write_corpus(folder, args.ledgers, args.claims)
    total = items(folder, ".")
    print(timing.machine())
    print(f"parallel: {args.ledgers} ledgers of {args.claims} claims, {total} per-claim items "
          f"(cwd {folder.relative_to(timing.ROOT)}): {' '.join([*timing.PYTEST[1:], *extra])} "
          "[--claims-items=ledger] -n K .")
    floor = timing.OUT / "parallel_floor"
    floor.mkdir(parents=True, exist_ok=True)
    (floor / "test_floor.py").write_text(FLOOR.format(n=total))
    cases: dict = {}
    pairs: list[tuple[str, str]] = []  # (-n 0 case, faster case) of every speed-up held against the target
    for granularity in granularities:
        dists = ["loadfile", *args.dist] if granularity == "claim" else []
        _time_granularity(cases, pairs, folder, f"{granularity} items", [*extra, *GRANULARITY[granularity]],
                          dists, shards=not args.no_shards)
    if "ledger" in granularities and HYPOTHESIS_OFF not in args.pytest_args and _has_hypothesis_plugin():
        _time_granularity(cases, pairs, folder, "ledger items, no hypothesis",
                          [*extra, *GRANULARITY["ledger"], *HYPOTHESIS_OFF.split()], [], shards=False)
    if not args.no_floor:
        for k in (0, 2):
            cases[f"floor: plain file -n {k}"] = timing.command([*timing.PYTEST, *extra, "-n", str(k),
                                                                 "test_floor.py"], cwd=floor)
    times = timing.interleave(cases, args.rounds)
    print(timing.describe(times))
    for numerator, denominator in pairs:
        print(timing.verdict(f"speed-up of {denominator} over {numerator}",
                             timing.paired_ratio(times, numerator, denominator), TARGET, at_most=False))
    if len(granularities) == 2:
        gain = timing.paired_ratio(times, "claim items -n 0", "ledger items -n 2")
        print(f"  switching an archive from claim items -n 0 to ledger items -n 2: {gain:.2f}x faster")
    if not args.no_floor:
        gain = timing.paired_ratio(times, "floor: plain file -n 0", "floor: plain file -n 2")
        print(f"  floor: -n 2 over -n 0 on {total} trivial tests: {gain:.2f}x")
    counts = [items(folder, f"--claims-shard={index}/{args.shards}", ".") for index in range(1, args.shards + 1)]
    print(f"  sharding (pytest --claims-shard=I/{args.shards} .): "
          f"{' + '.join(map(str, counts))} = {sum(counts)} items; whole corpus {total}: "
          f"{'OK' if sum(counts) == total else 'MISMATCH'}")
    return 0


def _time_granularity(cases: dict, pairs: list, folder, label: str, flags: list[str], dists: list[str], *,
                      shards: bool) -> None:
    """Add `label -n 0`, `label -n 2` (and per --dist mode, and two shards at once) to the cases."""
    base = f"{label} -n 0"
    runs = {base: ["-n", "0"], f"{label} -n 2": ["-n", "2"]}
    runs.update({f"{label} -n 2 --dist {mode}": ["-n", "2", "--dist", mode] for mode in dict.fromkeys(dists)})
    for name, knobs in runs.items():
        cases[name] = timing.command([*timing.PYTEST, *flags, *knobs, "."], cwd=folder)
        if name != base:
            pairs.append((base, name))
    if shards:
        py = " ".join([PYTEST, *map(shlex.quote, flags)])
        recipe = CONCURRENT.format(py=py)
        cases[f"{label}, 2 shards -n 0"] = timing.command(["sh", "-c", recipe], cwd=folder)
        pairs.append((base, f"{label}, 2 shards -n 0"))
        print(f"  {label}, shards: sh -c {recipe!r}")


def _has_hypothesis_plugin() -> bool:
    return importlib.util.find_spec("_hypothesis_pytestplugin") is not None


if __name__ == "__main__":
    sys.exit(main())
