"""Comparing two readings of one figure: unit kinds, intervals, scale, qualifiers.

Values are compared after the reader has folded scale words in (9055亿元 and
"905.5 billion yuan" are both 905,500,000,000 yuan) as the intervals the reader
gives them, so "26.8万" and "268,000" agree, and so do "超过 82 万" and "more than
820,000". All arithmetic is on `Fraction`.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from checks.numbers import Figure

_CURRENCIES = {"yuan", "USD", "EUR", "GBP"}
_RATES = {"percent", "pp"}
_DIRECTION = {"over": 1, "at_least": 1, "at_most": -1, "nearly": -1, "about": 0, None: 0}
_BOUND_WORDS = {1: "a lower bound", -1: "an upper bound", 0: "a plain figure"}
_SCALE_WORDS = {12: "trillion", 9: "billion", 6: "million"}


def unit_kind(figure: Figure) -> str:
    """The unit as compared: a rate (percent, pp), a currency, or a measure; counted
    nouns and classifiers ("enterprises", 个, 辆) are all ``count``."""
    return "count" if figure.unit in ("count", "units") else figure.unit


def units_compatible(a: Figure, b: Figure) -> bool:
    """Same unit kind, or a bare count against any measure that is not a rate
    ("300" against "300 km": translations drop and add unit words)."""
    ka, kb = unit_kind(a), unit_kind(b)
    if ka == kb or {ka, kb} == {"points", "pp"}:  # "won by 20 points" is 20 个百分点
        return True
    return "count" in (ka, kb) and not (_RATES & {ka, kb})


def unit_clash(a: Figure, b: Figure) -> str | None:
    """Why two units cannot stand for one figure: % against percentage points, or
    two currencies; None when they can."""
    ka, kb = unit_kind(a), unit_kind(b)
    if ka != kb and ({ka, kb} == _RATES or {ka, kb} <= _CURRENCIES):
        return f"{_name(ka)} in one text, {_name(kb)} in the other"
    return None


def agree(a: Figure, b: Figure) -> bool:
    """Both statements can be right. Two figures qualified alike ("more than 820,000"
    and "超过 82 万", "about 5%" and "约 5%") compare their stated values as rounded,
    since any two lower bounds meet; otherwise the intervals of true values must meet
    and the stated values be within the "about" slack of each other."""
    if a.qualifier == b.qualifier or direction(a) == direction(b) != 0:
        return _rounded(a).intersects(_rounded(b))
    return a.interval().intersects(b.interval()) and _about(a).intersects(_about(b))


def _about(figure: Figure):
    """A bound read as "about" its value: "up to 335 billion" must still be near the
    figure it is compared with, not merely above 2017."""
    return figure._replace(qualifier="about").interval()


def power_of_ten_off(original: Figure, translation: Figure) -> int | None:
    """k when the translation states the original times 10**k (k ≠ 0) exactly, or
    within rounding (亿 read as million: 9055亿 against 905.5 million)."""
    a, b = original.stated_value, translation.stated_value
    if a == 0 or b == 0 or (a < 0) != (b < 0):
        return None
    for k in range(-12, 13):
        if k and agree_scaled(original, translation, Fraction(10) ** k):
            return k
    return None


def agree_scaled(original: Figure, translation: Figure, factor: Fraction) -> bool:
    """The stated values, rounded as written and without their qualifiers, meet after
    scaling (a bound meets everything on its open side, which says nothing of scale)."""
    return (_rounded(original) * factor).intersects(_rounded(translation))


def _rounded(figure: Figure):
    return figure._replace(qualifier=None).interval()


def direction(figure: Figure) -> int:
    """+1 for a lower bound (超过, "more than"), −1 an upper bound (不到, "nearly",
    "up to"), 0 a plain or approximate figure."""
    return _DIRECTION[figure.qualifier]


def qualifier_clash(original: Figure, translation: Figure) -> str | None:
    """A bound in one text and a plain figure or the opposite bound in the other."""
    d_original, d_translation = direction(original), direction(translation)
    if d_original == d_translation:
        return None
    return f"the original states {_BOUND_WORDS[d_original]}, the translation {_BOUND_WORDS[d_translation]}"


def nearest_statement(original: Figure, translation: Figure) -> str:
    """The original's value written the way the translation writes figures: in its
    scale word ("1.118 billion"), or in plain digits with separators."""
    suffix = {"percent": "%", "pp": " percentage points"}.get(translation.unit, "")
    return _number(original, translation) + suffix


def _number(original: Figure, translation: Figure) -> str:
    value = original.stated_value
    exponent = _scale_exponent(translation)
    if exponent:
        scaled = value / Fraction(10) ** exponent
        return f"{_plain(scaled)} {_SCALE_WORDS.get(exponent, translation.scale or '')}".strip()
    if value.denominator == 1 and abs(value) >= 10_000 and "," in translation.numeral:
        return f"{value.numerator:,}"
    return _plain(value)


def _scale_exponent(figure: Figure) -> int:
    if not figure.scale:
        return 0
    word = figure.scale.split()[-1].lower()
    return {"trillion": 12, "billion": 9, "million": 6, "万": 4, "亿": 8, "万亿": 12}.get(word, 0)


def _plain(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    digits = Decimal(value.numerator) / Decimal(value.denominator)
    return format(digits.normalize(), "f")


def _name(kind: str) -> str:
    return {"percent": "%", "pp": "percentage points"}.get(kind, kind)
