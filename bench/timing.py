"""Timing for the benchmarks: interleaved rounds, medians, paired ratios, peak memory.

The machine these run on is shared and noisy, so every comparison is measured
side by side: each round runs every case once, in rotating order, and a ratio is
the median over rounds of the ratio *within* a round (a burst of load hits both
sides of the pair). Medians of each side are printed too.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / ".out"
PYTEST = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q"]

# Peak resident memory of one command, from a fresh parent so that the
# maximum covers that command only (RUSAGE_CHILDREN keeps the largest child).
_RSS = ("import resource, subprocess, sys\n"
        "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n")


def command(argv: Sequence[str], *, cwd: str | Path | None = None, env: dict | None = None,
            ok: Sequence[int] = (0,)) -> Callable[[], float]:
    """A case that runs `argv` once and returns its wall time in seconds."""
    environment = {**os.environ, **(env or {})}

    def run() -> float:
        start = time.perf_counter()
        done = subprocess.run(list(argv), cwd=cwd, env=environment, capture_output=True, check=False)
        elapsed = time.perf_counter() - start
        if done.returncode not in ok:
            raise SystemExit(f"{' '.join(map(str, argv))} exited {done.returncode}:\n"
                             f"{done.stdout.decode()[-2000:]}{done.stderr.decode()[-2000:]}")
        return elapsed

    return run


def call(function: Callable[[], object]) -> Callable[[], float]:
    """A case that calls `function` in this process and returns its time."""

    def run() -> float:
        start = time.perf_counter()
        function()
        return time.perf_counter() - start

    return run


def interleave(cases: dict[str, Callable[[], float]], rounds: int, *, warmup: int = 1) -> dict[str, list[float]]:
    """Run every case once per round (order rotating), `rounds` times after `warmup` rounds."""
    names = list(cases)
    times: dict[str, list[float]] = {name: [] for name in names}
    last: dict[str, float] = {}
    for index in range(warmup + rounds):
        order = names[index % len(names):] + names[:index % len(names)]
        for name in order:
            elapsed = cases[name]()
            if index >= warmup:
                times[name].append(elapsed)
            last[name] = elapsed
        shown = ", ".join(f"{name} {last[name]:.3f}s" for name in names)
        print(f"  round {index + 1 - warmup:>2}{' (warm-up)' if index < warmup else ''}: {shown}",
              file=sys.stderr, flush=True)
    return times


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def paired_ratio(times: dict[str, list[float]], numerator: str, denominator: str) -> float:
    """Median over rounds of numerator / denominator measured in the same round."""
    return statistics.median(a / b for a, b in zip(times[numerator], times[denominator]))


def describe(times: dict[str, list[float]]) -> str:
    lines = []
    for name, values in times.items():
        lines.append(f"  {name:<34} median {median(values):8.3f}s  min {min(values):8.3f}s  "
                     f"max {max(values):8.3f}s  ({len(values)} runs)")
    return "\n".join(lines)


def verdict(name: str, measured: float, target: float, *, at_most: bool = True) -> str:
    met = measured <= target if at_most else measured >= target
    sign = "<=" if at_most else ">="
    return f"{name}: {measured:.2f}x (target {sign} {target:g}x) -> {'MET' if met else 'MISSED'}"


def peak_rss_mb(argv: Sequence[str], *, cwd: str | Path | None = None, env: dict | None = None) -> tuple[float, int, float]:
    """(peak resident MB of `argv` and its children, exit code, wall seconds)."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _RSS, *argv], cwd=cwd, env={**os.environ, **(env or {})},
                          stdout=subprocess.PIPE, check=True)
    elapsed = time.perf_counter() - start
    kilobytes, code = done.stdout.split()
    return int(kilobytes) / 1024, int(code), elapsed


def machine() -> str:
    """nproc, CPU model, Python, load average, and which `checks` is measured."""
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import checks

    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    return (f"machine: nproc {os.cpu_count()}, CPU {model}, Python {platform.python_version()} "
            f"({platform.python_implementation()}), load average {load}\n"
            f"checks from {Path(checks.__file__).parent}")
