"""Number-agnostic anchors: find where the document states a claimed figure.

An anchor is a short verbatim excerpt of the document with the figure in square
brackets: ``"accounting for [35.5%], which was a 0.9 percentage point increase"``.
Exactly one ``[...]`` pair (ASCII brackets), holding at least one number and cutting
no word or number in two. Write a literal bracket as ``\\[`` or ``\\]`` (a literal
backslash before a bracket as ``\\\\``). `Anchor(...)` checks this at once and raises
`AnchorSyntaxError` with one line that says what to write instead.

How an anchor matches. Both the anchor and the document are normalised
(`checks.document.normalize`: space, quote, dash and full-width variants) and cut into
*tokens*: a numeral (`checks.numbers.NUMERAL`; a leading sign is a token of its own),
a word (letters and digits), one CJK character, or one other non-space character.
Every numeral matches every numeral ("35.5" matches "35.3", "Seventeen" matches
"18"); every other token must be equal, case included. Spaces between tokens are not
significant: "6.4%year" and "6.4% year" both read NUM "%" "year", so an anchor
survives the fix of such a typo; a space inside a word is ("pre tax" is two tokens,
"pretax" one). An anchor starts and ends on whole tokens ("ccounting for" does not
match "accounting for"). Two consequences of reading numerals in the normalised text:
a sign is a token of its own, so "[-5%]" does not match "5%"; digits grouped by a
no-break space ("1 000") read as two numerals there, so such a figure matches only
a figure grouped the same way.

Matching is exact and never guessed: a `Resolution` holds every place the anchor
matches (zero, one or several); the engine turns anything but one into a finding.

Cost. `AnchorIndex` tokenises the document once (one pass of `checks.numbers.numerals`
over the normalised text and one token scan, both in C), makes equal tokens one
object, and counts its tokens. `resolve` counts the anchors' pairs of adjacent tokens
in the document and looks each anchor up by its rarest pair (its token when it has
only one): one more scan finds the positions of all the anchors' pairs together. An
anchor is compared, as a run of tokens, only at those positions; when there are
many, they are first narrowed in C, token by token, rarest first. Nothing is scanned
per anchor: 100,000 anchors over 10 MB cost about 5 times one `NUMERAL.finditer`
pass over the text.
"""

from __future__ import annotations

import re
import sys
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import cache
from itertools import accumulate, compress, count, islice, repeat
from operator import add, eq, sub
from typing import NamedTuple, NoReturn

from checks.document import Document, normalize
from checks.numbers import numerals
from checks.values import Value

__all__ = [
    "Anchor",
    "AnchorIndex",
    "AnchorSyntaxError",
    "Match",
    "Resolution",
    "resolve_anchors",
]

NUM = "\x00"  # the token of every numeral
_CJK = "\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_TOKEN = re.compile(rf"\s*(?:[^\W{_CJK}]+|\S)")
_SLICE = 1 << 20


@cache
def _slice_ends() -> re.Pattern[str]:
    """Where a slice of a document over `_SLICE` may end (compiled on first need: the
    CJK ranges cost 2 ms, and most documents are smaller)."""
    return re.compile(rf"[ {_CJK}]")

_MARK = re.compile(r"\\[\\\[\]]|[\[\]]")
_EXAMPLE = '"[35.5%]"'


class AnchorSyntaxError(ValueError):
    """An anchor that cannot be used; the message says what to write instead."""


class Match(NamedTuple):
    """Offsets in `Document.text`: the whole excerpt and the bracketed figure.

    `figure_start` is where the first numeral inside the brackets starts (with its
    sign when the sign is inside the brackets), so a figure reader can read from
    there; `figure_end` is where the bracketed text ends.
    """

    start: int
    end: int
    figure_start: int
    figure_end: int


class Anchor(Value):
    """An excerpt with one `[figure]`, to be found only in `speaker`'s turns if given.

    Building one checks its syntax (AnchorSyntaxError).
    """

    # the parsed anchor: its tokens; tokens[_first:_end] are bracketed and
    # tokens[_numeral] is the first numeral between the brackets
    __slots__ = ("text", "speaker", "_tokens", "_first", "_numeral", "_end")
    text: str
    speaker: str | None

    def __init__(self, text: str, speaker: str | None = None) -> None:
        tokens, first, numeral, end = _parse(text)
        self._set(text=text, speaker=speaker, _tokens=tokens, _first=first, _numeral=numeral, _end=end)

    @property
    def tokens(self) -> tuple[str, ...]:
        """The anchor's tokens (every numeral is `NUM`)."""
        return self._tokens

    @property
    def figure(self) -> tuple[int, int, int]:
        """Token indices: first bracketed, first bracketed numeral, just past the brackets."""
        return self._first, self._numeral, self._end


class Resolution(NamedTuple):
    """Every place `anchor` matches, in document order."""

    anchor: Anchor
    matches: tuple[Match, ...]

    @property
    def unique(self) -> Match | None:
        """The match when there is exactly one, else None."""
        return self.matches[0] if len(self.matches) == 1 else None


class _Skeleton:
    """`normalized` with every numeral replaced by NUM, and the way back."""

    __slots__ = ("at", "end", "full", "start", "text")

    def __init__(self, normalized: str) -> None:
        if NUM in normalized:
            normalized = normalized.replace(NUM, "\ufffd")
        pieces: list[str] = []
        # arrays of ints, not lists: a large document has hundreds of thousands of numerals
        self.at = array("q")  # skeleton index of each NUM
        self.start = array("q")  # normalised span of each numeral, sign excluded
        self.end = array("q")
        self.full = array("q")  # normalised start, sign included
        done = shrink = 0
        for numeral in numerals(normalized):
            full, end = numeral.span()
            start = full + 1 if normalized[full] == "-" else full
            pieces.append(normalized[done:start])
            pieces.append(NUM)
            self.at.append(start - shrink)
            self.start.append(start)
            self.end.append(end)
            self.full.append(full)
            shrink += end - start - 1
            done = end
        pieces.append(normalized[done:])
        self.text = "".join(pieces)

    def to_normalized(self, index: int) -> int:
        """Normalised index of skeleton character `index` (a NUM: its numeral's start)."""
        j = bisect_right(self.at, index) - 1
        if j < 0:
            return index
        if index == self.at[j]:
            return self.start[j]
        return self.end[j] + index - self.at[j] - 1

    def from_normalized(self, index: int) -> int | None:
        """Skeleton index of normalised `index`; None when it is inside a numeral."""
        j = bisect_right(self.start, index) - 1
        if j < 0:
            return index
        if index == self.start[j]:
            return self.at[j]
        if index < self.end[j]:
            return None
        return self.at[j] + 1 + index - self.end[j]


def _tokenize(skeleton: str, canonical: dict[str, str] | None = None) -> tuple[list[str], Sequence[int]]:
    """Tokens, and the skeleton index just after each one.

    Read a slice of about `_SLICE` characters at a time, cut before a space or a CJK
    character (no token runs across either), so the strings `findall` makes for a
    large document never all exist at once. With `canonical`, equal tokens become
    one object (less memory, and comparisons that stop at identity). The ends are
    an array of ints, which the garbage collector never walks.
    """
    tokens: list[str] = []
    ends = array("i" if len(skeleton) < 2**31 else "q")
    start = 0
    while start < len(skeleton):
        cut = _slice_ends().search(skeleton, start + _SLICE) if start + _SLICE < len(skeleton) else None
        stop = cut.start() if cut else len(skeleton)
        found = _TOKEN.findall(skeleton, start, stop)
        stripped = list(map(str.lstrip, found))
        tokens.extend(map(canonical.setdefault, stripped, stripped) if canonical is not None else stripped)
        ends.extend(islice(accumulate(map(len, found), initial=start), 1, None))
        start = stop
    return tokens, ends


def _parse(text: str) -> tuple[tuple[str, ...], int, int, int]:
    """Tokens, first bracketed token, first bracketed numeral, end of the brackets."""
    source, opening, closing = _unescape(text)
    if not source.strip():
        raise AnchorSyntaxError(
            "the anchor is empty; write a short excerpt of the document with the figure in [brackets]")
    if not opening and not closing:
        raise AnchorSyntaxError(
            'the anchor marks no figure; put the figure in square brackets, e.g. "accounting for [35.5%]"')
    if len(opening) > 1 or len(closing) > 1:
        raise AnchorSyntaxError(
            f'the anchor has {len(opening)} "[" and {len(closing)} "]"; '
            "bracket exactly one figure and write a literal bracket as \\[ or \\]")
    if not closing:
        raise AnchorSyntaxError(
            'the anchor has "[" without "]"; close the figure with "]" or write a literal bracket as \\[')
    if not opening:
        raise AnchorSyntaxError(
            'the anchor has "]" without "["; open the figure with "[" or write a literal bracket as \\]')
    if closing[0] < opening[0]:
        raise AnchorSyntaxError(f'the anchor has "]" before "["; write the figure as {_EXAMPLE}')
    normalized, offsets = normalize(source)
    skeleton = _Skeleton(normalized)
    listed, ends = _tokenize(skeleton.text)
    tokens = tuple(map(sys.intern, listed))  # the same words recur across anchors: one object each
    first = _boundary(offsets.normalized_index(opening[0]), skeleton, tokens, ends, normalized)
    end = _boundary(offsets.normalized_index(closing[0]), skeleton, tokens, ends, normalized)
    try:
        numeral = tokens.index(NUM, first, end)
    except ValueError:
        inside = source[opening[0] : closing[0]].strip()
        if not inside:
            raise AnchorSyntaxError(
                f"the brackets are empty; put the figure inside them, e.g. {_EXAMPLE}") from None
        raise AnchorSyntaxError(
            f"the brackets hold no number ({_quoted(inside)}); put them around the figure itself, e.g. {_EXAMPLE}"
        ) from None
    return tokens, first, numeral, end


def _unescape(text: str) -> tuple[str, list[int], list[int]]:
    """The anchor without its bracket marks, and where each "[" and "]" stood in it."""
    if "\\" not in text and text.count("[") == 1 and text.count("]") == 1:
        opening, closing = text.index("["), text.index("]")
        if opening < closing:
            return text[:opening] + text[opening + 1 : closing] + text[closing + 1 :], [opening], [closing - 1]
    pieces, opening, closing = [], [], []
    done = length = 0
    for mark in _MARK.finditer(text):
        piece = text[done : mark.start()]
        pieces.append(piece)
        length += len(piece)
        if len(mark.group()) == 2:
            pieces.append(mark.group()[1])
            length += 1
        else:
            (opening if mark.group() == "[" else closing).append(length)
        done = mark.end()
    pieces.append(text[done:])
    return "".join(pieces), opening, closing


def _boundary(at: int, skeleton: _Skeleton, tokens: tuple[str, ...], ends: Sequence[int], normalized: str) -> int:
    """Index of the first token at or after normalised index `at`; no token may be cut."""
    inside = skeleton.from_normalized(at)
    if inside is None:
        j = bisect_right(skeleton.start, at) - 1
        _cut(normalized[skeleton.start[j] : skeleton.end[j]])
    index = bisect_right(ends, inside)
    if index < len(tokens) and ends[index] - len(tokens[index]) < inside:
        _cut(tokens[index])
    return index


def _cut(token: str) -> NoReturn:
    raise AnchorSyntaxError(
        f'the brackets cut "{token}" in two; put them around whole words and numbers, e.g. {_EXAMPLE}')


class _TextMap(NamedTuple):
    """Skeleton index -> `Document.text` offset: `at + shifts[k]` for `at` from
    `starts[k]` on; numeral `j` (at skeleton index `numerals[j]`) ends at
    `numeral_ends[j]` and, when signed, starts with its sign at `numeral_full[j]`
    (-1 when unsigned). Arrays of ints, one entry per numeral or break."""

    starts: Sequence[int]
    shifts: Sequence[int]
    numerals: Sequence[int]
    numeral_ends: Sequence[int]
    numeral_full: Sequence[int]

    @classmethod
    def build(cls, skeleton: _Skeleton, offsets) -> _TextMap:
        breaks = {skeleton.from_normalized(at) for at in offsets.breaks()}
        breaks.discard(None)
        breaks.update(skeleton.at)
        breaks.update(at + 1 for at in skeleton.at)
        breaks.add(0)
        starts = array("q", sorted(breaks))
        del breaks
        shifts = array("q", (offsets.original(skeleton.to_normalized(at)) - at for at in starts))
        numeral_ends = array("q", (offsets[end - 1] + 1 for end in skeleton.end))
        numeral_full = array("q", (offsets[full] if full != start else -1 for full, start in zip(skeleton.full, skeleton.start)))
        return cls(starts, shifts, skeleton.at, numeral_ends, numeral_full)


class AnchorIndex:
    """One document's tokens, counted, to resolve any number of anchors against."""

    def __init__(self, document: Document) -> None:
        self.document = document
        # normalised here, not through the document's cached view, so that the
        # normalised copy of a large document is gone once the tokens are made
        normalized, self._offsets = normalize(document.text)
        self._skeleton = _Skeleton(normalized)
        del normalized
        self._canonical: dict[str, str] = {}
        self._tokens, self._ends = _tokenize(self._skeleton.text, self._canonical)
        del self._skeleton.text  # only tokenising reads it: a copy of the document less to keep
        self._counts = Counter(self._tokens)
        self._pair_counts: Counter[tuple[str, str]] = Counter()  # of the anchors' pairs only: see _count_pairs
        self._counted: set[tuple[str, str]] = set()
        self._positions: dict[object, tuple[int, ...]] = {}
        self._text_map: _TextMap | None = None

    @property
    def tokens(self) -> list[str]:
        """The document's tokens (every numeral is `NUM`), to search beyond exact matches."""
        return self._tokens

    def resolve(self, anchors: Sequence[Anchor]) -> list[Resolution]:
        """Every match of every anchor, in the order given."""
        self._count_pairs(anchors)
        keys = [self._key(anchor._tokens) for anchor in anchors]
        self._index({key for key, _ in keys if key is not None})
        return [Resolution(anchor, self._matches(anchor, key, offset) if key is not None else ())
                for anchor, (key, offset) in zip(anchors, keys)]

    def _count_pairs(self, anchors: Sequence[Anchor]) -> None:
        """Count the document's adjacent token pairs that some anchor has and that are
        not counted yet, in one C-level pass. Only those are ever looked up; counting
        every pair held each distinct pair of the document (a large text has millions)."""
        missing = {pair for anchor in anchors for pair in zip(anchor._tokens, islice(anchor._tokens, 1, None))}
        missing -= self._counted
        if missing:
            tokens = self._tokens
            self._pair_counts.update(filter(missing.__contains__, zip(tokens, islice(tokens, 1, None))))
            self._counted |= missing

    def _key(self, tokens: tuple[str, ...]) -> tuple[object, int]:
        """What to look an anchor up by, and where that is in the anchor: its rarest
        pair of adjacent tokens (its token when it has one); None if it never occurs."""
        if len(tokens) == 1:
            return (tokens[0] if self._counts[tokens[0]] else None), 0
        counts = list(map(self._pair_counts.get, zip(tokens, islice(tokens, 1, None)), repeat(0)))
        fewest = min(counts)
        offset = counts.index(fewest)
        return ((tokens[offset], tokens[offset + 1]) if fewest else None), offset

    def _index(self, keys: set[object]) -> None:
        """Find every position of the keys not indexed yet: one C-level scan each for
        pairs and for single tokens; Python touches only the hits."""
        missing = keys.difference(self._positions)
        positions: dict[object, list[int]] = {key: [] for key in missing}
        tokens = self._tokens
        pairs = {key for key in missing if isinstance(key, tuple)}
        if pairs:
            for index in compress(count(), map(pairs.__contains__, zip(tokens, islice(tokens, 1, None)))):
                positions[tokens[index], tokens[index + 1]].append(index)
        singles = missing - pairs
        if singles:
            for index in compress(count(), map(singles.__contains__, tokens)):
                positions[tokens[index]].append(index)
        self._positions.update((key, tuple(found)) for key, found in positions.items())

    def _matches(self, anchor: Anchor, key: object, offset: int) -> tuple[Match, ...]:
        wanted = anchor._tokens
        size = len(wanted)
        tokens = self._tokens
        found = []
        for first in self._candidates(wanted, key, offset):
            if tuple(tokens[first : first + size]) == wanted:
                match = self._match(anchor, first)
                if self.said_by(match, anchor.speaker):
                    found.append(match)
        return tuple(found)

    def _candidates(self, wanted: tuple[str, ...], key: object, offset: int) -> list[int]:
        """Where the anchor may start: its key's positions, narrowed (in C, token by
        token, rarest first) while many remain."""
        tokens = self._tokens
        last = len(tokens) - len(wanted)
        positions = self._positions[key]
        if len(positions) <= 16:
            return [position - offset for position in positions if offset <= position <= last + offset]
        lowest = bisect_left(positions, offset)
        highest = bisect_right(positions, last + offset)
        starts = list(map(sub, islice(positions, lowest, highest), repeat(offset)))
        wanted = tuple(map(self._canonical.get, wanted, wanted))  # equal tokens: identical
        counts = list(map(self._counts.__getitem__, wanted))
        for i in sorted(range(len(wanted)), key=counts.__getitem__):
            if len(starts) <= 16:
                break
            if i == offset or i == offset + 1:
                continue  # the key itself: equal everywhere already
            found = map(tokens.__getitem__, map(add, starts, repeat(i)))
            starts = list(compress(starts, map(eq, found, repeat(wanted[i]))))
        return starts

    # token index -> offset in Document.text
    def _map(self) -> _TextMap:
        if self._text_map is None:
            self._text_map = _TextMap.build(self._skeleton, self._offsets)
        return self._text_map

    def _match(self, anchor: Anchor, first: int) -> Match:
        numeral = first + anchor._numeral
        return self.match_at(first, first + len(anchor._tokens) - 1, numeral, first + anchor._end - 1,
                             numeral > first + anchor._first)

    def match_at(self, first: int, last: int, numeral: int, figure_last: int, signed: bool) -> Match:
        """The Match of document tokens first..last whose figure is numeral..figure_last
        (token indices); `signed`: a sign before the numeral belongs to the figure."""
        ends, tokens = self._ends, self._tokens
        starts, shifts, numerals, numeral_ends, numeral_full = self._map()

        def end(token: int) -> int:
            at = ends[token] - 1
            if tokens[token] == NUM:
                return numeral_ends[bisect_right(numerals, at) - 1]
            return at + shifts[bisect_right(starts, at) - 1] + 1

        at = ends[first] - len(tokens[first])
        start = at + shifts[bisect_right(starts, at) - 1]
        at = ends[numeral] - 1
        j = bisect_right(numerals, at) - 1
        if signed and numeral_full[j] >= 0:
            figure_start = numeral_full[j]  # the sign is inside the brackets
        else:
            figure_start = at + shifts[bisect_right(starts, at) - 1]
        return Match(start, end(last), figure_start, end(figure_last))

    def said_by(self, match: Match, speaker: str | None) -> bool:
        """Whether all of `match` lies in `speaker`'s turns (True without a speaker)."""
        return speaker is None or self._said_by(match, speaker)

    def _said_by(self, match: Match, speaker: str) -> bool:
        document = self.document
        wanted = normalize(speaker)[0].strip()
        first = document.turn_index(match.start)
        last = document.turn_index(match.end - 1)
        return all(document.turns[i].speaker == wanted for i in range(first, last + 1))


def resolve_anchors(document: Document, anchors: Sequence[Anchor]) -> list[Resolution]:
    """Resolve `anchors` against `document` (see AnchorIndex)."""
    return AnchorIndex(document).resolve(anchors)


def _quoted(text: str, width: int = 40) -> str:
    """Bracketed text for a one-line message: whitespace folded, cut short."""
    folded = " ".join(text.split())
    return repr("[" + (folded if len(folded) <= width else folded[:width] + "…") + "]")
