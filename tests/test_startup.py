"""What `python -m checks check` loads at start: the work it costs, never its seconds
(bench/bench_startup.py measures those, against `python -c "import yaml"`)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from checks import cli

ROOT = Path(__file__).parent.parent
# Modules only other commands or a typo need; each costs 1-8 ms of every `check`.
# dataclasses (and the inspect module it loads): 8 ms, and 0.6 ms for each class it builds.
NOT_FOR_CHECK = ("checks.lint", "checks.draft", "checks.parity", "checks.coverage", "checks.mutation",
                 "hypothesis", "difflib", "calendar", "tempfile", "jsonschema", "dataclasses", "inspect",
                 "regex",  # 12 ms: the ledger's patterns are validated with `re` (checks/patterns.py)
                 "shutil")  # 3.5 ms: argparse's help formatter imports it to learn the terminal width


def loaded_by_check(names: tuple[str, ...]) -> list[str]:
    code = ("import json, sys\nfrom checks import cli\ncode = cli.main(['check'])\n"
            f"print(json.dumps(sorted(m for m in sys.modules if any(m == n or m.startswith(n + '.') for n in {names!r}))))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_check_loads_no_module_only_other_commands_need():
    assert loaded_by_check(NOT_FOR_CHECK) == []


def test_the_probe_sees_what_check_does_load():
    assert loaded_by_check(("checks.engine", "yaml.cyaml", "nonexistent")) == ["checks.engine", "yaml.cyaml"]


def test_every_dataclass_has_a_docstring():
    """Without one, @dataclass builds it from inspect.signature: 0.4 ms a class at every start."""
    missing = []
    for path in sorted((ROOT / "checks").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and ast.get_docstring(node) is None and any(
                    "dataclass" in ast.unparse(decorator) for decorator in node.decorator_list):
                missing.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
    assert missing == []


@pytest.mark.parametrize(("columns", "expected"), [("120", 120), ("", 80), ("0", 80), ("wide", 80)])
def test_help_is_laid_out_for_the_width_columns_says_or_80(monkeypatch, columns, expected):
    monkeypatch.setenv("COLUMNS", columns)
    monkeypatch.setattr(sys, "__stdout__", None)  # no terminal to ask
    assert cli._terminal_columns() == expected


def test_every_parser_lays_out_help_without_shutil():
    parser = cli.build_parser()
    assert parser.formatter_class is cli._Formatter
    assert all(sub.formatter_class is cli._Formatter for sub in parser._subparsers._group_actions[0].choices.values())
