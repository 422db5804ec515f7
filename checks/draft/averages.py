"""An average the text states together with the figures it averages, with its cue.

============================================  =========================================
the text says                                 proposal
============================================  =========================================
"Job gains averaged 150,000 per month in      average [200,000, 100,000, 150,000] is
the first quarter, with 200,000 in January,   150,000: every other figure of the unit in
100,000 in February and 150,000 in March"     the sentence is a part, and their periods
                                              tile the average's, one each
============================================  =========================================

"has averaged 345,000 per month over the prior 6 months" states no parts, so
nothing is proposed; nor when a figure of the unit falls outside the average's
period ("against 200,000 in the fourth quarter of 2023"), or the parts leave
part of it out ("health care added 50,000 in January and retail 30,000 in
March": sectors, not the months of the quarter).
"""

from __future__ import annotations

import re
from datetime import timedelta

from checks.draft.model import Item
from checks.draft.proposals import Proposal, Proposer
from checks.rules._periods import span

_AVERAGED = re.compile(r"\b(?:averag(?:ed|ing)|(?:an?|the)\s+average\s+of)\s+(?:about\s+|nearly\s+|some\s+)?$", re.I)


def averages(proposer: Proposer) -> list[Proposal]:
    found = []
    for items in proposer.by_sentence.values():
        for mean in items:
            cue = _AVERAGED.search(proposer.text, max(0, mean.figure.start - 30), mean.figure.start)
            if cue is None:
                continue
            others = [i for i in items if i is not mean and i.figure.unit == mean.figure.unit]
            if len(others) >= 2 and _parts_of(others, mean):
                found.append(Proposal("average", others, mean, proposer.words(mean, *others),
                                      [f"the parts are every {mean.figure.unit} figure of the sentence"],
                                      {"periods": "the parts' periods make up the average's"},
                                      cue=" ".join(cue.group().split()) + f" {mean.figure.text}"))
    return found


def _parts_of(parts: list[Item], mean: Item) -> bool:
    """The parts' periods tile the average's, one each: January, February and March for the first quarter."""
    whole = span(mean.period.value)
    spans = [span(part.period.value) for part in parts]
    if whole is None or None in spans or whole in spans:
        return False
    spans.sort()
    joined = all(after[0] - before[1] == timedelta(days=1) for before, after in zip(spans, spans[1:]))
    return joined and spans[0][0] == whole[0] and spans[-1][1] == whole[1]
