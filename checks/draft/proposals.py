"""Relations proposed from what the text itself says, each with the words it came from.

============================================  =========================================
the text says                                 proposal
============================================  =========================================
"rose 11.1%, 4.7 percentage points higher     difference [a, b] is c; b is the figure
than overall industrial growth"               whose words cover the "than ..." phrase
                                              (same period and kind as a)
"NEVs accounted for 44.3% of total new car    share [part, whole] is pct; part and
sales"; "312, or 26%, of the 1,200 firms"     whole are figures of one unit whose words
                                              match the subject and the "of ..." phrase
"nonunion workers ($802) were 80 percent of   share [$802, $1,004] is 80%: the whole is the
earnings for union members ($1,004)"          next figure of the part's unit after "of"
============================================  =========================================

Each proposal carries its *cue*, the words it rests on ("accounted for",
"revised down by", "higher ... than"), into the draft's comments and JSON.

Parts and wholes ("86 of the 97", "of which", "among them") are in
`checks.draft.wholes`; ranges, comparisons, multiples and revisions in
`checks.draft.comparisons`; "most of", "a subset of" and "Among the" in
`checks.draft.majorities`; "averaged" in `checks.draft.averages`; "partially
offset" in `checks.draft.offsets`. A proposal is made only when every operand is found; what the text refers to
without stating it ("3.4 percentage points higher than the same period last
year", "14.5 points higher than the national fixed asset investment" when that
figure is not in the document) is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checks.draft.model import Item
from checks.draft.passages import Passages
from checks.draft.words import GENERIC, Weights, content

COVERED = 0.6
"""How much of a referring phrase (by weight) a figure's words must cover."""

_GAP = re.compile(r"\s*(?P<dir>higher|lower|more|less|above|below|faster|slower)\s+than\s+"
                  r"(?P<ref>(?:[^.;:!?]|\.(?=\d))*)", re.I)
_SHARE_BEFORE = re.compile(r"(?:account(?:ing|ed|s)?\s+for|represent(?:ing|ed|s)?|making\s+up|made\s+up|makes\s+up|"
                           r"comprising|or|\()\s*$", re.I)
_OF_WHOLE = re.compile(r"\s*of\s+(?P<whole>[^,.;:!?()]+)", re.I)
_OR_PART = re.compile(r"^\s*(?:,\s*or|\(|,\s*or\s+about|,\s*representing)\s*$", re.I)
_RELATIVE = re.compile(r"\s*(?:which|when|where|who|whose|that|at|of)\b", re.I)
_OF_THE = re.compile(r"\b(?:of|out\s+of)\s+(?:the\s+|all\s+)?$", re.I)
AMONG = re.compile(r"\s*(?:Among\s+them|Among\s+these|Of\s+these|Of\s+them|Of\s+this|Of\s+which|Of\s+the\s+total)\b",
                    re.I)
_FROM = re.compile(r"(?:from|compared\s+(?:to|with)|against|versus|over)\s+$", re.I)
_WAS = re.compile(r"\b(?:was|were|is|are)\s+(?:about\s+|nearly\s+|only\s+)?$", re.I)
_SAME_SUBJECT = re.compile(r"^\s*(?:in\s+\w+\s*)?,?\s*and\s+(?:account(?:ed|s)\s+for|represent(?:ed|s)|made\s+up|"
                           r"makes\s+up)\s*$", re.I)


@dataclass
class Proposal:
    """A relation the text suggests, before it becomes a DraftRelation."""

    kind: str
    operands: list[Item]
    result: Item | None
    words: str  # the words of the text it came from
    notes: list[str] = field(default_factory=list)
    options: dict[str, str] = field(default_factory=dict)
    cue: str = ""  # the text's own words the proposal rests on: "accounted for", "of the", ...
    literal: str | None = None  # a literal result where no figure is stated: "more than 50%" for "most of"


class Proposer:
    """Finds the relations a text states about its figures."""

    def __init__(self, text: str, passages: Passages, items: list[Item], weights: Weights):
        self.text = text
        self.passages = passages
        self.items = sorted(items, key=lambda item: item.start)
        self.weights = weights
        self.by_sentence: dict[int, list[Item]] = {}
        for item in self.items:
            self.by_sentence.setdefault(item.sentence, []).append(item)

    def proposals(self) -> list[Proposal]:
        found = []
        for finder in (self.differences, self.shares):
            found.extend(finder())
        return found

    # -- helpers ---------------------------------------------------------------
    def between(self, first: Item, second: Item) -> str:
        return self.text[first.figure.end : second.figure.start]

    def words(self, *items: Item) -> str:
        """The text from the first item to the last, quoted, at most ~200 characters."""
        ordered = sorted(items, key=lambda item: item.start)
        pieces = []
        for group in _by_sentence(ordered):
            start, end = group[0].figure.start, group[-1].figure.end
            sentence = self.passages.sentences[group[0].sentence]
            if start - sentence.start > 80:  # else quote from the start of the sentence
                start = self.text.rfind(" ", sentence.start, start - 40) + 1 or sentence.start
            else:
                start = sentence.start
            if sentence.end - end > 60:
                cut = self.text.find(" ", end + 40, sentence.end)
                end = sentence.end if cut < 0 else cut
            else:
                end = sentence.end
            pieces.append(" ".join(self.text[start:end].split()))
        return '"' + '" ... "'.join(pieces) + '"'

    def best(self, wanted: list[str], candidates: list[Item], near: Item | None = None,
             minimum: float = COVERED) -> Item | None:
        """The candidate whose words cover `wanted` best (at least `minimum`, and some);
        on a tie the nearest to `near`, or without `near` the first stated (a headline)."""
        scored = [(self.weights.coverage(wanted, c.metric.context), c) for c in candidates]
        scored = [(score, c) for score, c in scored if score >= minimum and score > 0]
        if not scored:
            return None
        top = max(score for score, _ in scored)
        tied = [c for score, c in scored if score == top]
        return min(tied, key=lambda c: abs(c.start - near.start) if near is not None else c.start)

    # -- the finders -------------------------------------------------------------
    def differences(self) -> list[Proposal]:
        found = []
        for gap in (item for item in self.items if item.figure.unit == "pp"):
            sentence = self.passages.sentences[gap.sentence]
            match = _GAP.match(self.text, gap.figure.end, sentence.end)
            if match is None:
                continue
            same = self.by_sentence[gap.sentence]
            before = [i for i in same if i.start < gap.start and i.figure.unit == "percent"]
            if not before:
                continue
            own = before[-1]
            ref_end = _ref_end(self.text, match.start("ref"), match.end("ref"))
            named = [i for i in same if match.start("ref") <= i.start < ref_end and i.figure.unit == "percent"]
            if named:  # "9 points more than in autumn, when 52% named them"
                other, how = named[0], "stated in the same words"
            else:
                ref = content(self.text[match.start("ref") : ref_end], drop=[GENERIC])
                candidates = [i for i in self.items if i.figure.unit == "percent" and i is not own
                              and i.period.value == own.period.value and i.metric.kind == own.metric.kind]
                other, how = (self.best(ref, candidates) if ref else None), "found by its words: line "
                if other is None:
                    continue
                how += str(other.line)
            higher = match.group("dir").lower() in ("higher", "more", "above", "faster")
            operands = [own, other] if higher else [other, own]
            note = f'the figure "{" ".join(self.text[match.start() : ref_end].split())}" refers to was {how}'
            cue = f"{gap.figure.text} {match.group('dir')} than"
            found.append(Proposal("difference", operands, gap, self.words(own, gap, *named), [note], cue=cue))
        return found

    def shares(self) -> list[Proposal]:
        found = []
        for pct in (item for item in self.items if item.figure.unit == "percent"):
            sentence = self.passages.sentences[pct.sentence]
            head = self.text[sentence.start : pct.figure.start]
            of = _OF_WHOLE.match(self.text, pct.figure.end, sentence.end)
            if not _SHARE_BEFORE.search(head):
                found.extend(self._stated_as_share(pct, head, of))
                continue
            same = self.by_sentence[pct.sentence]
            earlier = [i for i in same if i.start < pct.start and is_amount(i)]
            whole = self._stated_whole(pct, of, same, earlier)
            part = None
            framed = AMONG.match(self.text, sentence.start)
            if earlier and (whole is not None or framed or _OR_PART.match(self.between(earlier[-1], pct))):
                part = earlier[-1] if earlier[-1] is not whole else None
            elif earlier and of is not None and _SAME_SUBJECT.match(self.between(earlier[-1], pct)):
                part = earlier[-1]  # "was unchanged at 1.1 million in March and accounted for 18.9 percent of all ..."
                whole = self._whole_named(part, pct, of.group("whole"))
            if whole is None and part is not None:
                whole = self._whole_before(part)
                if of is not None:  # "Of which, ... accounting for 19.6 percent of the total retail sales": named
                    whole = self._whole_named(part, pct, of.group("whole"))
            if part is None and whole is None and of is not None:
                part, whole = self._part_and_whole(pct, head, of.group("whole"))
            if part is None or whole is None or part.figure.unit != whole.figure.unit or part is whole:
                continue
            cue = _cue(self.text, head, _SHARE_BEFORE) + (f" {pct.figure.text} of" if of else "")
            found.append(Proposal("share", [part, whole], pct, self.words(part, whole, pct), cue=cue.strip()))
        return found

    def _stated_whole(self, pct: Item, of, same: list[Item], earlier: list[Item]) -> Item | None:
        """A whole named in the percent's own sentence: "26% of the 1,200 firms", "Of the 1,200 firms, 312"."""
        if of is not None:
            inside = [i for i in same if of.start("whole") <= i.start < of.end("whole") and is_amount(i)]
            if inside:
                return inside[0]
        for item in earlier:
            if _OF_THE.search(self.text, max(0, item.figure.start - 16), item.figure.start):
                return item
        return None

    def _whole_before(self, part: Item) -> Item | None:
        """ "Of this, 210,000 tonnes ...": the whole is in the sentence before."""
        sentence = self.passages.sentences[part.sentence]
        if not AMONG.match(self.text, sentence.start):
            return None
        wholes = [i for i in self.by_sentence.get(part.sentence - 1, [])
                  if i.figure.unit == part.figure.unit and not self.is_prior(i)]
        return wholes[0] if len(wholes) == 1 else None

    def _stated_as_share(self, pct: Item, head: str, of) -> list[Proposal]:
        """ "($802) were 80 percent of earnings for workers who were union members ($1,004)": the one
        figure before the percent and the first after it, of one unit."""
        if of is None or not _WAS.search(head):
            return []
        same = self.by_sentence[pct.sentence]
        earlier = [i for i in same if i.start < pct.start]
        later = [i for i in same if i.start > pct.start]
        if len(earlier) != 1 or not later or not is_amount(earlier[0]) \
                or later[0].figure.unit != earlier[0].figure.unit:
            return []
        cue = f"{_WAS.search(head).group().strip()} {pct.figure.text} of"
        return [Proposal("share", [earlier[0], later[0]], pct, self.words(earlier[0], later[0], pct), cue=cue)]

    def _whole_named(self, part: Item, pct: Item, words: str) -> Item | None:
        """The figure, stated before the percent, of the part's unit and period whose words are the "of ..."
        phrase's ("of all unemployed persons": "the number of unemployed persons, at 5.8 million")."""
        wanted = content(words, drop=[GENERIC])
        pool = [i for i in self.items if i.start < pct.start and i is not part and i.figure.unit == part.figure.unit
                and i.period.value == part.period.value and i.figure.value > part.figure.value
                and self.weights.coverage(wanted, i.metric.context) >= COVERED]
        if not wanted or not pool:
            return None  # of those that name all it says, the one that names least else ("total retail sales")
        return max(pool, key=lambda i: (self.weights.coverage(wanted, i.metric.context),
                                        self.weights.similarity(wanted, i.metric.context)))

    def is_prior(self, item: Item) -> bool:
        """A figure stated as the base of a change: "rose to 38.2 million from [35.9 million]"."""
        return bool(_FROM.search(self.text, max(0, item.figure.start - 20), item.figure.start))

    def _part_and_whole(self, pct: Item, head: str, whole_words: str):
        """Part and whole stated elsewhere in the paragraph, found by their words: the
        part's sentence names the subject ("NEVs"), the whole's does not, and both
        share words with the "of ..." phrase ("sales")."""
        subject = content(_SHARE_BEFORE.sub("", head), drop=[GENERIC])
        wanted = content(whole_words, drop=[GENERIC])
        if not subject or not wanted:
            return None, None
        pool = [i for i in self.items if i.paragraph == pct.paragraph and i.figure.unit not in ("percent", "pp")]
        sentence_stems = {i.sentence: content(self._sentence_text(i)) for i in pool}
        parts = [i for i in pool if self.weights.coverage(subject, sentence_stems[i.sentence]) >= COVERED]
        part = self.best(wanted, parts, pct, minimum=0)
        if part is None:
            return None, None
        wholes = [i for i in pool if i.figure.unit == part.figure.unit and i is not part
                  and self.weights.coverage(subject, sentence_stems[i.sentence]) < COVERED]
        return part, self.best(wanted, wholes, part, minimum=0)

    def _sentence_text(self, item: Item) -> str:
        sentence = self.passages.sentences[item.sentence]
        return self.text[sentence.start : sentence.end]


def _cue(text: str, head: str, pattern: re.Pattern[str]) -> str:
    found = pattern.search(head)
    return " ".join(found.group().split()) if found else ""


def _ref_end(text: str, start: int, end: int) -> int:
    """Where the phrase after "than" ends: at its first comma, unless a relative
    clause follows (", which stood at 5.3%", ", when 52% named them")."""
    comma = text.find(",", start, end)
    if comma < 0:
        return end
    if _RELATIVE.match(text, comma + 1):
        following = text.find(",", comma + 1, end)
        return end if following < 0 else following
    return comma


def is_amount(item: Item) -> bool:
    return item.figure.unit not in ("percent", "pp")


def _by_sentence(items: list[Item]) -> list[list[Item]]:
    groups: list[list[Item]] = []
    for item in items:
        if groups and groups[-1][-1].sentence == item.sentence:
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups
