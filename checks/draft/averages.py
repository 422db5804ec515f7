"""An average the text states together with the figures it averages, with its cue.

============================================  =========================================
the text says                                 proposal
============================================  =========================================
"Job gains averaged 150,000 per month in      average [200,000, 100,000, 150,000] is
the first quarter, with 200,000 in January,   150,000: every other figure of the unit in
100,000 in February and 150,000 in March"     the sentence is a part, each of its own
                                              period within the average's
============================================  =========================================

"has averaged 345,000 per month over the prior 6 months" states no parts, so
nothing is proposed; nor when a figure of the unit falls outside the average's
period ("against 200,000 in the fourth quarter of 2023"), since then which
figures are averaged is not said.
"""

from __future__ import annotations

import re

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
                                      {"periods": "each part's period lies within the average's"},
                                      cue=" ".join(cue.group().split()) + f" {mean.figure.text}"))
    return found


def _parts_of(parts: list[Item], mean: Item) -> bool:
    """Each part of a period of its own inside the average's."""
    whole = span(mean.period.value)
    spans = [span(part.period.value) for part in parts]
    if whole is None or None in spans or len(set(spans)) < len(spans):
        return False
    return all(whole[0] <= inner[0] and inner[1] <= whole[1] and inner != whole for inner in spans)
