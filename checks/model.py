"""The typed ledger: what `checks.ledger` builds from YAML and the engine reads.

Plain frozen values with no behaviour beyond lookups; every item keeps the ledger
location it came from so any finding about it can point there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from checks.findings import Location
from checks.qualifiers import BUILT_IN, Qualifiers


@dataclass(frozen=True, slots=True)
class DocumentRef:
    key: str
    path: str  # resolved, as given to open()
    display: str  # as the user should see it in locations
    language: str
    where: Location


@dataclass(frozen=True, slots=True)
class Mention:
    anchor: str
    document: str  # DocumentRef.key
    speaker: str | None
    where: Location


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    metric: str
    period: str
    unit: str
    value: str  # the figure as stated, e.g. "more than 8,000"
    where: Location
    mentions: tuple[Mention, ...] = ()
    precision: str | None = None
    source: str | None = None  # set for external claims
    review: str | None = None  # "draft": a drafted guess no person has confirmed yet

    @property
    def external(self) -> bool:
        return self.source is not None


@dataclass(frozen=True, slots=True)
class Relation:
    """One rule over claims. `kind` is the rule's registry name.

    `operands` and `result` hold claim ids or literal figures (e.g. "100%");
    `options` holds the remaining plain values (exact, op, weights, tolerance,
    formula, why, periods, units), validated by the rule itself.
    """

    id: str
    kind: str
    operands: tuple[str, ...]
    result: str | None
    where: Location
    options: dict[str, Any] = field(default_factory=dict, compare=False)
    review: str | None = None  # "draft": a drafted guess no person has confirmed yet


@dataclass(frozen=True, slots=True)
class Ignore:
    pattern: str
    reason: str
    where: Location
    review: str | None = None  # "draft": a drafted guess no person has confirmed yet


@dataclass(frozen=True, slots=True)
class Expectation:
    """A real finding kept visible but not failing CI."""

    kind: str
    rule: str
    id: str
    reason: str
    where: Location


@dataclass(frozen=True, slots=True)
class Slack:
    nearly: str = "5%"
    about: str = "5%"


@dataclass(frozen=True, slots=True)
class Ledger:
    path: str
    documents: dict[str, DocumentRef]
    claims: dict[str, Claim]  # document claims and external claims, by id
    relations: dict[str, Relation]
    ignores: tuple[Ignore, ...] = ()
    expected: tuple[Expectation, ...] = ()
    slack: Slack = Slack()
    precision: dict[str, str] = field(default_factory=dict)  # unit -> step (`defaults: precision:`)
    qualifiers: Qualifiers = BUILT_IN  # the phrase table, with the ledger's `defaults: qualifiers:`
    drift: str = "warn"  # "fail": an anchor that drifted fails like a missing one

    def is_literal(self, ref: str) -> bool:
        """Operands that are not claim ids are literal figures."""
        return ref not in self.claims
