"""Mutation analysis: which stated figures does the ledger really protect?

Each mention's figure is perturbed in turn beyond its rounding interval (small
and large, up and down); the checks touching that claim are re-run. A mutant is
*caught by a relation* when a new `conflict` appears (a relation or `repeat`),
*caught only by the snapshot* when just the `changed` finding does. Only the
relations that touch the mutated claim are re-evaluated, so the whole run costs
a small multiple of one check.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, localcontext
from fractions import Fraction

from checks.engine import Check, Reading
from checks.findings import Kind
from checks.numbers import parse_figure


@dataclass(frozen=True)
class Mutant:
    """One figure changed by one rounding step, and what caught it."""

    claim: str
    reading: Reading
    stated: str  # e.g. "35.5% -> 35.7%"
    caught_by: tuple[str, ...]  # relation kinds (or "repeat") whose conflict caught it

    @property
    def by_relation(self) -> bool:
        return bool(self.caught_by)


@dataclass(frozen=True)
class MutationReport:
    """All mutants of a ledger, and the totals by relation kind."""

    mutants: tuple[Mutant, ...]
    kind_totals: dict[str, int]  # mutants of claims taking part in each kind
    kind_caught: dict[str, int]

    @property
    def caught_by_relation(self) -> int:
        return sum(1 for mutant in self.mutants if mutant.by_relation)

    @property
    def score(self) -> Fraction:
        return Fraction(self.caught_by_relation, len(self.mutants)) if self.mutants else Fraction(1)

    def unprotected(self) -> list[str]:
        """Claims with at least one mutant that no relation caught, in order."""
        return list(dict.fromkeys(mutant.claim for mutant in self.mutants if not mutant.by_relation))


def perturbations(value: Decimal, exponent: int) -> list[Decimal]:
    """Values beyond the rounding interval: ±2 steps, and ×1.5 / ×0.5 rounded."""
    with localcontext() as ctx:  # exact for figures of any length
        ctx.prec = max(28, value.adjusted() - exponent + 4)
        step = Decimal(1).scaleb(exponent)
        candidates = [value + 2 * step, value - 2 * step,
                      (value * Decimal("1.5")).quantize(step), (value * Decimal("0.5")).quantize(step)]
        beyond = [c for c in candidates if abs(c - value) >= 2 * step]
    return list(dict.fromkeys(beyond))


def analyse(check: Check) -> MutationReport:
    baseline = {(f.kind, f.rule, f.id) for f in check.findings()}
    touching = defaultdict(list)
    for relation in check.ledger.relations.values():
        for ref in {*relation.operands, relation.result}:
            if ref in check.ledger.claims:
                touching[ref].append(relation)
    mutants = []
    kind_totals: dict[str, int] = defaultdict(int)
    kind_caught: dict[str, int] = defaultdict(int)
    for claim in check.ledger.claims.values():
        readings = check.readings.get(claim.id, ())
        kinds = {relation.kind for relation in touching[claim.id]} | ({"repeat"} if len(readings) > 1 else set())
        for index, reading in enumerate(readings):
            if reading.figure is None:
                continue
            for value in perturbations(reading.figure.value, reading.figure.exponent):
                mutated = readings[:index] + (reading._replace(figure=reading.figure._replace(value=value)),) \
                    + readings[index + 1:]
                caught = _caught(check, claim, mutated, touching[claim.id], baseline)
                mutants.append(Mutant(claim.id, reading, f"{reading.figure.numeral} -> {_as_written(reading.figure, value)}",
                                      caught))
                for kind in kinds:
                    kind_totals[kind] += 1
                    kind_caught[kind] += kind in caught
    return MutationReport(tuple(mutants), dict(kind_totals), dict(kind_caught))


def _as_written(figure, value: Decimal) -> str:
    """A mutated value in the figure's own scale: "1.2 -> 1.4" for trillions."""
    scale = figure.value / parse_figure(figure.numeral).value if figure.value else Decimal(1)
    return f"{(value / scale).normalize():f}"


def _caught(check: Check, claim, mutated, relations, baseline) -> tuple[str, ...]:
    readings = {**check.readings, claim.id: mutated}
    found = check.claim_findings(claim, mutated)
    for relation in relations:
        found.extend(check.relation_findings(relation, readings))
    return tuple(sorted({f.rule for f in found
                         if f.kind is Kind.CONFLICT and f.fails and (f.kind, f.rule, f.id) not in baseline}))
