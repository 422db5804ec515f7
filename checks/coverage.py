"""Coverage: is every number in a document claimed by the ledger or ignored?

A number is *claimed* when a resolved mention's figure covers it, *ignored* when
an `ignore` pattern of the ledger matches around it (the entry's reason is kept),
and *uncovered* otherwise — a `coverage` finding at its line and column. Numbers
that are not figures must be ignored explicitly, never by silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from checks.engine import Check
from checks.findings import Finding, Kind
from checks.numbers import find_numbers


@dataclass(frozen=True)
class Number:
    """One numeral found in a document and what covers it."""

    text: str
    start: int
    end: int
    status: str  # "claimed" | "ignored" | "uncovered"
    by: str  # the claim id, the ignore reason, or ""


@dataclass(frozen=True)
class DocumentCoverage:
    key: str
    path: str
    numbers: tuple[Number, ...]

    def count(self, status: str) -> int:
        return sum(1 for number in self.numbers if number.status == status)

    @property
    def percent(self) -> Fraction:
        """Claimed or ignored numbers, in percent of all numbers (exact)."""
        total = len(self.numbers)
        return Fraction(100) if not total else Fraction(100 * (total - self.count("uncovered")), total)


def measure(check: Check) -> list[DocumentCoverage]:
    """Coverage of every document of the ledger, numbers in text order."""
    claimed: dict[str, list[tuple[int, int, str]]] = {key: [] for key in check.documents}
    for claim_id, readings in check.readings.items():
        for reading in readings:
            if reading.figure is not None:
                figure = reading.figure
                claimed[reading.mention.document].append((figure.start, figure.end, claim_id))
    result = []
    for key, document in check.documents.items():
        ignored = [
            (match.start(), match.end(), entry.reason)
            for entry in check.ledger.ignores
            for match in re.finditer(entry.pattern, document.text)
            if match.end() > match.start()
        ]
        numbers = tuple(_classify(figure, claimed[key], ignored) for figure in find_numbers(document.text))
        result.append(DocumentCoverage(key, document.path, numbers))
    return result


def _classify(figure, claimed, ignored) -> Number:
    start, end = figure.number_start, figure.number_end
    for span_start, span_end, claim_id in claimed:
        if span_start <= start and end <= span_end:
            return Number(figure.numeral, start, end, "claimed", claim_id)
    for span_start, span_end, reason in ignored:
        if span_start <= start and end <= span_end:
            return Number(figure.numeral, start, end, "ignored", reason)
    return Number(figure.numeral, start, end, "uncovered", "")


def findings(check: Check, coverage: list[DocumentCoverage]) -> list[Finding]:
    """One `coverage` finding per uncovered number."""
    found = []
    for item in coverage:
        document = check.documents[item.key]
        for number in item.numbers:
            if number.status == "uncovered":
                location = document.location(number.start, document.speaker_at(number.start) or "")
                message = f"{number.text!r} is neither claimed nor ignored; add a claim or an ignore entry"
                found.append(Finding(Kind.COVERAGE, "uncovered", number.text, message, (location,)))
    return found
