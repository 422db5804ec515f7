"""YAML safety: a ledger from a pull request cannot build objects, expand aliases,
exhaust memory or time, or crash the loader; each refusal is one located line.

Limits (checks/yamlsafe.py, docs/robustness.md): CHECKS_MAX_YAML_BYTES (default
5,000,000) and CHECKS_MAX_YAML_NODES (default 1,000,000), read from the
environment when checks.yamlsafe is imported.
"""

from __future__ import annotations

import contextlib
import os
import resource
import subprocess
import sys
import tracemalloc

import pytest
from memo import DOCUMENT, GOOD, write

from checks import yamlsafe
from checks.cli import main
from checks.engine import check_ledger
from checks.ledger import LedgerError, load_ledger
from checks.yamlsafe import YamlProblem, compose_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def problems(path) -> list[tuple[int, int, str, str]]:
    with pytest.raises(LedgerError) as caught:
        load_ledger(str(path))
    return [(p.where.line, p.where.column, p.field, p.message) for p in caught.value.problems]


def at(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column of the first `needle` in `text`."""
    offset = text.index(needle)
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """`python -m checks ...` in a fresh interpreter (the limits are read at import)."""
    return subprocess.run(
        [sys.executable, "-m", "checks", *args], capture_output=True, text=True, cwd=ROOT, check=False,
        env={**os.environ, "PYTHONPATH": ROOT, **(env or {})}, preexec_fn=_cpu_limit,
    )


def _cpu_limit() -> None:
    """A runaway child is killed after 60 s of its own CPU time (SIGXCPU), however busy
    the machine: the commands here take well under one."""
    resource.setrlimit(resource.RLIMIT_CPU, (60, 60))


# -- tags ---------------------------------------------------------------------------

OBJECT_TAGS = [
    "!!python/object/apply:os.system ['touch {marker}']",
    "!!python/object/new:os.system ['touch {marker}']",
    "!!python/name:os.system",
    "!!python/module:os",
    "!<tag:yaml.org,2002:python/object/apply:os.system> ['touch {marker}']",
    "!!binary aGVsbG8=",
    "!!set {{a, b}}",
    "!!omap [a: 1]",
    "!!pairs [a: 1]",
    "!custom 9.3%",
    "!e!local 9.3%",
]


@pytest.mark.parametrize("tag", OBJECT_TAGS, ids=lambda tag: tag.split()[0])
def test_a_tag_that_builds_objects_is_refused_where_it_stands_and_runs_nothing(tmp_path, tag):
    marker = tmp_path / "marker"
    written = tag.format(marker=marker)
    text = GOOD.replace("value: 9.3%", "value: " + written)
    if tag.startswith("!e!"):
        text = "%TAG !e! tag:example.com,2025:\n---\n" + text
    found = problems(write(tmp_path, text))
    assert [(line, column, field) for line, column, field, _ in found] == [(*at(text, written), "yaml")]
    assert "is not allowed; ledgers hold plain values only" in found[0][3]
    assert not marker.exists()


def test_a_merge_key_is_refused_even_without_an_alias(tmp_path):
    text = GOOD.replace("    unit: percent\n", "    <<: {unit: percent}\n", 1)
    found = problems(write(tmp_path, text))
    assert [(line, column, field) for line, column, field, _ in found] == [(*at(text, "<<"), "yaml")]
    assert "tag:yaml.org,2002:merge is not allowed" in found[0][3]


def test_the_plain_tags_spelled_out_are_accepted(tmp_path):
    text = GOOD.replace("version: 1", "version: !!int 1").replace("value: 9.3%", "value: !!str 9.3%")
    assert load_ledger(str(write(tmp_path, text))).claims["revenue.growth"].value == "9.3%"


# -- aliases and bombs --------------------------------------------------------------

BILLION_LAUGHS = "version: 1\n" + 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n" for previous, name in zip("abcdefgh", "bcdefghi")
)


def test_a_billion_laughs_bomb_is_refused_at_its_first_alias_before_its_twentieth_node(tmp_path, monkeypatch):
    monkeypatch.setattr(yamlsafe, "MAX_NODES", 20)  # more work than that would be refused as too many nodes
    path = write(tmp_path, BILLION_LAUGHS)
    found = problems(path)
    assert found == [(*at(BILLION_LAUGHS, "*a"), "yaml", "YAML alias *a is not allowed here; write the value out")]


def test_a_billion_laughs_bomb_exits_2_with_one_located_line(tmp_path, capsys):
    path = str(write(tmp_path, BILLION_LAUGHS))
    assert main(["check", path]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("{}:{}:{}: ".format(path, *at(BILLION_LAUGHS, "*a")))
    assert "YAML alias *a is not allowed here" in captured.err


def test_a_merge_key_alias_bomb_is_refused_at_its_alias(tmp_path):
    text = "version: 1\nbase: &b {x: 1}\nclaims:\n  one:\n    <<: *b\n"
    found = problems(write(tmp_path, text))
    assert (found[0][0], found[0][1]) == at(text, "*b")
    assert "alias *b is not allowed" in found[0][3]


def test_an_anchor_without_an_alias_is_harmless_and_accepted(tmp_path):
    text = GOOD.replace("value: 9.3%", "value: &v 9.3%")
    assert load_ledger(str(write(tmp_path, text))).claims["revenue.growth"].value == "9.3%"


# -- size limits --------------------------------------------------------------------


def test_a_ledger_over_the_byte_limit_is_refused_holding_no_more_than_the_limit(tmp_path):
    path = tmp_path / "claims.yaml"
    with open(path, "wb") as handle:  # sparse: ten times as big as the limit, nothing written
        handle.truncate(10 * yamlsafe.MAX_BYTES)
    tracemalloc.start()
    try:
        found = problems(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak <= 2 * yamlsafe.MAX_BYTES
    message = (f"file is {10 * yamlsafe.MAX_BYTES} bytes, over the limit of {yamlsafe.MAX_BYTES}; "
               "raise CHECKS_MAX_YAML_BYTES if this is intended")
    assert found == [(1, 1, "yaml", message)]


def test_a_ledger_over_the_node_limit_is_refused_at_the_first_node_too_many(tmp_path, monkeypatch):
    monkeypatch.setattr(yamlsafe, "MAX_NODES", 10)
    found = problems(write(tmp_path, GOOD))
    assert found == [(*at(GOOD, "revenue.growth:"), "yaml", "more than 10 YAML nodes; split the file or raise CHECKS_MAX_YAML_NODES")]


def test_the_limits_are_read_from_the_environment(tmp_path):
    path = str(write(tmp_path, GOOD))
    small = run_cli("check", path, env={"CHECKS_MAX_YAML_BYTES": "100"})
    assert (small.returncode, small.stdout) == (2, "")
    assert small.stderr.count("\n") == 1 and "over the limit of 100; raise CHECKS_MAX_YAML_BYTES" in small.stderr
    few = run_cli("check", path, env={"CHECKS_MAX_YAML_NODES": "10"})
    assert few.returncode == 2 and "more than 10 YAML nodes" in few.stderr


@pytest.mark.parametrize("name, value, unit", [
    ("CHECKS_MAX_YAML_BYTES", "5MB", "bytes"), ("CHECKS_MAX_YAML_NODES", "-1", "nodes"),
    ("CHECKS_MAX_YAML_NODES", "0", "nodes"),
])
def test_a_malformed_limit_in_the_environment_is_one_clear_line(tmp_path, monkeypatch, capsys, name, value, unit):
    """Was bug B10: a ValueError traceback at import, from every command."""
    path = str(write(tmp_path, GOOD))
    monkeypatch.setenv(name, value)
    assert main(["check", path]) == 2
    assert capsys.readouterr().err == (
        f"{path}:1:1: ledger yaml yaml: {name}={value!r} is not a positive whole number of {unit}; fix or unset it\n")


# -- malformed YAML that must still be one located line -----------------------------


@pytest.mark.parametrize("character", ["\x00", "\x0c", "\x1b", "\ufffe"], ids=["NUL", "FF", "ESC", "U+FFFE"])
def test_a_control_character_in_a_ledger_is_a_located_problem(tmp_path, character):
    """Was bug B1: yaml.reader.ReaderError escaped compose_text, two lines, no place."""
    text = GOOD.replace("metric: revenue growth", f"metric: revenue{character} growth")
    assert problems(write(tmp_path, text)) == [
        (*at(text, character), "yaml", f"character U+{ord(character):04X} is not allowed in YAML; remove it")]


@pytest.mark.parametrize("opening", ["[", "{a: "], ids=["sequences", "mappings"])
def test_deeply_nested_yaml_is_a_located_problem(tmp_path, opening):
    """Was bug B2: RecursionError in _NoAliasComposer.compose_node."""
    closing = "]" if opening == "[" else "}"
    text = GOOD.replace("value: 9.3%", "value: " + opening * 3000 + closing * 3000)
    ((line, _, field, message),) = problems(write(tmp_path, text))
    assert (line, field, message) == (at(text, opening)[0], "yaml", "YAML nested too deeply to read; flatten the structure")


@pytest.mark.parametrize("version", ["0x1", "0b1", "!!int one", "1:00", "0o1", "1_0", "2", "'1'", "1.0"])
def test_a_version_other_than_1_is_a_ledger_problem(tmp_path, version):
    """0x1, 0b1, !!int one and 1:00 were bug B3: int() on YAML 1.1 integers raised ValueError."""
    found = problems(write(tmp_path, GOOD.replace("version: 1", f"version: {version}")))
    assert [(line, column, field) for line, column, field, _ in found] == [(1, 10, "version")]


@pytest.mark.parametrize("precision", ["abc", "0.1%", "one", "1e", "-"])
def test_a_precision_that_is_not_a_number_is_a_ledger_problem(tmp_path, precision):
    """Was bug B4: decimal.InvalidOperation in engine._precision at check time."""
    text = GOOD.replace("    unit: pp\n", f"    unit: pp\n    precision: '{precision}'\n")
    with pytest.raises(LedgerError) as caught:
        check_ledger(str(write(tmp_path, text))).findings()
    assert [(p.where.line, p.field) for p in caught.value.problems] == [
        (at(text, "precision")[0], "claims.revenue.gain.precision")]


def test_a_bad_byte_in_a_ledger_is_placed_by_characters(tmp_path):
    """Was bug B11: the column counted bytes."""
    path = tmp_path / "claims.yaml"
    path.write_bytes(GOOD.encode().replace(b"metric: revenue growth", "metric: café ".encode() + b"\xff", 1))
    found = problems(path)
    assert found[0][:2] == (at(GOOD, "metric: revenue growth")[0], 18)  # "    metric: café " is 17 characters


@pytest.mark.parametrize("data, place", [
    (b"version: 1\xff\n", (1, 11)),
    (b"version: 1\n\xff\n", (2, 1)),
    (b"version: 1\nab\xff\n", (2, 3)),
], ids=["line-1", "start-of-line-2", "line-2"])
def test_a_bad_byte_in_a_ledger_with_a_bom_is_placed_in_the_original_file(tmp_path, data, place):
    path = tmp_path / "claims.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + data)
    assert problems(path)[0][:2] == place


def test_a_yaml_problem_passes_through_a_context_manager_unchanged():
    """Was bug B13: a frozen-dataclass exception became FrozenInstanceError there."""
    @contextlib.contextmanager
    def nothing():
        yield

    with pytest.raises(YamlProblem), nothing():
        compose_text("a: [", "broken.yaml")


def test_a_huge_value_gives_a_short_problem_line(tmp_path):
    """Was bug B12: the problem echoed the whole 1 MB value."""
    found = problems(write(tmp_path, GOOD.replace("value: 9.3%", "value: " + "x" * 1_000_000)))
    assert found[0][:3] == (*at(GOOD, "9.3%"), "claims.revenue.growth.value")
    assert len(found[0][3]) < 1_000


def test_a_catastrophic_ignore_pattern_is_stopped_and_reported_at_its_entry(tmp_path, monkeypatch, capsys):
    """Was bug B14: coverage ran `ignore` patterns without a time budget and hung."""
    monkeypatch.setenv("CHECKS_PATTERN_SECONDS", "0.2")
    ledger = GOOD + "ignore:\n  - pattern: '(a|aa)+$'\n    reason: hostile\n"
    path = str(write(tmp_path, ledger, DOCUMENT.replace("last year.", "last year " + "a" * 40 + "!")))
    code = main(["coverage", path])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("{}:{}:{}: ".format(path, *at(ledger, "pattern: "))) and "ignore pattern" in err


def test_a_crlf_ledger_with_a_bom_reports_the_line_and_column_of_the_original_file(tmp_path):
    text = GOOD.replace("    unit: pp", "    units: pp")
    path = tmp_path / "claims.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    (tmp_path / "memo.txt").write_text("x", encoding="utf-8")
    line, column, field, _ = problems(path)[0]
    original = path.read_bytes().decode("utf-8-sig").split("\r\n")
    assert original[line - 1][column - 1:].startswith("units: pp")
    assert field == "claims.revenue.gain.units"
