"""Shortest unique excerpts: anchors for figures, patterns for ignored numbers.

An anchor starts as the figure in brackets (with the rest of any word glued to
it, as in "[6.4%]year") and grows word by word — two words before for one after
— until the real `AnchorIndex` finds it exactly once in the whole document,
number-agnostically, and at this figure. The growth is planned, not searched:
for every other place that repeats the figure's words, how many words agree on
each side tells how far the excerpt must reach (linear in the words compared,
even for a long passage said twice); the AnchorIndex then verifies the plan. It keeps at least `MIN_CONTEXT` words
around the figure so that a reader can tell what it points at. It grows inside
the figure's paragraph; when even the whole paragraph is not unique (a passage
said twice word for word), it grows inside the paragraph again but matching
only the speaker's turns (`speaker:`), then past the paragraph (up to
`_BEYOND` words each side). A figure that still cannot be told apart gets no
anchor.

An ignore pattern starts as the words the candidate rule fired on ("5G",
"July 18, 2025") as an escaped regular expression and grows the same way until
nothing it matches anywhere in the document is a figure to claim.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from checks.anchors import Anchor, AnchorIndex, AnchorSyntaxError
from checks.document import Document, normalize
from checks.draft.passages import Passages, Span
from checks.numbers import NUMERAL, Figure

MIN_CONTEXT = 3
"""Words of context an anchor keeps around its figure (when the paragraph has them)."""
_BEYOND = 12  # words an anchor may reach past its paragraph
_PATTERN_GROWTH = 6


@dataclass(frozen=True)
class Anchored:
    """An anchor the drafter wrote for a figure."""

    text: str  # the anchor, brackets around the figure
    speaker: str | None  # set when only the speaker's turns make it unique


class Excerpts:
    """Anchors and ignore patterns for one document (loaded as `check` loads it)."""

    def __init__(self, document: Document, passages: Passages):
        self.document = document
        self.text = document.text
        self.passages = passages
        self.index = AnchorIndex(document)
        self.words = _words(self.text)
        self._starts = [w.start for w in self.words]
        self._keys = [_key(self.text[w.start : w.end]) for w in self.words]
        self._places: dict[str, list[int]] = {}
        for place, key in enumerate(self._keys):
            self._places.setdefault(key, []).append(place)

    # -- anchors -------------------------------------------------------------
    def anchors(self, figures: list[Figure]) -> list[Anchored | None]:
        """The shortest unique anchor of each figure (None when there is none): inside
        its paragraph; else inside its paragraph within its speaker's turns; else
        reaching past its paragraph."""
        result: list[Anchored | None] = [None] * len(figures)
        speakers = [self.document.speaker_at(figure.number_start) for figure in figures]
        for beyond, with_speaker in ((False, False), (False, True), (True, False)):
            pending = [i for i, found in enumerate(result) if found is None
                       and (not with_speaker or speakers[i] is not None)]
            if pending:
                found = self._shortest(figures, pending, beyond, [speakers[i] if with_speaker else None
                                                                  for i in range(len(figures))])
                for i, anchored in found.items():
                    result[i] = anchored
        return result

    def _shortest(self, figures, pending, beyond: bool, speakers) -> dict[int, Anchored]:
        """Plan each figure's excerpts from word agreement, then let the AnchorIndex
        verify them in rounds, all figures at once: the first that verifies wins."""
        plans = {i: iter(self._plan(figures[i], beyond, speakers[i])) for i in pending}
        result: dict[int, Anchored] = {}
        while plans:
            batch = [(i, excerpt) for i, plan in plans.items() if (excerpt := next(plan, None)) is not None]
            result.update(self._try(figures, batch, speakers))
            tried = {i for i, _ in batch}
            plans = {i: plan for i, plan in plans.items() if i in tried and i not in result}
        return result

    def _reach(self, figure: Figure, beyond: bool) -> tuple[int, int, int, int]:
        """Words available left and right inside the paragraph, and the widest word range."""
        first, last = self._word(figure.start), self._word(figure.end - 1)
        paragraph = self.passages.paragraph(figure.start)
        left_in = first - self._word(paragraph.start)
        right_in = self._word(max(paragraph.end - 1, paragraph.start)) - last
        extra = _BEYOND if beyond else 0
        widest_first = max(first - left_in - extra, 0)
        widest_last = min(last + right_in + extra, len(self.words) - 1)
        return left_in, right_in, widest_first, widest_last

    def _plan(self, figure: Figure, beyond: bool, speaker: str | None) -> list[str]:
        """Excerpts to try, best first. For each number of words taken on the left,
        the fewest on the right that no other place of the document repeats word for
        word (numbers as wildcards) -- the shortest of these, at least `MIN_CONTEXT`
        words, two on the left for one on the right; then each grown by a word or
        two, since the AnchorIndex, which also ignores spaces, has the last word."""
        first, last = self._word(figure.start), self._word(figure.end - 1)
        _, _, widest_first, widest_last = self._reach(figure, beyond)
        most_left, most_right = first - widest_first, widest_last - last
        width = last - first
        core = self._keys[first : last + 1]
        agreements = []
        for place in self._places.get(core[0], ()):
            if place == first or self._keys[place : place + width + 1] != core:
                continue
            if speaker is not None and self.document.speaker_at(self.words[place].start) != speaker:
                continue
            agreements.append((self._agree(first - 1, place - 1, -1, most_left),
                               self._agree(last + 1, place + width + 1, 1, most_right)))
        least = min(MIN_CONTEXT, most_left + most_right)
        pairs = set()
        for left in range(most_left + 1):
            right = 1 + max((b for a, b in agreements if a >= left), default=-1)
            total = max(left + right, least)  # spread the words still missing over both sides
            for extra in range(total - left - right + 1):
                pair = (left + extra, total - left - extra)
                if pair[0] <= most_left and right <= pair[1] <= most_right:
                    pairs.add(pair)

        def preference(pair):
            return pair[0] + pair[1], abs(pair[0] - 2 * pair[1]), -pair[0]

        ordered = sorted(pairs, key=preference)[:4]
        grown = sorted({(left + a, right + k - a) for left, right in ordered[:1] for k in (1, 2, 3)
                        for a in range(k + 1) if left + a <= most_left and right + k - a <= most_right},
                       key=preference)
        widest = [(most_left, most_right)]
        excerpts = [self._excerpt(figure, first - left, last + right) for left, right in ordered + grown + widest]
        return list(dict.fromkeys(excerpts))

    def _agree(self, mine: int, other: int, step: int, most: int) -> int:
        """How many words agree going from `mine` and `other` in direction `step`."""
        count, keys = 0, self._keys
        while count < most and 0 <= other < len(keys) and 0 <= mine < len(keys) and keys[mine] == keys[other]:
            mine, other, count = mine + step, other + step, count + 1
        return count

    def _excerpt(self, figure: Figure, first: int, last: int) -> str:
        start, end = self.words[first].start, self.words[last].end
        text = self.text
        pieces = [_escape(text[start : figure.start]), "[", _escape(text[figure.start : figure.end]), "]",
                  _escape(text[figure.end : end])]
        return " ".join("".join(pieces).split())

    def _try(self, figures, batch, speakers) -> dict[int, Anchored]:
        anchors, owners = [], []
        for i, excerpt in batch:
            try:
                anchors.append(Anchor(excerpt, speakers[i]))
                owners.append(i)
            except AnchorSyntaxError:
                continue
        found = {}
        for i, resolution in zip(owners, self.index.resolve(anchors)):
            match = resolution.unique
            if match is not None and match.figure_start == figures[i].number_start:
                found[i] = Anchored(resolution.anchor.text, speakers[i])
        return found

    def _word(self, offset: int) -> int:
        return max(bisect_right(self._starts, offset) - 1, 0)

    # -- ignore patterns -----------------------------------------------------
    def pattern(self, span: Span, claimed: list[tuple[int, int]], line_start: bool = False) -> str:
        """The shortest regular expression around `span` that matches no claimed number;
        `line_start` ties it to the start of a line (list markers, captions)."""
        first, last = self._word(span.start), self._word(max(span.end - 1, span.start))
        start, end = span.start, span.end
        head = r"(?<![^\n])[ \t]*" if line_start else ""
        for growth in range(_PATTERN_GROWTH + 1):
            pattern = head + _regex(self.text[start:end], bounded=not line_start)
            if not any(m.start() <= span.start and span.end <= m.end() for m in re.finditer(pattern, self.text)):
                pattern = head + _regex(self.text[start:end], bounded=not line_start, glued=True)
            if not _covers_claimed(pattern, self.text, claimed):
                return pattern
            if growth % 2 == 0 and first > 0:
                first -= 1
                start = self.words[first].start
            elif last + 1 < len(self.words):
                last += 1
                end = self.words[last].end
        return head + _regex(self.text[start:end], bounded=not line_start)


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(rf"[{_CJK}]|[^\s{_CJK}]+")


def _words(text: str) -> list[Span]:
    """Runs of non-space characters, each CJK character a word of its own; a numeral
    with spaces inside ("520 000") is one run."""
    spans = [Span(m.start(), m.end()) for m in _WORD.finditer(text)]
    joins = [m.span() for m in NUMERAL.finditer(text) if any(c.isspace() for c in m.group())]
    if not joins:
        return spans
    merged: list[Span] = []
    for span in spans:
        if merged and any(s < merged[-1].end and span.start < e for s, e in joins):  # a space inside a numeral
            merged[-1] = Span(merged[-1].start, span.end)
        else:
            merged.append(span)
    return merged


def _key(word: str) -> str:
    """A word as anchors compare it: normalised, every numeral alike, no spaces."""
    return NUMERAL.sub("\x00", normalize(word)[0]).replace(" ", "")


def _escape(text: str) -> str:
    """Write a literal backslash and literal brackets the way anchors read them."""
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _regex(words: str, bounded: bool = True, glued: bool = False) -> str:
    """`words` as a regular expression, spaces as \\s+, with \\b at an ASCII word
    edge; `glued` texts (CJK, where \\b does not fall between characters) get
    lookarounds for ASCII letters and digits instead."""
    body = r"\s+".join(re.escape(part) for part in words.split())
    before, after = (r"(?<![A-Za-z0-9_])", r"(?![A-Za-z0-9_])") if glued else (r"\b", r"\b")
    head = before if bounded and re.match(r"[A-Za-z0-9_]", words) else ""
    tail = after if re.search(r"[A-Za-z0-9_]$", words) else ""
    return f"{head}{body}{tail}"


def _covers_claimed(pattern: str, text: str, claimed: list[tuple[int, int]]) -> bool:
    for match in re.finditer(pattern, text):
        for start, end in claimed:
            if match.start() <= start and end <= match.end() or (start < match.end() and match.start() < end):
                return True
    return False
