"""A period and its parts: "6.5% in the first quarter, 6.3% in the second" and "6.4% in H1".

When one paragraph states a figure for every part of a period (both quarters
of a half, both halves or all four quarters of a year, the first three
quarters, the months of a quarter) in one unit, and the document states the same kind of figure for the
whole period with alike words (`checks.draft.repeats.ALIKE`), the draft
proposes (a whole in the parts' own paragraph needs no alike words):

- `between [parts] is whole` for percents (a growth rate of the whole lies
  between the rates of its parts: it is their weighted mean);
- `sum [parts] is whole` for other units (flows add up over time).

Both carry a `periods:` reason, since their operands' periods differ on purpose.
"""

from __future__ import annotations

import re

from checks.draft.model import Item
from checks.draft.proposals import Proposal
from checks.draft.repeats import ALIKE
from checks.draft.words import Weights

_SPLITS = [
    ("{y}-H1", ["{y}-Q1", "{y}-Q2"]),
    ("{y}-01..06", ["{y}-Q1", "{y}-Q2"]),
    ("{y}-01..09", ["{y}-Q1", "{y}-Q2", "{y}-Q3"]),
    ("{y}-H2", ["{y}-Q3", "{y}-Q4"]),
    ("{y}", ["{y}-H1", "{y}-H2"]),
    ("{y}", ["{y}-Q1", "{y}-Q2", "{y}-Q3", "{y}-Q4"]),
    ("{y}-Q1", ["{y}-01", "{y}-02", "{y}-03"]),
    ("{y}-Q2", ["{y}-04", "{y}-05", "{y}-06"]),
    ("{y}-Q3", ["{y}-07", "{y}-08", "{y}-09"]),
    ("{y}-Q4", ["{y}-10", "{y}-11", "{y}-12"]),
]


def subperiods(items: list[Item], weights: Weights, quote) -> list[Proposal]:
    """Proposals for every period stated with all its parts; `quote(*items)` gives their words."""
    found = []
    by_paragraph: dict[int, list[Item]] = {}
    for item in items:
        by_paragraph.setdefault(item.paragraph, []).append(item)
    for group in by_paragraph.values():
        years = {m.group(1) for item in group if (m := re.match(r"(\d{4})-(?:Q|H|\d\d$)", item.period.value))}
        for year in sorted(years):
            for whole_period, part_periods in _SPLITS:
                whole_period = whole_period.format(y=year)
                part_periods = [p.format(y=year) for p in part_periods]
                proposal = _split(group, items, whole_period, part_periods, weights)
                if proposal is not None:
                    proposal.words = quote(*proposal.operands, proposal.result)
                    found.append(proposal)
    return found


def _split(group, items, whole_period, part_periods, weights) -> Proposal | None:
    parts = []
    for period in part_periods:
        part = next((item for item in group if item.period.value == period
                     and (not parts or item.figure.unit == parts[0].figure.unit)), None)
        if part is None:
            return None
        parts.append(part)
    unit = parts[0].figure.unit
    scored = [(1.0 if item.paragraph == parts[0].paragraph else
               max(weights.similarity(part.metric.context, item.metric.context) for part in parts), item)
              for item in items if item.period.value == whole_period and item.figure.unit == unit
              and item.metric.kind == parts[0].metric.kind]
    scored = [(score, item) for score, item in scored if score >= ALIKE]
    if not scored:
        return None
    whole = max(scored, key=lambda pair: (pair[0], -pair[1].start))[1]
    kind = "between" if unit == "percent" else "sum"
    reason = f"a period and its parts: {' and '.join(part_periods)} make up {whole_period}"
    note = f"the figure for {whole_period} is at line {whole.line}, found by its words"
    return Proposal(kind, parts, whole, "", [note], {"periods": reason}, cue=" and ".join(part_periods))
