"""GitHub Actions workflow commands: one annotation per finding.

    ::error file=data/briefing.txt,line=236,col=14,title=conflict difference electronics.gap::stated 4.9 pp, ...

The annotation sits on the finding's first location (the document's line, or the
ledger's for a ledger finding); the evidence and every other location follow in
the message, one per line. Levels: error -> `error`, warning -> `warning`,
info -> `notice`; an accepted finding (a ledger `expected` entry) is a `notice`
that says why it was accepted. Values are escaped as the Actions toolkit does
(`%`, CR and LF everywhere; `:` and `,` inside properties), so text from a
document or a ledger can never start a workflow command of its own.
"""

from __future__ import annotations

from checks.findings import Finding, Severity

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render(findings: list[Finding], *, title: str = "", extra: dict | None = None) -> str:
    return "".join(annotation(finding) + "\n" for finding in findings)


def annotation(finding: Finding) -> str:
    level = "notice" if finding.accepted is not None else _LEVELS[finding.severity]
    properties = []
    if finding.locations:
        first = finding.locations[0]
        properties += [f"file={first.path}", f"line={first.line}", f"col={first.column}"]
    properties.append(f"title={finding.kind.value} {finding.rule} {finding.id}")
    lines = [finding.message, *finding.evidence]
    lines += [str(location) + (f" ({location.note})" if location.note else "") for location in finding.locations[1:]]
    if finding.accepted is not None:
        lines.append(f"accepted: {finding.accepted}")
    head = ",".join(_escape_property(prop.split("=", 1)[0]) + "=" + _escape_property(prop.split("=", 1)[1])
                    for prop in properties)
    return f"::{level} {head}::{_escape_data(chr(10).join(lines))}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
