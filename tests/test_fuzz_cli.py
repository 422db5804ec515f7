"""Fuzzing the whole tool, end to end, in-process.

Clean ledgers and their documents (the memo, and pieces of the real ledger with
the paragraphs their anchors match) are mutated — the ledger, the document or
both — and run through `checks.cli.main`. Whatever the input: the exit code is
0, 1 or 2; stderr never holds a traceback; on exit 2 every stderr line is a
`path:line:column: ` problem, or stderr is one clear line; JSON and SARIF output
stays valid JSON. Through `check_ledger`, every finding's place is inside the
file it names.
"""

from __future__ import annotations

import json
import os
import re

import pytest
from hypothesis import given, reject
from hypothesis import strategies as st
from strategies import (
    fuzz,
    known_bug,
    ledger_samples,
    mutated_documents,
    mutated_ledgers,
    no_hang,
)

from checks.cli import main
from checks.engine import InputError, check_ledger
from checks.ledger import LedgerError

SAMPLES = ledger_samples()
LOCATED = re.compile(r"^[^:\n]+:\d+:\d+: \S")
COMMANDS = (  # {ledger}, {document}, {page}: the files of the example
    ["check", "{ledger}"], ["check", "--format", "json", "{ledger}"], ["check", "--format", "sarif", "{ledger}"],
    ["check", "--format", "github", "{ledger}"], ["coverage", "{ledger}"], ["coverage", "--format", "json", "{ledger}"],
    ["mutate", "{ledger}"], ["report", "{ledger}", "--html", "{page}", "--no-mutation"], ["lint", "{document}"],
    ["draft", "{document}"],
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz-cli")


@st.composite
def inputs(draw):
    """(ledger text, document bytes): a clean sample with its ledger, its document or both mutated."""
    ledger, document = draw(st.sampled_from(SAMPLES))
    which = draw(st.sampled_from(["ledger", "document", "both"]))
    if which != "document":
        ledger = draw(mutated_ledgers(st.just(ledger)))
    data = draw(mutated_documents(st.just(document))) if which != "ledger" else document.encode("utf-8")
    return ledger, data


def write(folder, ledger: str, data: bytes) -> str:
    (folder / "document.txt").write_bytes(data)
    path = folder / "claims.yaml"
    path.write_bytes(ledger.encode("utf-8", "surrogatepass"))
    return os.path.relpath(path)


def run(capsys, argv: list[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        with no_hang():
            code = main(argv)
    except Exception as error:
        if known_bug(error):
            reject()
        raise
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@fuzz
@given(case=inputs(), command=st.sampled_from(COMMANDS))
def test_the_cli_exits_0_1_or_2_with_clear_messages_on_any_mutated_input(folder, capsys, case, command):
    path = write(folder, *case)
    files = {"ledger": path, "document": os.path.relpath(folder / "document.txt"),
             "page": os.path.relpath(folder / "page.html")}
    code, out, err = run(capsys, [argument.format(**files) for argument in command])
    assert code in (0, 1, 2), code
    assert "Traceback" not in err and "Traceback" not in out
    if code == 2 and err:
        lines = err.splitlines()
        assert len(lines) == 1 or all(LOCATED.match(line) for line in lines), err
    if "json" in command or "sarif" in command:
        if out:
            json.loads(out)
        else:
            assert code == 2 and err


def lines_of(data: bytes) -> list[str]:
    text = data.decode("utf-8-sig", "replace")
    return re.split(r"\r\n|\r|\n", text)


@fuzz
@given(case=inputs())
def test_every_finding_points_inside_the_file_it_names(folder, case):
    ledger, data = case
    path = write(folder, ledger, data)
    try:
        with no_hang():
            findings = check_ledger(path).findings()
    except (LedgerError, InputError):
        return
    except Exception as error:
        if known_bug(error):
            reject()
        raise
    files = {os.path.relpath(folder / "document.txt"): lines_of(data), path: ledger.split("\n")}
    for finding in findings:
        assert "\n" not in finding.headline, finding.headline
        for location in finding.locations:
            if location.path in files:
                lines = files[location.path]
                assert 1 <= location.line <= len(lines), (finding.headline, location)
                assert 1 <= location.column <= len(lines[location.line - 1]) + 1, (finding.headline, location)


def test_accept_refusing_a_revision_prints_only_located_lines(tmp_path, capsys):
    from memo import DOCUMENT, GOOD
    from memo import write as write_memo

    path = str(write_memo(tmp_path, GOOD, DOCUMENT.replace("Revenue rose 9.3% year on year", "Sales grew 9.3% in 2025")))
    assert main(["accept", path]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 or all(LOCATED.match(line) for line in lines), lines


def test_an_anchor_problem_with_a_line_break_is_one_located_line(tmp_path, capsys):
    from memo import GOOD
    from memo import write as write_memo

    path = str(write_memo(tmp_path, GOOD.replace('"Revenue rose [9.3%] year on year"',
                                                 '"Revenue [rose\\nby] 9.3% year on year"')))
    assert main(["check", path]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and LOCATED.match(lines[0]), lines
