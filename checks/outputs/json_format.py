"""JSON: a documented, versioned object other tools read (keep names stable).

    {"version": 1,
     "findings": [{"kind", "rule", "id", "severity", "message", "headline",
                   "locations": [{"path", "line", "column"}], "evidence",
                   "material", "accepted"}],
     "summary": {"conflict": n, "changed": n, "anchor": n, "ledger": n,
                 "coverage": n, "lint": n, "parity": n, "failing": n, "accepted": n}}
"""

from __future__ import annotations

import json

from checks.findings import Finding, summarize

VERSION = 1


def finding_to_dict(finding: Finding) -> dict:
    return {
        "kind": finding.kind.value,
        "rule": finding.rule,
        "id": finding.id,
        "severity": finding.severity.value,
        "message": finding.message,
        "headline": finding.headline,
        "locations": [
            {"path": loc.path, "line": loc.line, "column": loc.column, **({"note": loc.note} if loc.note else {})}
            for loc in finding.locations
        ],
        "evidence": list(finding.evidence),
        "material": finding.material,
        "accepted": finding.accepted,
    }


def render(findings: list[Finding], *, title: str = "", extra: dict | None = None) -> str:
    summary = summarize(findings)
    summary["failing"] = sum(1 for finding in findings if finding.fails)
    summary["accepted"] = sum(1 for finding in findings if finding.accepted)
    document = {"version": VERSION, "findings": [finding_to_dict(f) for f in findings], "summary": summary}
    if extra:
        document.update(extra)
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
