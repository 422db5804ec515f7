"""Ledger + documents -> findings. The only place that compares figures.

The engine reads every mention's figure from the document (relations are always
evaluated on what the document states now), then runs three families of checks:
grounding (`changed`: the document says something else than the ledger's
snapshot), `repeat` (all mentions of one claim agree as intervals) and the
relations of the rule registry. Each check is a small function over readings so
that mutation analysis can re-run only what touches one claim.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from checks import rules
from checks.anchors import Anchor, AnchorIndex, AnchorSyntaxError
from checks.document import Document, DocumentError, load_document
from checks.findings import Finding, Kind, Location, Severity
from checks.interval import Interval
from checks.ledger import LedgerError, Problem, load_ledger
from checks.model import Claim, Ledger, Mention, Relation
from checks.numbers import Figure, Slacks, parse_figure, read_figure


class InputError(Exception):
    """A document or ledger that cannot be used at all (exit 2)."""


@dataclass(frozen=True, slots=True)
class Reading:
    """One mention as read from its document; `figure` is None if unresolved."""

    claim: str
    mention: Mention
    figure: Figure | None
    location: Location | None


@dataclass
class Check:
    """One ledger checked against its documents."""

    ledger: Ledger
    documents: dict[str, Document]
    readings: dict[str, tuple[Reading, ...]]
    anchor_findings: list[Finding] = field(default_factory=list)

    @cached_property
    def slacks(self) -> Slacks:
        """Built once: every claim and operand reads its interval with them."""
        return Slacks.from_percent_text(self.ledger.slack.nearly, self.ledger.slack.about)

    def findings(self, allow_draft: bool = False) -> list[Finding]:
        """Every finding, expectations applied, in ledger order; items still marked
        `review: draft` fail unless `allow_draft`."""
        found = list(self.anchor_findings)
        for claim in self.ledger.claims.values():
            found.extend(self.claim_findings(claim))
        for relation in self.ledger.relations.values():
            found.extend(self.relation_findings(relation))
        found.extend(drafted(self.ledger, allow_draft))
        return apply_expectations(self.ledger, found)

    def claim_findings(self, claim: Claim, readings: tuple[Reading, ...] | None = None) -> list[Finding]:
        readings = self.readings.get(claim.id, ()) if readings is None else readings
        return grounding(claim, readings) + repeat(claim, readings, self.slacks)

    def relation_findings(self, relation: Relation, readings: dict | None = None) -> list[Finding]:
        readings = self.readings if readings is None else readings
        operands = [self.operand(ref, readings) for ref in relation.operands]
        result = self.operand(relation.result, readings) if relation.result is not None else None
        if any(operand is None for operand in operands) or (relation.result is not None and result is None):
            return []  # an unresolved anchor is already reported; nothing to compare
        conflict = rules.check(relation, operands, result)
        if conflict is None:
            return []
        locations = [location for operand in (*operands, result) if operand for location in operand.locations]
        return [
            Finding(
                Kind.CONFLICT,
                relation.kind,
                relation.id,
                conflict.message,
                tuple(dict.fromkeys(locations)) + (relation.where,),
                evidence=conflict.evidence,
                material=conflict.material,
            )
        ]

    def operand(self, ref: str, readings: dict) -> rules.Operand | None:
        """The figure a relation sees for a claim id, an external, or a literal."""
        claim = self.ledger.claims.get(ref)
        if claim is None:
            figure = parse_figure(ref)
            point = Interval.point(figure.stated_value)
            return rules.Operand(ref, ref, point, figure.stated_value, figure.unit, "none", ())
        if claim.external:
            figure = parse_figure(claim.value)
            return self._operand(claim, figure, (claim.where,))
        for reading in readings.get(ref, ()):
            if reading.figure is not None:
                return self._operand(claim, reading.figure, (reading.location,))
        return None

    def _operand(self, claim: Claim, figure: Figure, locations) -> rules.Operand:
        interval = figure.interval(self.slacks, _precision(claim))
        return rules.Operand(claim.id, figure.text, interval, figure.stated_value,
                             claim.unit, claim.period, tuple(locations))


def check_ledger(path: str, documents: dict[str, str] | None = None, *, allow_outside: bool = False) -> Check:
    """Load a ledger and read every mention; raise LedgerError or InputError."""
    return check_loaded(load_ledger(path, allow_outside=allow_outside), documents)


def check_loaded(ledger: Ledger, documents: dict[str, str] | None = None) -> Check:
    """Read every mention of an already loaded ledger; raise LedgerError or InputError.

    `documents` maps document keys to paths that replace the ledger's own.
    """
    path = ledger.path
    overrides = dict(documents or {})
    if "" in overrides:  # a bare --document PATH names the ledger's only document
        if len(ledger.documents) != 1:
            raise InputError(f"{path}: names {len(ledger.documents)} documents; use --document KEY=PATH")
        overrides[next(iter(ledger.documents))] = overrides.pop("")
    unknown = set(overrides) - set(ledger.documents)
    if unknown:
        raise InputError(f"{path}: no document named {min(unknown)!r}; known: {', '.join(ledger.documents)}")
    loaded = {}
    for key, ref in ledger.documents.items():
        target = overrides.get(key, ref.display)
        try:
            loaded[key] = load_document(target)
        except DocumentError as error:
            raise InputError(str(error)) from None
        except OSError as error:
            raise InputError(f"{ref.where}: cannot read document {target!r}: {error.strerror}") from None
    return read_mentions(ledger, loaded)


def read_mentions(ledger: Ledger, documents: dict[str, Document]) -> Check:
    """Resolve every anchor in one pass per document and read its figure."""
    by_document: dict[str, list[tuple[Claim, Mention]]] = {}
    problems = []
    for claim in ledger.claims.values():
        for mention in claim.mentions:
            by_document.setdefault(mention.document, []).append((claim, mention))
    readings: dict[str, list[Reading]] = {claim_id: [] for claim_id in ledger.claims}
    anchor_findings: list[Finding] = []
    for key, pairs in by_document.items():
        document = documents[key]
        anchors = []
        for claim, mention in pairs:
            try:
                anchors.append(Anchor(mention.anchor, mention.speaker))
            except AnchorSyntaxError as error:
                problems.append(Problem(mention.where, f"claims.{claim.id}.anchor", str(error), "anchor"))
                anchors.append(None)
        if problems:
            continue
        resolutions = AnchorIndex(document).resolve(anchors)
        for (claim, mention), resolution in zip(pairs, resolutions):
            reading, finding = _read(claim, mention, resolution.matches, document)
            readings[claim.id].append(reading)
            if finding is not None:
                anchor_findings.append(finding)
    if problems:
        raise LedgerError(problems)
    return Check(ledger, documents, {k: tuple(v) for k, v in readings.items()}, anchor_findings)


def _read(claim: Claim, mention: Mention, matches, document: Document):
    within = f" within {mention.speaker}'s turns" if mention.speaker else ""
    if len(matches) == 1:
        match = matches[0]
        figure = read_figure(document.text, match.figure_start)
        location = document.location(match.figure_start, document.speaker_at(match.figure_start) or "")
        if figure is not None:
            return Reading(claim.id, mention, figure, location), None
        message = "no figure can be read inside the anchor's brackets; put the number in [brackets]"
        return Reading(claim.id, mention, None, location), Finding(
            Kind.ANCHOR, "unreadable", claim.id, message, (location, mention.where))
    if not matches:
        message = (f"anchor matches nowhere in {document.path}{within}: {mention.anchor!r}; "
                   "the words around the figure changed: update the anchor")
        return Reading(claim.id, mention, None, None), Finding(
            Kind.ANCHOR, "missing", claim.id, message, (mention.where,))
    places = tuple(document.location(match.figure_start, document.speaker_at(match.figure_start) or "")
                   for match in matches)
    message = (f"anchor matches {len(matches)} places in {document.path}{within}; "
               "add words (or a speaker) to make it unique")
    return Reading(claim.id, mention, None, None), Finding(
        Kind.ANCHOR, "ambiguous", claim.id, message, (mention.where, *places))


def grounding(claim: Claim, readings: tuple[Reading, ...]) -> list[Finding]:
    """`changed`: the document states another figure than the ledger recorded."""
    recorded = parse_figure(claim.value)
    found = []
    for reading in readings:
        figure = reading.figure
        if figure is None or _same_statement(figure, recorded):
            continue
        message = f"document states {figure.text!r}, ledger recorded {claim.value!r}"
        found.append(Finding(Kind.CHANGED, "grounding", claim.id, message, (reading.location, reading.mention.where)))
    return found


def repeat(claim: Claim, readings: tuple[Reading, ...], slacks: Slacks) -> list[Finding]:
    """All mentions of one claim must agree, compared as intervals."""
    read = [(reading, reading.figure.interval(slacks, _precision(claim)))
            for reading in readings if reading.figure is not None]
    # Intervals on a line meet in common iff every pair meets (Helly), so the
    # first disjoint pair is the whole story.
    pair = next(((a, b) for i, a in enumerate(read) for b in read[i + 1:] if not a[1].intersects(b[1])), None)
    if pair is None:
        return []
    (first, first_interval), (other, other_interval) = pair
    message = (f"mentions disagree: {other.figure.text!r} ({other_interval}) "
               f"vs {first.figure.text!r} ({first_interval})")
    evidence = tuple(f"{reading.figure.text!r:>14}  {interval}  {reading.location}" for reading, interval in read)
    rest = tuple(reading.location for reading, _ in read if reading not in (first, other))
    return [Finding(Kind.CONFLICT, "repeat", claim.id, message,
                    (other.location, first.location, *rest, claim.where), evidence=evidence,
                    material=_disjoint_in_order(other_interval, first_interval))]


def _disjoint_in_order(a: Interval, b: Interval) -> bool:
    """Mentions of one figure more than a rounding step apart are material."""
    return a.gap(b) > max(a.width or 0, b.width or 0)


def _same_statement(read: Figure, recorded: Figure) -> bool:
    return (read.value == recorded.value and read.exponent == recorded.exponent
            and read.qualifier == recorded.qualifier)


def _precision(claim: Claim) -> Decimal | None:
    return Decimal(claim.precision) if claim.precision else None


def drafted(ledger: Ledger, allow_draft: bool = False) -> list[Finding]:
    """Every item marked `review: draft` is a guess nobody has confirmed: one finding
    each, and one that counts them. They fail (an unreviewed draft must not pass
    CI) unless `allow_draft`, which keeps them as warnings."""
    items = [("claim", claim.id, claim.where, claim.review, "check its metric, period, unit and anchors")
             for claim in ledger.claims.values()]
    items += [("relation", relation.id, relation.where, relation.review, "check its operands against its 'why'")
              for relation in ledger.relations.values()]
    items += [("ignore entry", entry.pattern, entry.where, entry.review, "check that it matches no figure")
              for entry in ledger.ignores]
    severity = Severity.WARNING if allow_draft else Severity.ERROR
    found = [Finding(Kind.LEDGER, "draft", subject, f"drafted {what}, not reviewed: {advice}, then delete 'review: draft'",
                     (where,), severity=severity)
             for what, subject, where, review, advice in items if review == "draft"]
    if found:
        counts = Counter(what for what, *_, review, _ in items if review == "draft")
        plural = {"claim": "claims", "relation": "relations", "ignore entry": "ignore entries"}
        listed = ", ".join(f"{counts[what]} {plural[what]}" for what in plural if counts[what])
        found.append(Finding(Kind.LEDGER, "draft", "unreviewed",
                             f"{len(found)} items still marked 'review: draft' ({listed}): review each and delete "
                             "its mark, or allow an unreviewed draft on purpose (--allow-draft)",
                             (Location(found[0].locations[0].path, 1, 1),), severity=severity))
    return found


def apply_expectations(ledger: Ledger, findings: list[Finding]) -> list[Finding]:
    """Accept expected findings (kept visible) and report stale expectations."""
    result = []
    used = set()
    for finding in findings:
        for expectation in ledger.expected:
            if (finding.kind.value, finding.rule, finding.id) == (expectation.kind, expectation.rule, expectation.id):
                finding = finding.accept(expectation.reason)
                used.add(expectation)
        result.append(finding)
    for expectation in ledger.expected:
        if expectation not in used:
            message = f"expected {expectation.kind} {expectation.rule} {expectation.id} did not occur; remove the entry"
            result.append(Finding(Kind.LEDGER, "stale-expectation", expectation.id, message,
                                  (expectation.where,), severity=Severity.WARNING))
    return result


