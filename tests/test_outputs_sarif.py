"""SARIF 2.1.0: valid against the schema, stable rule ids and fingerprints, both files' lines."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from checks.cli import main
from checks.findings import Finding, Kind, Location, Severity
from checks.outputs import FORMATS, sarif_format
from memo import DOCUMENT, GOOD, write

SCHEMA = Path(__file__).parent / "data" / "sarif-2.1.0-rtm.5.json"

DOC = "data/briefing.txt"
LEDGER = "data/claims.yaml"


def conflict(line: int = 236, stated: str = "4.9") -> Finding:
    return Finding(
        Kind.CONFLICT, "difference", "electronics.gap",
        f"stated {stated} pp, figures allow 4.6 … 4.8 pp",
        (Location(DOC, line, 14, "Xie Cun"), Location(DOC, 30, 201, "Xie Shaofeng"), Location(LEDGER, 212, 3)),
        evidence=('electronics.va_growth   "11.1%"  11.05 … 11.15', 'industry.va_growth      "6.4%"    6.35 … 6.45'),
    )


FINDINGS = [
    conflict(),
    Finding(Kind.CHANGED, "grounding", "revenue.growth", "document states '9.8%', ledger recorded '9.3%'",
            (Location(DOC, 3, 14, "Xie Cun"), Location(LEDGER, 11, 7))),
    Finding(Kind.ANCHOR, "missing", "revenue.gain", "anchor matches nowhere", (Location(LEDGER, 19, 9),)),
    Finding(Kind.LEDGER, "stale-expectation", "old.one", "expected conflict did not occur; remove the entry",
            (Location(LEDGER, 40, 5),), severity=Severity.WARNING),
    Finding(Kind.COVERAGE, "uncovered", "12", "'12' is neither claimed nor ignored",
            (Location("data/my briefing.txt", 8, 2),), severity=Severity.INFO),
    Finding(Kind.CONFLICT, "repeat", "equipment.va_share", "mentions disagree",
            (Location(DOC, 50, 1), Location(DOC, 90, 4))).accept("known typo in the transcript"),
]


def log(findings=FINDINGS) -> dict:
    return json.loads(sarif_format.render(findings))


def test_sarif_is_a_registered_output_format():
    assert FORMATS["sarif"] is sarif_format.render


def test_the_output_validates_against_the_sarif_2_1_0_schema():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log()), key=lambda error: list(error.path))
    assert [f"{list(e.path)}: {e.message}" for e in errors] == []
    assert log()["version"] == "2.1.0"


def test_an_empty_run_validates_too():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log([]))
    assert log([])["runs"][0]["results"] == []


def test_rule_ids_are_kind_slash_rule_and_each_rule_is_described_once():
    run = log()["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == [
        "conflict/difference", "changed/grounding", "anchor/missing", "ledger/stale-expectation",
        "coverage/uncovered", "conflict/repeat",
    ]
    assert [result["ruleId"] for result in run["results"]] == [
        "conflict/difference", "changed/grounding", "anchor/missing", "ledger/stale-expectation",
        "coverage/uncovered", "conflict/repeat",
    ]
    assert all(rules[result["ruleIndex"]]["id"] == result["ruleId"] for result in run["results"])


def test_a_result_sits_on_the_documents_line_and_relates_the_ledgers_line():
    result = log()["runs"][0]["results"][0]
    primary = result["locations"][0]["physicalLocation"]
    assert primary["artifactLocation"] == {"uri": "data/briefing.txt", "uriBaseId": "%SRCROOT%"}
    assert primary["region"] == {"startLine": 236, "startColumn": 14}
    related = [(r["physicalLocation"]["artifactLocation"]["uri"], r["physicalLocation"]["region"]["startLine"],
                r["message"]["text"]) for r in result["relatedLocations"]]
    assert related == [("data/briefing.txt", 30, "Xie Shaofeng"), ("data/claims.yaml", 212, "data/claims.yaml:212:3")]


def test_the_message_is_the_shared_headline_without_its_place_then_the_evidence():
    result = log()["runs"][0]["results"][0]
    assert result["message"]["text"] == (
        "conflict difference electronics.gap: stated 4.9 pp, figures allow 4.6 … 4.8 pp\n"
        'electronics.va_growth   "11.1%"  11.05 … 11.15\n'
        'industry.va_growth      "6.4%"    6.35 … 6.45'
    )


def test_levels_follow_severities():
    assert [result["level"] for result in log()["runs"][0]["results"]] == [
        "error", "error", "error", "warning", "note", "error"]


def test_a_fingerprint_survives_moved_lines_and_a_changed_figure():
    before = log([conflict(236, "4.9")])["runs"][0]["results"][0]["partialFingerprints"]
    after = log([conflict(240, "5.2")])["runs"][0]["results"][0]["partialFingerprints"]
    assert before == after
    assert list(before) == ["checksFinding/v1"]


def test_findings_with_the_same_subject_get_distinct_fingerprints():
    twice = [FINDINGS[1], FINDINGS[1]]
    prints = [result["partialFingerprints"]["checksFinding/v1"] for result in log(twice)["runs"][0]["results"]]
    assert len(set(prints)) == 2
    all_prints = [result["partialFingerprints"]["checksFinding/v1"] for result in log()["runs"][0]["results"]]
    assert len(set(all_prints)) == len(FINDINGS)


def test_an_accepted_finding_is_a_suppressed_result_with_its_reason():
    result = log()["runs"][0]["results"][-1]
    assert result["suppressions"] == [
        {"kind": "external", "status": "accepted", "justification": "known typo in the transcript"}]
    assert all("suppressions" not in r for r in log()["runs"][0]["results"][:-1])


@pytest.mark.parametrize("path, location", [
    ("data/my briefing.txt", {"uri": "data/my%20briefing.txt", "uriBaseId": "%SRCROOT%"}),
    ("./data/x.txt", {"uri": "data/x.txt", "uriBaseId": "%SRCROOT%"}),
    ("data\\x.txt", {"uri": "data/x.txt", "uriBaseId": "%SRCROOT%"}),
    ("/srv/docs/x y.txt", {"uri": "file:///srv/docs/x%20y.txt"}),
])
def test_paths_become_uris(path, location):
    assert sarif_format.artifact_location(path) == location


def test_check_writes_sarif_of_a_changed_memo_on_both_files(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, GOOD, DOCUMENT.replace("9.3%", "9.8%"))
    assert main(["check", "claims.yaml", "--format", "sarif", "--output", "out.sarif"]) == 1
    assert capsys.readouterr().out == ""
    sarif = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif)
    (result,) = sarif["runs"][0]["results"]
    assert result["ruleId"] == "changed/grounding"
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "memo.txt"
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 3, "startColumn": 14}
    ledger = result["relatedLocations"][0]["physicalLocation"]
    assert (ledger["artifactLocation"]["uri"], ledger["region"]["startLine"]) == ("claims.yaml", 12)
