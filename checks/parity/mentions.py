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
  when they can be and never reported on their own.
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
_MARKER_AFTER = re.compile(
    r"\s?(?:年(?!代|龄|纪|级|薪|均|底|初|末|内|来|以来|间|期间|前)|月(?!份?[内来])|日|号(?!线)|时(?!间)|点(?![0-9〇零一二三四五六七八九])|分(?!之)|季度|届|周年|次会议|次全体"
    r"|五(?=规划|计划|时期|期间|”|\")|G(?![a-zA-Z])|兆|st\b|nd\b|rd\b|th\b"
    r"|\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z]))"
)
_MARKER_BEFORE = re.compile(
    rf"(?:第|No\.\s?|#|(?:{_MONTHS})\.?\s|[Cc]ategory\s|[Cc]lass\s|[Rr]ule\s|[Ll]evel\s|[Pp]hase\s|[Ss]ection\s"
    r"|[Aa]rticle\s|[Mm]agnitude\s|[Ss]ize\s|[Pp]age\s|\d[:：.]|[Tt]he\s(?=\d+\s?-?[Yy]ear))$"
)
_MAGNITUDE = re.compile(r"^[\s-]*(?:magnitude|级|-magnitude)")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_TIME = re.compile(r"^[:：.]\d\d(?!\d)")
_WORDS_ONLY = re.compile(r"^[^0-9０-９]+$")
_CONGRESS = re.compile(r"^大(?![量型小多])")  # 十九大: the 19th Party Congress
_DECADE = re.compile(r"^'?s\b")  # the 1990s, in their 30s


@dataclass(frozen=True, slots=True)
class Mention:
    """One reading in one unit of a text; ``index`` numbers mentions in text order."""

    index: int
    unit: int
    figure: Figure
    role: str

    @property
    def reportable(self) -> bool:
        return self.role == FIGURE


def read_mentions(text: Text) -> tuple[Mention, ...]:
    """Every numeral of every unit of ``text``, read and given its role."""
    mentions: list[Mention] = []
    for number, unit in enumerate(text.units):
        for figure in find_numbers(unit.text):
            mentions.append(Mention(len(mentions), number, figure, role_of(unit.text, figure)))
    return tuple(mentions)


def role_of(text: str, figure: Figure) -> str:
    """``figure``, ``marker`` or ``weak`` for a figure read from ``text``."""
    before = text[max(0, figure.start - 20) : figure.start]
    after = text[figure.number_end : figure.number_end + 12]
    if _MARKER_BEFORE.search(before) or _TIME.match(after):
        return MARKER
    if figure.unit == "count" and figure.scale is None and figure.qualifier is None:
        if _MARKER_AFTER.match(after) and not _MAGNITUDE.match(after):
            return MARKER
        if _YEAR.match(figure.numeral) and not _counted(after):
            return MARKER
    if _MAGNITUDE.match(after) or _DECADE.match(after):
        return MARKER
    if _WORDS_ONLY.match(figure.numeral) and _CONGRESS.match(after):
        return MARKER
    if _WORDS_ONLY.match(figure.numeral) and figure.scale is None and figure.value <= 10:
        return WEAK
    return FIGURE


def _counted(after: str) -> bool:
    """ "2018 people" counts; "2018 年", "in 2018." names a year."""
    return bool(re.match(r"\s?(?:[a-z]|[人名个家项位])", after)) and not re.match(r"\s?年", after)
