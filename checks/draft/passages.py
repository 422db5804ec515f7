"""Where a figure sits: its paragraph, its sentence and its clause.

Paragraphs are runs of non-blank lines (a hard-wrapped paragraph is one
paragraph). Sentences end at ". ", "! " or "? " (or the end of the paragraph),
except after abbreviations such as "Mr.", "No." or "p.m." and inside numbers.
Clauses are cut at commas, semicolons, colons and dashes, and before
"while" / "whereas": "sales reached 15.653 million units, up 11.4% year on
year" is two clauses, the second one a modifier of the first figure.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
_ABBREVIATIONS = (
    "mr ms mrs dr prof st jr sr no nos vs etc inc ltd co corp dept govt approx est fig figs vol art sec "
    "jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m e.g i.e u.s u.k u.n"
).split()
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + r")$", re.I)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9]|\s*$)|[。！？]+[”’」』）]*")
_ITEM = re.compile(r"\n(?=[ \t]*(?:[-•*▪][ \t]|[A-Z][A-Za-z]*(?:[ \t][A-Za-z]+){0,2}(?:[ \t]\d{1,2})?:[ \t]))")
_CLAUSE_BREAK = re.compile(r"\s*(?:(?<!\d),|,(?!\d)|[;:，；：、]|\s[—–-]\s|—|\s(?=(?:while|whereas)\s))\s*")


def _items(text: str, start: int, end: int) -> list[Span]:
    """A paragraph cut before each line that opens an item of its own: a bullet ("- ", "• ") or a
    label ("Headline 2: ", "Summary: "); a list's items frame no period for each other."""
    cuts = [start] + [m.start() + 1 for m in _ITEM.finditer(text, start, end)] + [end]
    return [Span(a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]


@dataclass(frozen=True)
class Span:
    """Offsets of a passage of the text."""

    start: int
    end: int

    def __contains__(self, offset: int) -> bool:
        return self.start <= offset < self.end


class Passages:
    """Paragraphs, sentences and clauses of one text, looked up by offset."""

    def __init__(self, text: str):
        self.text = text
        self.paragraphs = [part for m in _PARAGRAPH.finditer(text) for part in _items(text, m.start(), m.end())]
        self.sentences: list[Span] = []
        for paragraph in self.paragraphs:
            self.sentences.extend(_sentences(text, paragraph))
        self._paragraph_starts = [p.start for p in self.paragraphs]
        self._sentence_starts = [s.start for s in self.sentences]

    def paragraph_index(self, offset: int) -> int:
        return max(bisect_right(self._paragraph_starts, offset) - 1, 0)

    def paragraph(self, offset: int) -> Span:
        return self.paragraphs[self.paragraph_index(offset)] if self.paragraphs else Span(0, len(self.text))

    def sentence_index(self, offset: int) -> int:
        return max(bisect_right(self._sentence_starts, offset) - 1, 0)

    def sentence(self, offset: int) -> Span:
        return self.sentences[self.sentence_index(offset)] if self.sentences else Span(0, len(self.text))

    def clauses(self, sentence: Span) -> list[Span]:
        """The clauses of a sentence, in order (separators excluded)."""
        found, done = [], sentence.start
        for cut in _CLAUSE_BREAK.finditer(self.text, sentence.start, sentence.end):
            if cut.start() > done:
                found.append(Span(done, cut.start()))
            done = max(done, cut.end())
        if done < sentence.end:
            found.append(Span(done, sentence.end))
        return found

    def clause(self, offset: int) -> Span:
        sentence = self.sentence(offset)
        for clause in self.clauses(sentence):
            if clause.start <= offset < clause.end:
                return clause
        return sentence

    def line_start(self, offset: int) -> int:
        return self.text.rfind("\n", 0, offset) + 1


def _sentences(text: str, paragraph: Span) -> list[Span]:
    found, begin = [], paragraph.start
    for end in _SENTENCE_END.finditer(text, paragraph.start, paragraph.end):
        before = text[max(begin, end.start() - 12) : end.start()]
        if _ABBREVIATION.search(before) or re.search(r"\b[A-Z]$", before):
            continue  # "Mr. Xie", "No. 5", "p.m. July", "J. Smith"
        found.append(Span(begin, end.end()))
        begin = end.end()
        while begin < paragraph.end and text[begin].isspace():
            begin += 1
    if begin < paragraph.end:
        found.append(Span(begin, paragraph.end))
    return found
