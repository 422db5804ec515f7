"""Relations the text states by comparing two figures in one sentence, each with its cue words.

============================================  =========================================
the text says                                 proposal
============================================  =========================================
"rose to 120 million from 100 million, up     growth [value, prior] is rate
20%"; "from 100 to 120, an increase of 20"    (difference [value, prior] is 20)
"requires only 5% to 8% of the energy"        compare [5%, 8%] op "<" (not "by 172,000
                                              to 1.6 million", "from A to B", "(+$0.99 to
                                              $31.06)": a change and a level)
"a higher rate (11.2 percent) than women      compare [11.2%, 10.2%] op ">": one figure before
(10.2 percent)"                               "than", the next after it, no other between
"(34.4 percent) more than five times higher   ratio [34.4%, 6.4%] is five times
than that of private-sector workers (6.4
percent)"
"revised down by 32,000, from +504,000 to     difference [504,000, 472,000] is 32,000
+472,000"
============================================  =========================================
"""

from __future__ import annotations

import re

from checks.draft.proposals import Proposal, Proposer
from checks.numbers import NUMERAL

_RANGE = re.compile(r"^\s*(?:to|-|–|—|~)\s*$")
_THAN = re.compile(r"\b(?P<dir>higher|lower|greater|larger|smaller|more|less|fewer|faster|slower)\b(?:[^.;]|\.(?=\d)){0,80}?"
                   r"\bthan\b", re.I)
_TIMES = re.compile(r"\btimes\b|\bfold\b", re.I)
_TIMES_THAN = re.compile(r"\s+(?:higher|larger|greater|more|bigger)?\s*(?:than|that\s+of|as\s+\w+\s+as)\b", re.I)
_RISE = re.compile(r"(?:up|rose|rising|increased|increase\s+of|grew|growth\s+of|higher\s+by|a\s+rise\s+of"
                   r"|a\s+gain\s+of)"
                   r"(?:\s+by)?\s*$", re.I)
_TO = re.compile(r"^\s+to\s+$", re.I)
_CHANGE_BEFORE = re.compile(r"\b(?:by|from)\s*[+\-−]?\s*$|\(\s*[+\-−]\s*$", re.I)
_REVISED = re.compile(r"\brevised\s+(?P<dir>up|down)(?:ward)?\s+by\s*$", re.I)
_FROM_TO = re.compile(r",?\s*from\s*[+\-−]?\|\s*to\s*[+\-−]?", re.I)


def compared(proposer: Proposer) -> list[Proposal]:
    return growths(proposer) + revisions(proposer) + ranges(proposer) + comparisons(proposer) + ratios(proposer)


def revisions(proposer: Proposer) -> list[Proposal]:
    """ "was revised down by 32,000, from +504,000 to +472,000": the old figure minus the new one."""
    found = []
    for items in proposer.by_sentence.values():
        for change, old, new in zip(items, items[1:], items[2:]):
            revised = _REVISED.search(proposer.text, max(0, change.figure.start - 40), change.figure.start)
            if revised is None or not _FROM_TO.fullmatch(proposer.between(change, old) + "|" + proposer.between(old, new)):
                continue
            if not change.figure.unit == old.figure.unit == new.figure.unit:
                continue
            down = revised.group("dir").lower() == "down"
            operands = [old, new] if down else [new, old]
            cue = f"revised {revised.group('dir').lower()} by {change.figure.text}, from {old.figure.text} to " \
                  f"{new.figure.text}"
            found.append(Proposal("difference", operands, change, proposer.words(change, old, new), cue=cue))
    return found

def comparisons(proposer: Proposer) -> list[Proposal]:
    """ "a higher rate (11.2 percent) than women (10.2 percent)": the figure before "than" and the one after."""
    found = []
    for items in proposer.by_sentence.values():
        for first, second in zip(items, items[1:]):
            between = proposer.between(first, second)
            said = _THAN.search(proposer.text, max(proposer.passages.sentences[first.sentence].start,
                                              first.figure.start - 60), second.figure.start)
            if said is None or said.end() <= first.figure.end or second.figure.qualifier is not None:
                continue
            if "than" not in between or first.figure.unit != second.figure.unit or NUMERAL.search(between):
                continue
            if first.figure.unit == "pp" or _TIMES.search(between):
                continue
            higher = said.group("dir").lower() in ("higher", "greater", "larger", "more", "above", "faster")
            cue = " ".join(proposer.text[said.start() : said.end()].split())
            found.append(Proposal("compare", [first, second], None, proposer.words(first, second),
                                  options={"op": ">" if higher else "<"}, cue=cue))
    return found

def ratios(proposer: Proposer) -> list[Proposal]:
    """ "(34.4 percent) more than five times higher than that of ... (6.4 percent)": a / b is the multiple."""
    found = []
    for items in proposer.by_sentence.values():
        for index, times in enumerate(items):
            if times.figure.unit != "times" or not _TIMES_THAN.match(proposer.text, times.figure.end):
                continue
            before = [i for i in items[:index] if i.figure.unit not in ("times", "pp")]
            after = items[index + 1 : index + 2]
            if before and after and before[-1].figure.unit == after[0].figure.unit:
                cue = f"{times.figure.text}{_TIMES_THAN.match(proposer.text, times.figure.end).group()}"
                found.append(Proposal("ratio", [before[-1], after[0]], times,
                                      proposer.words(before[-1], times, after[0]), cue=" ".join(cue.split())))
    return found

def ranges(proposer: Proposer) -> list[Proposal]:
    """ "5% to 8%": the low end is below the high end."""
    found = []
    for items in proposer.by_sentence.values():
        for low, high in zip(items, items[1:]):
            if _CHANGE_BEFORE.search(proposer.text, max(0, low.figure.start - 12), low.figure.start):
                continue  # "by 172,000 to 1.6 million", "from +504,000 to +472,000": a change, not a range
            if low.figure.unit == high.figure.unit and _RANGE.match(proposer.between(low, high)) \
                    and low.figure.value < high.figure.value:
                found.append(Proposal("compare", [low, high], None, proposer.words(low, high),
                                      ["the two ends of a range"], {"op": "<"},
                                      cue=f"{low.figure.text}{proposer.between(low, high)}{high.figure.text}"))
    return found


def growths(proposer: Proposer) -> list[Proposal]:
    """ "rose to 120 million from 100 million, up 20%": growth [value, prior] is rate (difference for an amount)."""
    found = []
    for items in proposer.by_sentence.values():
        for rate in items:
            if not _RISE.search(proposer.text, max(0, rate.figure.start - 30), rate.figure.start):
                continue
            amounts = [i for i in items if i.figure.unit not in ("percent", "pp") and i is not rate]
            prior = next((i for i in amounts if proposer.is_prior(i)), None)
            if prior is None:
                continue
            value = next((i for i in amounts if i is not prior and i.figure.unit == prior.figure.unit
                          and (i.start < rate.start or _TO.match(proposer.between(prior, i)))), None)
            if value is None:
                continue
            kind = "growth" if rate.figure.unit == "percent" else "difference"
            if kind == "difference" and rate.figure.unit != value.figure.unit:
                continue
            cue = " ".join(_RISE.search(proposer.text, max(0, rate.figure.start - 30), rate.figure.start).group().split())
            found.append(Proposal(kind, [value, prior], rate, proposer.words(value, prior, rate),
                                  cue=f"{cue} … from …"))
    return found
