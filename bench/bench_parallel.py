"""Parallelism: a corpus of 200 ledgers under pytest-xdist, -n 2 against -n 0.

    python -m bench.bench_parallel                    # 200 ledgers of 54 claims, 5 rounds
    python -m bench.bench_parallel --dist loadfile    # also time -n 2 --dist loadfile

Every case is `python -m pytest -p no:cacheprovider -q -n K .` run in the corpus
folder (bench/.out/corpus<L>x<C>/). Target: time(-n 0) / time(-n 2) >= 1.6.
Measured in the same rounds, for context:
  floor   a plain file of as many trivial parametrized tests, -n 0 and -n 2: what
          pytest-xdist itself gains on items that cost nothing;
  shards  the corpus split in two by the sharding recipe of docs/performance.md,
          two `pytest -n 0` processes at once (what a CI matrix does, on one machine).
Last, the recipe is checked: its shards together collect exactly the corpus's items.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

from bench import corpus, timing

TARGET = 1.6
SHARD = "ls *.yaml | sort | awk -v n={n} -v i={i} '(NR - 1) % n == i'"
PYTEST = "python -m pytest -p no:cacheprovider -q"
CONCURRENT = ("({a} | xargs -r {py} -n 0) & first=$!; ({b} | xargs -r {py} -n 0); second=$?; "
              "wait $first && exit $second")
FLOOR = '''import pytest


@pytest.mark.parametrize("i", range({n}))
def test_x(i):
    pass
'''


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
    parser.add_argument("--claims", type=int, default=54, help="claims per ledger")
    parser.add_argument("--dist", action="append", default=[], help="also time -n 2 --dist MODE")
    parser.add_argument("--shards", type=int, default=2, help="shards for the recipe check")
    parser.add_argument("--no-floor", action="store_true", help="skip the trivial-test floor cases")
    args = parser.parse_args(argv)
    folder = timing.OUT / f"corpus{args.ledgers}x{args.claims}"
    if not (folder / f"b{args.ledgers - 1:04d}.yaml").exists():
        corpus.write_corpus(folder, args.ledgers, args.claims)
    total = items(folder, ".")
    print(timing.machine())
    print(f"parallel: {args.ledgers} ledgers of {args.claims} claims, {total} items "
          f"(cwd {folder.relative_to(timing.ROOT)}): {' '.join(timing.PYTEST[1:])} -n K .")
    floor = timing.OUT / "parallel_floor"
    floor.mkdir(parents=True, exist_ok=True)
    (floor / "test_floor.py").write_text(FLOOR.format(n=total))
    cases = {f"-n {k}": timing.command([*timing.PYTEST, "-n", str(k), "."], cwd=folder) for k in (0, 2)}
    for mode in args.dist:
        cases[f"-n 2 --dist {mode}"] = timing.command([*timing.PYTEST, "-n", "2", "--dist", mode, "."], cwd=folder)
    shards = CONCURRENT.format(a=SHARD.format(n=2, i=0), b=SHARD.format(n=2, i=1), py=PYTEST)
    cases["2 shards at once, -n 0 each"] = timing.command(["sh", "-c", shards], cwd=folder)
    if not args.no_floor:
        for k in (0, 2):
            cases[f"floor: plain file -n {k}"] = timing.command([*timing.PYTEST, "-n", str(k), "test_floor.py"],
                                                                cwd=floor)
    print(f"  shards: sh -c {shards!r}")
    times = timing.interleave(cases, args.rounds)
    print(timing.describe(times))
    for name in [name for name in times if not name.startswith(("-n 0", "floor"))]:
        print(timing.verdict(f"speed-up of {name} over -n 0", timing.paired_ratio(times, "-n 0", name), TARGET,
                             at_most=False))
    if not args.no_floor:
        gain = timing.paired_ratio(times, "floor: plain file -n 0", "floor: plain file -n 2")
        print(f"  floor: -n 2 over -n 0 on {total} trivial tests: {gain:.2f}x")
    counts = []
    for index in range(args.shards):
        listed = subprocess.run(SHARD.format(n=args.shards, i=index), shell=True, cwd=folder, capture_output=True,
                                text=True, check=True).stdout.split()
        counts.append(items(folder, *listed))
    print(f"  sharding ({SHARD.format(n=args.shards, i='I')} | xargs -r pytest ...): "
          f"{' + '.join(map(str, counts))} = {sum(counts)} items; whole corpus {total}: "
          f"{'OK' if sum(counts) == total else 'MISMATCH'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
