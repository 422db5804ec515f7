"""The same figure stated twice: one claim with several mentions, or a repeat to confirm.

Two figures are one claim when they are the same statement (value, rounding,
unit and qualifier: "35.5%" and "35.5%", not "35.5%" and "35.50%") in
different sentences, their periods agree (or one of them is a fallback guess),
and the words around them are alike: the weighted Jaccard similarity of
their content stems (`checks.draft.words.Weights`) is at least `ALIKE` (or
`ALIKE_DISTINCTIVE` for amounts of four or more digits). The
weights keep common words from pairing unrelated figures: the two "up 11.2%
year on year" of software revenue and of cloud revenue share only "revenue"
and stay two claims. Nor are equal digits one claim when the subjects differ:
each figure's subject has a word the other's clause lacks ("earnings for all
employees on private nonfarm payrolls rose by 9 cents" and "earnings of
production and nonsupervisory employees rose by 9 cents").

A figure that repeats a claim the ledger already has is not added to that
claim (the draft never edits what is there): it becomes a new claim, and a
`compare ... op "="` relation with the existing claim is proposed instead.
"""

from __future__ import annotations

import re

from checks.draft.model import Item
from checks.draft.words import Weights, content

ALIKE = 0.3
ALIKE_DISTINCTIVE = 0.1
TABLE_COVERED = 0.6
NARROWER = 3  # subject words one figure has and the other lacks that make it another quantity


def same_statement(a: Item, b: Item) -> bool:
    fa, fb = a.figure, b.figure
    return (fa.value, fa.exponent, a.unit, fa.qualifier) == (fb.value, fb.exponent, b.unit, fb.qualifier)


def periods_agree(a: Item, b: Item) -> bool:
    """Equal periods, or one of them only a fallback guess (no period words around it)."""
    guessed = ("nearby", "titled", "dated", "usual", "none")
    return a.period.value == b.period.value or a.period.how in guessed or b.period.how in guessed


def subjects_agree(a: Item, b: Item) -> bool:
    """False when each subject names something the other figure's words do not, or
    one names `NARROWER` things the other does not ("retail sales of consumer goods
    in urban areas" is not "retail sales of goods")."""
    first, second = a.metric, b.metric
    only_first, only_second = set(first.subject) - set(second.context), set(second.subject) - set(first.context)
    narrower = first.subject and second.subject and max(len(only_first), len(only_second)) >= NARROWER
    return not (only_first and only_second) and not narrower


def table_restates(a: Item, b: Item, weights: Weights) -> bool:
    """A table cell and a sentence's figure are one claim when the words of the
    cell's group of rows ("Personal income:") are the sentence's."""
    cell, prose = (a, b) if a.table_row else (b, a)
    if not cell.table_row or prose.table_row:
        return False
    group = content(cell.table_row.split(":", 1)[0])
    return weights.coverage(group, prose.metric.context) >= TABLE_COVERED


def same_figure(a: Item, b: Item, weights: Weights) -> bool:
    """Two statements of one figure: same statement and period, and alike words or a table restating."""
    if not (same_statement(a, b) and periods_agree(a, b)):
        return False
    if a.table_row or b.table_row:
        return table_restates(a, b, weights)
    return subjects_agree(a, b) and alike(a, b, weights) >= needed(a)


def alike(a: Item, b: Item, weights: Weights) -> float:
    """How alike the words around two figures are, 0..1."""
    return weights.similarity(a.metric.context, b.metric.context)


def needed(item: Item) -> float:
    """How alike the words must be: less for an amount of four or more digits
    ("412.6 million tonnes" is rarely two different things)."""
    figure = item.figure
    digits = len(re.sub(r"\D", "", figure.numeral).strip("0"))
    return ALIKE_DISTINCTIVE if figure.unit not in ("percent", "pp") and digits >= 4 else ALIKE


def repeats(items: list[Item], weights: Weights) -> list[list[Item]]:
    """Items grouped into claims, in document order; each group states one figure.

    A later item joins the first group whose first item it repeats.
    """
    groups: list[list[Item]] = []
    for item in items:
        for group in groups:
            head = group[0]
            if (not head.existing and not item.existing
                    and all(member.sentence != item.sentence for member in group)
                    and same_figure(head, item, weights)):
                group.append(item)
                break
        else:
            groups.append([item])
    return groups


def restatements(new: list[Item], old: list[Item], weights: Weights) -> list[tuple[Item, Item]]:
    """(new item, existing item) pairs where a new figure repeats an existing claim."""
    pairs = []
    for item in new:
        for other in old:
            if item.sentence != other.sentence and same_figure(item, other, weights):
                pairs.append((item, other))
                break
    return pairs
