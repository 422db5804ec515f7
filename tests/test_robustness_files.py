"""Files: every file the tool writes is written atomically, and no document is ever
modified.

`checks.atomic.write_atomic` writes a temporary file in the target's folder,
flushes it to disk and renames it over the target. A process killed (SIGKILL) at
any moment leaves the target with its complete old or complete new content; the
only trace is a stale hidden `.NAME.*.tmp` file next to it.
"""

from __future__ import annotations

import builtins
import io
import multiprocessing
import os
import random
import signal
import stat
import time

import pytest
from memo import DOCUMENT, GOOD, write

from checks import atomic
from checks.atomic import write_atomic
from checks.cli import main

SIZE = 4_000_000  # characters per version: large enough that a write takes a while
OLD = "old\n" * (SIZE // 4)
NEW = ("A" * (SIZE - 1) + "\n", "B" * (SIZE - 1) + "\n")


def _write_forever(path: str, started) -> None:
    """The child: write NEW[0], NEW[1], NEW[0], ... atomically until killed."""
    try:
        for count in range(10**9):
            write_atomic(path, NEW[count % 2])
            started.set()
    finally:
        os._exit(0)


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def kill_while_writing(path, delay: float, wait_for_first: bool) -> None:
    context = _context()
    started = context.Event()
    child = context.Process(target=_write_forever, args=(str(path), started))
    child.start()
    if wait_for_first:
        started.wait()
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    child.join()
    assert child.exitcode == -signal.SIGKILL


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_writer_killed_at_a_random_moment_leaves_the_old_or_the_new_file_complete(tmp_path):
    rng = random.Random(int(os.environ.get("CHECKS_KILL_SEED", "20250718")))
    target = tmp_path / "report.txt"
    left_mid_write = 0
    for round_ in range(12):
        target.write_text(OLD, encoding="utf-8")
        early = round_ % 3 == 0  # a third of the rounds kill at once, often during the first write
        kill_while_writing(target, rng.uniform(0, 0.02 if early else 0.15), wait_for_first=not early)
        content = target.read_text(encoding="utf-8")
        allowed = (OLD, *NEW) if early else NEW
        assert content in allowed, f"round {round_}: a torn file of {len(content)} characters"
        leftovers = [p for p in tmp_path.iterdir() if p.name.startswith(".report.txt.") and p.suffix == ".tmp"]
        left_mid_write += bool(leftovers)
        for leftover in leftovers:
            leftover.unlink()
    assert left_mid_write >= 1, "no kill landed mid-write: the test did not test anything"


def test_a_write_that_fails_midway_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "claims.yaml"
    target.write_text("old", encoding="utf-8")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        write_atomic(str(target), "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.yaml"]


def test_an_interrupt_during_a_write_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "claims.yaml"
    target.write_text("old", encoding="utf-8")

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(str(target), "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.yaml"]


def test_a_rewritten_file_keeps_its_permissions_and_is_a_new_inode(tmp_path):
    target = tmp_path / "claims.yaml"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    before = os.stat(target)
    write_atomic(str(target), "new")
    after = os.stat(target)
    assert stat.S_IMODE(after.st_mode) == 0o640
    assert after.st_ino != before.st_ino  # renamed over, not rewritten in place
    assert target.read_text(encoding="utf-8") == "new"


# -- what the commands write --------------------------------------------------------


class WriteAudit:
    """Records every file opened for writing and every rename, while installed."""

    WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

    def __init__(self, monkeypatch):
        self.opened: list[str] = []
        self.renamed: list[tuple[str, str]] = []
        real_open, real_os_open, real_replace, real_rename = builtins.open, os.open, os.replace, os.rename

        def audited_open(file, mode="r", *args, **kwargs):
            if isinstance(file, (str, bytes, os.PathLike)) and any(c in mode for c in "wax+"):
                self.opened.append(os.path.abspath(os.fsdecode(file)))
            return real_open(file, mode, *args, **kwargs)

        def audited_os_open(path, flags, *args, **kwargs):
            if flags & self.WRITE_FLAGS:
                self.opened.append(os.path.abspath(os.fsdecode(path)))
            return real_os_open(path, flags, *args, **kwargs)

        def audited_replace(src, dst, *args, **kwargs):
            self.renamed.append((os.path.abspath(os.fsdecode(src)), os.path.abspath(os.fsdecode(dst))))
            return real_replace(src, dst, *args, **kwargs)

        def audited_rename(src, dst, *args, **kwargs):
            self.renamed.append((os.path.abspath(os.fsdecode(src)), os.path.abspath(os.fsdecode(dst))))
            return real_rename(src, dst, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", audited_open)
        monkeypatch.setattr(io, "open", audited_open)
        monkeypatch.setattr(os, "open", audited_os_open)
        monkeypatch.setattr(os, "replace", audited_replace)
        monkeypatch.setattr(os, "rename", audited_rename)

    def targets(self) -> set[str]:
        """Files written, each checked to have been written to a hidden temporary file
        in its own folder and renamed over the target."""
        renamed = dict(self.renamed)
        for path in self.opened:
            name = os.path.basename(path)
            assert name.startswith(".") and name.endswith(".tmp"), f"{path} was written in place"
            assert path in renamed, f"{path} was written but never renamed over its target"
            assert os.path.dirname(renamed[path]) == os.path.dirname(path), "a rename across folders is not atomic"
        return {target for _, target in self.renamed}


def changed_document() -> str:
    return DOCUMENT.replace("9.3%", "9.4%")


COMMANDS = {
    "check": (["check", "claims.yaml", "--output", "out.txt"], DOCUMENT, {"out.txt"}),
    "check json": (["check", "claims.yaml", "--format", "json", "--output", "out.json"], DOCUMENT, {"out.json"}),
    "check sarif": (["check", "claims.yaml", "--format", "sarif", "--output", "out.sarif"], DOCUMENT, {"out.sarif"}),
    "coverage": (["coverage", "claims.yaml", "--output", "coverage.txt"], DOCUMENT, {"coverage.txt"}),
    "mutate": (["mutate", "claims.yaml", "--output", "mutants.txt"], DOCUMENT, {"mutants.txt"}),
    "schema": (["schema", "--output", "schema.json"], DOCUMENT, {"schema.json"}),
    "report": (["report", "claims.yaml", "--html", "page.html"], DOCUMENT, {"page.html"}),
    "lint": (["lint", "memo.txt", "--output", "lint.txt"], DOCUMENT, {"lint.txt"}),
    "accept": (["accept", "claims.yaml"], changed_document(), {"claims.yaml", "claims.yaml.bak"}),
    "draft": (["draft", "memo.txt", "--into", "drafted.yaml"], DOCUMENT, {"drafted.yaml"}),
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_file_a_command_writes_is_written_atomically_and_the_document_is_untouched(
        tmp_path, monkeypatch, capsys, name):
    argv, document, expected = COMMANDS[name]
    write(tmp_path, GOOD, document)
    monkeypatch.chdir(tmp_path)
    memo = tmp_path / "memo.txt"
    os.chmod(memo, 0o444)  # like the bundled briefing: the tool needs no write access
    past = time.time_ns() - 10**9 * 3600
    os.utime(memo, ns=(past, past))
    before = (memo.read_bytes(), os.stat(memo).st_mtime_ns, stat.S_IMODE(os.stat(memo).st_mode))
    audit = WriteAudit(monkeypatch)
    code = main(argv)
    monkeypatch.undo()
    assert code in (0, 1), capsys.readouterr().err
    assert audit.targets() == {str(tmp_path / target) for target in expected}
    after = (memo.read_bytes(), os.stat(memo).st_mtime_ns, stat.S_IMODE(os.stat(memo).st_mode))
    assert after == before


def test_checking_the_real_briefing_leaves_its_bytes_and_mtime_unchanged(capsys):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ledger = os.path.join(root, "data", "claims.yaml")
    documents = [os.path.join(root, "data", name) for name in os.listdir(os.path.join(root, "data"))
                 if name.endswith(".txt")]
    def state(path: str) -> tuple[bytes, int]:
        with open(path, "rb") as handle:
            return handle.read(), os.stat(path).st_mtime_ns

    before = {path: state(path) for path in documents}
    assert main(["check", ledger]) in (0, 1)
    assert {path: state(path) for path in documents} == before


# -- output that cannot be written --------------------------------------------------


@pytest.mark.parametrize("argv, output", [
    (["check", "claims.yaml", "--output", "missing/out.txt"], "missing/out.txt"),
    (["schema", "--output", "missing/schema.json"], "missing/schema.json"),
    (["coverage", "claims.yaml", "--output", "missing/coverage.txt"], "missing/coverage.txt"),
    (["mutate", "claims.yaml", "--output", "missing/mutants.txt"], "missing/mutants.txt"),
    (["lint", "memo.txt", "--output", "missing/lint.txt"], "missing/lint.txt"),
    (["draft", "memo.txt", "--into", "missing/drafted.yaml"], "missing/drafted.yaml"),
    (["report", "claims.yaml", "--html", "missing/page.html", "--no-mutation"], "missing/page.html"),
], ids=["check", "schema", "coverage", "mutate", "lint", "draft", "report"])
def test_an_output_that_cannot_be_written_is_one_clear_line_and_exit_2(tmp_path, monkeypatch, capsys, argv, output):
    """Was bug B7: the OSError escaped (a traceback, and exit 1, which CI reads as findings)."""
    write(tmp_path, GOOD)
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    assert capsys.readouterr().err == f"{output}: cannot write: No such file or directory\n"


def test_an_output_that_is_a_folder_is_one_clear_line_and_exit_2(tmp_path, monkeypatch, capsys):
    write(tmp_path, GOOD)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "claims.yaml", "--output", "."]) == 2
    err = capsys.readouterr().err
    assert err.startswith(".: cannot write: ") and err.count("\n") == 1


@pytest.mark.parametrize("argv, output", [
    (["check", "claims.yaml", "--output", "memo.txt"], "memo.txt"),
    (["check", "claims.yaml", "--output", "./sub/../memo.txt"], "./sub/../memo.txt"),
    (["report", "claims.yaml", "--html", "memo.txt", "--no-mutation"], "memo.txt"),
    (["lint", "memo.txt", "--output", "memo.txt"], "memo.txt"),
    (["coverage", "claims.yaml", "--output", "claims.yaml"], "claims.yaml"),
], ids=["check", "check-another-spelling", "report", "lint", "coverage-over-the-ledger"])
def test_an_output_naming_an_input_is_refused_and_the_input_is_untouched(tmp_path, monkeypatch, capsys, argv, output):
    """Was bug B17: the report replaced the document it was about."""
    write(tmp_path, GOOD)
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    assert (tmp_path / "memo.txt").read_text(encoding="utf-8") == DOCUMENT
    assert (tmp_path / "claims.yaml").read_text(encoding="utf-8") == GOOD
    err = capsys.readouterr().err
    assert err.startswith(f"{output}: cannot write: it is an input of this run") and err.count("\n") == 1
