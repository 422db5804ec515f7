"""Fuzzing the YAML reader and the ledger loader.

Whatever the bytes of a ledger, `load_ledger` returns a ledger or raises
LedgerError whose every problem is one line at path:line:column inside the file
— never another exception, never a hang. Inputs: random text, and the memo and
real ledgers (tests/strategies.py `ledger_samples`) with lines deleted,
duplicated, swapped and re-indented, characters flipped, tags, aliases, huge
scalars and values of other types put in. Reported bugs the fuzzing reaches are
listed in `strategies.KNOWN_BUGS` and pinned by strict xfail tests.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import given, reject
from hypothesis import strategies as st
from strategies import (
    KNOWN_BUGS,
    REAL_LEDGER,
    fuzz,
    known_bug,
    ledger_samples,
    mutated_ledgers,
    no_hang,
)

from checks.ledger import LedgerError, load_ledger
from checks.yamlsafe import YamlProblem, compose_text

SAMPLES = ledger_samples()
LEDGERS = [ledger for ledger, _ in SAMPLES]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """One folder per module: each example rewrites claims.yaml and document.txt."""
    path = tmp_path_factory.mktemp("fuzz-ledger")
    (path / "document.txt").write_text(SAMPLES[0][1], encoding="utf-8")
    return path


def write_ledger(folder, text: str) -> str:
    path = folder / "claims.yaml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    return os.path.relpath(path)


def assert_located(problems, path: str, text: str) -> None:
    """Every problem is one line, inside the file, in the file that was read."""
    assert problems, "a LedgerError must list at least one problem"
    last_line = sum(text.count(mark) for mark in ("\n", "\r", "\x85", "\u2028", "\u2029")) + 1
    for problem in problems:
        line = f"{problem.where}: {problem.field}: {problem.message}"
        assert "\n" not in line and "\r" not in line, line
        assert problem.where.path == path, line
        assert 1 <= problem.where.line <= last_line, line
        assert problem.where.column >= 1, line
        assert problem.field and problem.message.strip(), line


def load_or_explain(folder, text: str) -> None:
    path = write_ledger(folder, text)
    try:
        with no_hang():
            load_ledger(path)
    except LedgerError as error:
        assert_located(error.problems, path, text)
    except Exception as error:
        if known_bug(error):
            reject()
        raise


def test_the_fuzz_starts_from_ledgers_that_load(folder):
    for text in LEDGERS:
        load_ledger(write_ledger(folder, text))
    assert len(LEDGERS) >= 1


@fuzz
@given(text=st.text(max_size=300))
def test_the_yaml_reader_gives_nodes_or_a_located_problem_for_any_text(text):
    try:
        with no_hang():
            compose_text(text, "fuzz.yaml")
    except YamlProblem as problem:
        assert problem.where.path == "fuzz.yaml"
        assert problem.where.line >= 1 and problem.where.column >= 1
        assert "\n" not in str(problem), str(problem)
    except Exception as error:
        if known_bug(error):
            reject()
        raise


@fuzz
@given(text=mutated_ledgers(st.sampled_from(LEDGERS), max_mutations=6))
def test_a_mutated_ledger_loads_or_every_problem_is_located(folder, text):
    load_or_explain(folder, text)


def real_lines() -> list[str]:
    if not os.path.exists(REAL_LEDGER):
        return []
    with open(REAL_LEDGER, encoding="utf-8-sig") as handle:
        return handle.read().split("\n")


REAL_LINES = real_lines()


@pytest.mark.skipif(not REAL_LINES, reason="no real ledger yet")
@fuzz
@given(data=st.data())
def test_a_mutated_slice_of_the_real_ledger_loads_or_every_problem_is_located(folder, data):
    """Any window of the real ledger under its header: dangling ids, cut blocks."""
    lines = REAL_LINES
    header = next((i for i, line in enumerate(lines) if line.startswith("claims:")), 0) + 1
    start = data.draw(st.integers(header, len(lines)), label="start")
    window = "\n".join(lines[:header] + lines[start:start + data.draw(st.integers(1, 40), label="size")])
    load_or_explain(folder, data.draw(mutated_ledgers(st.just(window), max_mutations=2), label="ledger"))


def test_every_known_bug_the_fuzzing_skips_is_pinned_by_a_strict_xfail_test():
    import importlib

    for signature, test in KNOWN_BUGS.items():
        module_name, _, name = test.partition("::")
        function = getattr(importlib.import_module(module_name.removesuffix(".py")), name)
        marks = [mark for mark in getattr(function, "pytestmark", []) if mark.name == "xfail"]
        assert marks and marks[0].kwargs.get("strict") and marks[0].kwargs.get("raises"), (signature, test)
