"""SARIF 2.1.0: findings for code-scanning tools (GitHub code scanning, IDE viewers).

One run, tool `checks`. Each finding is one result:

- `ruleId` is `KIND/RULE` (`conflict/difference`, `changed/grounding`,
  `anchor/missing`, `ledger/ledger`, `coverage/uncovered`, `lint/...`): stable,
  as it is built from the finding's kind and rule names only.
- the first location of the finding is the result's location (usually the
  document's line); the others, the ledger's line among them, are
  `relatedLocations`, so a viewer shows the finding on both files.
- `partialFingerprints["checksFinding/v1"]` hashes the rule id, the finding's
  subject id and the path of its first location, plus an occurrence number among
  findings with the same key. It holds no line, column or figure, so a finding
  keeps its identity across revisions that move the text or change the figure.
- `level`: error -> "error", warning -> "warning", info -> "note". An accepted
  finding (a ledger `expected` entry) carries an accepted external suppression.

Columns count Unicode code points (`columnKind: unicodeCodePoints`), as the
document model does. Relative paths are written as relative URIs against
`%SRCROOT%`, the folder the command ran in.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from urllib.parse import quote

from checks.findings import Finding, Kind, Location, Severity

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "checksFinding/v1"
SRCROOT = "%SRCROOT%"

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

KIND_DESCRIPTIONS = {
    Kind.CONFLICT: "A relation between figures fails on the figures the document states now.",
    Kind.CHANGED: "The document states another figure than the ledger recorded.",
    Kind.ANCHOR: "An anchor of the ledger matches nowhere, or more than once, or only approximately (drifted).",
    Kind.LEDGER: "The ledger itself is malformed or ill-typed.",
    Kind.COVERAGE: "A number in the document is neither claimed nor ignored by the ledger.",
    Kind.LINT: "An editorial problem in the document.",
    Kind.PARITY: "A figure of a translation differs from its original's (python -m checks parity).",
}

RULE_DESCRIPTIONS = {
    ("changed", "grounding"): "The document no longer says what the ledger recorded; "
                              "review the revision, then run `python -m checks accept`.",
    ("conflict", "repeat"): "Mentions of one claim state figures that cannot both be true.",
    ("anchor", "missing"): "The words around the figure changed: update the anchor.",
    ("anchor", "ambiguous"): "Add words (or a speaker) to the anchor to make it match once.",
    ("anchor", "unreadable"): "No figure can be read inside the anchor's brackets.",
    ("anchor", "drifted"): "The words around the figure were reworded; the figure was found again: accept the new anchor.",
    ("ledger", "stale-expectation"): "An expected finding no longer occurs: remove the entry.",
    ("parity", "missing"): "A figure of the original has no counterpart in the aligned translation.",
    ("parity", "added"): "The translation states a figure the original does not state.",
    ("parity", "value"): "Aligned figures whose intervals do not meet; the message gives the nearest consistent one.",
    ("parity", "scale"): "The translation states the original's figure times a power of ten (亿 vs million).",
    ("parity", "unit"): "The same digits under clashing units (% vs percentage points, two currencies).",
    ("parity", "qualifier"): "A bound (more than, 超过, nearly) in one text, a plain figure or the opposite bound in the other.",
}


def rule_id(finding: Finding) -> str:
    return f"{finding.kind.value}/{finding.rule}"


def render(findings: list[Finding], *, title: str = "", extra: dict | None = None) -> str:
    return json.dumps(sarif_log(findings, title=title), indent=2, ensure_ascii=False) + "\n"


def sarif_log(findings: list[Finding], *, title: str = "") -> dict:
    rules: dict[str, int] = {}
    descriptors = []
    for finding in findings:
        key = rule_id(finding)
        if key not in rules:
            rules[key] = len(descriptors)
            descriptors.append(_descriptor(finding))
    seen: Counter = Counter()
    results = []
    for finding in findings:
        base = _fingerprint_key(finding)
        seen[base] += 1
        results.append(_result(finding, rules[rule_id(finding)], _fingerprint(base, seen[base])))
    run = {
        "tool": {"driver": {
            "name": "checks",
            "version": _version(),
            "rules": descriptors,
        }},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    if title:
        run["automationDetails"] = {"id": f"{title}/"}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _descriptor(finding: Finding) -> dict:
    kind_text = KIND_DESCRIPTIONS[finding.kind]
    rule_text = RULE_DESCRIPTIONS.get((finding.kind.value, finding.rule)) or _registry_summary(finding)
    descriptor = {
        "id": rule_id(finding),
        "name": f"{finding.kind.value}-{finding.rule}",
        "shortDescription": {"text": kind_text},
        "fullDescription": {"text": f"{kind_text} {rule_text}".strip()},
        "defaultConfiguration": {"level": _LEVELS[finding.severity]},
        "properties": {"tags": [finding.kind.value]},
    }
    return descriptor


def _registry_summary(finding: Finding) -> str:
    """A relation rule's own one-line summary, when the registry offers one."""
    if finding.kind is not Kind.CONFLICT:
        return ""
    try:
        from checks import rules
    except ImportError:  # pragma: no cover - the registry is part of the package
        return ""
    rule = getattr(rules, "RULES", {}).get(finding.rule)
    summary = getattr(rule, "summary", "")
    return f"Rule {finding.rule}: {summary}." if isinstance(summary, str) and summary else ""


def _result(finding: Finding, index: int, fingerprint: str) -> dict:
    text = f"{finding.kind.value} {finding.rule} {finding.id}: {finding.message}"
    if finding.evidence:
        text += "\n" + "\n".join(finding.evidence)
    result = {
        "ruleId": rule_id(finding),
        "ruleIndex": index,
        "level": _LEVELS[finding.severity],
        "message": {"text": text},
        "locations": [_location(location) for location in finding.locations[:1]],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
        "properties": {"subject": finding.id, "material": finding.material},
    }
    related = [
        {"id": number, **_location(location, with_note=True)}
        for number, location in enumerate(finding.locations[1:], start=1)
    ]
    if related:
        result["relatedLocations"] = related
    if finding.accepted is not None:
        result["suppressions"] = [{"kind": "external", "status": "accepted", "justification": finding.accepted}]
    return result


def _location(location: Location, *, with_note: bool = False) -> dict:
    physical = {
        "physicalLocation": {
            "artifactLocation": artifact_location(location.path),
            "region": {"startLine": max(location.line, 1), "startColumn": max(location.column, 1)},
        }
    }
    if with_note:
        physical["message"] = {"text": location.note or str(location)}
    return physical


def artifact_location(path: str) -> dict:
    """A path as a SARIF artifact location: relative URIs against %SRCROOT%."""
    posix = path.replace("\\", "/")
    if posix.startswith("/") or (len(posix) > 2 and posix[1] == ":" and posix[2] == "/"):
        return {"uri": "file://" + ("" if posix.startswith("/") else "/") + quote(posix, safe="/:")}
    while posix.startswith("./"):
        posix = posix[2:]
    return {"uri": quote(posix, safe="/"), "uriBaseId": SRCROOT}


def _fingerprint_key(finding: Finding) -> str:
    path = finding.locations[0].path.replace("\\", "/") if finding.locations else ""
    return "\x1f".join((rule_id(finding), finding.id, path))


def _fingerprint(key: str, occurrence: int) -> str:
    return hashlib.sha256(f"{key}\x1f{occurrence}".encode()).hexdigest()[:32]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("checks")
    except PackageNotFoundError:
        return "0.1.0"
