"""Parts and wholes a text states with words rather than a percent, each with its cue.

============================================  =========================================
the text says                                 proposal
============================================  =========================================
"Most of the job growth was in health care    share [40,000, 70,000] is "more than 50%"
(40,000 of the 70,000)"                       ("most" is more than half; the literal is
                                              read as at least 50)
"1.1 million long-term unemployed, a subset   part_of [1.1 million, 5.8 million]
of the 5.8 million unemployed"
"Among the 1,200 firms surveyed, 312 plan     count_of [312, 1,200] (part_of for amounts):
to hire"                                      the whole right after "Among the"
============================================  =========================================

Nothing is proposed from "most of" without both figures stated ("Most of the
growth was in health care, which added 40,000 jobs"), nor from "almost", nor
when the pair is not set apart as what "most" is ("Most of the increase
occurred in 2 of the 12 regions": the regions are not the increase).
"""

from __future__ import annotations

import re

from checks.draft.proposals import Proposal, Proposer, is_amount
from checks.draft.wholes import COUNT_OF, COUNTED

MORE_THAN_HALF = "more than 50%"
_MOST_OF = re.compile(r"\b(?<!al)most\s+of\b", re.I)
_APPOSED = re.compile(r"[(,:—–]\s*$")  # "(40,000 of the 70,000)", ", 30 of the 50,": what "most" is
_SUBSET = re.compile(r"^[^.;:!?]{0,60}?\ba\s+subset\s+of\s+(?:the\s+|all\s+)?$", re.I)
_AMONG_THE = re.compile(r"\s*Among\s+(?:the|all)\s+", re.I)


def stated_in_words(proposer: Proposer) -> list[Proposal]:
    return most_of(proposer) + subsets(proposer) + among_the(proposer)


def most_of(proposer: Proposer) -> list[Proposal]:
    """ "Most of ... (A of the B)": share [A, B] is more than half."""
    found = []
    for index, items in proposer.by_sentence.items():
        sentence = proposer.passages.sentences[index]
        most = _MOST_OF.search(proposer.text, sentence.start, sentence.end)
        if most is None:
            continue
        for part, whole in zip(items, items[1:]):
            said = proposer.text[most.end() : part.figure.start]
            if part.start > most.start() and part.figure.unit == whole.figure.unit and is_amount(part) \
                    and COUNT_OF.match(proposer.between(part, whole)) and part.figure.qualifier is None \
                    and _APPOSED.search(said) and ";" not in said:
                cue = f"most of … {part.figure.text}{proposer.between(part, whole)}{whole.figure.text}"
                found.append(Proposal("share", [part, whole], None, proposer.words(part, whole),
                                      ['"most" is more than half of the whole'], literal=MORE_THAN_HALF,
                                      cue=" ".join(cue.split())))
    return found


def subsets(proposer: Proposer) -> list[Proposal]:
    """ "A ..., a subset of the B": part_of [A, B]."""
    found = []
    for items in proposer.by_sentence.values():
        for part, whole in zip(items, items[1:]):
            if part.figure.unit == whole.figure.unit and is_amount(part) \
                    and _SUBSET.match(proposer.between(part, whole)):
                found.append(Proposal("part_of", [part, whole], None, proposer.words(part, whole), cue="a subset of"))
    return found


def among_the(proposer: Proposer) -> list[Proposal]:
    """ "Among the 1,200 firms surveyed, 312 plan to hire": the sentence opens on the whole."""
    found = []
    for index, items in proposer.by_sentence.items():
        sentence = proposer.passages.sentences[index]
        if len(items) < 2 or not _AMONG_THE.fullmatch(proposer.text, sentence.start, items[0].figure.start):
            continue
        whole = items[0]  # the part is in a later clause: not "Among the 25 to 54 age group"
        parts = [i for i in items[1:] if i.figure.unit == whole.figure.unit and is_amount(i)
                 and "," in proposer.between(whole, i)]
        if len(parts) != 1 or not is_amount(whole):
            continue  # several parts of one unit: which is the part is not said
        kind = "count_of" if whole.figure.unit in COUNTED else "part_of"
        cue = " ".join(proposer.text[sentence.start : whole.figure.end].split()) + f" … {parts[0].figure.text}"
        found.append(Proposal(kind, [parts[0], whole], None, proposer.words(whole, parts[0]), cue=cue))
    return found
