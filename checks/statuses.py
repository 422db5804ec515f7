"""The status of every number in a checked document, for the HTML report.

A *mark* is one span of a document's text that the report highlights: a claimed
figure (the whole stated figure, qualifier and unit included), or a numeral that
coverage found unclaimed, or the place of a finding that is not at a number.
Each mark carries every status that applies to it (its *flags*); its *status* is
the most severe of them, in the order of `STATUSES`:

=========== ==============================================================
conflict    a `conflict` finding points here (a relation or a repeat fails)
changed     the document states another figure than the ledger recorded
anchor      an anchor problem touches this figure or its claim
lint        an editorial finding points here
uncovered   a number that is neither claimed nor ignored
protected   a claimed figure that takes part in at least one relation
claimed     a claimed figure that no relation checks (only the snapshot)
ignored     a number matched by an `ignore` entry of the ledger
=========== ==============================================================

Findings are tied to marks by their document locations (path:line:col), so a
`changed` finding marks the one mention that changed, not every mention of its
claim; anchor findings also mark the other mentions of their claim.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from checks import coverage as coverage_module
from checks.document import Document
from checks.engine import Check, Reading
from checks.findings import Finding, Kind, Location
from checks.model import Ignore, Relation

STATUSES = ("conflict", "changed", "anchor", "lint", "uncovered", "protected", "claimed", "ignored")

LABELS = {
    "conflict": "conflict",
    "changed": "changed",
    "anchor": "anchor problem",
    "lint": "lint",
    "uncovered": "uncovered",
    "protected": "protected by a relation",
    "claimed": "claimed only",
    "ignored": "ignored",
}

KIND_STATUS = {
    Kind.CONFLICT: "conflict",
    Kind.CHANGED: "changed",
    Kind.ANCHOR: "anchor",
    Kind.LINT: "lint",
    Kind.COVERAGE: "uncovered",
}

_WORD_AT = re.compile(r"[^\s]{1,40}")


@dataclass
class Mark:
    """One highlighted span of `document`'s text; `index` is unique in a report."""

    document: str
    start: int
    end: int
    text: str
    speaker: str | None
    claims: list[str] = field(default_factory=list)
    readings: list[Reading] = field(default_factory=list)
    ignore: Ignore | None = None
    findings: list[int] = field(default_factory=list)  # indexes into Statuses.findings
    flags: set[str] = field(default_factory=set)
    index: int = -1
    number: bool = True  # False for the place of a finding that is not at a number

    @property
    def status(self) -> str:
        return next(status for status in STATUSES if status in self.flags)


@dataclass(frozen=True)
class Place:
    """Where one location of a finding is shown: a mark, or only a line."""

    location: Location
    document: str | None  # document key, None for the ledger or another file
    mark: Mark | None
    speaker: str | None = None


@dataclass
class Statuses:
    """Every mark of every document, and how findings, claims and relations meet them."""

    check: Check
    findings: list[Finding]
    marks: dict[str, list[Mark]]  # document key -> marks in text order
    places: dict[int, list[Place]]  # finding index -> its places
    relations_of: dict[str, list[Relation]]  # claim id -> relations it takes part in
    line_starts: dict[str, list[int]] = field(default_factory=dict)  # document key -> offsets

    def all_marks(self) -> list[Mark]:
        return [mark for marks in self.marks.values() for mark in marks]

    def counts(self) -> dict[str, int]:
        """Marks by their (most severe) status, every status present."""
        counts = {status: 0 for status in STATUSES}
        for mark in self.all_marks():
            counts[mark.status] += 1
        return counts

    def findings_about(self, subject: str) -> list[int]:
        return [index for index, finding in enumerate(self.findings) if finding.id == subject]

    def mark_at(self, location: Location) -> Mark | None:
        """The mark holding a document location, if any."""
        for key, document in self.check.documents.items():
            if document.path == location.path:
                offset = _offset(document, self.line_starts[key], location)
                return _mark_at(self.marks[key], offset) if offset is not None else None
        return None


def assess(check: Check, findings: Iterable[Finding]) -> Statuses:
    """Mark every number of every document of `check` and tie `findings` to them."""
    findings = list(findings)
    relations_of: dict[str, list[Relation]] = {}
    for relation in check.ledger.relations.values():
        for ref in dict.fromkeys((*relation.operands, relation.result)):
            if ref is not None and ref in check.ledger.claims:
                relations_of.setdefault(ref, []).append(relation)
    numbers = {item.key: item.numbers for item in coverage_module.measure(check)}
    marks = {key: _number_marks(check, key, document, relations_of, numbers.get(key, ()))
             for key, document in check.documents.items()}
    line_starts = {key: [0] + [m.end() for m in re.finditer("\n", document.text)]
                   for key, document in check.documents.items()}
    by_path = {document.path: key for key, document in check.documents.items()}
    places: dict[int, list[Place]] = {}
    for index, finding in enumerate(findings):
        status = KIND_STATUS.get(finding.kind)
        found = []
        for location in finding.locations:
            key = by_path.get(location.path)
            if key is None:
                found.append(Place(location, None, None))
                continue
            document = check.documents[key]
            offset = _offset(document, line_starts[key], location)
            mark = _mark_at(marks[key], offset) if offset is not None else None
            if mark is None and offset is not None and status is not None:
                mark = _pin(marks[key], document, key, offset, getattr(finding, "text", "") or "")
            if mark is not None and status is not None:
                mark.flags.add(status)
                if index not in mark.findings:
                    mark.findings.append(index)
            speaker = document.speaker_at(offset) if offset is not None and document.text else None
            found.append(Place(location, key, mark, speaker))
        places[index] = found
        if finding.kind is Kind.ANCHOR:
            for mark in (m for ms in marks.values() for m in ms if finding.id in m.claims):
                mark.flags.add("anchor")
                if index not in mark.findings:
                    mark.findings.append(index)
    number = 0
    for key in marks:
        for mark in marks[key]:
            mark.index = number
            number += 1
    return Statuses(check, findings, marks, places, relations_of, line_starts)


def _number_marks(check: Check, key: str, document: Document, relations_of, numbers) -> list[Mark]:
    """Claimed figures first (whole figure spans), then the other numerals."""
    marks: list[Mark] = []
    for claim_id, readings in check.readings.items():
        for reading in readings:
            figure = reading.figure
            if figure is None or reading.mention.document != key:
                continue
            mark = Mark(key, figure.start, figure.end, "", document.speaker_at(figure.start))
            mark.claims.append(claim_id)
            mark.readings.append(reading)
            mark.flags.add("protected" if claim_id in relations_of else "claimed")
            marks.append(mark)
    claimed = _merge(marks)
    marks = list(claimed)
    starts = [mark.start for mark in claimed]
    for number in numbers:
        if _overlapping(claimed, starts, number.start, number.end):
            continue
        mark = Mark(key, number.start, number.end, "", document.speaker_at(number.start))
        if number.status == "ignored":
            mark.flags.add("ignored")
            mark.ignore = number.ignore
        elif number.status == "uncovered":
            mark.flags.add("uncovered")
        else:  # a claimed numeral outside every read figure: show it as claimed
            mark.flags.add("claimed")
            mark.claims.append(number.by)
        marks.append(mark)
    marks.sort(key=lambda mark: (mark.start, mark.end))
    for mark in marks:
        mark.text = document.text[mark.start:mark.end]
    return marks


def _merge(marks: list[Mark]) -> list[Mark]:
    """Claimed figures whose spans overlap become one mark with several claims."""
    marks.sort(key=lambda mark: (mark.start, mark.end))
    merged: list[Mark] = []
    for mark in marks:
        if merged and mark.start < merged[-1].end:
            last = merged[-1]
            last.end = max(last.end, mark.end)
            for claim_id in mark.claims:
                if claim_id not in last.claims:
                    last.claims.append(claim_id)
            last.readings.extend(mark.readings)
            last.flags |= mark.flags
            if "protected" in last.flags:
                last.flags.discard("claimed")
        else:
            merged.append(mark)
    return merged


def _overlapping(marks: list[Mark], starts: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of `marks` (sorted, disjoint; `starts` their starts)."""
    position = bisect_right(starts, start) - 1
    near = marks[max(position, 0):position + 2]
    return any(mark.start < end and start < mark.end for mark in near)


def _offset(document: Document, starts: list[int], location: Location) -> int | None:
    """The text offset of a 1-based line:column, or None outside the text."""
    if not 1 <= location.line <= len(starts):
        return None
    offset = starts[location.line - 1] + location.column - 1
    return offset if 0 <= offset <= len(document.text) else None


def _mark_at(marks: list[Mark], offset: int) -> Mark | None:
    position = bisect_right([mark.start for mark in marks], offset) - 1
    if position >= 0 and marks[position].start <= offset < marks[position].end:
        return marks[position]
    return None


def _pin(marks: list[Mark], document: Document, key: str, offset: int, text: str = "") -> Mark:
    """A mark for a finding at a place where no number is: its text, else the word there."""
    word = _WORD_AT.match(document.text, offset)
    end = word.end() if word else min(offset + 1, len(document.text))
    if text and "\n" not in text and document.text.startswith(text, offset):
        end = offset + len(text)
    end = max(end, offset + 1) if offset < len(document.text) else offset
    neighbours = [mark for mark in marks if mark.start < end and offset < mark.end]
    if neighbours:
        return neighbours[0]
    mark = Mark(key, offset, end, document.text[offset:end], document.speaker_at(offset), number=False)
    position = bisect_right([m.start for m in marks], offset)
    marks.insert(position, mark)
    return mark


@dataclass(frozen=True)
class Term:
    """One side of a relation as the report shows it."""

    ref: str  # claim id or literal
    stated: str  # the figure as the document states it now
    interval: str  # what the stated figure allows
    unit: str
    locations: tuple[Location, ...]
    role: str  # "operand" or "result"


@dataclass(frozen=True)
class Arithmetic:
    """A relation evaluated on the figures the document states now."""

    relation: Relation
    terms: tuple[Term, ...]
    computed: tuple[str, ...]  # what the figures allow, one line per requirement
    holds: bool | None  # None: an operand could not be read
    summary: str  # the rule's one-line summary


def explain(check: Check, relation: Relation) -> Arithmetic:
    """The operands, the computed requirement and the verdict of one relation."""
    from checks import rules

    registry = getattr(rules, "RULES", {})
    rule = registry.get(relation.kind)
    summary = getattr(rule, "summary", "") if rule is not None else ""
    refs = [(ref, "operand") for ref in relation.operands]
    if relation.result is not None:
        refs.append((relation.result, "result"))
    operands = [(check.operand(ref, check.readings), role, ref) for ref, role in refs]
    exact = bool(relation.options.get("exact")) if isinstance(relation.options, dict) else False
    terms = tuple(_term(operand, role, ref, exact) for operand, role, ref in operands)
    if any(operand is None for operand, _, _ in operands) or rule is None:
        return Arithmetic(relation, terms, (), None, summary)
    inputs = [operand for operand, role, _ in operands if role == "operand"]
    result = next((operand for operand, role, _ in operands if role == "result"), None)
    holds = rules.check(relation, inputs, result) is None
    try:
        options = rule.read_options(relation)
        if options.get("exact"):
            from checks.interval import Interval

            intervals = [Interval.point(operand.exact) for operand in inputs]
        else:
            intervals = [operand.interval for operand in inputs]
        computed = tuple(_describe(requirement, inputs, result) for requirement in rule.evaluate(intervals, options))
    except (ValueError, ArithmeticError, KeyError, TypeError):
        computed = ()
    return Arithmetic(relation, terms, computed, holds, summary)


def _term(operand, role: str, ref: str, exact: bool) -> Term:
    if operand is None:
        return Term(ref, "?", "unresolved anchor", "", (), role)
    if exact and role == "operand" and operand.locations:
        from checks.interval import Interval

        interval = f"{Interval.point(operand.exact)} (exact digits)"
    else:
        interval = str(operand.interval)
    return Term(ref, operand.stated, interval, operand.unit, operand.locations, role)


def _describe(requirement, inputs, result) -> str:
    from checks.interval import Interval

    if isinstance(requirement, Interval):
        unit = {"percent": "%", "count": "", "": ""}.get(result.unit, f" {result.unit}") if result is not None else ""
        stated = f"; stated {result.stated} ({result.interval})" if result is not None else ""
        return f"figures allow {requirement}{unit}{stated}"
    if hasattr(requirement, "op") and hasattr(requirement, "left"):
        left, right = requirement.sides
        name = lambda i: inputs[i].id if 0 <= i < len(inputs) else "?"  # noqa: E731
        verdict = "possible" if requirement.possible else "impossible"
        return f"{name(left)} ({requirement.left}) {requirement.op} {name(right)} ({requirement.right}): {verdict}"
    if hasattr(requirement, "index"):
        index = requirement.index
        return f"{inputs[index].id if index < len(inputs) else '?'} must be a whole number"
    return str(requirement)
