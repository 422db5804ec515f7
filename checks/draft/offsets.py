"""A change "partially offset" by another: the offsetting one is the smaller.

============================================  =========================================
the text says                                 proposal
============================================  =========================================
"Wages increased $50.2 billion, partially     compare [$50.2 billion, $10.1 billion]
offset by a decrease of $10.1 billion in      op ">": one amount of the unit on each side
interest income"                              of the cue
============================================  =========================================

Why not a signed `sum`: a text states a fall as a magnitude ("a decrease of
$10.1 billion" is read as +10.1), and `sum` cannot negate an operand, so
"rise + fall op result" cannot be written soundly; what "partially" states for
sure is that the offsetting magnitude is the smaller. Percents and points are
left out ("exports rose 5.2%, partially offset by a 3.1% fall in imports": rates
of different bases), as are signed figures ("+54,000 … −23,000": the order of a
plus and a minus figure says nothing) and sentences with several amounts of the
unit on one side (which of them is offset is not said).
"""

from __future__ import annotations

import re

from checks.draft.proposals import Proposal, Proposer, is_amount

_PARTIALLY_OFFSET = re.compile(r"\b(?:partially|partly)\s+offset\s+by\b", re.I)
_SIGNED = re.compile(r"^[+\-−–(]")


def partial_offsets(proposer: Proposer) -> list[Proposal]:
    found = []
    for index, items in proposer.by_sentence.items():
        sentence = proposer.passages.sentences[index]
        for cue in _PARTIALLY_OFFSET.finditer(proposer.text, sentence.start, sentence.end):
            before = [i for i in items if i.figure.end <= cue.start()]
            after = [i for i in items if i.figure.start >= cue.end()]
            if not before or not after:
                continue
            rise, fall = before[-1], after[0]
            if not (is_amount(rise) and rise.figure.unit == fall.figure.unit and rise.figure.unit != "times"):
                continue
            if sum(i.figure.unit == rise.figure.unit for i in before) != 1 \
                    or sum(i.figure.unit == rise.figure.unit for i in after) != 1:
                continue
            if ";" in proposer.text[rise.figure.end : fall.figure.start]:
                continue  # another clause: "… offset by lower interest income; dividends fell $3.0 billion"
            if any(i.figure.qualifier is not None or _SIGNED.match(i.figure.text) for i in (rise, fall)):
                continue
            found.append(Proposal("compare", [rise, fall], None, proposer.words(rise, fall),
                                  ['"partially offset": the offsetting change is the smaller'], {"op": ">"},
                                  cue=" ".join(cue.group().split())))
    return found
