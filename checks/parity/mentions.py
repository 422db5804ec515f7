"""The figures a text states, each with its role in a comparison.

Every numeral is read by the project's number reader (`checks.numbers`); this
module only decides what each reading *is*:

* ``figure`` — a quantity, compared across the two texts;
* ``marker`` — a name or a position that happens to hold digits: a year, a date
  or a time, an ordinal (第二季度, 18th), a plan name (十四五, the 14th Five-Year
  Plan), a technology name (5G, 万兆 = 10-gigabit), a decade (the 1990s), a
  congress (十九大). Markers are matched when both
  texts hold them and never reported missing or added;
* ``weak`` — a small count written as a word (一, 两, "one", "three"): Chinese and
  English use them as articles and classifiers ("一名", "a"), so they are matched
  when they can be and never reported on their own; so are vague Chinese
  quantities (数十亿 "billions", 上万 "tens of thousands") and a bare 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.numbers import Figure, find_numbers
from checks.parity.texts import Text

FIGURE, MARKER, WEAK = "figure", "marker", "weak"

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
# Before the numeral: an ordinal (第 34 次, No. 5), a name with a number (Rule 56, Category
# 4, 周六 = Saturday, 唯一 = only), a date (September 27), a clock time (5.30).
_NAMED_BEFORE = re.compile(
    rf"(?:第\s?|No\.?\s?|#|(?<![\w-])[A-Z]{{1,4}}\s?|[A-Za-z]|(?:{_MONTHS})\.?\s|(?:[Cc]ategory|[Cc]lass|[Rr]ule|[Ll]evel|[Pp]hase|[Ss]ection"
    r"|[Aa]rticle|[Mm]agnitude|[Ss]ize|[Pp]age)\s|周|星期|礼拜|唯|\d[:：.])$"
)
# After a bare count: a date or time (2017 年 is handled as a year), a session, an
# anniversary, a century or decade, a birthday, a plan (十四五), a technology (5G, 万兆),
# an English ordinal suffix, a street or a line.
_NAMED_AFTER = re.compile(
    r"\s?(?:月(?!份?[内来])|日|号|时(?!间)|点(?![0-9〇零一二三四五六七八九])|季度|届|周年|次会议|次全体"
    r"|世纪|年代|岁生日|岁周年|面体|边形|G(?![a-zA-Z])|-?gigabit|兆|st\b|nd\b|rd\b|th\b|街|大街|路(?!程)|号线"
    r"|\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z]))"
)
_DATE_AFTER = re.compile(r"\s?(?:月(?!份?[内来])|日(?!元)|号(?!线))")  # 低于 6 月底: June, whatever the qualifier
_YEAR_AFTER = re.compile(r"\s?年(?!龄|纪|级|薪|均|内|来|以来|间|期间|前)")
_MAGNITUDE = re.compile(r"^[\s-]*(?:magnitude|级|-magnitude)")
_YEAR = re.compile(r"^(?:(?:1[89]|20)\d\d|[一二][〇零一二三四五六七八九]{3})$")
_TIME = re.compile(r"^[:：.]\d\d(?!\d)")
_WORDS_ONLY = re.compile(r"^[^0-9０-９]+$")
_CONGRESS = re.compile(r"^大(?![量型小多])")  # 十九大: the 19th Party Congress
_PLAN = re.compile(r"^[”\"」]?(?:规划|计划|时期|期间|”|\")")  # 十四五: the 14th Five-Year Plan
_DECADE = re.compile(r"^'?s\b")  # the 1990s, in their 30s
_YEAR_RANGE = re.compile(r"(?:1[89]|20)\d\d\s?[-–]\s?$")  # 1950-53
_SCORE = re.compile(r"^\s?(?:[-–&:]|比)\s?\d{1,2}(?!\d)")  # 5-2, 2&1, 2 比 1
_SCORE_BEFORE = re.compile(r"(?<!\d)\d{1,2}\s?(?:[-–&:]|比)\s?$")
_CONVERSION = re.compile(r"\d[^\d（()]{0,16}[（(]\s*(?:约|about\s|approximately\s|roughly\s)?$")  # 130 英里（210 公里）
_APPROXIMATE_DIGITS = re.compile(r"^[一二三四五六七八九两]{2}$")  # 一两 (one or two), 三四
_VAGUE_BEFORE = re.compile(r"(?:数|几|上|好几)$")  # 数十亿 (billions), 上万 (tens of thousands)


@dataclass(frozen=True, slots=True)
class Mention:
    """One reading in one unit of a text; ``index`` numbers mentions in text order."""

    index: int
    unit: int
    figure: Figure
    role: str


def read_mentions(text: Text) -> tuple[Mention, ...]:
    """Every numeral of every unit of ``text``, read and given its role."""
    mentions: list[Mention] = []
    for number, unit in enumerate(text.units):
        for figure in find_numbers(unit.text):
            mentions.append(Mention(len(mentions), number, figure, role_of(unit.text, figure)))
    return tuple(mentions)


def role_of(text: str, figure: Figure) -> str:
    """``figure``, ``marker`` or ``weak`` for a figure read from ``text``."""
    before = text[max(0, figure.start - 24) : figure.start]
    after = text[figure.number_end : figure.number_end + 12]
    bare = figure.unit == "count" and figure.scale is None and figure.qualifier is None
    if _NAMED_BEFORE.search(before) or _TIME.match(after) or _CONVERSION.search(before):
        return MARKER
    if _MAGNITUDE.match(after) or _DECADE.match(after) or _YEAR_RANGE.search(before) or _DATE_AFTER.match(after):
        return MARKER
    if bare and (_NAMED_AFTER.match(after) or _SCORE.match(after) or _SCORE_BEFORE.search(before)):
        return MARKER
    if bare and _YEAR.match(figure.numeral) and (_YEAR_AFTER.match(after) or not _counted(after)):
        return MARKER
    if bare and figure.value == 1:
        return WEAK  # "1 名中国维权人士" is "a Chinese activist"
    if _WORDS_ONLY.match(figure.numeral):
        if _CONGRESS.match(after) or (figure.numeral.endswith("五") and _PLAN.match(after)):
            return MARKER
        if _VAGUE_BEFORE.search(before):
            return WEAK
        if figure.scale is None and (figure.value <= 10 or _APPROXIMATE_DIGITS.match(figure.numeral)):
            return WEAK
    return FIGURE


def _counted(after: str) -> bool:
    """ "2018 people", "2018 名" count; "in 2018." names a year."""
    return bool(re.match(r"\s?(?:[a-z]|[人名个家项位])", after))
