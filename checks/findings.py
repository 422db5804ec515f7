"""The Finding value type: one problem, its kind, severity, message and places.

Every front end (pytest, the CLI, each report format) prints the same first line
for the same finding, so the headline is built here and nowhere else.
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from checks.values import Value


class Kind(str, Enum):
    CONFLICT = "conflict"
    CHANGED = "changed"
    ANCHOR = "anchor"
    LEDGER = "ledger"
    COVERAGE = "coverage"
    LINT = "lint"
    PARITY = "parity"


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Location(NamedTuple):
    """A place in a document or a ledger; line and column are 1-based."""

    path: str
    line: int
    column: int
    note: str = ""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


class Finding(Value):
    """One problem. `id` names what it is about (a claim, a relation, a rule hit).

    Two findings are equal when they say the same thing at the same places, accepted
    or not.
    """

    __slots__ = ("kind", "rule", "id", "message", "locations", "severity", "evidence", "material", "accepted")
    _uncompared = frozenset({"accepted"})
    kind: Kind
    rule: str
    id: str
    message: str
    locations: tuple[Location, ...]
    severity: Severity
    evidence: tuple[str, ...]
    material: bool
    accepted: str | None

    def __init__(self, kind: Kind, rule: str, id: str, message: str, locations: tuple[Location, ...] = (),
                 severity: Severity = Severity.ERROR, evidence: tuple[str, ...] = (), material: bool = False,
                 accepted: str | None = None) -> None:
        self._set(kind=kind, rule=rule, id=id, message=message, locations=locations, severity=severity,
                  evidence=evidence, material=material, accepted=accepted)

    @property
    def headline(self) -> str:
        """The one grep-able line shared by every front end."""
        where = f"{self.locations[0]}: " if self.locations else ""
        return f"{where}{self.kind.value} {self.rule} {self.id}: {self.message}"

    def render(self) -> str:
        """Headline, then the evidence, then the other places, indented."""
        lines = [self.headline]
        lines.extend(f"    {line}" for line in self.evidence)
        lines.extend(
            f"    {location}" + (f" ({location.note})" if location.note else "")
            for location in self.locations[1:]
        )
        if self.accepted:
            lines.append(f"    accepted: {self.accepted}")
        return "\n".join(lines)

    @property
    def fails(self) -> bool:
        """True when this finding should fail a build."""
        return self.severity is Severity.ERROR and self.accepted is None

    def accept(self, reason: str) -> Finding:
        return self._replace(accepted=reason)


def summarize(findings: list[Finding]) -> dict[str, int]:
    """Counts by kind, every kind present (stable keys for JSON readers)."""
    counts = {kind.value: 0 for kind in Kind}
    for finding in findings:
        counts[finding.kind.value] += 1
    return counts


def exit_code(findings: list[Finding]) -> int:
    """0 clean, 1 failing findings, 2 when the ledger itself is unusable.

    A ledger-kind error or an ambiguous anchor means the ledger cannot say what
    it means, which is unusable input rather than a finding about the document.
    """
    failing = [finding for finding in findings if finding.fails]
    unusable = [f for f in failing if (f.kind, f.rule) != (Kind.LEDGER, "draft")]  # a draft is usable, not done
    if any(f.kind is Kind.LEDGER or (f.kind is Kind.ANCHOR and f.rule == "ambiguous") for f in unusable):
        return 2
    return 1 if failing else 0
