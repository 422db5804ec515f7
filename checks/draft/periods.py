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

Which words apply, first found: words right after the figure ("5.9% in the
second quarter"); the last words before it in its clause; the first after it
in its clause; the last before it in its sentence; the first after it; else
the first words that frame a sentence in the nearest earlier sentence of the
same paragraph ("carried"). Without any, a level (a count, an amount, a share)
is read as of the document's date ("dated") and a rate of change in the
document's usual period — the period its sentences most often open with
("usual"); failing both, the period is `none`, a placeholder, and the draft
says so.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass

from checks.draft.passages import Passages
from checks.numbers import NUMERAL

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_COUNT = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_OF_YEAR = r"(?:\s+of\s+(?:the\s+year|this\s+year|(?P<of>\d{4})))?"
_REFERENCE = re.compile(
    r"(?:\bthan|\bcompared\s+(?:to|with)|\bfrom|\bover|\babove|\bbelow|\bversus|\bvs\.?|\bagainst|\brelative\s+to"
    r"|\bsince)"
    r"\s+(?:\S+\s+){0,3}$", re.I)
_FULL_DATE = re.compile(rf"{_MONTH}\s+(\d{{1,2}}),\s+(\d{{4}})|(\d{{1,2}})\s+{_MONTH}\s+(\d{{4}})"
                        rf"|(\d{{4}})(?:-|年)(\d{{1,2}})(?:-|月)(\d{{1,2}})", re.I)
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d|2100)(?!\d)")
_TITLE_PERIODS = [  # (pattern, how to write what it found), most telling first
    (re.compile(rf"(?i:(?<![\d,] ){_MONTH})\s+(\d{{4}})(?![\d,])", re.I),
     lambda m: f"{m.group(2)}-{_MONTHS.index(m.group(1).lower()) + 1:02d}"),
    (re.compile(r"\b(first|second)\s+half\s+(?:of\s+)?(\d{4})\b", re.I),
     lambda m: f"{m.group(2)}-H{_ORDINAL[m.group(1).lower()]}"),
    (re.compile(r"\b(first|second|third|fourth)\s+quarter\s+(?:of\s+)?(\d{4})\b", re.I),
     lambda m: f"{m.group(2)}-Q{_ORDINAL[m.group(1).lower()]}"),
    (re.compile(r"\b(?:in|for|of|year)\s+((?:19|20)\d\d)\b(?![-–/]\d)|[-–—:]\s*((?:19|20)\d\d)\s*$", re.I),
     lambda m: m.group(1) or m.group(2)),
]
_TITLE_LINES = 15  # the opening lines that may hold a title
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
        self.date = _document_date(text)
        self.reference = _reference_period(text)
        self.year = int(self.reference[:4]) if self.reference else (
            int(self.date[:4]) if self.date else _frequent_year(text))
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
        for pattern, reader, frames in _PHRASES:
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


def _document_date(text: str) -> str | None:
    match = _FULL_DATE.search(text, 0, 2000)
    if match is None:
        return None
    if match.group(1):
        month, day, year = _MONTHS.index(match.group(1).lower()) + 1, int(match.group(2)), int(match.group(3))
    elif match.group(4):
        day, month, year = int(match.group(4)), _MONTHS.index(match.group(5).lower()) + 1, int(match.group(6))
    else:
        year, month, day = int(match.group(7)), int(match.group(8)), int(match.group(9))
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _reference_period(text: str) -> str | None:
    """The period the document's title names, or None (see the module's docstring)."""
    lines = [line.strip() for line in text[:3000].splitlines() if line.strip()][:_TITLE_LINES]
    titles = [line for line in lines if len(line) <= 120 and not line.endswith((".", ",", ";"))]
    for pattern, write in _TITLE_PERIODS:
        for line in titles:
            found = pattern.search(line)
            if found is not None:
                return write(found)
    return None


def _frequent_year(text: str) -> int | None:
    years = Counter(_YEAR.findall(text))
    return int(years.most_common(1)[0][0]) if years else None


def _month(name: str) -> int:
    """A month by its English name, its number, or 一 (January in 一至五月)."""
    if name.isdigit():
        return int(name)
    return 1 if name == "一" else _MONTHS.index(name.lower()) + 1


def _year_of(match: re.Match, reader: PeriodReader, group: str = "of", last_month: int = 0) -> int | None:
    """The stated year, else the document year -- or the year before, when the
    period would end after the document's date (a January release on "the
    fourth quarter" speaks of last year's)."""
    stated = match.groupdict().get(group)
    if stated:
        return int(stated)
    if reader.year and reader.last and last_month and f"{reader.year}-{last_month:02d}" > reader.last:
        return reader.year - 1
    return reader.year


def _end_of_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "上": 1, "下": 2, "一": 1, "二": 2, "三": 3, "四": 4}


def _half(match, reader):
    half = _ORDINAL[match.group("which").lower()]
    year = _year_of(match, reader, last_month=6 * half)
    return f"{year}-H{half}" if year else None


def _quarter(match, reader):
    groups = match.groupdict()
    which = (groups.get("which") or groups.get("q")).lower()
    number = _ORDINAL.get(which) or int(which[-1])
    year = groups.get("y") or _year_of(match, reader, last_month=3 * number)
    return f"{year}-Q{number}" if year else None


def _first_months(match, reader):
    count = match.group("n").lower()
    months = _COUNT.get(count) or (int(count) if count.isdigit() else 0)
    year = _year_of(match, reader, last_month=months)
    if not year or not 1 <= months <= 12:
        return None
    return f"{year}-01..{months:02d}" if months > 1 else f"{year}-01"


def _first_quarters(match, reader):
    months = 3 * _COUNT[match.group("n").lower()]
    year = _year_of(match, reader, last_month=months)
    return f"{year}-01..{months:02d}" if year else None


def _months_span(match, reader):
    first, last = _month(match.group("from")), _month(match.group("to"))
    year = _year_of(match, reader, last_month=last)
    return f"{year}-{first:02d}..{last:02d}" if year and first < last else None


def _end_of(match, reader):
    groups = match.groupdict()
    month = _month(groups.get("m") or groups.get("m2") or groups.get("m3"))
    year = _year_of(match, reader, last_month=month)
    return _end_of_month(year, month) if year else None


def _mid_year(match, reader):
    return f"{reader.year}-06-30" if reader.year else None


def _end_of_year(match, reader):
    which = match.group("which").lower()
    if which.isdigit():
        return f"{which}-12-31"
    if not reader.year:
        return None
    return f"{reader.year - 1 if which.startswith('last') else reader.year}-12-31"


def _in_month(match, reader):
    month = _month(match.group("m"))
    year = _year_of(match, reader, last_month=month)
    return f"{year}-{month:02d}" if year else None


def _in_year(match, reader):
    return match.group("y")


def _relative_year(match, reader):
    if not reader.year:
        return None
    return str(reader.year - 1 if match.group("which").lower() == "last" else reader.year)


def _now(match, reader):
    return reader.date


def _previous(match, reader):
    """ "in the previous quarter" of a quarterly release, "the previous month" of a monthly one."""
    reference = reader.compared_to or ""
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", reference)
    month = re.fullmatch(r"(\d{4})-(\d{2})", reference)
    if match.group("unit").lower() == "quarter" and quarter:
        year, number = int(quarter.group(1)), int(quarter.group(2)) - 1
        return f"{year - 1}-Q4" if number == 0 else f"{year}-Q{number}"
    if match.group("unit").lower() == "month" and month:
        year, number = int(month.group(1)), int(month.group(2)) - 1
        return f"{year - 1}-12" if number == 0 else f"{year}-{number:02d}"
    return None


def _months_back(match, reader):
    """The `n` months before the reference month ("prior"), or up to it ("past")."""
    count = match.group("n").lower()
    months = _COUNT.get(count) or (int(count) if count.isdigit() else 0)
    ended = match.group("m")
    if not ended and not match.group("which"):
        return None  # "the 6 months": which ones is not said
    if ended:
        year = int(match.group("of")) if match.group("of") else _year_of(match, reader, last_month=_month(ended))
        last = f"{year}-{_month(ended):02d}" if year else None
    else:
        last = reader.last
    if not last or not 1 <= months <= 24:
        return None
    year, month = int(last[:4]), int(last[5:7])
    end = year * 12 + month - 1 - (1 if match.group("which") and match.group("which").lower() in _BEFORE else 0)
    begin = end - months + 1
    (y1, m1), (y2, m2) = divmod(begin, 12), divmod(end, 12)
    if months == 1:
        return f"{y2}-{m2 + 1:02d}"
    return f"{y1}-{m1 + 1:02d}..{m2 + 1:02d}" if y1 == y2 else f"{y1}-{m1 + 1:02d}..{y2}-{m2 + 1:02d}"


_BEFORE = ("prior", "previous", "preceding")


_M = _MONTH[1:-1]  # the month names, without the group
_BY = r"(?i:by|at|as\s+of|until|till|to)"
_N = r"two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}"
_PHRASES = [  # (words, reader, whether the words frame the sentences after them)
    (re.compile(rf"\b(?:the\s+)?(?P<which>first|second)\s+half{_OF_YEAR}", re.I), _half, True),
    (re.compile(rf"\b(?:the\s+)?(?P<which>first|second|third|fourth)\s+quarter{_OF_YEAR}"
                rf"|\b(?P<q>Q[1-4])(?:\s+(?P<y>\d{{4}}))?\b", re.I),
     _quarter, True),
    (re.compile(rf"\b(?:the\s+)?first\s+(?P<n>{_N})\s+months{_OF_YEAR}", re.I), _first_months, True),
    (re.compile(rf"\b(?:the\s+)?first\s+(?P<n>two|three)\s+quarters{_OF_YEAR}", re.I), _first_quarters, True),
    (re.compile(rf"\b(?:(?i:from)\s+)?(?P<from>{_M.replace('|December', '')})\s*(?:to|through|until|-|–)\s*"
                rf"(?P<to>{_M})(?:\s+(?P<of>\d{{4}}))?"), _months_span, True),
    (re.compile(rf"\b{_BY}\s+(?:the\s+)?(?:end|close)\s+of\s+(?P<m>{_M})(?:\s+(?P<of>\d{{4}}))?"
                rf"|\b(?i:end)-(?P<m2>{_M})|\b(?i:as\s+of\s+(?:late|mid-?))\s*(?P<m3>{_M})"), _end_of, True),
    (re.compile(r"\bby\s+mid-?year\b|\bby\s+the\s+middle\s+of\s+the\s+year\b", re.I), _mid_year, True),
    (re.compile(r"\b(?:by|at|as\s+of)\s+(?:the\s+)?end\s+of\s+(?P<which>last\s+year|this\s+year|the\s+year|\d{4})\b",
                re.I), _end_of_year, False),
    (re.compile(rf"\b(?i:in|during|for)\s+(?P<m>{_M})(?:\s+(?P<of>\d{{4}}))?\b(?!\s+\d{{1,2}}\b)"), _in_month, True),
    (re.compile(rf"\b(?P<m>{_M})\s+(?P<of>\d{{4}})\b"), _in_month, False),
    (re.compile(r"\b(?P<y>(?:19|20)\d\d)[- ]based\b"), _in_year, False),
    (re.compile(r"\b(?:in|for|during|of)\s+(?:the\s+year\s+)?(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)", re.I), _in_year, True),
    (re.compile(r"\bby\s+(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)", re.I), _in_year, False),
    (re.compile(r"\b(?P<which>last|this)\s+year\b", re.I), _relative_year, False),
    (re.compile(rf"\b(?:(?:over|in|during|for)\s+)?the\s+(?:(?P<which>prior|previous|preceding|past|last)\s+)?"
                rf"(?P<n>{_N})\s+months\b(?:\s+end(?:ed|ing)(?:\s+in)?\s+(?P<m>{_M})(?:\s+(?P<of>\d{{4}}))?)?",
                re.I), _months_back, False),
    (re.compile(r"\b(?:in|for|during|over)\s+the\s+(?:previous|preceding)\s+(?P<unit>quarter|month)\b", re.I),
     _previous, False),
    (re.compile(r"\b(?:so\s+far|currently|by\s+far|to\s+date|at\s+present|as\s+of\s+now|now)\b", re.I), _now, False),
    # Chinese: 上半年, 二季度, 1-5月, 截至6月底
    (re.compile(r"(?P<which>上|下)半年"), _half, True),
    (re.compile(r"(?P<which>[一二三四])季度"), _quarter, True),
    (re.compile(r"(?P<from>1|一)\s*[-—–～~至到]\s*(?P<to>1[0-2]|[2-9])月份?"), _months_span, True),
    (re.compile(r"(?:截至)?(?P<m>1[0-2]|[1-9])月(?:末|底)"), _end_of, True),
]
