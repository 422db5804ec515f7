"""Ledger + documents -> findings. The only place that compares figures.

The engine reads every mention's figure from the document (relations are always
evaluated on what the document states now), then runs three families of checks:
grounding (`changed`: the document says something else than the ledger's
snapshot), `repeat` (all mentions of one claim agree as intervals) and the
relations of the rule registry. Each check is a small function over readings so
that mutation analysis can re-run only what touches one claim.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from checks import rules
from checks.anchors import Anchor, AnchorIndex, AnchorSyntaxError
from checks.document import Document, DocumentError, load_document
from checks.drift import relocate
from checks.findings import Finding, Kind, Severity
from checks.interval import Interval
from checks.ledger import LedgerError, Problem, load_ledger
from checks.mentions import Reading, read_drifted, read_exact
from checks.model import Claim, Ledger, Mention, Relation
from checks.numbers import Figure, Slacks, parse_figure


class InputError(Exception):
    """A document or ledger that cannot be used at all (exit 2)."""


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

    def findings(self) -> list[Finding]:
        """Every finding, expectations applied, in ledger order."""
        found = list(self.anchor_findings)
        for claim in self.ledger.claims.values():
            found.extend(self.claim_findings(claim))
        for relation in self.ledger.relations.values():
            found.extend(self.relation_findings(relation))
        found.extend(drafted(self.ledger))
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


def check_ledger(path: str, documents: dict[str, str] | None = None, *, allow_outside: bool = False,
                 strict: bool = False) -> Check:
    """Load a ledger and read every mention; raise LedgerError or InputError."""
    return check_loaded(load_ledger(path, allow_outside=allow_outside), documents, strict=strict)


def check_loaded(ledger: Ledger, documents: dict[str, str] | None = None, *, strict: bool = False) -> Check:
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
    return read_mentions(ledger, loaded, strict=strict)


def read_mentions(ledger: Ledger, documents: dict[str, Document], *, strict: bool = False) -> Check:
    """Resolve every anchor in one pass per document and read its figure; re-anchor
    the anchors that match nowhere (`checks.drift`). A drift is a warning, an error
    when `strict` or the ledger says `defaults: {drift: fail}`."""
    strict = strict or ledger.drift == "fail"
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
        index = AnchorIndex(document)
        resolutions = index.resolve(anchors)
        relocations = relocate(index, resolutions)
        for i, ((claim, mention), resolution) in enumerate(zip(pairs, resolutions)):
            if i in relocations:
                others = [pairs[place.taken_by][0].id if place.taken_by is not None else None
                          for place in relocations[i].candidates]
                reading, finding = read_drifted(claim, mention, relocations[i], document, others, strict)
            else:
                reading, finding = read_exact(claim, mention, resolution.matches, document)
            readings[claim.id].append(reading)
            if finding is not None:
                anchor_findings.append(finding)
    if problems:
        raise LedgerError(problems)
    anchor_findings.extend(uncross(ledger, readings))
    return Check(ledger, documents, {k: tuple(v) for k, v in readings.items()}, anchor_findings)


def uncross(ledger: Ledger, readings: dict[str, list[Reading]]) -> list[Finding]:
    """Two claims whose mentions read each other's recorded figures (their anchors,
    reworded, now match at each other's places: "reached"/"hit" swapped between two
    clauses) are not bound: each gets an `anchor ambiguous` finding that says so."""
    changed = {}  # (claim, index) -> (read statement, recorded statement)
    for claim_id, claim_readings in readings.items():
        value = ledger.claims[claim_id].value
        for index, reading in enumerate(claim_readings):
            if reading.figure is not None and reading.figure.text != value.strip():
                recorded = _statement(parse_figure(value))
                if _statement(reading.figure) != recorded:
                    changed[claim_id, index] = (_statement(reading.figure), recorded)
    by_statements = {}
    for key, statements in changed.items():
        by_statements.setdefault(statements, []).append(key)
    found, crossed = [], []
    for (claim_id, index), (read, recorded) in changed.items():
        other = next((key for key in by_statements.get((recorded, read), ()) if key[0] != claim_id), None)
        if other is None:
            continue
        reading, theirs = readings[claim_id][index], readings[other[0]][other[1]]
        message = (f"anchor matches at {reading.location}, which states {reading.figure.text!r}, the figure of "
                   f"{other[0]}, whose anchor matches where this claim's figure stands ({theirs.location}): "
                   "the anchors swapped places; add words to tell them apart")
        found.append(Finding(Kind.ANCHOR, "ambiguous", claim_id, message, (reading.mention.where, reading.location)))
        crossed.append((claim_id, index))
    for claim_id, index in crossed:
        old = readings[claim_id][index]
        readings[claim_id][index] = Reading(claim_id, old.mention, None, None)
    return found


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
    return _statement(read) == _statement(recorded)


def _statement(figure: Figure) -> tuple:
    """What `changed` compares: value, exponent and qualifier."""
    return figure.value, figure.exponent, figure.qualifier


def _precision(claim: Claim) -> Decimal | None:
    return Decimal(claim.precision) if claim.precision else None


def drafted(ledger: Ledger) -> list[Finding]:
    """`ledger` warnings: every item marked `review: draft` is a guess nobody has confirmed."""
    items = [("claim", claim.id, claim.where, claim.review, "check its metric, period, unit and anchors")
             for claim in ledger.claims.values()]
    items += [("relation", relation.id, relation.where, relation.review, "check its operands against its 'why'")
              for relation in ledger.relations.values()]
    items += [("ignore entry", entry.pattern, entry.where, entry.review, "check that it matches no figure")
              for entry in ledger.ignores]
    return [Finding(Kind.LEDGER, "draft", subject, f"drafted {what}, not reviewed: {advice}, then delete 'review: draft'",
                    (where,), severity=Severity.WARNING)
            for what, subject, where, review, advice in items if review == "draft"]


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


