"""The typed ledger: what `checks.ledger` builds from YAML and the engine reads.

Plain frozen values with no behaviour beyond lookups; every item keeps the ledger
location it came from so any finding about it can point there.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, Mapping, NamedTuple

from checks.findings import Location
from checks.qualifiers import BUILT_IN, Qualifiers
from checks.values import Value


class DocumentRef(NamedTuple):
    """A document the ledger names (`documents:`), by key."""

    key: str
    path: str  # resolved, as given to open()
    display: str  # as the user should see it in locations
    language: str
    where: Location


class Mention(NamedTuple):
    """One place a claim's figure is stated: an anchor in one document."""

    anchor: str
    document: str  # DocumentRef.key
    speaker: str | None
    where: Location


class Claim(NamedTuple):
    """One figure the documents state (or an official one, with `source`), and where."""

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


class Relation(Value):
    """One rule over claims. `kind` is the rule's registry name.

    `operands` and `result` hold claim ids or literal figures (e.g. "100%");
    `options` holds the remaining plain values (exact, op, weights, tolerance,
    formula, why, periods, units), validated by the rule itself. Two relations are
    equal whatever their options say.
    """

    __slots__ = ("id", "kind", "operands", "result", "where", "options", "review")
    _uncompared = frozenset({"options"})
    id: str
    kind: str
    operands: tuple[str, ...]
    result: str | None
    where: Location
    options: dict[str, Any]
    review: str | None  # "draft": a drafted guess no person has confirmed yet

    def __init__(self, id: str, kind: str, operands: tuple[str, ...], result: str | None, where: Location,
                 options: dict[str, Any] | None = None, review: str | None = None) -> None:
        self._set(id=id, kind=kind, operands=operands, result=result, where=where,
                  options={} if options is None else options, review=review)


class Ignore(NamedTuple):
    """A pattern of numerals that are not figures (dates, list numbers), and why."""

    pattern: str
    reason: str
    where: Location
    review: str | None = None  # "draft": a drafted guess no person has confirmed yet


class Expectation(NamedTuple):
    """A real finding kept visible but not failing CI."""

    kind: str
    rule: str
    id: str
    reason: str
    where: Location


class Slack(NamedTuple):
    """How far a "nearly" or "about" figure may lie from the exact one."""

    nearly: str = "5%"
    about: str = "5%"


class Ledger(NamedTuple):
    """A whole ledger, loaded and validated (`checks.ledger.load_ledger`)."""

    path: str
    documents: dict[str, DocumentRef]
    claims: dict[str, Claim]  # document claims and external claims, by id
    relations: dict[str, Relation]
    ignores: tuple[Ignore, ...] = ()
    expected: tuple[Expectation, ...] = ()
    slack: Slack = Slack()
    precision: Mapping[str, str] = MappingProxyType({})  # unit -> step (`defaults: precision:`)
    qualifiers: Qualifiers = BUILT_IN  # the phrase table, with the ledger's `defaults: qualifiers:`
    drift: str = "warn"  # "fail": an anchor that drifted fails like a missing one

    def is_literal(self, ref: str) -> bool:
        """Operands that are not claim ids are literal figures."""
        return ref not in self.claims
