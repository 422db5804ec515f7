"""Coverage: is every number in a document claimed by the ledger or ignored?

A number is *claimed* when a resolved mention's figure covers it, *ignored* when
an `ignore` pattern of the ledger matches around it (the entry's reason is kept),
and *uncovered* otherwise — a `coverage` finding at its line and column. Numbers
that are not figures must be ignored explicitly, never by silence.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from checks import patterns
from checks.engine import Check, InputError
from checks.findings import Finding, Kind
from checks.model import Ignore
from checks.numbers import find_numbers
from checks.settings import SettingError


@dataclass(frozen=True)
class Number:
    """One numeral found in a document and what covers it."""

    text: str
    start: int
    end: int
    status: str  # "claimed" | "ignored" | "uncovered"
    by: str  # the claim id, the ignore reason, or ""
    ignore: Ignore | None = None  # the entry that ignores it


@dataclass(frozen=True)
class DocumentCoverage:
    """Every numeral of one document, each with its status."""

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
    try:
        budget = patterns.seconds()
    except SettingError as error:
        raise InputError(str(error)) from None
    result = []
    for key, document in check.documents.items():
        ignored = [(start, end, entry) for entry in check.ledger.ignores
                   for start, end in _spans(entry, document, budget)]
        figures = find_numbers(document.text, check.ledger.qualifiers)
        places = [(figure.number_start, figure.number_end) for figure in figures]
        numbers = tuple(_classify(figure, claimed[key], claim, ignored, ignore) for figure, claim, ignore
                        in zip(figures, first_holding(claimed[key], places), first_holding(ignored, places)))
        result.append(DocumentCoverage(key, document.path, numbers))
    return result


def _classify(figure, claimed, claim: int | None, ignored, ignore: int | None) -> Number:
    start, end = figure.number_start, figure.number_end
    if claim is not None:
        return Number(figure.numeral, start, end, "claimed", claimed[claim][2])
    if ignore is not None:
        entry = ignored[ignore][2]
        return Number(figure.numeral, start, end, "ignored", entry.reason, entry)
    return Number(figure.numeral, start, end, "uncovered", "")


def first_holding(spans: Sequence[tuple[int, int, object]], places: Sequence[tuple[int, int]]) -> list[int | None]:
    """For each place (start, end), the index of the first span that holds it, or None.

    A span (span_start, span_end, ...) holds a place when span_start <= start and
    end <= span_end (a span holds itself; spans may overlap and nest). The answer is
    that of scanning `spans` in order for each place, in O((spans + places) log spans):
    places are taken by start; every span starting at or before is entered, at the rank
    of its end, into a tree of least indices (Fenwick), which then gives the least index
    among the spans entered that end at or after the place's end.
    """
    ends = sorted({span[1] for span in spans})
    none = len(spans)
    least = [none] * (len(ends) + 1)  # Fenwick tree over ends, largest end at rank 1
    by_start = sorted(range(len(spans)), key=lambda index: spans[index][0])
    entered = 0
    found: list[int | None] = [None] * len(places)
    for place in sorted(range(len(places)), key=lambda index: places[index][0]):
        start, end = places[place]
        while entered < len(by_start) and spans[by_start[entered]][0] <= start:
            index = by_start[entered]
            rank = len(ends) - bisect_left(ends, spans[index][1])
            while rank <= len(ends):
                least[rank] = min(least[rank], index)
                rank += rank & -rank
            entered += 1
        best, rank = none, len(ends) - bisect_left(ends, end)  # ranks 1..rank end at or after `end`
        while rank > 0:
            best = min(best, least[rank])
            rank -= rank & -rank
        if best < none:
            found[place] = best
    return found


def _spans(entry: Ignore, document, budget: float) -> list[tuple[int, int]]:
    """Where an ignore pattern matches, within its time budget (exit 2 past it)."""
    try:
        return [match.span() for match in patterns.finditer(patterns.compile_pattern(entry.pattern), document.text,
                                                            budget) if match.end() > match.start()]
    except patterns.PatternTimeout as error:
        raise InputError(f"{entry.where}: ignore pattern {entry.pattern[:60]!r} {error} on "
                         f"{document.path}; simplify it (no nested repetition)") from None


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
