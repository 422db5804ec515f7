"""Plain text: each finding rendered as in pytest, then a one-line summary."""

from __future__ import annotations

from checks.findings import Finding, summarize


def render(findings: list[Finding], *, title: str = "") -> str:
    blocks = [finding.render() for finding in findings]
    counts = summarize(findings)
    accepted = sum(1 for finding in findings if finding.accepted)
    parts = [f"{count} {kind}" for kind, count in counts.items() if count]
    summary = ", ".join(parts) if parts else "no findings"
    if accepted:
        summary += f" ({accepted} accepted)"
    blocks.append(f"{title}{': ' if title else ''}{summary}")
    return "\n".join(blocks) + "\n"
