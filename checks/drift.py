"""Anchors that drift: where a reworded anchor went, or an honest "cannot tell".

A reviser rewords: a synonym, a hedge word, "%" for "percent", a clause moved. An
anchor that no longer matches exactly is looked for the way web annotations are
re-anchored after a page is edited (the W3C TextQuoteSelector's prefix/exact/
suffix, the hypothes.is client's approximate anchoring, diff-match-patch's match
with a threshold): the anchor is split at its figure into the words before it
(a prefix) and the words after it (a suffix), and every numeral of the document
of a compatible kind (a percent for a percent, a scale word for a scale word) is
scored by how much of that wording survives, in order, just before and just after
it. The figure slot stays number-agnostic, so a figure changed in the same
reworded sentence is still found, and read, and reported as `changed`.

Words are compared folded: case, punctuation and hyphens do not count ("year-on-
year" is "year on year"), and "percent" is "%". The longest common subsequence of
each side is computed by rapidfuzz (C, on token ids): a few microseconds per
numeral, so even a document's every numeral is cheap to score.

A word weighs by its rarity in the document (`_Rarity`), and the word right next
to the figure counts twice when it is still right next to it: "resilience" tells
two places apart, "the" and "year" do not, and the words nearest a figure say
most about which figure it is.

Binding is conservative. A place is taken only when its score reaches
`MIN_SCORE` of the anchor's (weighted) words and beats every other free place by
`MARGIN`; otherwise the anchor is `missing` (nothing good enough) or `ambiguous`
(two too close to call), with the best places and their scores. A place that another mention's anchor already matches is never
taken: when it is the best place, the anchor is `ambiguous` (a re-anchoring that
would cross another anchor's match), and the engine refuses two re-anchored
mentions on one numeral.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from math import log
from typing import NamedTuple

from checks.anchors import NUM, Anchor, AnchorIndex, Match, Resolution
from checks.numbers import SCALE_WORDS

__all__ = ["Candidate", "Drifter", "Relocation", "relocate"]

MIN_SCORE = 0.6
"""Share of the anchor's words that must survive around the new place."""
MARGIN = 0.15
"""Share of the anchor's words by which the best place must beat the second."""
SHOWN = 3  # candidates named in a missing/ambiguous message
_SCORED = 12  # places (the most words surviving, in the speaker's turns) weighed by rarity
_GROW = 8  # tokens a proposed anchor may grow on each side to become unique


class Candidate(NamedTuple):
    """A place the anchor may have gone: its match and the share of its words there."""

    match: Match
    score: float
    taken_by: int | None = None  # index of the other anchor that matches here exactly


class Relocation(NamedTuple):
    """Where a drifted anchor went (`match`, `proposal`) or why it is not bound."""

    verdict: str  # "drifted", "missing" or "ambiguous"
    candidates: tuple[Candidate, ...]  # the best places, best first
    proposal: str | None = None  # the anchor rewritten to the new wording (drifted only)
    shared: bool = False  # ambiguous because another re-anchored mention took the same place

    @property
    def match(self) -> Match | None:
        return self.candidates[0].match if self.verdict == "drifted" else None


class _Folded:
    """The document's tokens that carry wording, folded, as ids; and its numerals' kinds."""

    def __init__(self, tokens: Sequence[str], vocabulary: dict[str, int]):
        self.ids: list[int] = []
        self.positions: list[int] = []  # document token index of each kept token
        known: dict[str, int] = {}  # token -> id (-1: punctuation); a document repeats its words
        for position, token in enumerate(tokens):
            ident = known.get(token)
            if ident is None:
                folded = _fold(token)
                ident = known[token] = -1 if folded is None else vocabulary.setdefault(folded, len(vocabulary))
            if ident >= 0:
                self.ids.append(ident)
                self.positions.append(position)
        self.where: dict[int, list[int]] = {}  # id -> its places among the kept tokens
        for place, token in enumerate(self.ids):
            self.where.setdefault(token, []).append(place)
        self.num = vocabulary.setdefault(NUM, len(vocabulary))
        self.numerals = self.where.get(self.num, [])
        words = {number: word for word, number in vocabulary.items()}
        self.kinds = [_kind(words[self.ids[at + 1]] if at + 1 < len(self.ids) else None) for at in self.numerals]


class Drifter:
    """Re-anchors the anchors of one document that match nowhere exactly."""

    def __init__(self, index: AnchorIndex):
        from rapidfuzz.distance import LCSseq  # 12 ms to import: only once an anchor has drifted

        self._lcs = LCSseq
        self.index = index
        self._vocabulary: dict[str, int] = {}
        self._folded = _Folded(index.tokens, self._vocabulary)
        self._weights = _Rarity(self._folded.ids)

    def relocate(self, anchor: Anchor, taken: dict[int, int]) -> Relocation:
        """Where `anchor` went; `taken` maps the figure offsets other anchors match
        exactly (`Match.figure_start`) to those anchors' indices."""
        folded = self._folded
        before, after = _sides(anchor, self._vocabulary)
        words = len(before) + len(after)
        if not words:
            return Relocation("missing", ())
        _, number, _ = anchor.figure
        following = next(filter(None, map(_fold, anchor.tokens[number + 1 :])), None)
        kind = _kind(following) if following is not None else None
        ids = folded.ids
        pad_before, pad_after = 2 + len(before) // 3, 2 + len(after) // 3
        similarity = self._lcs.similarity
        scored = []
        for n in self._reachable(before, after, pad_before, pad_after):
            at = folded.numerals[n]
            if kind is not None and folded.kinds[n] != kind:
                continue
            survived = (similarity(before, ids[max(0, at - len(before) - pad_before) : at])
                        + similarity(after, ids[at + 1 : at + 1 + len(after) + pad_after]))
            if survived:
                scored.append((survived, at))
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        weights = self._weights
        total = (sum(map(weights.__getitem__, before)) + sum(map(weights.__getitem__, after))
                 + (weights[before[-1]] if before else 0) + (weights[after[0]] if after else 0))
        places: list[Candidate] = []
        for _, at in scored:
            match, survived = self._match(anchor, at, before, after, pad_before, pad_after)
            if self.index.said_by(match, anchor.speaker):
                places.append(Candidate(match, survived / total, taken.get(match.figure_start)))
                if len(places) == _SCORED:
                    break
        places.sort(key=lambda place: (-place.score, place.taken_by is not None))  # a tie is no crossing
        return self._verdict(anchor, places)

    def _reachable(self, before: list[int], after: list[int], pad_before: int, pad_after: int) -> list[int]:
        """The numerals (indices into `numerals`) that could score high enough to matter.

        A place scoring below MIN_SCORE - MARGIN can neither be bound nor be a rival
        too close to the best. So the anchor's words are taken rarest first until the
        weight of the rest is below that: a place holding none of the words taken
        cannot matter, and only numerals within reach of those words' occurrences are
        scored. The work is bounded by the occurrences of the rare words, not by the
        document's numerals.
        """
        folded, weights = self._folded, self._weights
        weight = Counter()
        for token in (*before, *after, *before[-1:], *after[:1]):  # the words next to the figure count twice
            weight[token] += weights[token]
        rest = sum(weight.values())
        enough = (MIN_SCORE - MARGIN) * rest
        numerals, starts = folded.numerals, []
        for token in sorted(weight, key=lambda token: len(folded.where.get(token, ()))):
            if rest < enough:
                break
            rest -= weight[token]
            starts.extend(folded.where.get(token, ()))
        reachable = set()
        for place in starts:
            low = bisect_left(numerals, place - len(after) - pad_after)
            high = bisect_right(numerals, place + len(before) + pad_before)
            reachable.update(range(low, high))
        return sorted(reachable)

    def _verdict(self, anchor: Anchor, places: list[Candidate]) -> Relocation:
        """Bind the best place when it is good enough, free, and clear of every other
        free place; a place another anchor matches exactly is explained already."""
        if not places or places[0].score < MIN_SCORE:
            return Relocation("missing", tuple(places[:SHOWN]))
        best = places[0]
        if best.taken_by is not None:
            return Relocation("ambiguous", tuple(places[:SHOWN]))
        rival = next((place for place in places[1:] if place.taken_by is None), None)
        if rival is not None and best.score - rival.score < MARGIN:
            return Relocation("ambiguous", (best, rival))
        return Relocation("drifted", tuple(places[:SHOWN]), self._proposal(anchor, best.match))

    def _match(self, anchor: Anchor, at: int, before, after, pad_before: int, pad_after: int) -> tuple[Match, float]:
        """The match at folded numeral `at` (from the first surviving word before it to
        the last after it, the figure as wide as the anchor's brackets allow) and the
        weight of the words that survive there."""
        folded, weights = self._folded, self._weights
        ids, positions = folded.ids, folded.positions
        low = max(0, at - len(before) - pad_before)
        numeral = first = last = positions[at]
        survived = 0.0
        equal = [op for op in self._lcs.opcodes(before, ids[low:at]) if op.tag == "equal"]
        if equal:
            first = positions[low + equal[0].dest_start]
            survived += sum(weights[token] for op in equal for token in before[op.src_start : op.src_end])
        equal = [op for op in self._lcs.opcodes(after, ids[at + 1 : at + 1 + len(after) + pad_after]) if op.tag == "equal"]
        if equal:
            last = positions[at + 1 + equal[-1].dest_end - 1]
            survived += sum(weights[token] for op in equal for token in after[op.src_start : op.src_end])
        if before and at and ids[at - 1] == before[-1]:
            survived += weights[before[-1]]  # the word next to the figure, still next to it
        if after and at + 1 < len(ids) and ids[at + 1] == after[0]:
            survived += weights[after[0]]
        opening, number, closing = anchor.figure
        figure_last = numeral
        tokens = self.index.tokens
        for offset in range(1, closing - number):
            following = numeral + offset
            if following >= len(tokens) or _fold(tokens[following]) != _fold(anchor.tokens[number + offset]):
                break
            figure_last = following
        match = self.index.match_at(min(first, numeral), max(last, figure_last), numeral, figure_last,
                                    number > opening)
        return match, survived

    def _proposal(self, anchor: Anchor, match: Match) -> str | None:
        """The anchor in the document's new wording, grown until it matches only here."""
        text = self.index.document.text
        start, end = match.start, match.end
        for _ in range(_GROW + 1):
            proposal = (_escape(text[start : match.figure_start]) + "[" + _escape(text[match.figure_start : match.figure_end])
                        + "]" + _escape(text[match.figure_end : end]))
            proposal = " ".join(proposal.split())
            try:
                found = self.index.resolve([Anchor(proposal, anchor.speaker)])[0].matches
            except ValueError:
                return None
            if len(found) == 1 and found[0].figure_start == match.figure_start:
                return proposal
            start, end = _widen(text, start, end)
        return None


class _Rarity(dict):
    """Token id -> weight: log(tokens / occurrences), a word the document rarely uses
    tells a place apart more than "the" or "year" do; unseen words weigh most."""

    def __init__(self, ids: Sequence[int]):
        super().__init__()
        self._tokens = max(len(ids), 2)
        for token, seen in Counter(ids).items():
            self[token] = log(self._tokens / seen)

    def __missing__(self, token: int) -> float:
        return log(self._tokens)


def _sides(anchor: Anchor, vocabulary: dict[str, int]) -> tuple[list[int], list[int]]:
    """The anchor's folded word ids before and after its figure's numeral."""
    _, number, _ = anchor.figure
    tokens = anchor.tokens

    def ids(part):
        return [vocabulary.setdefault(folded, len(vocabulary))
                for folded in map(_fold, part) if folded is not None]

    return ids(tokens[:number]), ids(tokens[number + 1 :])


def _fold(token: str) -> str | None:
    """A token as wording: lower case, "percent" as "%"; None for punctuation."""
    if token == NUM or token == "%":
        return token
    if not token[0].isalnum():
        return None
    lowered = token.lower()
    return "%" if lowered == "percent" else lowered


def _kind(following: str | None) -> str:
    """What a numeral states, by the folded word after it: a percent, a scale, or plain."""
    if following == "%":
        return "percent"
    if following in SCALE_WORDS:
        return "scale"
    return "plain"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """One word more on each side (within the text)."""
    while start > 0 and text[start - 1].isspace():
        start -= 1
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and text[end].isspace():
        end += 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def relocate(index: AnchorIndex, resolutions: Sequence[Resolution]) -> dict[int, Relocation]:
    """Where every anchor that matches nowhere went, by its index. Two re-anchored
    mentions never share a numeral: when they would, neither is bound."""
    lost = [i for i, resolution in enumerate(resolutions) if not resolution.matches]
    if not lost:
        return {}
    taken = {resolution.unique.figure_start: i for i, resolution in enumerate(resolutions) if resolution.unique}
    drifter = Drifter(index)
    relocations = {i: drifter.relocate(resolutions[i].anchor, taken) for i in lost}
    bound = Counter(relocation.match.figure_start for relocation in relocations.values() if relocation.match)
    return {i: (relocation if not relocation.match or bound[relocation.match.figure_start] == 1
                else Relocation("ambiguous", relocation.candidates, shared=True))
            for i, relocation in relocations.items()}
