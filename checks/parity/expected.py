"""Expected parity findings: real translation differences accepted with a reason.

A pair's ``expected.yaml`` (``--expected FILE``) lists findings a reviewer has read
and accepted, each by rule, id and the line of its first location::

    - {rule: value, id: "94.9%", line: 139, reason: "the reference translation mistypes 94.9% as 94.4%"}

An accepted finding stays in every report, marked accepted, and no longer fails;
an entry that matches nothing is itself a warning (``stale-expectation``), so the
list cannot silently outlive the differences it describes.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from checks.findings import Finding, Kind, Location, Severity


class ExpectedError(Exception):
    """An expected-findings file that cannot be used; the message names file and entry."""


@dataclass(frozen=True, slots=True)
class Expected:
    """A parity finding the corpus expects, and why."""

    rule: str
    id: str
    line: int | None
    reason: str


def load_expected(path: str) -> list[Expected]:
    try:
        with open(path, encoding="utf-8") as handle:
            entries = yaml.safe_load(handle)
    except OSError as error:
        raise ExpectedError(f"{path}:1:1: cannot read: {error.strerror}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else "1:1"
        raise ExpectedError(f"{path}:{where}: not YAML: {getattr(error, 'problem', error)}") from None
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise ExpectedError(f"{path}:1:1: expected a list of {{rule, id, line, reason}} entries")
    found = []
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not {"rule", "id", "reason"} <= set(entry) or not str(entry["reason"]).strip():
            raise ExpectedError(f"{path}: entry {number}: needs rule, id and a non-empty reason (line optional)")
        line = entry.get("line")
        if line is not None and not isinstance(line, int):
            raise ExpectedError(f"{path}: entry {number}: line must be a whole number, got {line!r}")
        found.append(Expected(str(entry["rule"]), str(entry["id"]), line, str(entry["reason"])))
    return found


def apply_expected(findings: list[Finding], expected: list[Expected], path: str) -> list[Finding]:
    """The findings with the expected ones accepted, plus a warning per stale entry."""
    used: set[int] = set()
    result = []
    for finding in findings:
        line = finding.locations[0].line if finding.locations else None
        match = next((k for k, e in enumerate(expected) if k not in used and e.rule == finding.rule
                      and e.id == finding.id and e.line in (None, line)), None)
        if match is None:
            result.append(finding)
        else:
            used.add(match)
            result.append(finding.accept(expected[match].reason))
    for k, entry in enumerate(expected):
        if k not in used:
            result.append(Finding(Kind.PARITY, "stale-expectation", entry.id,
                                  f"expected {entry.rule} finding no longer occurs: remove the entry",
                                  (Location(path, 1, 1),), Severity.WARNING))
    return result
