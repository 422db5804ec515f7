"""The hostile cases of docs/robustness.md, each run as a command: exit, time, memory, files.

    python -m bench.bench_hostile              # every case, a Markdown table
    python -m bench.bench_hostile fifo zero    # some, by name

Each case writes a small memo (a document and its two-claim ledger, plus a
review.yaml) into `data/` of its own folder under bench/.out/hostile/, spoils one thing,
runs one command there under a 2 GB address-space limit and a 120 s timeout,
and prints the exit code, the wall time, the peak resident memory (of that
command alone, measured by a small parent process) and whether every file of the folder kept its
bytes (the files the case writes on purpose excepted). A case passes when the
exit is the one expected, stderr holds no traceback and the files are unchanged.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.timing import OUT, ROOT
from tests.memo import DOCUMENT as MEMO
from tests.memo import GOOD as LEDGER
from tests.memo import RELATION

REVIEW = "version: 1\ndocuments:\n  - memo.txt\n"
LIMIT_BYTES = 2 << 30
TIMEOUT = 120


@dataclass
class Case:
    name: str
    what: str
    argv: list[str]
    expect: int
    files: dict[str, str | bytes] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)
    prepare: Callable[[Path], None] | None = None
    writes: tuple[str, ...] = ()  # files the command writes on purpose
    during: Callable[[Path], None] | None = None  # run while the command runs
    verify: Callable[[Path], str] | None = None  # what is wrong with the folder afterwards, or ""


def _fifo(name: str) -> Callable[[Path], None]:
    return lambda folder: os.mkfifo(folder / name)


def _symlink(name: str, target: str) -> Callable[[Path], None]:
    return lambda folder: os.symlink(target, folder / name)


def _edit_ledger_soon(folder: Path) -> None:
    """Save an edit of the ledger while `accept` is still reading the document."""
    time.sleep(2)
    path = folder / "claims.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# an edit saved meanwhile\n", encoding="utf-8")


def _ledger_holds(text: str, absent: str = "") -> Callable[[Path], str]:
    def verify(folder: Path) -> str:
        ledger = (folder / "claims.yaml").read_text(encoding="utf-8")
        if text not in ledger:
            return f"the ledger lost {text!r}"
        return f"the ledger holds {absent!r}" if absent and absent in ledger else ""
    return verify


def _written_through(folder: Path) -> str:
    if not (folder / "link").is_symlink():
        return "the symlink was replaced by a file"
    return "out.txt was not written" if (folder / "out.txt").read_text() == "old\n" else ""


def cases() -> list[Case]:
    ledger = LEDGER
    relation = ledger + RELATION
    big = "1" + "0" * 240_000
    return [
        Case("compile-ignore", "ignore pattern `(?:a{4000}){4000}`", ["coverage"], 2,
             {"claims.yaml": ledger + "ignore:\n  - pattern: '(?:a{4000}){4000}'\n    reason: x\n"}),
        Case("furniture", "furniture `^(a|aa)+$` on 40 a's and a '!', `CHECKS_PATTERN_SECONDS=1`", ["lint"], 2,
             {"memo.txt": MEMO + "a" * 40 + "!\n",
              "review.yaml": REVIEW + "furniture:\n  - pattern: '^(a|aa)+$'\n    note: x\n"},
             env={"CHECKS_PATTERN_SECONDS": "1"}),
        Case("tolerance-1e-9999999", "tolerance `1e-9999999`", ["check"], 2,
             {"claims.yaml": relation.format(formula="a * 0.37", tolerance="1e-9999999")}),
        Case("formula-1e9999999", "formula `a * 1e9999999`", ["check"], 2,
             {"claims.yaml": relation.format(formula="a * 1e9999999", tolerance="0.1")}),
        Case("precision-1e-9999999", "claim `precision: 1e-9999999`", ["check"], 2,
             {"claims.yaml": ledger.replace("    unit: pp\n", "    unit: pp\n    precision: 1e-9999999\n")}),
        Case("html-over-review", "`report --html review.yaml`", ["report", "--html", "data/review.yaml"], 2),
        Case("output-over-named-document", "`check --document other.txt --output memo.txt`",
             ["check", "--document", "data/other.txt", "--output", "data/memo.txt"], 2, {"other.txt": MEMO}),
        Case("output-over-bak", "`check --output claims.yaml.bak` (accept's backup)",
             ["check", "--output", "data/claims.yaml.bak"], 2, {"claims.yaml.bak": ledger}),
        Case("output-symlink", "`--output link` (a symlink to out.txt)", ["check", "--output", "data/link"], 0,
             {"out.txt": "old\n"}, prepare=_symlink("link", "out.txt"), writes=("data/out.txt",), verify=_written_through),
        Case("output-device", "`--output null`, a symlink to /dev/null (never /dev/null itself: an old tree run "
             "as root would replace it)", ["check", "--output", "data/null"], 2, prepare=_symlink("null", "/dev/null")),
        Case("output-fifo", "`--output fifo`", ["check", "--output", "data/fifo"], 2, prepare=_fifo("fifo")),
        Case("fifo-document", "the document is a FIFO", ["check"], 2,
             prepare=lambda folder: (os.unlink(folder / "memo.txt"), os.mkfifo(folder / "memo.txt"))),
        Case("fifo-ledger", "the ledger is a FIFO", ["check", "data/pipe.yaml"], 2, prepare=_fifo("pipe.yaml")),
        Case("dev-zero-document", "`--document /dev/zero`", ["check", "--document", "/dev/zero"], 2),
        Case("dev-zero-ledger", "ledger `/dev/zero`", ["check", "/dev/zero"], 2),
        # the numeral is a paragraph of its own: as the last line of Xie Cun's paragraph it
        # would make "Xie Cun:" a header (its paragraph would not end as prose), and the
        # memo's anchors, which name Xie Cun, would match nowhere
        Case("numeral-240k-coverage", "a 240,000-digit numeral, `coverage`", ["coverage"], 1,
             {"memo.txt": MEMO + "\n" + big + "\n"}),
        Case("numeral-240k-report", "a 240,000-digit numeral, `report`", ["report", "--html", "out.html"], 0,
             {"memo.txt": MEMO + "\n" + big + "\n"}, writes=("out.html",)),
        Case("document-50mb", "a 50 MB document of numerals, `coverage`", ["coverage"], 1,
             {"memo.txt": MEMO + ("1" + "0" * 999 + " ") * 50_000}),
        Case("soft-hyphen", "`1\\u00ad9.3%` in the document, `accept`", ["accept"], 0,
             {"memo.txt": MEMO.replace("9.3%", "1\u00ad9.3%")}, writes=("data/claims.yaml", "data/claims.yaml.bak"),
             verify=_ledger_holds("value: 19.3%", "value: 1%")),
        Case("zero-width-space", "`9\\u200b.3%` in the document, `coverage`", ["coverage"], 0,
             {"memo.txt": MEMO.replace("9.3%", "9\u200b.3%")}),
        Case("version-5000-digits", "`version:` of 5,000 digits", ["check"], 2,
             {"claims.yaml": ledger.replace("version: 1", "version: " + "1" * 5000)}),
        Case("slack-percent", "`slack: '100%'`", ["check"], 2,
             {"claims.yaml": ledger + "defaults:\n  slack:\n    nearly: '100%'\n"}),
        Case("pattern-seconds-2s", "`CHECKS_PATTERN_SECONDS=2s`", ["coverage"], 2,
             env={"CHECKS_PATTERN_SECONDS": "2s"}),
        Case("pattern-seconds-nan", "`CHECKS_PATTERN_SECONDS=nan`", ["coverage"], 2,
             env={"CHECKS_PATTERN_SECONDS": "nan"}),
        Case("expected-10000", "10,000 `expected:` entries, each matching a finding", ["check"], 0,
             {"claims.yaml": ledger + "".join(
                 f"  c{index}:\n    metric: m\n    period: '2025'\n    unit: count\n    value: '1'\n"
                 f"    mentions:\n      - anchor: 'nowhere {index} [1]'\n" for index in range(10_000))
              + "expected:\n" + "".join(
                 f"  - kind: anchor\n    rule: missing\n    id: c{index}\n    reason: r\n" for index in range(10_000))}),
        Case("arabic-indic", "`٩٫٣٪` in the document, `coverage`", ["coverage"], 1,
             {"memo.txt": MEMO + "Exports rose ٩٫٣٪.\n"}),
        Case("devanagari-math", "`९.३%` and `𝟗.𝟑%` in the document, `coverage`", ["coverage"], 1,
             {"memo.txt": MEMO + "Exports rose ९.३% and 𝟗.𝟑%.\n"}),
        Case("accept-concurrent-edit", "ledger edited while `accept` runs", ["accept"], 2,
             {"memo.txt": MEMO.replace("9.3%", "9.4%") + ("word " * 2_000_000)},
             during=_edit_ledger_soon, writes=("data/claims.yaml", "data/claims.yaml.bak"),
             verify=_ledger_holds("an edit saved meanwhile")),
    ]


def _fingerprints(folder: Path) -> dict[str, str]:
    found = {}
    for path in sorted(folder.rglob("*")):
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            found[str(path.relative_to(folder))] = "-> " + os.readlink(path)
        elif stat.S_ISREG(info.st_mode):
            found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            found[str(path.relative_to(folder))] = stat.filemode(info.st_mode)
    return found


# A fresh small parent per case, so that the peak memory is that command's alone (Linux keeps
# a process's peak across exec, so a child forked from this process would start at its size).
_WRAPPER = """\
import resource, subprocess, sys
report, limit, timeout = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
cap = lambda: resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
try:
    code = subprocess.run(sys.argv[4:], preexec_fn=cap, timeout=timeout).returncode
except subprocess.TimeoutExpired:
    code = "timeout"
with open(report, "w") as handle:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    handle.write(f"{usage.ru_maxrss} {usage.ru_utime + usage.ru_stime} {code}")
"""


def run(case: Case, base: Path) -> dict:
    folder = base / case.name
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "data").mkdir(parents=True)
    files = {"memo.txt": MEMO, "claims.yaml": LEDGER, "review.yaml": REVIEW, **case.files}
    for name, content in files.items():
        (folder / "data" / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    if case.prepare:
        case.prepare(folder / "data")
    before = _fingerprints(folder)
    report = folder.parent / f"{case.name}.rusage"
    argv = [sys.executable, "-c", _WRAPPER, str(report), str(LIMIT_BYTES), str(TIMEOUT),
            sys.executable, "-m", "checks", *case.argv]
    env = {**os.environ, "PYTHONPATH": str(ROOT), **case.env}
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(argv, cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=err)
        if case.during:
            case.during(folder / "data")
        process.wait()
        elapsed = time.perf_counter() - start
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    rss_kb, cpu, code = report.read_text().split()
    after = _fingerprints(folder)
    wrong = case.verify(folder / "data") if case.verify else ""
    changed = sorted(name for name in set(before) | set(after)
                     if before.get(name) != after.get(name) and name not in case.writes)
    timed_out = code == "timeout"
    exit_code = None if timed_out else int(code)
    traceback = "Traceback" in stderr or "MemoryError" in stderr
    passed = exit_code == case.expect and not traceback and not changed and not timed_out and not wrong
    first = wrong or (stderr.strip().splitlines()[0][:100] if stderr.strip() else "")
    return {"case": case, "exit": exit_code, "seconds": elapsed, "cpu": float(cpu), "rss_mb": int(rss_kb) / 1024,
            "changed": changed, "timed_out": timed_out, "traceback": traceback, "passed": passed, "first": first}


def main(argv: list[str] | None = None) -> int:
    names = argv if argv is not None else sys.argv[1:]
    chosen = [case for case in cases() if not names or case.name in names]
    base = OUT / "hostile"
    print(f"# {sys.executable} -m bench.bench_hostile {' '.join(names)}".rstrip())
    print("| case | command | exit (expected) | wall time | CPU time | peak memory | files unchanged | first stderr line |")
    print("|---|---|---|---|---|---|---|---|")
    failed = 0
    for case in chosen:
        result = run(case, base)
        failed += not result["passed"]
        exit_text = "timeout" if result["timed_out"] else str(result["exit"])
        files = "yes" if not result["changed"] else "no: " + ", ".join(result["changed"])
        verdict = "" if result["passed"] else " **FAIL**"
        line = result["first"].replace("|", "\\|")
        print(f"| {case.what} | `checks {' '.join(case.argv)}` | {exit_text} ({case.expect}){verdict} | "
              f"{result['seconds']:.1f} s | {result['cpu']:.1f} s | {result['rss_mb']:.0f} MB | {files} | {line} |", flush=True)
    print(f"{len(chosen) - failed} of {len(chosen)} cases pass")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
