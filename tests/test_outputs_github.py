"""GitHub workflow-command annotations: file, line, column, escaping; the pre-commit hooks."""

from __future__ import annotations

from pathlib import Path

import yaml

from checks.cli import main
from checks.findings import Finding, Kind, Location, Severity
from checks.outputs import FORMATS, github_format
from memo import DOCUMENT, GOOD, write

ROOT = Path(__file__).parent.parent


def test_github_is_a_registered_output_format():
    assert FORMATS["github"] is github_format.render


def test_an_annotation_carries_file_line_column_and_the_shared_title():
    finding = Finding(Kind.CHANGED, "grounding", "revenue.growth", "document states '9.8%', ledger recorded '9.3%'",
                      (Location("memo.txt", 3, 14, "Xie Cun"), Location("claims.yaml", 13, 7)))
    assert github_format.render([finding]) == (
        "::error file=memo.txt,line=3,col=14,title=changed grounding revenue.growth::"
        "document states '9.8%25', ledger recorded '9.3%25'%0Aclaims.yaml:13:7\n"
    )


def test_evidence_and_other_places_follow_on_escaped_lines():
    finding = Finding(Kind.CONFLICT, "difference", "electronics.gap", "stated 4.9 pp, figures allow 4.6 … 4.8 pp",
                      (Location("b.txt", 236, 14), Location("b.txt", 30, 201, "Xie Shaofeng")),
                      evidence=('electronics.va_growth "11.1%"', 'industry.va_growth "6.4%"'))
    assert github_format.annotation(finding) == (
        "::error file=b.txt,line=236,col=14,title=conflict difference electronics.gap::"
        "stated 4.9 pp, figures allow 4.6 … 4.8 pp%0Aelectronics.va_growth \"11.1%25\"%0A"
        "industry.va_growth \"6.4%25\"%0Ab.txt:30:201 (Xie Shaofeng)"
    )


def test_text_from_a_document_cannot_start_a_workflow_command_of_its_own():
    finding = Finding(Kind.LINT, "typo", "x", "bad\n::error::injected\r\n100%", (Location("a,b:c.txt", 1, 2),),
                      severity=Severity.WARNING)
    line = github_format.annotation(finding)
    assert "\n" not in line and "\r" not in line
    assert line == ("::warning file=a%2Cb%3Ac.txt,line=1,col=2,title=lint typo x::"
                    "bad%0A::error::injected%0D%0A100%25")


def test_levels_follow_severities_and_an_accepted_finding_is_a_notice():
    place = (Location("a.txt", 1, 1),)
    info = Finding(Kind.COVERAGE, "uncovered", "12", "not claimed", place, severity=Severity.INFO)
    accepted = Finding(Kind.CONFLICT, "repeat", "x", "disagree", place).accept("known typo")
    assert github_format.annotation(info).startswith("::notice file=a.txt,line=1,col=1,")
    assert github_format.annotation(accepted) == (
        "::notice file=a.txt,line=1,col=1,title=conflict repeat x::disagree%0Aaccepted: known typo")


def test_a_finding_without_a_place_is_still_an_annotation():
    finding = Finding(Kind.LEDGER, "ledger", "yaml", "the ledger is empty")
    assert github_format.annotation(finding) == "::error title=ledger ledger yaml::the ledger is empty"


def test_no_findings_print_nothing():
    assert github_format.render([]) == ""


def test_check_prints_annotations_for_a_changed_memo(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, GOOD, DOCUMENT.replace("9.3%", "9.8%"))
    assert main(["check", "claims.yaml", "--format", "github"]) == 1
    assert capsys.readouterr().out == (
        "::error file=memo.txt,line=3,col=14,title=changed grounding revenue.growth::"
        "document states '9.8%25', ledger recorded '9.3%25'%0Aclaims.yaml:12:9\n"
    )


def test_the_pre_commit_hooks_run_the_command_line():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    by_id = {hook["id"]: hook for hook in hooks}
    assert set(by_id) >= {"checks", "checks-lint"}
    for hook in hooks:
        assert hook["language"] == "python"
        assert hook["entry"].split()[0] == "checks"
        assert hook["pass_filenames"] is False
        assert {"id", "name", "entry", "files"} <= set(hook)
    assert by_id["checks"]["entry"] == "checks check"
