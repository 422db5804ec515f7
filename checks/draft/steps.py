"""Per-unit precision: a document that writes every figure of a unit to one step.

A release that gives all its counts in thousands ("236,000", "72,000",
"1.1 million") rounds them to the thousand: its trailing zeros below the
thousand are not digits anybody measured. When every figure of a unit written
in digits ends at the same power of ten or above it (at least the thousand,
and at least `ENOUGH` figures), the draft proposes the ledger default
`defaults: precision: {unit: step}` (docs/ledger.md), so that each claim need
not say it. A number word ("two"), a percent or a figure with one stray
smaller step ("9 cents" read as a count) and there is no proposal.
"""

from __future__ import annotations

from checks.draft.model import DraftClaim
from checks.ledger import schema

ENOUGH = 3  # figures of the unit, at the least
THOUSAND = 3  # the smallest power of ten worth a default


def precision_defaults(claims: list[DraftClaim]) -> dict[str, int]:
    """unit -> the step all its figures are written to, for the units that have one."""
    exponents: dict[str, list[int]] = {}
    for claim in claims:
        figure = claim.item.figure
        if figure.unit in ("percent", "pp"):
            continue
        exponents.setdefault(claim.unit, []).append(figure.exponent if figure.numeral[:1].isdigit() else -1)
    return {unit: 10 ** min(found) for unit, found in exponents.items()
            if len(found) >= ENOUGH and min(found) >= THOUSAND}


def ledger_takes_precision() -> bool:
    """Whether this version's ledger reads `defaults: precision` (the figure-semantics work adds it)."""
    return "precision" in schema()["properties"]["defaults"]["properties"]
