"""Reading candidates: every numeral of the document, a figure to claim or a number to ignore.

Each numeral `checks.numbers.find_numbers` reads is a *candidate*. It is a
figure to claim unless one of the rules below recognises it as something else;
the first rule that fires names the reason, and the words it fired on (the
*span*) become the ignore entry's pattern. The rules, in order:

==============  ==========================================================
code            "USDL 20-0046"; address: "www.ons.gov.uk/q2-2014" (`checks.draft.codes`)
identifier      glued to letters: "5G", "AG600", "AS700D", "COVID-19"
phone           "(202) 691-6378"; long digits; code: "0046" (`checks.draft.codes`)
reference       after "No.", "Table", "page", "note", "#", ...; "(1)", "(25.5 Kb)"
list marker     "1." / "2)" / "(3)" opening a line, "/5" gallery captions
date            "July 18, 2025", "JULY 29, 2011", "2025-07-18", "3 and 21 March",
                "Q2 2014", "2025年7月18日", "6月底", "1-5月"
time            "3 p.m.", "10:30"
year            1900..2100 after "in", "by", "of", "since", "quarter", ... or in "(2025-2027)",
                before "through", or before a singular noun ("2010 based weights")
period          "the first five months", "first two quarters", "over the prior 6 months",
                "the 12 months ended in December", "the most recent 3 years"
definition      a duration, an age or a size that defines a group: "(jobless for 27 weeks or more)",
                "aged 25 to 54", "retailers employing 100 people or more"
document part   counts the document's own parts: "two monthly surveys", "three tables"
compound        a hyphenated modifier: "10-gigabit", "Five-Year Plan" (a percent,
                "a 0.4-percent decrease", is a figure)
quoted name     inside a short quotation: "618", "100 Events for 10,000 Enterprises"
the word one    "one of", "one city, one policy": rarely a figure
discourse       a number word counting the speaker's own points, when the next
                sentence starts "First": "there are three features."
==============  ==========================================================

Everything else (percentages, amounts, counts, number words) is a figure to claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.draft.codes import LATIN, address, code, footnote, leading_zero, long_digits, phone, token
from checks.draft.passages import Passages, Span
from checks.numbers import Figure, find_numbers

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_DATES = [
    re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b"),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?\b"),
    re.compile(rf"\b{_MONTH}\s+\d{{4}}\b"),
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"),
    re.compile(r"\b(?:Q[1-4]|H[12])\s*\d{4}\b|\b\d{4}\s*(?:Q[1-4]|H[12])\b"),
    re.compile(rf"\b\d{{1,2}}\s*(?:-|–|to|and)\s*\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?\b"),
    re.compile(rf"\b{_MONTH}\s+\d{{1,2}}\s*(?:-|–|to|and)\s*\d{{1,2}}(?:,?\s+\d{{4}})?\b"),
    re.compile(r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|\d{1,2}\s*[-—–～~至到]\s*\d{1,2}月"
               r"|\d{1,2}月(?:末|底|份|中旬|上旬|下旬)?"),
]
_TIME = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b", re.I)
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|by|of|for|since|from|until|till|to|through|before|after|during|year|fiscal|FY|early|late|mid"
    r"|quarter|half)|[(\-–—/])\s*$", re.I)
_YEAR_AFTER = re.compile(r"^\s*(?:[-–—/):]|and\s+\d{4}|to\s+\d{4}|(?i:through|thru|until)\b)")
_REFERENCE = re.compile(
    r"(?:\b(?:No|Nos|Art|Article|Section|Sec|Chapter|Table|Figure|Fig|Page|p|pp|Item|Part|Annex|Appendix|Rule"
    r"|Decree|Order|Question|Q|Phase|Stage|Line|Round|Version|Room|Gate|Berth|Terminal|Platform|Route"
    r"|Note|Notes|Footnote|Level|Headline|Box|Chart|Map)\.?|#)\s*$",
    re.I)
_LIST_MARKER = re.compile(r"^\s*(?:\(\s*)?$")
_AGES = re.compile(r"\bag(?:ed|es?)\s+(?:\d{1,3}\s*(?:to|-|–|and)\s*)?$", re.I)
_LIST_AFTER = re.compile(r"^(?:[.)]\s|\s*\))")
_PERIOD_PHRASE = re.compile(r"\b(?:first|last|past|next|prior|previous|preceding|most\s+recent)\s+$", re.I)
_PERIOD_ENDED = re.compile(r"\s+months?\s+end(?:ed|ing)\b", re.I)
_DEFINITION = re.compile(
    r"(?:\s+(?:weeks?|months?|years?|days?|hours?|people|persons|employees|workers)(?:\s+(?:old|of\s+age))?)?"
    r"\s+(?:or|and)\s+(?:more|over|older|longer|less|under|younger|fewer|above|below)\b", re.I)
_PARTS = re.compile(r"\s+(?:(?:monthly|quarterly|annual|separate|different|main)\s+)?"
                    r"(?:surveys|tables|charts|sections|chapters|annexes|appendices|parts)\b", re.I)
_PERIOD_UNIT = re.compile(r"\s+(?:months?|quarters?|weeks?)\b", re.I)
_POINTS_NOUN = re.compile(r"\s+(?:(?:major|key|main|important|new|basic)\s+)?[a-z-]+")
_DISCOURSE_NEXT = re.compile(r"\s*(?:First(?:ly)?|First of all|The first)\b")
_QUOTES = "\"“”"

REASONS = {
    "identifier": "part of a name or code, not a figure",
    "phone": "a telephone number, not a figure",
    "address": "part of an e-mail or web address, not a figure",
    "code": "part of a code or identifier, not a figure",
    "long digits": "a long run of digits: an identifier, not a figure",
    "reference": "a reference number (No., Article, Table, page), not a figure",
    "list marker": "list, section or picture numbering, not a figure",
    "date": "a date, not a figure",
    "time": "a time of day, not a figure",
    "year": "a year, not a figure",
    "period": "names a period (the first five months), not a figure",
    "definition": "a duration or an age that defines a group (27 weeks or more), not a figure",
    "document part": "counts the document's own parts (two surveys), not a figure",
    "compound": "part of a hyphenated modifier or a name (10-gigabit, Five-Year Plan), not a figure",
    "quoted name": "part of a quoted name, not a figure",
    "the word one": "the word one (one of, a pronoun), rarely a figure",
    "discourse": "counts the speaker's own points (the next sentence starts First), not a figure",
}
"""Why a number is not a figure, by the rule that recognised it."""


@dataclass(frozen=True)
class Candidate:
    """One numeral: a figure to claim (`reason` None) or a number to ignore."""

    figure: Figure
    reason: str | None = None
    rule: str | None = None
    span: Span | None = None  # the words the ignore rule fired on

    @property
    def claimed(self) -> bool:
        return self.reason is None


def read_candidates(text: str, passages: Passages) -> list[Candidate]:
    """Every numeral of `text`, in order, classified."""
    return [classify(text, passages, figure) for figure in find_numbers(text)]


def classify(text: str, passages: Passages, figure: Figure) -> Candidate:
    for rule in _RULES:
        found = rule(text, passages, figure)
        if found is not None:
            name, span = found
            return Candidate(figure, REASONS[name], name, span)
    return Candidate(figure)


def _identifier(text, passages, figure):
    before = text[figure.number_start - 1] if figure.number_start else " "
    after = text[figure.number_end] if figure.number_end < len(text) else " "
    glued_after = LATIN.match(after) and figure.end == figure.number_end
    if LATIN.match(before) or glued_after or (before == "-" and figure.number_start > 1
                                                and LATIN.match(text[figure.number_start - 2])):
        return "identifier", token(text, figure.number_start, figure.number_end)
    return None


def _reference(text, passages, figure):
    match = _REFERENCE.search(text, max(0, figure.number_start - 12), figure.number_start)
    if match is not None and figure.unit == "count" and figure.qualifier is None:
        return "reference", Span(match.start(), figure.number_end)
    return None


def _list_marker(text, passages, figure):
    line = passages.line_start(figure.number_start)
    head = text[line:figure.number_start]
    if figure.unit != "count":
        return None
    if head.strip() == "/":
        return "list marker", Span(line + head.index("/"), figure.number_end)
    if _LIST_MARKER.match(head) and _LIST_AFTER.match(text[figure.number_end:figure.number_end + 3]):
        return "list marker", Span(line + len(head) - len(head.lstrip()), figure.number_end + 1)
    return None


def _date(text, passages, figure):
    window = (max(0, figure.number_start - 24), min(len(text), figure.number_end + 24))
    spans = [Span(m.start(), m.end()) for pattern in _DATES for m in pattern.finditer(text, *window)
             if m.start() <= figure.number_start and figure.number_end <= m.end()]
    return ("date", max(spans, key=lambda s: s.end - s.start)) if spans else None


def _time(text, passages, figure):
    for match in _TIME.finditer(text, max(0, figure.number_start - 6), min(len(text), figure.number_end + 8)):
        if match.start() <= figure.number_start < match.end():
            return "time", Span(match.start(), match.end())
    return None


def _year(text, passages, figure):
    numeral = figure.numeral
    if not (numeral.isdigit() and len(numeral) == 4 and 1900 <= int(numeral) <= 2100):
        return None
    if figure.unit != "count" or figure.qualifier is not None:
        return None
    before = text[max(0, figure.number_start - 12) : figure.number_start]
    after = text[figure.number_end : figure.number_end + 10]
    line = passages.line_start(figure.number_start)
    title = line == 0  # the document's first line is its title
    names = re.match(r"\s*[a-z][a-z-]*[a-rt-z]\b", after)  # "2010 classification", "2010 based weights"
    if _YEAR_BEFORE.search(before) or _YEAR_AFTER.match(after) or title or names \
            or re.match(r"^\s*[,.;]?\s*(?:$|\n)", after):
        return "year", Span(figure.number_start, figure.number_end)
    return None


def _period(text, passages, figure):
    before = text[max(0, figure.start - 12) : figure.start]
    ended = _PERIOD_ENDED.match(text, figure.number_end)
    if ended and re.search(r"\bthe\s+$", before, re.I):
        return "period", Span(figure.start - 4, ended.end())
    window = figure.unit == "years" and re.search(r"\bmost\s+recent\s+$", before, re.I)  # a revision's window
    if _PERIOD_PHRASE.search(before) and (_PERIOD_UNIT.match(text, figure.number_end) or figure.unit == "months"
                                          or window):
        phrase = _PERIOD_PHRASE.search(before)
        start = figure.start - len(before) + phrase.start()
        end = figure.end if figure.unit in ("months", "years") else _PERIOD_UNIT.match(text, figure.number_end).end()
        return "period", Span(start, end)
    return None


def _definition(text, passages, figure):
    if figure.unit in ("percent", "pp") or figure.scale is not None:
        return None
    if _AGES.search(text, max(0, figure.number_start - 16), figure.number_start):
        return "definition", Span(figure.number_start, figure.number_end)
    found = _DEFINITION.match(text, figure.number_end)
    return ("definition", Span(figure.number_start, found.end())) if found else None


def _document_part(text, passages, figure):
    if not figure.numeral[:1].isalpha() or figure.unit != "count" or figure.value > 10:
        return None
    found = _PARTS.match(text, figure.number_end)
    return ("document part", Span(figure.number_start, found.end())) if found else None


def _compound(text, passages, figure):
    hyphened = re.match(r"-[A-Za-z]", text[figure.number_end : figure.number_end + 2])
    adjective = figure.end > figure.number_end and figure.unit in ("percent", "pp")  # "a 0.4-percent rise"
    if hyphened and not adjective and figure.unit not in ("times",) and figure.qualifier is None:
        span = token(text, figure.number_start, figure.number_end)
        follower = re.match(r"\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*", text[span.end : span.end + 40])
        capital = text[span.start:span.end].split("-")[-1][:1].isupper()
        if capital and follower:
            span = Span(span.start, span.end + follower.end())
        return "compound", span
    return None


def _quoted_name(text, passages, figure):
    line = passages.line_start(figure.number_start)
    line_end = text.find("\n", figure.number_end)
    line_end = len(text) if line_end < 0 else line_end
    opening = max(text.rfind(q, line, figure.number_start) for q in _QUOTES)
    if opening < 0 or text[opening] == "”":
        return None
    if text[opening] == '"' and text.count('"', line, opening) % 2:
        return None  # that straight quote closes an earlier quotation
    closing = min((i for i in (text.find(q, figure.number_end, line_end) for q in _QUOTES) if i >= 0), default=-1)
    if closing < 0:
        return None
    inside = text[opening + 1 : closing]
    if len(inside.split()) > 8 or re.search(r"[.!?]\s", inside):
        return None
    return "quoted name", Span(opening, closing + 1)


def _the_word_one(text, passages, figure):
    if figure.numeral.lower() == "one" and figure.unit == "count" and figure.scale is None:
        follower = re.match(r"\s+\w+", text[figure.number_end : figure.number_end + 30])
        end = figure.number_end + (follower.end() if follower else 0)
        return "the word one", Span(figure.number_start, end)
    return None


def _discourse(text, passages, figure):
    if not figure.numeral[:1].isalpha() or figure.unit != "count" or figure.value > 10:
        return None
    sentence = passages.sentence(figure.number_start)
    index = passages.sentences.index(sentence)
    if index + 1 >= len(passages.sentences):
        return None
    following = passages.sentences[index + 1]
    if not _DISCOURSE_NEXT.match(text, following.start):
        return None
    noun = _POINTS_NOUN.match(text, figure.number_end, figure.number_end + 40)
    end = noun.end() if noun else figure.number_end
    return "discourse", Span(figure.number_start, end)


_RULES = (
    code,
    address,
    _identifier,
    phone,
    long_digits,
    leading_zero,
    _reference,
    footnote,
    _list_marker,
    _date,
    _time,
    _year,
    _period,
    _definition,
    _document_part,
    _compound,
    _quoted_name,
    _the_word_one,
    _discourse,
)
