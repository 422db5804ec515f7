"""Start-up: what the checks plugin adds to a plain `pytest` start, and what it imports.

    python -m bench.bench_startup

1. `python -m pytest -p no:cacheprovider -q test_one.py` (one trivial test), with
   the installed plugins, against the same with `-p no:checks`; interleaved.
2. `import checks.plugin` after `import pytest`, in a fresh interpreter each round:
   its own import time, and which heavy modules it pulls in.
3. Which heavy modules `python -m checks check` loads (hypothesis must not be one).
4. `python -m checks check` of the briefing (the README's first command) against
   the floor `python -c "import yaml"`, interleaved; target <= 4x, in wall time and
   in CPU time (user + system of the child: steadier on a shared machine). Both run
   from byte-compiled modules, as an installed package does: the benchmark compiles
   `checks/` first (`python -m compileall`), since PYTHONDONTWRITEBYTECODE may be set.
   With `--source`, `check` runs instead from a copy of `checks/` without bytecode
   (PYTHONDONTWRITEBYTECODE=1), as an editable install does on such a machine; the
   floor's modules keep theirs. With `--against PATH` (another checkout, e.g. a
   `git worktree` of an earlier commit), its `check` runs in the same rounds, for a
   before-and-after ratio measured in one run.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

from bench import timing

HEAVY = ("hypothesis", "yaml", "jsonschema", "checks.engine", "checks.ledger", "checks.anchors", "checks.document",
         "checks.numbers", "checks.rules", "checks.outputs.html_format", "checks.outputs.sarif_format",
         "checks.lint", "decimal", "fractions")
_IMPORT = ("import json, sys, time\n"
           "import pytest\n"
           "start = time.perf_counter()\n"
           "import checks.plugin\n"
           "elapsed = time.perf_counter() - start\n"
           f"print(json.dumps([elapsed, [m for m in {HEAVY!r} if m in sys.modules]]))\n")
_CLI = ("import json, sys\n"
        "from checks import cli\n"
        "code = cli.main(sys.argv[1:])\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]), file=sys.stderr)\n")
TARGET = 1.10  # "adds little": at most 10% on a one-test pytest run
CHECK_TARGET = 4.0  # `python -m checks check` of the briefing over `python -c "import yaml"`


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_startup", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--source", action="store_true",
                        help="section 4 only, with `checks` compiled from source at every run")
    parser.add_argument("--against", type=Path, metavar="PATH",
                        help="section 4 only, also timing `check` in this other checkout (byte-compiled)")
    args = parser.parse_args(argv)
    folder = timing.OUT / "startup"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / "test_one.py").write_text("def test_one():\n    pass\n")
    print(timing.machine())
    if args.source or args.against:
        print(check_against_floor(args.rounds, source=folder if args.source else None, against=args.against))
        return 0
    print("start-up: python -m pytest -p no:cacheprovider -q test_one.py, with and without -p no:checks")
    imports: list[float] = []
    loaded: list[str] = []

    def plugin_import() -> float:
        done = subprocess.run([sys.executable, "-c", _IMPORT], capture_output=True, text=True, check=True)
        elapsed, modules = json.loads(done.stdout)
        imports.append(elapsed)
        loaded[:] = modules
        return elapsed

    times = timing.interleave({
        "pytest with checks plugin": timing.command([*timing.PYTEST, "test_one.py"], cwd=folder),
        "pytest -p no:checks": timing.command([*timing.PYTEST, "-p", "no:checks", "test_one.py"], cwd=folder),
        "import checks.plugin (in-process)": plugin_import,
    }, args.rounds)
    print(timing.describe(times))
    with_plugin, without = times["pytest with checks plugin"], times["pytest -p no:checks"]
    print(f"  plugin adds {1000 * (timing.median(with_plugin) - timing.median(without)):.0f} ms "
          f"(median of each side); `import checks.plugin` alone: {1000 * timing.median(imports[1:]):.0f} ms")
    print(f"  modules loaded by `import checks.plugin`: {', '.join(loaded) or 'none of the heavy ones'}")
    shutil.copy(timing.ROOT / "data" / "claims.yaml", folder)
    shutil.copy(timing.ROOT / "data" / "scio-2025-07-18-miit-h1.en.txt", folder)
    done = subprocess.run([sys.executable, "-c", _CLI, "check", "claims.yaml"], cwd=folder, capture_output=True,
                          text=True, check=False)
    cli_modules = json.loads(done.stderr.strip().splitlines()[-1])
    print(f"  modules loaded by `python -m checks check`: {', '.join(cli_modules)}")
    print(f"  hypothesis imported by the plugin: {'hypothesis' in loaded}; by `check`: {'hypothesis' in cli_modules}")
    print(timing.verdict("pytest start with plugin / without", timing.paired_ratio(
        times, "pytest with checks plugin", "pytest -p no:checks"), TARGET))
    print(check_against_floor(args.rounds))
    return 0


def check_against_floor(rounds: int, source: Path | None = None, against: Path | None = None) -> str:
    """Section 4: the verdict line of `python -m checks check` over `python -c "import yaml"`;
    with `source` (a scratch folder), `checks` runs from a copy there without bytecode;
    with `against`, another checkout's `check` runs in the same rounds."""
    check, floor = "python -m checks check", 'python -c "import yaml"'
    cwd, env = timing.ROOT, {}
    other = f"{check} in {against}"
    if source is None:
        compileall.compile_dir(timing.ROOT / "checks", quiet=1)
    else:
        cwd, env = source / "run", {"PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(source / "code")}
        shutil.copytree(timing.ROOT / "checks", source / "code" / "checks",
                        ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(timing.ROOT / "data", cwd / "data")
        check += " (from source)"
    print(f"\ncheck start-up: `{check}` of the briefing (cwd {cwd}) against `{floor}`")
    argvs = {check: [sys.executable, "-m", "checks", "check"], floor: [sys.executable, "-c", "import yaml"]}
    cwds = {check: cwd, floor: cwd}
    if against is not None:
        compileall.compile_dir(against / "checks", quiet=1)
        argvs[other], cwds[other] = argvs[check], against
    times = timing.interleave({name: timing.command(argv, cwd=cwds[name], env=env) for name, argv in argvs.items()},
                              rounds)
    print(timing.describe(times))
    cpu = timing.interleave({f"{name} (CPU)": _cpu(argv, cwds[name], env) for name, argv in argvs.items()}, rounds)
    print(timing.describe(cpu))
    if against is not None:
        for label, series, suffix in (("CPU", cpu, " (CPU)"), ("wall", times, "")):
            print(f"  {against} / import yaml, {label}: "
                  f"{timing.paired_ratio(series, other + suffix, floor + suffix):.2f}x")
    print(timing.verdict("check of the briefing / import yaml, CPU", timing.paired_ratio(
        cpu, f"{check} (CPU)", f"{floor} (CPU)"), CHECK_TARGET))
    return timing.verdict("check of the briefing / import yaml", timing.paired_ratio(times, check, floor),
                          CHECK_TARGET)


def _cpu(argv: list[str], cwd: Path, env: dict[str, str]):
    """A case that runs `argv` once in `cwd` and returns its user + system CPU seconds."""
    environment = {**os.environ, **env}

    def run() -> float:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(argv, cwd=cwd, env=environment, capture_output=True, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime

    return run


if __name__ == "__main__":
    sys.exit(main())
