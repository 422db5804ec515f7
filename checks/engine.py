"""Ledger + documents -> findings: each mention against the ledger and its claim's other mentions.

The engine reads every mention's figure from the document (relations are always
evaluated on what the document states now), then runs three families of checks:
grounding (`changed`: the document says something else than the ledger's
snapshot), `repeat` (all mentions of one claim state one value, see
`checks.rounding`) and the relations of the rule registry. Each check is a small
function over readings so that mutation analysis can re-run only what touches one
claim.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from fractions import Fraction
from functools import cached_property

from checks import rules
from checks.anchors import Anchor, AnchorIndex, AnchorSyntaxError
from checks.document import Document, DocumentError, load_document
from checks.drift import relocate
from checks.findings import Finding, Kind, Location, Severity
from checks.interval import Interval, format_decimal
from checks.ledger import LedgerError, Problem, load_ledger
from checks.mentions import Reading, read_drifted, read_exact
from checks.model import Claim, Ledger, Mention, Relation
from checks.numbers import Figure, Slacks, parse_figure
from checks.rounding import Statement, disagreement, rounding_step


class InputError(Exception):
    """A document or ledger that cannot be used at all (exit 2)."""


class Check:
    """One ledger checked against its documents."""

    def __init__(self, ledger: Ledger, documents: dict[str, Document], readings: dict[str, tuple[Reading, ...]],
                 anchor_findings: list[Finding] | None = None) -> None:
        self.ledger = ledger
        self.documents = documents
        self.readings = readings
        self.anchor_findings = [] if anchor_findings is None else anchor_findings
        self._recorded: dict[str, Statement] = {}

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

    @cached_property
    def unit_precision(self) -> dict[str, Fraction]:
        """The ledger's per-unit precision defaults (`defaults: precision:`)."""
        return {unit: Fraction(Decimal(step)) for unit, step in self.ledger.precision.items()}

    def statement(self, claim: Claim, figure: Figure) -> Statement:
        """What ``figure``, stated for ``claim``, says: its value, step and interval."""
        precision = Fraction(Decimal(claim.precision)) if claim.precision else None
        step = rounding_step(figure, precision, self.unit_precision.get(claim.unit))
        return Statement(figure.stated_value, None if figure.qualifier else step, figure.interval(self.slacks, step))

    def claim_findings(self, claim: Claim, readings: tuple[Reading, ...] | None = None) -> list[Finding]:
        readings = self.readings.get(claim.id, ()) if readings is None else readings
        return grounding(claim, readings, self.ledger) + repeat(claim, readings, self.statement)

    def relation_findings(self, relation: Relation, readings: dict | None = None) -> list[Finding]:
        readings = self.readings if readings is None else readings
        operands = [self.operand(ref, readings) for ref in relation.operands]
        result = self.operand(relation.result, readings) if relation.result is not None else None
        if any(operand is None for operand in operands) or (relation.result is not None and result is None):
            return []  # an unresolved anchor is already reported; nothing to compare
        conflict = rules.check(relation, operands, result)
        locations = [location for operand in (*operands, result) if operand for location in operand.locations]
        if conflict is None:
            return exact_fallback(relation, operands, locations)
        return [
            Finding(
                Kind.CONFLICT,
                relation.kind,
                relation.id,
                conflict.message,
                tuple(dict.fromkeys(locations)) + (relation.where,),
                severity=conflict.severity,
                evidence=conflict.evidence,
                material=conflict.material,
            )
        ]

    def operand(self, ref: str, readings: dict) -> rules.Operand | None:
        """The figure a relation sees for a claim id, an external, or a literal."""
        claim = self.ledger.claims.get(ref)
        if claim is None:  # a literal: its digits are exact, its qualifier still bounds it
            figure = parse_figure(ref, self.ledger.qualifiers)
            return rules.Operand(ref, ref, figure.interval(self.slacks, 0), figure.stated_value, figure.unit,
                                 "none", (), step=None if figure.qualifier else Fraction(0))
        if claim.external:
            figure = parse_figure(claim.value, self.ledger.qualifiers)
            return self._operand(claim, figure, (claim.where,))
        for reading in readings.get(ref, ()):
            if reading.figure is not None:
                return self._operand(claim, reading.figure, (reading.location,))
        return None

    def recorded(self, claim: Claim) -> Statement:
        """The statement of the ledger's own value (read once per claim)."""
        if claim.id not in self._recorded:
            self._recorded[claim.id] = self.statement(claim, parse_figure(claim.value, self.ledger.qualifiers))
        return self._recorded[claim.id]

    def _operand(self, claim: Claim, figure: Figure, locations) -> rules.Operand:
        statement = self.statement(claim, figure)
        recorded = self.recorded(claim)
        coarser = recorded.step is not None and (statement.step is None or statement.step > recorded.step)
        return rules.Operand(claim.id, figure.text, statement.interval, figure.stated_value,
                             claim.unit, claim.period, tuple(locations), step=statement.step,
                             recorded=claim.value if coarser else None)


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
        del index  # the document's token index (75 MB at 100,000 claims) is not kept while the readings are made
        for i, ((claim, mention), resolution) in enumerate(zip(pairs, resolutions)):
            if i in relocations:
                others = [pairs[place.taken_by][0].id if place.taken_by is not None else None
                          for place in relocations[i].candidates]
                reading, finding = read_drifted(claim, mention, relocations[i], document, others, strict,
                                                ledger.qualifiers)
            else:
                reading, finding = read_exact(claim, mention, resolution.matches, document, ledger.qualifiers)
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
                recorded = grounding_key(parse_figure(value, ledger.qualifiers))
                if grounding_key(reading.figure) != recorded:
                    changed[claim_id, index] = (grounding_key(reading.figure), recorded)
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


def grounding(claim: Claim, readings: tuple[Reading, ...], ledger: Ledger) -> list[Finding]:
    """`changed`: the document states another figure than the ledger recorded."""
    recorded = parse_figure(claim.value, ledger.qualifiers)
    found = []
    for reading in readings:
        figure = reading.figure
        if figure is None or _same_statement(figure, recorded):
            continue
        message = f"document states {figure.text!r}, ledger recorded {claim.value!r}"
        found.append(Finding(Kind.CHANGED, "grounding", claim.id, message, (reading.location, reading.mention.where)))
    return found


def repeat(claim: Claim, readings: tuple[Reading, ...], statement) -> list[Finding]:
    """All mentions of one claim must state one value (`checks.rounding`): the same
    digits at the same step, correct roundings of one value at different steps."""
    read = [(reading, statement(claim, reading.figure)) for reading in readings if reading.figure is not None]
    found = disagreement([stated for _, stated in read])
    if found is None:
        return []
    (first, first_stated), (other, other_stated) = read[found.first], read[found.second]
    said = f"{other.figure.text!r} ({other_stated.interval}) vs {first.figure.text!r} ({first_stated.interval})"
    if found.kind == "digits":
        message = (f"mentions disagree: {other.figure.text!r} vs {first.figure.text!r}, both rounded at the "
                   f"same digit (step {format_decimal(first_stated.step)}): one value rounds to one figure")
    elif found.kind == "rounds":
        message = (f"mentions disagree: {said}; exactly {format_decimal(found.at)} rounds to neither under half up "
                   "or half to even")
    elif found.kind == "tie":
        message = (f"mentions agree only through a rounding tie at {format_decimal(found.at)}: {said}; "
                   "half up and half to even round it apart: state them at one precision")
    else:
        message = f"mentions disagree: {said}"
    evidence = tuple(f"{reading.figure.text!r:>14}  {stated.interval}  {reading.location}" for reading, stated in read)
    rest = tuple(reading.location for reading, _ in read if reading not in (first, other))
    return [Finding(Kind.CONFLICT, "repeat", claim.id, message,
                    (other.location, first.location, *rest, claim.where), evidence=evidence,
                    severity=Severity.WARNING if found.kind == "tie" else Severity.ERROR,
                    material=_disjoint_in_order(other_stated.interval, first_stated.interval))]


def _disjoint_in_order(a: Interval, b: Interval) -> bool:
    """Mentions of one figure more than a rounding step apart are material."""
    return a.gap(b) > max(a.width or 0, b.width or 0)


def _same_statement(read: Figure, recorded: Figure) -> bool:
    return grounding_key(read) == grounding_key(recorded)


def grounding_key(figure: Figure) -> tuple:
    """What `changed` compares: value, exponent and qualifier (not the unit: the unit
    read in context may differ from a bare ledger value's)."""
    return figure.value, figure.exponent, figure.qualifier


def exact_fallback(relation: Relation, operands: list[rules.Operand], locations: list[Location]) -> list[Finding]:
    """A note when `exact: true` held only by taking a coarser restatement as its interval."""
    coarse = [operand for operand in operands if operand.recorded is not None]
    if relation.options.get("exact") is not True or not coarse:
        return []
    restated = ", ".join(f"{operand.id} {operand.stated!r} (recorded {operand.recorded!r})" for operand in coarse)
    message = (f"holds on intervals, not on stated digits: {restated} is stated less precisely than the relation "
               "was written for; accept the revision or update the ledger")
    return [Finding(Kind.CHANGED, "exact", relation.id, message,
                    tuple(dict.fromkeys(locations)) + (relation.where,), severity=Severity.INFO)]


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
    """Accept expected findings (kept visible) and report stale expectations.

    Expectations are looked up by (kind, rule, id): linear in findings plus entries.
    """
    by_key: dict[tuple[str, str, str], list] = {}
    for expectation in ledger.expected:
        by_key.setdefault((expectation.kind, expectation.rule, expectation.id), []).append(expectation)
    result = []
    used = set()
    for finding in findings:
        for expectation in by_key.get((finding.kind.value, finding.rule, finding.id), ()):
            finding = finding.accept(expectation.reason)
            used.add(id(expectation))
        result.append(finding)
    for expectation in ledger.expected:
        if id(expectation) not in used:
            message = f"expected {expectation.kind} {expectation.rule} {expectation.id} did not occur; remove the entry"
            result.append(Finding(Kind.LEDGER, "stale-expectation", expectation.id, message,
                                  (expectation.where,), severity=Severity.WARNING))
    return result


