"""The pytest item over findings, shared by the ledger's collector (`checks.plugin`)
and the review configuration's (`checks.lint.items`), so neither imports the other.

An item fails when one of its findings fails (an unaccepted error), or when its
input is broken, and says why in the words of the CLI; accepted findings are kept
as its user properties; an unreviewed draft skips it.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from checks.findings import Finding, Kind

Outcome = tuple[dict[str, list[Finding]], str | None]
"""(item name -> its findings, why the input is unusable or None)."""


class FindingsFailed(Exception):
    """Raised by an item whose findings fail; carries the rendered findings."""


class FindingsItem(pytest.Item):
    """An item over findings known when it is made (a broken ledger, the lint items)."""

    def __init__(self, *, findings: Sequence[Finding] = (), line: int, broken: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.findings = list(findings)
        self.line = line
        self.broken = broken

    def outcome(self) -> Outcome:
        return {self.name: self.findings}, self.broken

    def runtest(self) -> None:
        groups, broken = self.outcome()
        findings = [finding for group in groups.values() for finding in group]
        for finding in findings:
            accepted = ("accepted", finding.headline)
            if finding.accepted and accepted not in self.user_properties:
                self.user_properties.append(accepted)
        failing = {name: [finding for finding in group if finding.fails] for name, group in groups.items()}
        failing = {name: group for name, group in failing.items() if group}
        if broken or failing:
            raise FindingsFailed(self.explain(failing, broken))
        drafted = [finding for finding in findings if (finding.kind, finding.rule) == (Kind.LEDGER, "draft")]
        if drafted:  # an unreviewed guess never passes as a checked fact
            more = f" (and {len(drafted) - 1} more drafts)" if len(drafted) > 1 else ""
            pytest.skip(drafted[0].headline + more)

    def explain(self, failing: dict[str, list[Finding]], broken: str | None) -> str:
        return broken or "\n".join(finding.render() for group in failing.values() for finding in group)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, FindingsFailed):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        kinds = sorted({finding.kind.value for finding in self.findings if finding.kind is not Kind.LEDGER})
        return self.path, self.line, f"{self.name}" + (f" [{', '.join(kinds)}]" if kinds else "")
