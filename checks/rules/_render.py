"""Rendering for conflict messages: stated figures, computed numbers, intervals.

* A stated figure is quoted with its own words and digits and a canonical unit
  ("4.9 percentage points" reads "4.9 pp").
* A computed value is shown in the stated figure's scale ("million") and unit,
  two decimals past its last written digit; an interval's ends that do not
  terminate are rounded outward there, so the interval shown holds the true one.
* The nearest consistent statement is the figure written at the stated one's
  precision (same decimals, qualifier and scale) nearest to it whose interval
  meets what the figures allow, GRIM/statcheck style.
"""

from __future__ import annotations

import re
from fractions import Fraction
from math import ceil, floor
from typing import NamedTuple

from checks.interval import Interval, format_decimal
from checks.numbers import FigureError, parse_figure
from checks.rules._types import Operand

_SUFFIXES = {"percent": "%", "pp": " pp", "count": ""}
_SCALES = {"hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12}
_ARABIC = re.compile(  # a numeral in digits, grouped or not: "140,000", "-4.9", "6.937"
    r"[-−]?\d{1,3}(?:(?P<sep>[,\u00a0\u2009\u202f])\d{3})*(?:\.(?P<dec>\d+))?|[-−]?\d+(?:\.(?P<dec2>\d+))?",
    re.ASCII,
)


class Style(NamedTuple):
    """How computed values are shown next to a stated figure: in its scale
    ("million"), its unit, and two decimals past its last written digit."""

    places: int
    power: int = 0  # the scale word's power of ten
    scale: str = ""  # " million", or ""
    unit: str | None = None

    @classmethod
    def of(cls, operand: Operand) -> Style:
        figure = _figure(operand)
        if figure is None:
            return cls(2, unit=operand.unit)
        power = _scale_exponent(figure.scale) or 0
        written = max(0, power - figure.exponent)
        return cls(written + 2, power, f" {figure.scale}" if power else "", operand.unit)

    def span(self, interval: Interval) -> str:
        return span(interval * Fraction(1, 10**self.power), self.places, self.scale, self.unit)

    def amount(self, x: Fraction) -> str:
        """A distance between two values (percents are apart by pp)."""
        unit = "pp" if self.unit == "percent" else self.unit
        return f"{number(x / 10**self.power, self.places)}{self.scale}{suffix(unit)}"


# -- the nearest consistent statement ------------------------------------------------


def nearest_statement(stated: Operand, allowed: Interval) -> str | None:
    """The figure at ``stated``'s precision nearest to it that meets ``allowed``."""
    if stated.id == stated.stated:
        return None  # a literal is the ledger's own constant
    figure = _figure(stated)
    if figure is None or figure.qualifier in ("nearly", "about"):
        return None
    numeral = _ARABIC.fullmatch(figure.numeral)
    scale = _scale_exponent(figure.scale)
    if numeral is None or scale is None:
        return None
    step = figure.step
    here = stated.interval
    if here.lo is not None and allowed.hi is not None and here.lo > allowed.hi:
        shift = -ceil((here.lo - allowed.hi) / step)
    elif here.hi is not None and allowed.lo is not None and here.hi < allowed.lo:
        shift = ceil((allowed.lo - here.hi) / step)
    else:
        return None
    if not (here + shift * step).intersects(allowed):
        return None  # the allowed values fall between two statements at this precision
    value = Fraction(figure.value) + shift * step
    decimals = len(numeral.group("dec") or numeral.group("dec2") or "")
    separator = numeral.group("sep") or ""
    text = _digits(value / Fraction(10) ** scale, decimals, separator)
    if figure.numeral.startswith("−"):
        text = text.replace("-", "−")
    return _compose(stated, figure, text)


def _digits(value: Fraction, decimals: int, separator: str) -> str:
    text = format_decimal(value, decimals)
    return _group(text, separator) if separator else text


def _scale_exponent(scale: str | None) -> int | None:
    if scale is None:
        return 0
    words = scale.lower().split()
    if not all(word in _SCALES for word in words):
        return None  # a Chinese scale character: not rewritten
    return sum(_SCALES[word] for word in words)


# -- rendering figures, numbers and intervals ------------------------------------------


def suffix(unit: str | None) -> str:
    """How a unit follows a number in a message: "%", " pp", " yuan", ""."""
    if not unit:
        return ""
    return _SUFFIXES.get(unit, f" {unit}")


def said(operand: Operand) -> str:
    """A stated figure as a message quotes it: its words and digits, canonical unit."""
    figure = _figure(operand)
    if figure is None or _ARABIC.fullmatch(figure.numeral) is None:
        return operand.stated.strip()
    return _compose(operand, figure, figure.numeral)


def _compose(operand: Operand, figure, numeral: str) -> str:
    before = figure.text[: figure.number_start - figure.start]
    if figure.qualifier is not None and not before.strip():  # "8,000 or more": keep its words
        return numeral + figure.text[figure.number_end - figure.start :]
    scale = f" {figure.scale}" if figure.scale and _scale_exponent(figure.scale) else ""
    return f"{before}{numeral}{scale}{suffix(operand.unit)}"


def _figure(operand: Operand):
    try:
        return parse_figure(operand.stated)
    except (FigureError, TypeError):
        return None


def number(x: Fraction, places: int | None = None, rounding: str = "near") -> str:
    """``x`` with thousands grouped: exact when it terminates within ``places``
    decimals, else rounded there ("floor", "ceil", or "near" marked ≈)."""
    if places is None or (x * 10**places).denominator == 1:
        return _group(format_decimal(x), ",")
    scaled = x * 10**places
    if rounding == "floor":
        whole = floor(scaled)
    elif rounding == "ceil":
        whole = ceil(scaled)
    else:
        whole = floor(abs(scaled) + Fraction(1, 2)) * (1 if scaled >= 0 else -1)
    text = _group(format_decimal(Fraction(whole, 10**places)), ",")
    return ("≈" + text) if rounding == "near" else text


def span(interval: Interval, places: int | None, scale: str = "", unit: str | None = None) -> str:
    """An interval as a message shows it, rounded outward, with scale and unit."""
    end = scale + suffix(unit)
    lo, hi = interval.lo, interval.hi
    if lo is None and hi is None:
        return "any value"
    if lo is None:
        return f"≤ {number(hi, places, 'ceil')}{end}"
    if hi is None:
        return f"≥ {number(lo, places, 'floor')}{end}"
    if lo == hi:
        return f"{number(lo, places)}{end}"
    return f"{number(lo, places, 'floor')} … {number(hi, places, 'ceil')}{end}"


def _group(text: str, separator: str) -> str:
    sign = ""
    if text[:1] in "≈":
        sign, text = text[0], text[1:]
    if text[:1] in "-−":
        sign, text = sign + text[0], text[1:]
    whole, dot, fraction = text.partition(".")
    if len(whole) > 3 and whole.isdigit():
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = separator.join([whole, *groups])
    return f"{sign}{whole}{dot}{fraction}"
