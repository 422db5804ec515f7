"""Inputs and outputs of a run: only regular files are read, never past their limit,
and no output replaces an input, a backup, a device or a symlink.

Decisions (docs/robustness.md): a ledger or document must be a regular file (a FIFO
or a device is refused before anything is read); sizes are counted while reading; an
output over a symlink writes through it; an output over anything else that is not a
regular file is refused; `accept` writes nothing when the ledger changed since it was read.
"""

from __future__ import annotations

import contextlib
import os
import threading

import pytest
from memo import DOCUMENT, GOOD, write

from checks import atomic, files
from checks.cli import main
from checks.document import DocumentError, load_document

pytest_plugins = ["pytester"]


@contextlib.contextmanager
def fifo_with_a_partner(path, content: bytes | None = None):
    """A FIFO at `path` whose other end a thread keeps opening: a writer of `content`,
    or a reader when `content` is None. Code that opens the FIFO meets a partner each
    time instead of blocking, so a mistake shows as a wrong result, with no timer; at
    the end the partner is released through a non-blocking open of the other end."""
    os.mkfifo(path)
    done = threading.Event()

    def partner() -> None:
        while not done.is_set():
            # BrokenPipeError: the code opened the FIFO without blocking, saw what it is
            # and closed it unread, which is what it should do
            with contextlib.suppress(BrokenPipeError), open(path, "wb" if content is not None else "rb") as pipe:
                pipe.write(content) if content is not None else pipe.read()

    thread = threading.Thread(target=partner, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        if content is not None:  # the writer: a read end, drained until it has stopped
            end = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
            while thread.is_alive():
                with contextlib.suppress(BlockingIOError):
                    os.read(end, 1 << 16)
                thread.join(0.01)  # a poll, not a limit: it loops until the writer is gone
            os.close(end)
        else:  # the reader: it sees the end of the file once a write end closes
            while thread.is_alive():
                with contextlib.suppress(OSError):  # ENXIO: it is not waiting in open() yet
                    os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
                thread.join(0.01)  # a poll, not a limit: it loops until the reader is gone


@pytest.fixture
def memo(tmp_path, monkeypatch):
    write(tmp_path, GOOD)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_fifo_as_document_is_refused_without_waiting_for_a_writer(memo, capsys):
    os.unlink("memo.txt")
    with fifo_with_a_partner("memo.txt", DOCUMENT.encode()):
        assert main(["check", "claims.yaml"]) == 2
    assert capsys.readouterr().err == ("claims.yaml:4:5: cannot read document 'memo.txt': "
                                       "not a regular file (a FIFO); name a file\n")


@pytest.mark.parametrize("command", ["check", "coverage", "accept"])
def test_a_fifo_as_ledger_is_refused_without_waiting_for_a_writer(memo, capsys, command):
    with fifo_with_a_partner("pipe.yaml", GOOD.encode()):
        assert main([command, "pipe.yaml"]) == 2
    assert capsys.readouterr().err == ("pipe.yaml:1:1: ledger yaml yaml: cannot read: "
                                       "not a regular file (a FIFO); name a file\n")


def test_a_device_is_refused_before_a_byte_is_read(memo, capsys):
    assert main(["check", "claims.yaml", "--document", "/dev/zero"]) == 2
    assert capsys.readouterr().err == ("claims.yaml:4:5: cannot read document '/dev/zero': "
                                       "not a regular file (a character device); name a file\n")
    assert main(["check", "/dev/zero"]) == 2
    assert "/dev/zero:1:1: ledger yaml yaml: cannot read: not a regular file (a character device)" in \
        capsys.readouterr().err


def test_the_size_limit_counts_the_bytes_read_not_the_size_the_file_reports(tmp_path, monkeypatch):
    """/dev/zero reports size 0 and never ends: what is read is counted, one byte past the limit at most."""
    path = tmp_path / "memo.txt"
    path.write_text(DOCUMENT)
    reads = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, size: reads.append(size) or real_read(fd, size))
    monkeypatch.setattr(os, "fstat", lambda fd, real=os.fstat: os.stat_result((*real(fd)[:6], 0, *real(fd)[7:])))
    with pytest.raises(files.TooLarge, match="file holds more than 10 bytes"):
        files.read_regular(path, 10)
    assert sum(reads) == 11


def test_a_document_over_its_limit_is_a_located_error(tmp_path, monkeypatch):
    path = tmp_path / "memo.txt"
    path.write_text(DOCUMENT)
    monkeypatch.setenv("CHECKS_MAX_DOCUMENT_BYTES", "20")
    with pytest.raises(DocumentError) as error:
        load_document(path)
    assert str(error.value) == (f"{path}:1:1: file is {len(DOCUMENT)} bytes, over the limit of 20; "
                                "raise CHECKS_MAX_DOCUMENT_BYTES if this is intended")
    monkeypatch.setenv("CHECKS_MAX_DOCUMENT_BYTES", "20MB")
    with pytest.raises(DocumentError, match="CHECKS_MAX_DOCUMENT_BYTES='20MB' is not a positive whole number"):
        load_document(path)


# -- outputs ------------------------------------------------------------------------


@pytest.mark.parametrize("argv, output", [
    (["report", "claims.yaml", "--html", "review.yaml", "--no-mutation", "--no-lint"], "review.yaml"),
    (["check", "claims.yaml", "--document", "other.txt", "--output", "memo.txt"], "memo.txt"),
    (["check", "claims.yaml", "--output", "claims.yaml.bak"], "claims.yaml.bak"),
    (["coverage", "claims.yaml", "--output", "hard-link.txt"], "hard-link.txt"),
], ids=["review-config", "document-named-by-the-ledger", "ledger-backup", "hard-link-of-the-document"])
def test_an_output_over_a_file_the_run_stands_on_is_refused(memo, capsys, argv, output):
    (memo / "review.yaml").write_text("version: 1\n")
    (memo / "other.txt").write_text(DOCUMENT)
    (memo / "claims.yaml.bak").write_text(GOOD)
    os.link("memo.txt", "hard-link.txt")
    before = {path.name: path.read_bytes() for path in memo.iterdir()}
    assert main(argv) == 2
    assert capsys.readouterr().err.startswith(f"{output}: cannot write: it is an input of this run")
    assert {path.name: path.read_bytes() for path in memo.iterdir()} == before


@pytest.mark.parametrize("make, what", [
    (lambda path: fifo_with_a_partner(path), "a FIFO"),
    (lambda path: os.symlink("/dev/null", path), "a character device"),
    (os.mkdir, "a folder"),
], ids=["fifo", "symlink-to-a-device", "folder"])
def test_an_output_that_is_not_a_regular_file_is_refused(memo, capsys, make, what):
    with make("out") or contextlib.nullcontext():
        assert main(["check", "claims.yaml", "--output", "out"]) == 2
    assert capsys.readouterr().err == f"out: cannot write: not a regular file ({what}); name a file\n"


def test_an_output_over_a_symlink_writes_through_it_and_keeps_the_link(memo):
    (memo / "reports").mkdir()
    (memo / "reports" / "out.txt").write_text("old\n")
    os.symlink("reports/out.txt", "link.txt")
    assert main(["check", "claims.yaml", "--output", "link.txt"]) == 0
    assert os.readlink("link.txt") == "reports/out.txt"
    assert (memo / "reports" / "out.txt").read_text() != "old\n"
    assert sorted(os.listdir(memo / "reports")) == ["out.txt"]  # the temporary file went beside the target


def test_accept_writes_nothing_when_the_ledger_changed_since_it_was_read(memo, monkeypatch, capsys):
    """An edit saved while `accept` runs was lost; now the write is refused and the edit kept."""
    (memo / "memo.txt").write_text(DOCUMENT.replace("9.3%", "9.4%"))
    edited = GOOD + "# saved meanwhile\n"

    def edited_meanwhile(path, real=atomic._current):
        if path.endswith("claims.yaml"):  # the edit lands after accept read the ledger, before it writes
            (memo / "claims.yaml").write_text(edited)
        return real(path)

    monkeypatch.setattr(atomic, "_current", edited_meanwhile)
    assert main(["accept", "claims.yaml"]) == 2
    assert (memo / "claims.yaml").read_text() == edited
    assert capsys.readouterr().err == ("claims.yaml: cannot write: it changed since it was read (an edit saved "
                                       "meanwhile?); nothing was written: run the command again "
                                       "(the ledger is unchanged)\n")
    assert not [name for name in os.listdir(memo) if name.endswith(".tmp")]


def test_a_ledger_whose_document_is_a_fifo_fails_in_pytest_instead_of_blocking_it(pytester):
    pytester.makefile(".yaml", claims="# checks: ledger\n" + GOOD)
    with fifo_with_a_partner(pytester.path / "memo.txt", DOCUMENT.encode()):
        result = pytester.runpytest_subprocess()
    result.assert_outcomes(failed=4)
    result.stdout.fnmatch_lines(["*memo.txt*not a regular file (a FIFO); name a file*"])


def test_accept_never_writes_its_backup_through_a_symlink_to_the_document(memo, capsys):
    (memo / "memo.txt").write_text(DOCUMENT.replace("9.3%", "9.4%"))
    os.symlink("memo.txt", "claims.yaml.bak")
    assert main(["accept", "claims.yaml"]) == 2
    assert capsys.readouterr().err == ("claims.yaml.bak: cannot write the backup: it is an input of this run "
                                       "(nothing written)\n")
    assert (memo / "memo.txt").read_text() == DOCUMENT.replace("9.3%", "9.4%")
    assert (memo / "claims.yaml").read_text() == GOOD


@pytest.mark.parametrize("option", ["--into", "--compare"])
def test_draft_refuses_a_fifo_as_the_ledger_it_reads(memo, capsys, option):
    with fifo_with_a_partner("pipe.yaml", GOOD.encode()):
        assert main(["draft", "memo.txt", option, "pipe.yaml"]) == 2
    assert capsys.readouterr().err == "pipe.yaml:1:1: cannot read: not a regular file (a FIFO); name a file\n"
