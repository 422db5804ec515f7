"""Read a stated figure: value, precision, unit, qualifier.

A *numeral* is what :data:`NUMERAL` matches: Arabic digits (thousands separated by
``,`` or by a no-break / thin space, full-width digits, Unicode minus), an English
number word ("Seventeen", "twenty-five", "one hundred and five", "sevenfold"), or a
Chinese numeral ("9055亿", "454.9万", "三千二百"). A *figure* is a numeral read with
its context: the qualifier before it ("more than", "nearly", "超过"), the scale word
("billion") and the unit after it ("yuan", "%", "percentage points", "个百分点").

Decisions (documented here and in the README):

* Ordinals are not numerals: "first", "14th" and "10th" are not matched.
* Multiplicatives "sevenfold" / "seven-fold" / "10-fold" are numerals with unit
  ``times``; "double", "triple", "twice" and "half" are not numerals (too often
  "double-digit", "first half"), except "half a million/billion/trillion" (0.5 of it).
* "dozen", "hundreds of", "a hundred" are not numerals; "one hundred" is.
* A number word has exponent 0 and is exact; digits are rounded at their last
  written decimal digit, or, for integers, at their last non-zero digit
  ("520,000" has exponent 4). Chinese character numerals follow the digit rule.
* Scale words ("thousand", "million", "billion", "trillion", "万", "亿") are folded
  into ``value``; ``unit`` is one word of :data:`UNITS` (a counted noun such as
  "enterprises" or "racks" is ``count``).
* A qualifier is one of :data:`QUALIFIERS`, read through the phrase table of
  `checks.qualifiers` (a ledger may extend it); strict and non-strict words share
  one ("more than" and "exceeding" are both ``over``), see :meth:`Figure.interval`.
* A range "5%–8%", "5% to 8%" is two figures; the first end of "5–8%" or "5 to 8
  billion yuan" borrows the unit and scale of the second.
* A hyphen is a minus sign only where it cannot join two words or numbers
  ("2025-2027" is two years, "(-3%)" is negative); "−" (U+2212) is one unless
  a digit comes right before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, localcontext
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from checks.document import INVISIBLE
from checks.interval import Interval, Number, as_fraction
from checks.qualifiers import BUILT_IN, NOT_AFTER, NUMERAL_SUFFIXES, QUALIFIERS, Qualifiers
from checks.values import Value

__all__ = [
    "NUMERAL",
    "QUALIFIERS",
    "SCALE_WORDS",
    "UNITS",
    "Figure",
    "FigureError",
    "Slacks",
    "find_numbers",
    "parse_figure",
    "read_figure",
]

# --------------------------------------------------------------------------------
# The numeral
# --------------------------------------------------------------------------------

# Any decimal digit (full-width, Arabic-Indic, Devanagari, mathematical...): Decimal reads
# them all, so a figure in any script is a number, never invisible to coverage. The
# Arabic decimal separator is a point; an invisible character between digits is read
# through (deleted), never a split figure ("1\u00ad9.3%" is 19.3%).
_FULLWIDTH = str.maketrans("．－−٫", ".--.", INVISIBLE)
_SEPARATORS = ",\u00a0\u2009\u202f"  # between groups of three digits
# One space inside a figure: any white space but a line break, as the document model
# reads it (a no-break, thin, figure or ideographic space alike). Written as a negated
# class, not a list: a list with characters past U+00FF costs the regex compiler a
# 64K-entry table at each of its ~200 uses (15 ms of every start).
_SPACE = r"[^\S\r\n]"
_D = r"\d"
_INV = f"[{INVISIBLE}]"
_ND = f"(?:{_INV}*{_D})"  # a further digit of the same numeral
_DIGITS = f"{_D}+(?:{_INV}+{_D}+)*"  # a run of digits (invisible characters inside)
_POINT = "[.．٫]"

_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}


def _alternatives(words: object) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_SMALL = (
    rf"(?:(?:{_alternatives(_TENS)})(?:[ -](?:{_alternatives(list(_ONES)[1:10])}))?"
    rf"|{_alternatives(_ONES)})"
)
# It starts with a letter that starts a number word: saying so first spares the
# look-behind and the alternatives at every other letter (half the document scan).
_WORD_GUARD = "(?i:(?=[" + "".join(sorted({word[0] for word in [*_ONES, *_TENS, "half"]})) + "]))"
_WORD = (
    rf"{_WORD_GUARD}(?<![\w-])(?i:{_SMALL}-?fold|half[ -]a(?=[ -](?:million|billion|trillion)\b)"
    rf"|{_SMALL}(?:[ -]hundred(?:[ -](?:and[ -])?{_SMALL})?)?)(?!\w)"
)
_ZH_DIGITS = "〇零一二三四五六七八九两"
# 百 in 百分 (percent) and 千 in 千瓦/千克/千米 (kilo-) are not multipliers.
_ZH_MULT = "(?:十|百(?!分)|千(?![瓦克米安焦帕])|万|亿)"
_ARABIC = (
    # It starts with a sign or a digit: saying so first spares the look-behinds below
    # at every other character (half the cost of a document's scan).
    rf"(?=[\-−\d])"
    rf"(?<!{_D})(?<!{_D}{_INV})(?<!{_D}{_POINT})(?!(?<={_D}[{_SEPARATORS}]){_D}{{3}}(?!{_D}))"  # not mid-number
    rf"(?:(?<!{_D})−|(?<![\w\-−])-)?"
    rf"(?:{_D}{_ND}{{0,2}}(?:[{_SEPARATORS}]{_ND}{{3}}(?!{_ND}))+|{_DIGITS})"
    rf"(?:{_INV}*{_POINT}{_INV}*{_DIGITS})?(?!{_ND})(?!(?:st|nd|rd|th)\b)"
    rf"(?:{_ZH_MULT}+|{_SPACE}(?=[万亿]){_ZH_MULT}+)?"  # 454.9万, and 82 万 as spaced Chinese text writes it
)
_ZH = (
    rf"(?:[{_ZH_DIGITS}]|十|(?<![{_ZH_DIGITS}十百千万])[百千](?=万(?:美元|美金|元|人|吨|户|个)))(?:[{_ZH_DIGITS}]|{_ZH_MULT})*"
    rf"(?:点[{_ZH_DIGITS}]+{_ZH_MULT}*)?"
)

NUMERAL = re.compile(rf"(?P<arabic>{_ARABIC})|(?P<word>{_WORD})|(?P<zh>{_ZH})")
"""One numeral: digits, an English number word, or a Chinese numeral."""

# Where a numeral may start, found by patterns that begin with a character class, so
# that `re` skips to the candidates in C: NUMERAL begins with look-arounds, and its
# own search tries all three branches at every character of a document. A digit
# (or a sign before one) or a Chinese numeral character; an English number word,
# its first letter (ſ reads as s, as NUMERAL's case-insensitive match has it)
# dispatching to the rest of the words that start with it.
_DIGIT_START = re.compile(rf"[\-−](?={_D})|{_D}|[{_ZH_DIGITS}十百千]")


def _word_start_pattern() -> re.Pattern[str]:
    by_letter: dict[str, list[str]] = {}
    for word in sorted([*_ONES, *_TENS, "half"], key=len, reverse=True):
        by_letter.setdefault(word[0], []).append(word[1:])
    letters = "".join(by_letter)
    rests = "|".join(f"(?<=[{letter}])(?:{'|'.join(ends)})" for letter, ends in by_letter.items())
    return re.compile(f"[{letters}{letters.upper()}\u017f]" + r"(?<![\w-].)" + f"(?i:{rests})")


_WORD_START = _word_start_pattern()


def numerals(text: str) -> Iterator[re.Match[str]]:
    """``NUMERAL.finditer(text)``, the same matches, found 2-3x faster in a document:
    NUMERAL is tried only where a candidate pattern finds a numeral may start."""
    match, digits, words = NUMERAL.match, _DIGIT_START.search, _WORD_START.search
    digit, word = digits(text), words(text)
    while digit is not None or word is not None:
        start = min(m.start() for m in (digit, word) if m is not None)
        found = match(text, start)
        if found is not None:
            yield found
        end = found.end() if found is not None else start + 1
        if digit is not None and digit.start() < end:
            digit = digits(text, end)
        if word is not None and word.start() < end:
            word = words(text, end)

# --------------------------------------------------------------------------------
# Qualifiers, scales and units
# --------------------------------------------------------------------------------

# Between the words of a qualifier and the number: spaces, or one line break of a
# hard-wrapped paragraph ("increased less\nthan 0.1 percent"), never a blank line.
_GAP = rf"(?:{_SPACE}*\r?\n{_SPACE}*|{_SPACE}+)"


def _phrases(phrases: list[str]) -> str:
    """Alternatives for qualifier phrases, longest first; any spaces between words."""
    if not phrases:
        return "(?!)"
    return _alternatives(
        (f"(?<![{NOT_AFTER[p]}])" if p in NOT_AFTER else "") + re.escape(p).replace(r"\ ", _GAP)
        for p in phrases
    )


def _canon(phrase: str) -> str:
    return " ".join(phrase.lower().split())


class _QualifierReader:
    """One qualifier table compiled: the phrase right before a figure, and right after it."""

    def __init__(self, table: Qualifiers) -> None:
        def split(rows):
            chinese = [phrase for phrase, _ in rows if any(map(_starts_cjk, phrase))]
            return [phrase for phrase, _ in rows if phrase not in chinese], chinese

        self.canon = {place: {_canon(phrase): q for phrase, q in rows}
                      for place, rows in (("before", table.before), ("after", table.after))}
        english, chinese = split(table.before)
        self.reach = max(40, 8 + 2 * max(map(len, english + chinese), default=0))  # how far back a phrase starts
        self.english_before = re.compile(rf"(?i:(?<![\w-])(?P<q>{_phrases(english)})){_GAP}\Z")
        self.chinese_before = re.compile(rf"(?P<q>{_phrases(chinese)})(?:{_GAP})?\Z")
        english, chinese = split(table.after)
        self.after = re.compile(
            rf"(?P<zh>{_phrases(chinese)})|{_GAP}(?P<en>(?i:{_phrases(english)}))(?![\w-])"
        )

    def before_figure(self, text: str, start: int) -> tuple[str, int] | None:
        """(qualifier, where its phrase starts) for a phrase ending at ``start``."""
        window = max(0, start - self.reach)
        m = self.english_before.search(text, window, start) or self.chinese_before.search(text, window, start)
        return None if m is None else (self.canon["before"][_canon(m.group("q"))], m.start())

    def after_figure(self, text: str, end: int) -> tuple[str, int] | None:
        """(qualifier, where its phrase ends) for a phrase starting at ``end``."""
        m = self.after.match(text, end)
        return None if m is None else (self.canon["after"][_canon(m.group("zh") or m.group("en"))], m.end())


@lru_cache(maxsize=16)
def _qualifier_reader(table: Qualifiers) -> _QualifierReader:
    return _QualifierReader(table)


_SCALES = {"hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12}
SCALE_WORDS = frozenset([*_SCALES, "万", "亿"])
"""The scale words a figure may carry, lower case (what kind of figure a numeral states)."""
_ABBREVIATED_SCALES = {"m": "million", "bn": "billion", "tn": "trillion"}
_NUMERAL_SUFFIX = re.compile(rf"{_SPACE}?(?P<suffix>[{''.join(NUMERAL_SUFFIXES)}])")
_GLUED_SCALE = re.compile(r"(?:(?P<word>(?i:million|billion|trillion))|(?P<abbr>bn|tn|m))(?![\w])")
_SCALE = re.compile(
    rf"(?:{_SPACE}+|-)(?P<s>(?i:{_alternatives(_SCALES)}))(?![\w])"
)

UNITS: dict[str, tuple[str, ...]] = {
    "percent": ("%", "％", "percent", "per cent"),
    "pp": (
        "percentage points", "percentage point", "percentage-points", "percentage-point",
        "percent points", "per cent points",
        "pct points", "pct pts", "pp", "个百分点", "百分点",
    ),
    "yuan": ("yuan", "RMB", "renminbi", "元", "人民币"),
    "USD": ("US dollars", "U.S. dollars", "dollars", "USD", "美元", "美金"),
    "EUR": ("euros", "EUR", "欧元"),
    "GBP": ("pounds sterling", "GBP", "英镑"),
    "units": ("units", "unit", "sets", "辆", "台", "部", "套"),
    "tons": ("metric tons", "tonnes", "tons", "tonne", "ton", "吨"),
    "times": ("times", "fold", "倍"),
    "days": ("days", "day", "天"),
    "months": ("months", "month", "个月"),
    "years": ("years", "year"),
    "hours": ("hours", "hour", "小时"),
    "kilowatt-hours": ("kilowatt-hours", "kilowatt hours", "kilowatt-hour", "kWh", "千瓦时"),
    "kiloamperes": ("kiloamperes", "kiloampere", "kA", "千安"),
    "GW": ("gigawatts", "GW"),
    "MW": ("megawatts", "MW"),
    "kW": ("kilowatts", "kW", "千瓦"),
    "km": ("kilometers", "kilometres", "km", "公里"),
    "TEU": ("TEU", "TEUs"),
    "GB": ("GB", "gigabytes"),
    "TB": ("TB", "terabytes"),
    "PB": ("PB", "petabytes"),
    "EFLOPS": ("EFLOPS", "EFlops"),
    "PFLOPS": ("PFLOPS", "PFlops"),
    "points": ("points", "point"),  # pp when the sentence speaks of percent
    # Chinese classifiers: 8000多家 (enterprises), 5项 (items)
    "count": ("家", "个", "项", "名", "人", "座", "款", "种", "所", "条", "批"),
}
"""Canonical unit -> the surface forms read after a number. A bare number, one
followed by any other noun ("enterprises", "racks") or by a Chinese classifier
("家", "个"), has unit ``count``. "points"
alone is ``pp`` when its sentence speaks of percent, else ``points`` (index points)."""



def _starts_cjk(text: str) -> bool:
    """It starts with a CJK ideograph (a test, not a regex: compiling that range costs
    2 ms a start)."""
    return "\u3400" <= text[:1] <= "\u9fff"

_SYMBOLS = {"%", "％"}
_DURATION_ADJECTIVES = "(?:consecutive|straight|successive|full)"
_SURFACE_CANON = {s.lower(): u for u, ss in UNITS.items() for s in ss}


def _unit_pattern() -> re.Pattern[str]:
    """Symbols may be glued to the number; words and abbreviations need a space or
    a hyphen before them. Words match in any case, abbreviations ("kA") exactly."""
    symbols, cjk, words, abbreviations = [], [], [], []
    for forms in UNITS.values():
        for s in forms:
            kind = (
                symbols if s in _SYMBOLS
                else cjk if _starts_cjk(s)
                else words if s.islower() or s.istitle() and " " in s
                else abbreviations
            )
            kind.append(re.escape(s).replace(r"\ ", _SPACE + "+"))
    return re.compile(
        rf"{_SPACE}*(?P<sym>{_alternatives(symbols)})"
        rf"|{_SPACE}*(?P<cjk>{_alternatives(cjk)})"
        rf"|(?:{_SPACE}+|-)(?:(?i:{_DURATION_ADJECTIVES}){_SPACE}+)?"
        rf"(?P<word>(?i:{_alternatives(words)})|{_alternatives(abbreviations)})(?![\w-])"
    )


_UNIT = _unit_pattern()
_RANGE = re.compile(rf"{_SPACE}*(?:–|—|~|～|-|至|到){_SPACE}*|{_SPACE}+(?i:to){_SPACE}+")
_CURRENCY_BEFORE = re.compile(rf"(?P<c>US\$|\$|¥|￥|RMB{_SPACE}?|€|£)$")
_CURRENCY_CANON = {
    "US$": "USD", "$": "USD", "¥": "yuan", "￥": "yuan", "RMB": "yuan", "€": "EUR", "£": "GBP",
}
_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)|\n")
_PERCENT = re.compile(r"%|％|\bper\s?cent\b", re.I)


def _sentence(text: str, pos: int) -> str:
    """The sentence around ``pos`` (from the last sentence end before it)."""
    begin = 0
    for m in _SENTENCE_END.finditer(text, max(0, pos - 400), pos):
        begin = m.end()
    m = _SENTENCE_END.search(text, pos)
    return text[begin : m.start() if m else len(text)]

# --------------------------------------------------------------------------------
# The figure
# --------------------------------------------------------------------------------


class FigureError(ValueError):
    """A string that is not exactly one figure; ``stated`` is the string."""

    def __init__(self, stated: str, reason: str) -> None:
        self.stated = stated
        self.reason = reason
        super().__init__(
            f'expected one figure such as "35.5%", "more than 8,000" or '
            f'"1.118 billion yuan", got {stated!r}: {reason}'
        )


class Slacks(Value):
    """How far "nearly X" and "about X" may stray from X, as a fraction of X.

    Defaults: ``nearly`` 5% (the true value is at least 95% of X), ``about`` 5%
    (within 5% of X either side). A ledger may override them (``defaults.slack``).
    """

    __slots__ = ("nearly", "about")
    nearly: Fraction
    about: Fraction

    def __init__(self, nearly: Number = Fraction(5, 100), about: Number = Fraction(5, 100)) -> None:
        for name, given in (("nearly", nearly), ("about", about)):
            value = as_fraction(given, f"Slacks.{name}")
            if not 0 <= value < 1:
                raise ValueError(f"Slacks.{name} must be >= 0 and < 1, got {value}")
            self._set(**{name: value})

    @classmethod
    def from_percent_text(cls, nearly: object = "5%", about: object = "5%") -> Slacks:
        """Slacks from a ledger's ``defaults.slack`` texts such as ``"5%"``.

        A non-str value (int, Decimal, Fraction) is taken as a fraction of X.
        """
        return cls(nearly=_slack_value("nearly", nearly), about=_slack_value("about", about))


def _slack_value(name: str, stated: object) -> Fraction:
    if not isinstance(stated, str):
        return as_fraction(stated, f"slack.{name}")
    try:
        figure = parse_figure(stated)
    except FigureError:
        figure = None
    if figure is None or figure.unit != "percent" or figure.qualifier is not None:
        raise ValueError(f'slack.{name} must be a percent such as "5%", got {stated!r}')
    return figure.stated_value / 100


class Figure(NamedTuple):
    """A stated figure, read from ``text[start:end]``.

    ``value`` is in base units after the scale word ("1.118 billion" ->
    1118000000; "35.5%" -> 35.5 percent); ``exponent`` is the power of ten of the
    last significant written digit, in base units.
    """

    text: str
    start: int
    end: int
    number_start: int
    number_end: int
    value: Decimal
    exponent: int
    unit: str = "count"
    scale: str | None = None
    qualifier: str | None = None

    @property
    def numeral(self) -> str:
        """The numeral alone, e.g. "8,000" in "more than 8,000"."""
        return self.text[self.number_start - self.start : self.number_end - self.start]

    @property
    def stated_value(self) -> Fraction:
        """The exact stated value (no rounding interval), for exact arithmetic."""
        return Fraction(self.value)

    @property
    def step(self) -> Fraction:
        """The rounding step of the last significant digit: 10 ** exponent."""
        return Fraction(10) ** self.exponent

    @property
    def spelled_out(self) -> bool:
        """An English number word ("Seventeen", "sevenfold"): an exact whole number."""
        return self.numeral[:1].isascii() and self.numeral[:1].isalpha()

    def interval(
        self, slack: Slacks | None = None, precision: Decimal | Fraction | int | None = None
    ) -> Interval:
        """The interval of true values this stated figure stands for.

        With ``h`` half the rounding step (``10**exponent / 2``; 0 for a number
        word, which is exact; or ``precision / 2`` when the ledger says the value
        is exact to the step ``precision``; ``precision=0`` means exact), ``v``
        the value, ``s`` the slack:

        ========== ===================================== ===========================
        qualifier  interval                              e.g.
        ========== ===================================== ===========================
        None       [v − h, v + h]                        "35.5%" -> 35.45 … 35.55
        over       [v, +∞)                               "more than 8,000" -> ≥ 8000
        at_least   [v, +∞)                               "at least 5" -> ≥ 5
        at_most    (−∞, v + h]                           "up to 60 days" -> ≤ 65
        nearly     [v·(1 − s), v]                        "nearly 410,000"
        about      [v − s·|v| − h, v + s·|v| + h]        "about 5%"
        ========== ===================================== ===========================

        Strict comparisons ("more than", "less than") are read as closed intervals:
        a closed interval holds the open one, so this never raises a false alarm.
        For a negative ``v``, "nearly" is read by magnitude: [v, v·(1 − s)].
        """
        s = slack or Slacks()
        v = self.stated_value
        if precision is None:
            half = Fraction(0) if self.spelled_out else self.step / 2
        else:
            p = as_fraction(precision, "precision")
            if p < 0:
                raise ValueError(f"precision must be >= 0, got {p}")
            half = p / 2
        q = self.qualifier
        if q is None:
            return Interval(v - half, v + half)
        if q in ("over", "at_least"):
            return Interval.at_least(v)
        if q == "at_most":
            return Interval.at_most(v + half)
        if q == "nearly":  # at most X (README, "What a stated figure means"), and within the slack below it
            if v >= 0:
                return Interval(v * (1 - s.nearly), v)
            return Interval(v, v * (1 - s.nearly))
        if q == "about":
            return Interval(v - s.about * abs(v) - half, v + s.about * abs(v) + half)
        raise ValueError(f"qualifier must be one of {', '.join(QUALIFIERS)}, got {q!r}")


# --------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------


def read_figure(text: str, pos: int, qualifiers: Qualifiers = BUILT_IN) -> Figure | None:
    """The figure whose numeral starts at ``pos`` in ``text``, or None if none does.

    Reads, in order: the numeral; 余/多 ("more than") and a scale word after it; the
    unit (or, for the first end of a range such as "5 to 8%", the unit and scale of
    the second end); a currency sign or 百分之 before it; the qualifier before it
    ("more than", "超过") or after it ("or more", "以上"), as ``qualifiers`` (the
    table of `checks.qualifiers`, or a ledger's extension of it) says.
    """
    return _read(text, pos, borrow=True, qualifiers=qualifiers)


def _read(text: str, pos: int, borrow: bool, qualifiers: Qualifiers = BUILT_IN) -> Figure | None:
    m = NUMERAL.match(text, pos)
    if m is None:
        return None
    r = _Reading(text, m)
    r.more_after_numeral()
    r.scale_words()
    r.unit_after()
    if borrow and r.unit is None:
        r.unit_of_range()
    r.sign_before()
    reader = _qualifier_reader(qualifiers)
    r.qualifier_before(reader)
    r.qualifier_after(reader)
    return r.figure()


class _Reading:
    """A figure being read outwards from its numeral; each step may widen it."""

    def __init__(self, text: str, m: re.Match[str]) -> None:
        self.text = text
        self.number_start, self.number_end = m.span()
        self.start, self.end = m.span()
        self.unit: str | None = None
        self.scale: str | None = None
        self.qualifier: str | None = None
        if m.group("word") and m.group(0).lower().startswith("half"):
            self.value, self.exponent = Decimal("0.5"), -1
        elif m.group("word"):
            self.value, self.unit = _read_word(m.group(0))
            self.exponent = 0
        elif m.group("zh") or not m.group(0)[-1].isdigit():
            self.value, self.exponent, self.scale = _read_zh(m.group(0))
        else:
            self.value, self.exponent = _read_arabic(m.group(0))

    def multiply(self, multiplier: Decimal, scale: str) -> None:
        with localcontext() as ctx:
            ctx.prec = len(self.value.as_tuple().digits) + len(str(multiplier)) + 2
            self.value *= multiplier  # exact: the precision holds every digit
        self.exponent += len(str(int(multiplier))) - 1
        self.scale = scale if self.scale is None else f"{self.scale} {scale}"

    def more_after_numeral(self) -> None:
        """8000多家, 1万余家, 3000余万元: 余/多 right after the numeral is "over"."""
        more = _NUMERAL_SUFFIX.match(self.text, self.end)  # "8000多家", and "16,000 多人" spaced
        if more is not None and (more.end() - self.end == 1 or _starts_cjk(self.text[more.end() : more.end() + 1])):
            self.qualifier, self.end = NUMERAL_SUFFIXES[more.group("suffix")], more.end()
            zm = re.compile("[万亿]+").match(self.text, self.end)
            if zm is not None and self.scale is None:
                self.multiply(_zh_combine(Decimal(1), zm.group(0)), zm.group(0))
                self.end = zm.end()

    def scale_words(self) -> None:
        """ "1.118 billion", "five hundred thousand" (not after 万/亿); glued to the digits,
        "3.1billion", and after a currency sign "£2.8bn", "£125m"."""
        gm = _GLUED_SCALE.match(self.text, self.end)
        if gm is not None and self.scale is None and self.number_end == self.end and (
            gm.group("word") or _CURRENCY_BEFORE.search(self.text, max(0, self.start - 5), self.start)
        ):
            word = (gm.group("word") or _ABBREVIATED_SCALES[gm.group("abbr")]).lower()
            self.multiply(Decimal(10) ** _SCALES[word], word)
            self.end = gm.end()
        while self.scale is None or not _starts_cjk(self.scale):
            sm = _SCALE.match(self.text, self.end)
            if sm is None:
                return
            word = sm.group("s").lower()
            self.multiply(Decimal(10) ** _SCALES[word], word)
            self.end = sm.end()

    def unit_after(self) -> None:
        if self.unit is not None:
            return
        um = _UNIT.match(self.text, self.end)
        if um is None:
            return
        surface = um.group("sym") or um.group("cjk") or um.group("word")
        unit = _SURFACE_CANON[re.sub(_SPACE + "+", " ", surface).lower()]  # "percentage\u00a0 points"
        if unit == "points" and _PERCENT.search(_sentence(self.text, self.number_start)):
            unit = "pp"
        self.unit, self.end = unit, um.end()

    def unit_of_range(self) -> None:
        """The first end of "5 to 8%" or "5–8 billion yuan" borrows from the second."""
        rm = _RANGE.match(self.text, self.end)
        other = _read(self.text, rm.end(), borrow=False) if rm is not None else None
        if other is None or other.unit == "count":
            return
        self.unit = other.unit
        if self.scale is None and other.scale is not None and not _starts_cjk(other.scale):
            for word in other.scale.split():
                self.multiply(Decimal(10) ** _SCALES[word], word)

    def sign_before(self) -> None:
        """百分之五 (five percent), "US$5", "¥300", "RMB 5 billion"."""
        if self.unit is None and self.text.endswith("百分之", 0, self.start):
            self.unit, self.start = "percent", self.start - 3
        cm = _CURRENCY_BEFORE.search(self.text, max(0, self.start - 5), self.start)
        if cm is not None:
            self.unit = self.unit or _CURRENCY_CANON[cm.group("c").strip()]
            self.start = cm.start()

    def qualifier_before(self, reader: _QualifierReader) -> None:
        """ "more than 8,000", "exceeding 79%", "超过3万亿元", "近41万"."""
        if self.qualifier is None and (found := reader.before_figure(self.text, self.start)):
            self.qualifier, self.start = found

    def qualifier_after(self, reader: _QualifierReader) -> None:
        """ "8,000 or more", "80%以上", "3万吨左右"."""
        if self.qualifier is None and (found := reader.after_figure(self.text, self.end)):
            self.qualifier, self.end = found

    def figure(self) -> Figure:
        return Figure(
            text=self.text[self.start : self.end],
            start=self.start,
            end=self.end,
            number_start=self.number_start,
            number_end=self.number_end,
            value=_plain(self.value, self.exponent),
            exponent=self.exponent,
            unit=self.unit or "count",
            scale=self.scale,
            qualifier=self.qualifier,
        )


def _trailing_zeros(number: Decimal) -> int:
    """Zeros at the end of a whole number (0 for zero), in one pass over its digits."""
    _, digits, exponent = number.as_tuple()
    written = bytes(digits)
    kept = written.rstrip(b"\0")
    return len(written) - len(kept) + max(exponent, 0) if kept else 0


def _read_arabic(s: str) -> tuple[Decimal, int]:
    """Digits -> (value, exponent)."""
    s = s.translate(_FULLWIDTH)
    for sep in _SEPARATORS:
        s = s.replace(sep, "")
    d = Decimal(s)
    if "." in s:
        return d, -(len(s) - s.index(".") - 1)
    return d, _trailing_zeros(d)


def _read_word(s: str) -> tuple[Decimal, str | None]:
    """A number word -> (value, "times" for a multiplicative)."""
    words = re.sub(r"[\s\u00a0-]+", " ", s.lower()).strip()
    unit = None
    if words.endswith("fold"):
        words, unit = words[: -len("fold")], "times"
    total = 0
    for word in words.split():
        if word == "hundred":
            total *= 100
        elif word != "and":
            total += _TENS.get(word) or _ONES[word]
    return Decimal(total), unit


_ZH_DIGIT_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_ZH_DIGIT_VALUE |= {"零": 0, "两": 2}
_ZH_MULT_VALUE = {"十": 10, "百": 100, "千": 1000}


def _zh_combine(number: Decimal | None, chars: str) -> Decimal:
    """Evaluate Chinese numeral characters, after a leading ``number`` if any."""
    if number is None and len(chars) > 1 and all(c in _ZH_DIGIT_VALUE for c in chars):
        return Decimal("".join(str(_ZH_DIGIT_VALUE[c]) for c in chars))  # 二〇二五
    total = section = Decimal(0)
    current = number
    for ch in chars:
        if ch in _ZH_DIGIT_VALUE:
            current = Decimal(_ZH_DIGIT_VALUE[ch])
        elif ch in _ZH_MULT_VALUE:  # 十 百 千 multiply the digit before (一 if none)
            section += (Decimal(1) if current is None else current) * _ZH_MULT_VALUE[ch]
            current = None
        elif ch == "万":  # 万 closes a section; 万亿 (10^12) scales the total too
            section += current or 0
            total = total + section * 10**4 if section else total * 10**4
            section, current = Decimal(0), None
        elif ch == "亿":
            total = (total + section + (current or 0)) * 10**8
            section, current = Decimal(0), None
    return total + section + (current or 0)


def _read_zh(s: str) -> tuple[Decimal, int, str | None]:
    """A Chinese or mixed numeral -> (value, exponent, scale characters or None)."""
    with localcontext() as ctx:  # exact: a multiplier adds at most eight digits a character
        ctx.prec = max(28, 9 * len(s) + 16)
        m = re.match(rf"[\d.．٫,\u00a0\u2009\u202f−\-{INVISIBLE}]+", s)
        if m:  # 454.9万: digits, then multipliers
            number, exponent = _read_arabic(m.group(0))
            digits, chars = number, s[m.end() :].lstrip()
        else:  # 三千二百, 三点五亿
            integer, _, fraction = s.partition("点")
            places = len(fraction) - len(fraction.lstrip("".join(_ZH_DIGIT_VALUE)))
            written = "".join(str(_ZH_DIGIT_VALUE[c]) for c in fraction[:places])
            digits = _zh_combine(None, integer) + (Decimal("0." + written) if places else 0)
            chars = fraction[places:] if fraction else ""
            exponent = -places if places else _trailing_zeros(digits)
        if not chars:
            return digits, exponent, None
        multiplier = _zh_combine(Decimal(1), chars)
        return digits * multiplier, exponent + len(str(int(multiplier))) - 1, chars


def _plain(value: Decimal, exponent: int) -> Decimal:
    """``value`` written with digits down to 10**exponent, never in E notation."""
    with localcontext() as ctx:
        ctx.prec = max(28, value.adjusted() - min(exponent, 0) + 2)
        return value.quantize(Decimal(1).scaleb(min(exponent, 0)))


def find_numbers(text: str, qualifiers: Qualifiers = BUILT_IN) -> list[Figure]:
    """Every numeral in ``text``, in order, each read as a figure."""
    figures = []
    for m in numerals(text):
        figure = read_figure(text, m.start(), qualifiers)
        if figure is not None:
            figures.append(figure)
    return figures


def parse_figure(stated: str, qualifiers: Qualifiers = BUILT_IN) -> Figure:
    """Read a standalone ledger value such as "more than 8,000" or "9055亿元"."""
    if not isinstance(stated, str):
        raise TypeError(f"stated figure must be a str, not {type(stated).__name__}")
    return _parse_figure(stated, qualifiers)


@lru_cache(maxsize=4096)
def _parse_figure(stated: str, qualifiers: Qualifiers) -> Figure:
    """parse_figure's reading, once per (value, qualifier table): a ledger's values are
    read again by the engine and the rules (652 reads of 175 values in the briefing's
    check); a Figure is immutable and the table is compared by value, so a reading
    never goes stale."""
    if not stated.strip():
        raise FigureError(stated, "the string is empty")
    numerals = list(NUMERAL.finditer(stated))
    if not numerals:
        raise FigureError(stated, "there is no number in it")
    if len(numerals) > 1:
        found = ", ".join(repr(n.group(0)) for n in numerals)
        raise FigureError(stated, f"it holds {len(numerals)} numbers ({found})")
    figure = read_figure(stated, numerals[0].start(), qualifiers)
    assert figure is not None  # a NUMERAL match always reads
    if before := stated[: figure.start].strip():
        raise FigureError(stated, f"{before!r} is not a qualifier")
    if after := stated[figure.end :].strip():
        raise FigureError(stated, f"{after!r} is not a scale or unit")
    return figure
