"""figure-unit: a unit or scale word doubled or missing; percentage-point: agreement.

figure-unit reports
  - a unit said twice: "6.4% percent", "percent %", "$5 dollars", "RMB 5 yuan",
    two different scale words ("3 billion million");
  - a unit missing: a later figure of a list that drops the unit the earlier
    ones carry ("22%, 30 and 25%", "35.6% and 25.5, respectively"), a decimal
    growth figure without its unit ("rose 6.4 year on year"), "percentage"
    without "points", and a decimal count without its scale word ("6.968 units").
  A unit given once for a whole list ("22, 30 and 25%") is a style, not a defect.

percentage-point reports "point"/"points" against its number: plural after any
number but 1 ("3.4 percentage points higher"), singular after 1 and in a
compound modifier ("a 0.9 percentage point increase"). Below 1 both are in use
(AP writes "0.5 percentage point"); a document that mixes them is reported.
"percent points" is reported too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from checks.findings import Severity
from checks.lint.registry import Hit, rule
from checks.lint.words import FUNCTION_WORDS, MEASURE_NOUNS

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_S = "[ \u00a0]"  # a space, breaking or not
_SCALE = "million|billion|trillion"
_MONEY = rf"(?:{_NUM})(?P<keep>(?:{_S}(?:{_SCALE}))?)"
_DOUBLED = [
    (re.compile(rf"(?<=\d)(?P<keep>{_S}?%)(?P<extra>{_S}*(?:percent|per cent)\b)", re.I), "percent twice"),
    (re.compile(r"(?<=\d)(?P<keep>%)(?P<extra>%+)"), "percent sign twice"),
    (re.compile(rf"(?<=\d)(?P<keep>{_S}?(?:percent|per cent))(?P<extra>{_S}*%)", re.I), "percent twice"),
    (re.compile(rf"(?<=\d)(?P<keep>{_S}(?:{_SCALE}))(?P<extra>{_S}+(?:{_SCALE}))\b", re.I), "two scale words"),
    (re.compile(rf"\${_S}?{_MONEY}(?P<extra>{_S}(?:US{_S})?dollars?)\b"), "currency twice"),
    (re.compile(rf"(?:[¥￥]|\bRMB|\bCNY){_S}?{_MONEY}(?P<extra>{_S}yuan)\b"), "currency twice"),
    (re.compile(rf"€{_S}?{_MONEY}(?P<extra>{_S}euros?)\b"), "currency twice"),
]
_LIST_UNIT = rf"{_S}?%|{_S}(?:percent|per cent|percentage points?|{_SCALE})\b"
_ITEM = re.compile(rf"(?<![\w.,])(?P<num>{_NUM})(?P<unit>{_LIST_UNIT})?(?![\w%])", re.I)
_JOIN = re.compile(rf",{_S}*(?:(?:and|or){_S}+)?|{_S}+(?:and|or|to){_S}+")
_LIST_END = re.compile(rf"{_S}*(?:[,.;:)]|\Z|and\b|or\b|respectively\b|year[- ]on[- ]year\b)", re.I)
_ON = r"(?:year|month|quarter)[- ]on[- ](?:year|month|quarter)\b"
_BARE_GROWTH = re.compile(rf"(?<![\w.,%])(?P<num>\d+\.\d+)(?={_S}+{_ON})")
_PERCENTAGE_ALONE = re.compile(rf"(?<![\w.,])(?:{_NUM}){_S}+(?P<word>percentage)\b(?![ \u00a0-]+points?\b)", re.I)
_COUNT_NOUNS = (
    "units|vehicles|cars|enterprises|companies|firms|people|persons|users|subscribers|tourists|visitors|"
    "households|projects|stations|devices|developers|workers|jobs|contracts|apps|villages|outlets|websites"
)
_DECIMAL_COUNT = re.compile(rf"(?<![\w.,])(?P<num>\d+\.\d+){_S}+(?P<noun>{_COUNT_NOUNS})\b(?!{_S}+per\b)", re.I)


@rule("figure-unit", severity=Severity.ERROR, summary="a unit or scale word doubled or missing")
def unit_problems(text: str, config) -> Iterator[Hit]:
    seen: set[tuple[int, int]] = set()
    for hit in _unit_hits(text):
        if (hit.start, hit.end) not in seen:
            seen.add((hit.start, hit.end))
            yield hit


def _unit_hits(text: str) -> Iterator[Hit]:
    for pattern, what in _DOUBLED:
        for m in pattern.finditer(text):
            if what == "two scale words" and m.group("keep").strip().lower() == m.group("extra").strip().lower():
                continue  # "million million" is a repeated word: repeated-words reports it
            start, end = m.start("extra"), m.end("extra")
            yield Hit("figure-unit", start, end, text[start:end], "",
                      f"{what}: delete \"{text[start:end].strip()}\"", key=f"doubled-{text[start:end].strip()}")
    yield from _list_gaps(text)
    for m in _BARE_GROWTH.finditer(text):
        yield Hit("figure-unit", m.start(), m.end(), m.group(), f"{m.group()}%",
                  f"growth figure without a unit; write \"{m.group()}%\" (or its unit)", key=f"no-unit-{m.group()}")
    for m in _PERCENTAGE_ALONE.finditer(text):
        yield Hit("figure-unit", m.start("word"), m.end("word"), m.group("word"), "percentage points",
                  "\"percentage\" without \"points\"; write \"percentage points\"", key="percentage-alone")
    for m in _DECIMAL_COUNT.finditer(text):
        if re.search(r"\baverage(?:d| of)?[ \u00a0]*\Z", text[max(0, m.start() - 20):m.start()], re.I):
            continue
        yield Hit("figure-unit", m.start(), m.end(), m.group(), None,
                  f"a count with decimals lacks its scale word; write \"{m.group('num')} million "
                  f"{m.group('noun')}\" or the scale meant", key=f"no-scale-{m.group()}")


def _list_gaps(text: str) -> Iterator[Hit]:
    """Figures joined by ', ', ' and ', ' or ', ' to ': a unit, once given, stays."""
    previous, carried = None, None
    for m in _ITEM.finditer(text):
        joined = previous is not None and _JOIN.fullmatch(text, previous.end(), m.start()) is not None
        if not joined:
            carried = None
        unit = (m.group("unit") or "").strip().lower() or None
        year = re.fullmatch(r"1[89]\d\d|20\d\d", m.group("num")) is not None
        if unit is None and carried is not None and not year and _LIST_END.match(text, m.end()):
            written = ("%" if carried == "%" else " " + carried)
            yield Hit("figure-unit", m.start(), m.end(), m.group(), m.group() + written,
                      f"the figures before it carry \"{carried}\"; write \"{m.group()}{written}\"",
                      key=f"no-unit-{m.group()}")
        if unit is not None:
            carried = unit
        previous = m


_PP = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUM}|one)[ \u00a0]+(?P<pp>(?P<word>percentage|percent|per cent)[ \u00a0-]+point(?P<s>s?))\b"
    r"(?P<after>[ \u00a0]+[A-Za-z]+)?",
    re.I,
)


@rule("percentage-point", severity=Severity.WARNING, summary='"percentage point(s)" disagreeing with its number')
def point_agreement(text: str, config) -> Iterator[Hit]:
    below_one = []
    for m in _PP.finditer(text):
        number = Decimal(1) if m.group("num").lower() == "one" else Decimal(m.group("num").replace(",", ""))
        plural = bool(m.group("s"))
        before = text[max(0, m.start() - 4):m.start()].lower()
        after = (m.group("after") or "").strip().lower()
        attributive = bool(re.search(r"\ban?[ \u00a0]+\Z", before)) or after in MEASURE_NOUNS
        wrong_word = m.group("word").lower() != "percentage"
        if attributive and after not in FUNCTION_WORDS:
            want = "singular"
        elif m.group("num").lower() in ("1", "one"):
            want = "singular"
        elif number > 1:
            want = "plural"
        else:
            below_one.append((m, plural))
            want = "plural" if plural else "singular"
        if (want == "plural") != plural or wrong_word:
            yield _point_hit(m, want, wrong_word)
    if {plural for _, plural in below_one} == {True, False}:
        plurals = sum(1 for _, plural in below_one if plural)
        majority = plurals * 2 >= len(below_one)
        for m, plural in below_one:
            if plural != majority:
                yield _point_hit(m, "plural" if majority else "singular", False, mixed=True)


def _point_hit(m: re.Match, want: str, wrong_word: bool, mixed: bool = False) -> Hit:
    fixed = "percentage point" + ("s" if want == "plural" else "")
    if mixed:
        reason = f"figures below 1 take \"{fixed}\" elsewhere in this document"
    elif wrong_word and (want == "plural") == bool(m.group("s")):
        reason = "a difference of percents is in percentage points"
    elif want == "plural":
        reason = f"{m.group('num')} takes the plural"
    else:
        reason = "a compound modifier takes the singular" if m.group("num").lower() not in ("1", "one") \
            else "1 takes the singular"
    return Hit("percentage-point", m.start("pp"), m.end("pp"), m.group("pp"), fixed,
               f"{reason}; write \"{m.group('num')} {fixed}\"", key=f"{m.group('num')}-{m.group('pp')}")
