"""Periods guessed from the words of a sentence, in the ledger's notation.

======================================  ==================  =====================
words                                   period              e.g. (document year 2025)
======================================  ==================  =====================
in the first half (of the year / 2025)  YYYY-H1             2025-H1
in the second quarter, Q2               YYYY-Qn             2025-Q2
in the first five months                YYYY-01..MM         2025-01..05
in the first three quarters             YYYY-01..MM         2025-01..09
from January to May, January-May        YYYY-01..MM         2025-01..05
by / at / as of the end of June         YYYY-MM-DD          2025-06-30
as of late June, end-June               YYYY-MM-DD          2025-06-30
by mid-year                             YYYY-06-30          2025-06-30
by the end of last year / of 2024       YYYY-12-31          2024-12-31
by the end of this year                 YYYY-12-31          2025-12-31
in May (2025)                           YYYY-MM             2025-05
in 2024, by 2027                        YYYY                2024, 2027
last year / this year                   YYYY                2024 / 2025
so far, currently, now, to date         the document's date 2025-07-18
the four main groupings, a survey of    none (a structure, not a period's events)
60,000 households
over the prior 6 months (March release) YYYY-MM..YYYY-MM    2022-09..2023-02
over the past 12 months, the 12 months  YYYY-MM..YYYY-MM    2022-04..2023-03
ended in March
(63.3 percent) after "February 2020     YYYY-MM             2020-02
levels (": a comparison the text names
======================================  ==================  =====================

The *reference period* is what the document's title says it is about: the
first of its opening lines (not a sentence) that names a month and year ("THE
EMPLOYMENT SITUATION -- MARCH 2023"), a half or a quarter of a year ("... in
the first half of 2025"), or a year ("... RECORD CARGO IN 2024"). The
*document year* is the reference period's year, else the year of the first
full date in the opening lines ("Beijing | July 18, 2025"), else its most
frequent year. A period whose year is not stated and which would end after
the reference month (or, without one, after the document's date) is read in
the year before ("in November" in a March release, "the fourth quarter" in a
January release). Months counted back ("the prior 6 months") end at the
reference month, or at the document's date. Words that name
a reference period ("higher than the same period last year", "compared to the
end of last year") are not the figure's period and are skipped.

Which words apply, first found: period words right before a parenthesis, for
the figures in it ("February 2020 levels (63.3 percent)"); words naming a
structure ("the four main groupings": none); words right after the figure
("5.9% in the second quarter"); the last words before it in its clause; the
first after it in its clause (not past a compared figure: "4.7% following a
decrease of 6.4% in Q1 2014"); the last before it in its sentence; the first
after it; else the first words that frame a sentence in the nearest earlier
sentence of the same paragraph ("carried"). Without any, a figure takes the
period the title names ("titled"), except that a level a speaker states is as
of the day said; without a title, a level (a count, an amount, a share) is
read as of the document's date ("dated") and a rate of change in the
document's usual period — the period its sentences most often open with
("usual"); failing both, the period is `none`, a placeholder, and the draft
says so. The words and their readers are in `checks.draft.phrases`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from checks.draft.passages import Passages
from checks.draft.phrases import PHRASES, document_date, frequent_year, reference_period
from checks.numbers import NUMERAL

_REFERENCE = re.compile(
    r"(?:\bthan|\bcompared\s+(?:to|with)|\bfrom|\bover|\babove|\bbelow|\bversus|\bvs\.?|\bagainst|\brelative\s+to"
    r"|\bsince)"
    r"\s+(?:\S+\s+){0,3}$", re.I)
_TIMELESS_AFTER = re.compile(r"\s+(?:main|major|key|core|priority)\s+[a-z]+", re.I)
_TIMELESS_BEFORE = re.compile(r"\b(?:survey|sample)\s+of\s+(?:about\s+|around\s+|approximately\s+|some\s+)?$", re.I)
"""A count of a structure, not of a period's events: "four main industrial groupings", "a sample survey of
about 60,000 eligible households": period none."""
_PERCENT = re.compile(r"%|percent|per\s+cent", re.I)
_THE = re.compile(r"\b(?:the|all|its|their)\s+$", re.I)
_BEFORE_BRACKET = re.compile(r"\s*(?:levels?|values?|figures?)?\s*\($", re.I)
_PASSED = re.compile(r"\b(?:following|after|compared|from|than|versus|against|similar\s+to)\b", re.I)
"""Words between a figure and later period words that make them another figure's ("4.7% following a decrease
of 6.4% in Q1 2014")."""
_BINDS = re.compile(r"\s*(?:(?:year\s+on\s+year|yoy)\s*)?(?:in|for|during|over)?\s*", re.I)
"""What may stand between a figure and period words that belong to it alone ("5.9% in the Q2")."""


@dataclass(frozen=True)
class Period:
    """The period drafted for a figure, and how it was found."""

    value: str  # 2025-H1, 2025-01..05, 2025-06-30, none, ...
    words: str  # the words it was read from; "" for none
    how: str  # "stated" (its sentence), "carried" (an earlier one), "nearby", "titled", "dated", "usual", "none"

    def note(self) -> str:
        if self.how == "stated":
            return f'period from "{self.words}"'
        if self.how == "carried":
            return f'period carried from an earlier sentence ("{self.words}")'
        if self.how == "nearby":
            return (f'no period words before it in its paragraph: the period of the figure before it ("{self.words}"),'
                    " a guess")
        if self.how == "titled":
            return "no period words in its paragraph: the period the document's title names, a guess"
        if self.how == "usual":
            return "no period words in its paragraph: the document's usual period, a guess"
        if self.how == "dated":
            return "no period words in its paragraph: a level as of the document's date, a guess"
        return "no period words found: period none is a placeholder"


class PeriodReader:
    """Reads the period words of one document."""

    def __init__(self, text: str, passages: Passages):
        self.text = text
        self.passages = passages
        self.date = document_date(text)
        self.reference = reference_period(text)
        self.year = int(self.reference[:4]) if self.reference else (
            int(self.date[:4]) if self.date else frequent_year(text))
        month = re.fullmatch(r"\d{4}-(\d{2})", self.reference or "")
        self.last = self.reference if month else (self.date[:7] if self.date else None)  # the latest month spoken of
        self.compared_to = self.reference  # what "the previous quarter" is previous to
        self._found: dict[int, list[tuple[int, int, str, bool]]] = {}
        framing = Counter(value for index in range(len(passages.sentences))
                          for _, _, value, carried in self._phrases(index) if carried)
        self.usual = framing.most_common(1)[0][0] if framing else None
        if self.reference is None and self.usual is not None:  # "the previous quarter" of the usual one
            self.compared_to = self.usual
            self._found = {}

    def period(self, start: int, end: int, stock: bool = False, spoken: bool = False) -> Period:
        """The period of the figure at text[start:end]. Without period words, a figure
        takes the period the title names, but a `stock` (a level, not a rate of
        change) that is `spoken` (a speaker's turn of a transcript) is as of the
        day it was said, the document's date."""
        index = self.passages.sentence_index(start)
        compared = self._compared(start)
        if compared is not None:
            return compared
        structure = _TIMELESS_AFTER.match(self.text, end) and _THE.search(self.text, max(0, start - 8), start)
        timeless = structure or _TIMELESS_BEFORE.search(self.text, max(0, start - 40), start)
        if timeless and not _PERCENT.search(self.text, start, end):
            return Period("none", _squash(timeless.group()), "stated")
        phrases = self._phrases(index)
        clause = self.passages.clause(start)
        right_after = [p for p in phrases if end <= p[0] and _BINDS.fullmatch(self.text, end, p[0])]
        phrases = [p for p in phrases if not (p[1] <= start and self._of_a_compared_figure(p[0]))]
        own_before = [p for p in phrases if clause.start <= p[0] and p[1] <= start]
        after = [p for p in phrases if p[0] >= end and not self._passed(end, p[0], p[1])]
        own_after = [p for p in after if p[0] < clause.end]
        before = [p for p in phrases if p[1] <= start]
        for chosen in (right_after[:1], own_before[-1:], own_after[:1], before[-1:], after[:1]):
            if chosen:
                s, e, value, _ = chosen[0]
                return Period(value, _squash(self.text[s:e]), "stated")
        paragraph = self.passages.paragraph(start)
        while index > 0 and self.passages.sentences[index - 1].start >= paragraph.start:
            index -= 1
            framing = [p for p in self._phrases(index) if p[3] and not self._of_a_compared_figure(p[0])]
            if framing:
                s, e, value, _ = framing[0]
                return Period(value, _squash(self.text[s:e]), "carried")
        if self.reference and not (stock and spoken and self.date):
            return Period(self.reference, self.reference, "titled")
        if stock and self.date:
            return Period(self.date, self.date, "dated")
        if self.usual:
            return Period(self.usual, self.usual, "usual")
        return Period("none", "", "none")

    def _passed(self, end: int, phrase: int, phrase_end: int) -> bool:
        """Whether period words at `phrase` belong to another figure that stands, after a comparing
        word, between them and the figure ending at `end`, or in brackets right after them
        ("similar to the growth observed in March (+$1.03; +3.4%)")."""
        between = self.text[end:phrase]
        bracketed = re.match(r"\s*\(", self.text[phrase_end : phrase_end + 3]) is not None
        return bool(_PASSED.search(between) and (NUMERAL.search(between) or bracketed))

    def _of_a_compared_figure(self, phrase: int) -> bool:
        """Period words that end a comparison with a figure: "following a decrease of 6.4% [in Q1 2014]"."""
        before = self.text[max(self.passages.sentence(phrase).start, phrase - 50) : phrase]
        passed = list(_PASSED.finditer(before))
        return bool(passed) and NUMERAL.search(before, passed[-1].end()) is not None \
            and not re.search(r"[,;]", before[passed[-1].end():])

    def _compared(self, start: int) -> Period | None:
        """The period named right before a parenthesis, for the figures in it: "below
        their February 2020 levels (63.3 percent and 61.1 percent)", "in March (+3.4%)"."""
        sentence = self.passages.sentence(start)
        opening = self.text.rfind("(", sentence.start, start)
        if opening < 0 or ")" in self.text[opening:start]:
            return None
        for s, e, value, _ in self._scan(max(sentence.start, opening - 60), opening, compared=True):
            if _BEFORE_BRACKET.fullmatch(self.text, e, opening + 1):
                return Period(value, _squash(self.text[s:e]), "stated")
        return None

    def _phrases(self, index: int) -> list[tuple[int, int, str, bool]]:
        """(start, end, period, frames later sentences) of one sentence's period words."""
        if index not in self._found:
            sentence = self.passages.sentences[index] if self.passages.sentences else None
            self._found[index] = self._scan(sentence.start, sentence.end) if sentence else []
        return self._found[index]

    def _scan(self, start: int, end: int, compared: bool = False) -> list[tuple[int, int, str, bool]]:
        """Period words in text[start:end]; those naming a comparison ("than in 2024") only if `compared`."""
        found = []
        for pattern, reader, frames in PHRASES:
            for match in pattern.finditer(self.text, start, end):
                if any(s < match.end() and match.start() < e for s, e, _, _ in found):
                    continue
                named = _REFERENCE.search(self.text, max(start, match.start() - 32), match.start())
                hedge = named is not None and named.group().split()[0].lower() in ("over", "above", "below")
                if not compared and named and (hedge or not NUMERAL.search(self.text, named.start(), match.start())):
                    continue  # "than the same period last year"; but "compared with £6.8 billion in June 2013"
                value = reader(match, self)
                if value is not None:
                    found.append((match.start(), match.end(), value, frames))
        return sorted(found)

def _squash(words: str) -> str:
    return " ".join(words.split())


