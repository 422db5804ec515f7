"""Hits -> findings: places, ids, severities, acceptances.

This is the only module of the package that sees a `Document`: the rules read
plain text, and here each hit becomes a `lint` finding with its path:line:col,
a stable id, the configured severity and, when the configuration accepts it,
the reason it is accepted. An acceptance that matches nothing is a finding
too (`unused-acceptance`), so a fixed defect does not leave a stale entry.

Ids. A hit's id is its key (by default the offending text, lower-cased, with
runs of other characters turned into "-": "yearon-year", "6.4-pct-year"),
followed by "#2", "#3"... for the second and later hits with the same key in
the document. Ids carry no line numbers, so edits elsewhere do not change them.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from fnmatch import fnmatchcase

from checks.findings import Finding, Kind, Severity
from checks.lint.config import Acceptance, LintConfig
from checks.lint.registry import RULES, Hit, meta_rule
from checks.lint.words import excerpt, slug

meta_rule("unused-acceptance", severity=Severity.WARNING,
          summary="an accept entry of the configuration that matches no finding")


class LintFinding(Finding):
    """A lint finding also carries the text in question and its replacement."""

    __slots__ = ("text", "suggestion")
    text: str
    suggestion: str | None

    def __init__(self, *args: object, text: str = "", suggestion: str | None = None, **fields: object) -> None:
        super().__init__(*args, **fields)  # type: ignore[arg-type]
        self._set(text=text, suggestion=suggestion)


def lint_text(text: str, config: LintConfig) -> list[Hit]:
    """Every enabled rule over `text`, hits in reading order."""
    hits = []
    for name, rule in RULES.items():
        if rule.check is not None and config.enabled(name):
            hits.extend(rule.check(text, config))
    hits.sort(key=lambda hit: (hit.start, hit.end, hit.rule))
    return hits


def lint_document(document, config: LintConfig) -> list[Finding]:
    """The lint findings of one document, acceptances applied."""
    return review([document], config)


def review(documents: Iterable, config: LintConfig) -> list[Finding]:
    """Lint findings of several documents under one configuration, then the unused acceptances."""
    documents = list(documents)
    findings: list[Finding] = []
    used: set[int] = set()
    for document in documents:
        for finding in _findings(document, config):
            index = _acceptance(finding, document.path, config.accept)
            if index is not None:
                used.add(index)
                finding = finding.accept(config.accept[index].reason)
            findings.append(finding)
    severity = config.severity("unused-acceptance")
    if severity is not None:
        paths = {_same(document.path) for document in documents}
        for index, acceptance in enumerate(config.accept):
            if index not in used and (acceptance.document is None or _same(acceptance.document) in paths):
                findings.append(_unused(acceptance, severity))
    return findings


def _findings(document, config: LintConfig) -> list[LintFinding]:
    seen: Counter = Counter()
    findings = []
    for hit in lint_text(document.text, config):
        key = slug(hit.key or hit.text)
        seen[hit.rule, key] += 1
        ident = key if seen[hit.rule, key] == 1 else f"{key}#{seen[hit.rule, key]}"
        locations = (document.location(hit.start),) + tuple(
            document.location(offset, note) for offset, note in hit.related
        )
        evidence = (excerpt(document.text, hit.start, hit.end),) + ((hit.note,) if hit.note else ())
        findings.append(LintFinding(
            kind=Kind.LINT, rule=hit.rule, id=ident, message=hit.message, locations=locations,
            severity=config.severity(hit.rule), evidence=evidence, text=hit.text, suggestion=hit.suggestion,
        ))
    return findings


def _acceptance(finding: Finding, path: str, accept: tuple[Acceptance, ...]) -> int | None:
    for index, acceptance in enumerate(accept):
        if acceptance.rule != finding.rule:
            continue
        if acceptance.document is not None and _same(acceptance.document) != _same(path):
            continue
        wildcard = any(char in acceptance.id for char in "*?")
        if acceptance.id == finding.id or (wildcard and fnmatchcase(finding.id, acceptance.id)):
            return index
    return None


def _unused(acceptance: Acceptance, severity: Severity) -> LintFinding:
    return LintFinding(
        kind=Kind.LINT, rule="unused-acceptance", id=f"{acceptance.rule}.{acceptance.id}",
        message=f"accepts {acceptance.rule} {acceptance.id}, which is not found; remove the entry or correct its id",
        locations=(acceptance.where,) if acceptance.where else (), severity=severity,
        text=acceptance.id, suggestion="",
    )


def _same(path: str) -> str:
    return os.path.normcase(os.path.abspath(path))
