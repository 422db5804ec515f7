"""Parts and wholes the text states: counts of counts, parts of totals.

============================================  =========================================
the text says                                 proposal
============================================  =========================================
"86 of the 97 major categories"               count_of [86, 97]
"all 31 provinces ... Eight major industrial  count_of [Eight, 31]: the same counted
provinces"                                    noun, "all" on the whole, one paragraph
"sales reached 15.653 million units ...       part_of [part, whole] for figures of one
Among them, NEV sales hit 6.937 million"      unit, paired by their words
"1,200 firms, of which 300 export"            part_of [300, 1,200]
"140,000 SMEs, with 14,600 classified as      part_of [14,600, 140,000]
little giants"; "included 2,400 platforms
and selected 241"; "14,250 people, 11,300
of them in operations"
============================================  =========================================
"""

from __future__ import annotations

import re

from checks.draft.model import Item
from checks.draft.proposals import AMONG, Proposal, Proposer, is_amount
from checks.draft.words import content

COUNTED = ("count", "units")
COUNT_OF = re.compile(r"^\s+(?:of|out\s+of)\s+(?:the\s+|all\s+|a\s+total\s+of\s+)?$", re.I)
_OF_WHICH = re.compile(r"\b(?:of\s+which|among\s+which|among\s+them|of\s+these|of\s+them|of\s+this|including)\b", re.I)
_CHOSEN_BEFORE = re.compile(r"\b(?:selected|chose|chosen|picked|approved|admitted|shortlisted)\s+$", re.I)
_CHOSEN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:classified|identified|recognized|recognised|designated|rated|"
                           r"certified|selected|named|listed|chosen|picked)\s+as\b"
                           r"|\s+of\s+(?:them|these|which)\b", re.I)
_ALL = re.compile(r"\ball\s+$", re.I)


def parts_and_wholes(proposer: Proposer) -> list[Proposal]:
    return counts_of(proposer) + all_of(proposer) + parts_of(proposer) + chosen(proposer)


def counts_of(proposer: Proposer) -> list[Proposal]:
    found = []
    for items in proposer.by_sentence.values():
        for first, second in zip(items, items[1:]):
            if first.figure.unit == second.figure.unit and first.figure.unit in COUNTED \
                    and COUNT_OF.match(proposer.between(first, second)):
                found.append(Proposal("count_of", [first, second], None, proposer.words(first, second),
                                      cue=" ".join(f"{first.figure.text}{proposer.between(first, second)}".split())))
    return found


def all_of(proposer: Proposer) -> list[Proposal]:
    """ "all 31 provinces" ... "Eight major industrial provinces" in one paragraph."""
    text = proposer.text
    found = []
    for whole in proposer.items:
        if whole.figure.unit not in COUNTED:
            continue
        if not _ALL.search(text, max(0, whole.figure.start - 8), whole.figure.start):
            continue
        noun = _counted_noun(text, whole)
        for part in proposer.items:
            if part is not whole and part.paragraph == whole.paragraph and part.figure.unit == whole.figure.unit \
                    and noun and _counted_noun(text, part) == noun:
                found.append(Proposal("count_of", [part, whole], None, proposer.words(whole, part),
                                      [f'both count "{noun}…"; the whole is "all" of them'],
                                      cue=f"all {whole.figure.text} … {part.figure.text}"))
    return found


def _counted_noun(text: str, item: Item) -> str | None:
    """The stem of the noun a count counts: the last content word of the next three,
    stopping at a verb ("31 provinces maintaining", "Eight major industrial provinces posted")."""
    nouns: list[str] = []
    for word in text[item.figure.end : item.figure.end + 60].split()[:3]:
        if re.search(r"(?:ing|ed)\W*$", word) or not content(word):
            break
        nouns += content(word)
        if re.search(r"[.,;:!?]$", word):
            break
    return nouns[-1] if nouns else None


def parts_of(proposer: Proposer) -> list[Proposal]:
    text = proposer.text
    found = []
    for index, items in proposer.by_sentence.items():
        sentence = proposer.passages.sentences[index]
        amounts = [i for i in items if is_amount(i)]
        if AMONG.match(text, sentence.start):
            paragraph = items[0].paragraph if items else None
            wholes = [i for i in proposer.items if i.paragraph == paragraph and i.sentence < index and is_amount(i)]
            found.extend(_pair(proposer, amounts, wholes, AMONG.match(text, sentence.start).group().strip()))
            continue
        for index_, part in enumerate(amounts):
            whole = next((w for w in reversed(amounts[:index_]) if w.figure.unit == part.figure.unit), None)
            between = proposer.between(whole, part) if whole else ""
            cue = _OF_WHICH.search(between) if whole else None
            if cue and not re.search(r"[.;]", between):
                found.append(Proposal("part_of", [part, whole], None, proposer.words(whole, part), cue=cue.group()))
    return found


def _pair(proposer: Proposer, parts: list[Item], wholes: list[Item], cue: str) -> list[Proposal]:
    """Each part with the whole of its unit whose words are most alike (a clear winner only)."""
    found = []
    for part in parts:
        same_unit = [w for w in wholes if w.figure.unit == part.figure.unit and not proposer.is_prior(w)]
        scored = sorted(((proposer.weights.similarity(part.metric.near, w.metric.near), w) for w in same_unit),
                        key=lambda pair: pair[0], reverse=True)
        if len(scored) == 1:
            whole = scored[0][1]
        elif scored and scored[0][0] > 0 and scored[0][0] > scored[1][0]:
            whole = scored[0][1]
        else:
            continue
        found.append(Proposal("part_of", [part, whole], None, proposer.words(whole, part),
                              [f"paired with line {whole.line} by unit and words"], cue=cue))
    return found


def chosen(proposer: Proposer) -> list[Proposal]:
    """A later count "classified as" / "selected" out of an earlier one in the sentence."""
    text = proposer.text
    found = []
    for items in proposer.by_sentence.values():
        for index, part in enumerate(items):
            picked = _CHOSEN_BEFORE.search(text, max(0, part.figure.start - 20), part.figure.start) or \
                _CHOSEN_AFTER.match(text, part.figure.end)
            wholes = [w for w in items[:index] if w.figure.unit == part.figure.unit and is_amount(w)]
            if picked and wholes and is_amount(part):
                whole = wholes[-1]
                words = " ".join(picked.group(0).split())
                counted = words.startswith("of ") and part.figure.unit in COUNTED
                found.append(Proposal("count_of" if counted else "part_of", [part, whole], None,
                                      proposer.words(whole, part), [f'"{words}": a part chosen out of the whole'],
                                      cue=words))
    return found

