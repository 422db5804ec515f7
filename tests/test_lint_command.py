"""`python -m checks lint`: exit codes and exact output."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checks.commands.lint import register

ROOT = Path(__file__).parent.parent
BRIEFING = "scio-2025-07-18-miit-h1.en.txt"


def lint(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="python -m checks")
    register(parser.add_subparsers())
    args = parser.parse_args(["lint", *argv])
    return args.run(args)


@pytest.fixture
def copy(tmp_path: Path):
    """The briefing and its review configuration, copied; edit the copy with replace()."""
    shutil.copy(ROOT / "data" / "review.yaml", tmp_path / "review.yaml")
    text = (ROOT / "data" / BRIEFING).read_text(encoding="utf-8")

    def make(old: str = "", new: str = "") -> Path:
        assert old in text
        (tmp_path / BRIEFING).write_text(text.replace(old, new, 1), encoding="utf-8")
        return tmp_path

    return make


def test_the_bundled_briefing_passes_with_every_defect_listed_as_accepted(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    assert lint() == 0
    out = capsys.readouterr().out
    assert out.endswith("\n65 lint (65 accepted)\n")
    assert out.count("    accepted: ") == 65


def test_a_new_defect_in_a_copy_fails_with_its_headline(copy, capsys):
    folder = copy("rising 40.3% year on year", "rising 40.3% yaer on year")
    assert lint(str(folder / BRIEFING)) == 1
    out = capsys.readouterr().out
    assert (f"{folder / BRIEFING}:120:443: lint phrase-typo yaer-on-year: misspelled stock phrase "
            '"year on year"; write "year on year"\n') in out
    assert out.endswith("\n66 lint (65 accepted)\n")


def test_a_fixed_defect_leaves_its_acceptance_reported_as_unused_but_passing(copy, capsys):
    folder = copy("10.2% yearon year", "10.2% year on year")
    assert lint("--config", str(folder / "review.yaml")) == 0
    out = capsys.readouterr().out
    assert "lint unused-acceptance phrase-typo.yearon-year: accepts phrase-typo yearon-year, which is not found" in out


def test_json_lists_each_finding_with_its_text_suggestion_and_acceptance(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    assert lint("--format", "json") == 0
    report = json.loads(capsys.readouterr().out)
    glued = next(f for f in report["findings"] if f["rule"] == "figure-glued")
    assert glued == {
        "kind": "lint", "rule": "figure-glued", "id": "6.4-pct-year", "severity": "error",
        "message": 'figure glued to the next word; write "6.4% year"',
        "headline": f'data/{BRIEFING}:144:89: lint figure-glued 6.4-pct-year: figure glued to the next word; '
                    'write "6.4% year"',
        "locations": [{"path": f"data/{BRIEFING}", "line": 144, "column": 89}],
        "evidence": ["… above the designated size grew [6.4%year] on year in the first half of 2025, …"],
        "material": False,
        "accepted": 'CMG\'s question, "grew 6.4%year on year"; the space is missing',
        "text": "6.4%year", "suggestion": "6.4% year",
    }
    assert report["summary"]["lint"] == 65
    assert (report["summary"]["failing"], report["summary"]["accepted"]) == (0, 65)


def test_a_document_without_a_configuration_is_reviewed_with_the_defaults(tmp_path, capsys):
    (tmp_path / "memo.txt").write_text("Xie Cun:\n\nRevenue grew 6.4%year on year.\n", encoding="utf-8")
    assert lint(str(tmp_path / "memo.txt"), "--format", "text") == 1
    assert capsys.readouterr().out == (
        f'{tmp_path / "memo.txt"}:3:14: lint figure-glued 6.4-pct-year: figure glued to the next word; '
        'write "6.4% year"\n'
        "    Revenue grew [6.4%year] on year.\n"
        "1 lint\n"
    )


def test_the_report_can_be_written_to_a_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    assert lint("--output", str(tmp_path / "report.txt")) == 0
    assert capsys.readouterr().out == ""
    assert (tmp_path / "report.txt").read_text(encoding="utf-8").endswith("65 lint (65 accepted)\n")


def test_a_missing_document_is_unusable_input(tmp_path, capsys):
    assert lint(str(tmp_path / "nope.txt")) == 2
    assert capsys.readouterr().err == f"{tmp_path / 'nope.txt'}: cannot read: No such file or directory\n"


def test_a_document_that_is_not_utf8_is_unusable_input(tmp_path, capsys):
    (tmp_path / "memo.txt").write_bytes("增长".encode("gb18030"))
    assert lint(str(tmp_path / "memo.txt")) == 2
    assert capsys.readouterr().err.startswith(f"{tmp_path / 'memo.txt'}:1:1: byte 0x")


def test_a_broken_configuration_is_unusable_input_with_one_line_per_problem(tmp_path, capsys):
    (tmp_path / "review.yaml").write_text("stock_phrase: []\nseverities: {markup: loud}\n", encoding="utf-8")
    (tmp_path / "memo.txt").write_text("text\n", encoding="utf-8")
    assert lint(str(tmp_path / "memo.txt")) == 2
    err = capsys.readouterr().err
    assert err == (
        f"{tmp_path / 'review.yaml'}:1:1: stock_phrase: unknown key 'stock_phrase'; did you mean 'stock_phrases'?\n"
        f"{tmp_path / 'review.yaml'}:2:22: severities.markup: found 'loud', expected one of: error, warning, info, off\n"
    )


def test_nothing_to_review_is_unusable_input(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert lint() == 2
    assert capsys.readouterr().err == "no document to review: name one, or write data/review.yaml listing documents:\n"
    (tmp_path / "review.yaml").write_text("stock_phrases: [a b]\n", encoding="utf-8")
    assert lint("--config", "review.yaml") == 2
    assert capsys.readouterr().err == "review.yaml: no document to review; name one, or list them under documents:\n"


def test_the_command_is_wired_into_python_m_checks():
    result = subprocess.run([sys.executable, "-m", "checks", "lint"], cwd=ROOT, capture_output=True, text=True)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.endswith("65 lint (65 accepted)\n")


def test_a_configuration_naming_a_document_outside_its_folder_is_refused_unless_allowed(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("Revenue rose 6.4%year on year.\n", encoding="utf-8")
    (tmp_path / "review").mkdir()
    config = tmp_path / "review" / "review.yaml"
    config.write_text("documents: [../notes.txt]\n", encoding="utf-8")
    assert lint("--config", str(config)) == 2
    assert capsys.readouterr().err == (f"{config}:1:13: documents[0]: '../notes.txt' is outside the folder of "
                                       "review.yaml; pass --allow-outside to permit it\n")
    assert lint("--config", str(config), "--allow-outside") == 1
    assert "lint figure-glued 6.4-pct-year" in capsys.readouterr().out
