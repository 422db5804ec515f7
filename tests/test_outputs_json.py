"""JSON: the documented, versioned shape (docs/reports.md), and --output written atomically."""

from __future__ import annotations

import json
import os

from checks.cli import main
from checks.findings import Finding, Kind, Location
from checks.outputs import json_format
from memo import DOCUMENT, GOOD, write


def test_the_json_shape_is_version_1_with_stable_keys():
    finding = Finding(Kind.CHANGED, "grounding", "revenue.growth", "document states '9.8%', ledger recorded '9.3%'",
                      (Location("memo.txt", 3, 14, "Xie Cun"), Location("claims.yaml", 12, 9)))
    document = json.loads(json_format.render([finding]))
    assert document["version"] == 1
    assert list(document) == ["version", "findings", "summary"]
    assert document["findings"] == [{
        "kind": "changed", "rule": "grounding", "id": "revenue.growth", "severity": "error",
        "message": "document states '9.8%', ledger recorded '9.3%'",
        "headline": "memo.txt:3:14: changed grounding revenue.growth: document states '9.8%', ledger recorded '9.3%'",
        "locations": [{"path": "memo.txt", "line": 3, "column": 14, "note": "Xie Cun"},
                      {"path": "claims.yaml", "line": 12, "column": 9}],
        "evidence": [], "material": False, "accepted": None,
    }]
    assert document["summary"] == {"conflict": 0, "changed": 1, "anchor": 0, "ledger": 0, "coverage": 0,
                                   "lint": 0, "parity": 0, "failing": 1, "accepted": 0}


def test_output_file_holds_what_stdout_would_and_leaves_no_temporary_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, GOOD, DOCUMENT.replace("9.3%", "9.8%"))
    assert main(["check", "claims.yaml", "--format", "json"]) == 1
    printed = capsys.readouterr().out
    (tmp_path / "out.json").write_text("old report", encoding="utf-8")
    assert main(["check", "claims.yaml", "--format", "json", "--output", "out.json"]) == 1
    assert capsys.readouterr().out == ""
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == printed
    assert sorted(os.listdir(tmp_path)) == ["claims.yaml", "memo.txt", "out.json"]
