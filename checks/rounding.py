"""Rounding is a function: the step a stated figure was rounded to, and whether
several statements of one quantity can all be correct roundings of one value.

A plain figure (no qualifier) is a rounding of the true value at its *step*: the
ledger's ``precision`` for the claim, else the step of its last written digit
(integers at their last non-zero digit: "520,000" at 10,000), narrowed by a
per-unit default (``defaults: precision: {count: 1000}``) down to at most the
last digit actually written ("20,000" at 1,000; "12.5 million" stays at
100,000). A number word is exact (step 0).

Statements of one quantity (the mentions of a claim; `compare` with ``=``):

* at the **same step** they must be the same digits: rounding one value at one
  step gives one result, so 35.5% and 35.6% conflict although their intervals
  touch at 35.55;
* at **different steps** they must be correct roundings of one common value:
  their intervals must meet (35.5% and 36%, 15.653 and 15.65 agree; 15.653 and
  15.66 conflict);
* where the finer digits lie **exactly half a coarser step** from the coarser
  statement, the two common conventions may round them apart: 35.45 is 35.5 half
  up and 35.4 half to even, so 35.45% beside 35.5% (or 35.4%) is a warning, not a
  pass; 35.5 is 36 either way, so 35.5% beside 36% agrees. An exact figure
  (step 0) has no other value to fall back on: exactly 3,500 beside "3,000" is a
  conflict (both conventions give 4,000);
* a hedged statement ("about 36%", "more than 35%") keeps its bounds: its
  interval must meet the others.

Intervals merely meeting remains the test between *different* quantities in a
relation (`checks.rules`).
"""

from __future__ import annotations

import unicodedata
from fractions import Fraction
from math import floor
from typing import NamedTuple, Sequence

from checks.interval import Interval
from checks.numbers import Figure

__all__ = ["Disagreement", "Statement", "disagreement", "rounding_step", "written_step"]


def written_step(figure: Figure) -> Fraction:
    """The step of the last digit actually written, zeros included.

    "20,000" -> 1; "20 million" -> 1,000,000; "12.5 million" -> 100,000; "52万" -> 10,000.
    """
    numeral = figure.numeral
    zeros = 0
    if "." not in numeral and "．" not in numeral:
        digits = "".join(c for c in numeral if c.isdigit())
        kept = digits.rstrip("".join(c for c in set(digits) if unicodedata.digit(c, 1) == 0))
        zeros = len(digits) - len(kept) if kept else 0
    return Fraction(10) ** (figure.exponent - zeros)


def rounding_step(figure: Figure, precision: Fraction | None = None, unit_default: Fraction | None = None) -> Fraction:
    """The step ``figure`` was rounded to (0: exact).

    ``precision`` (the claim's own) wins; a number word is exact; ``unit_default``
    (the ledger's per-unit precision) may say that written trailing zeros are
    significant, never that unwritten digits are.
    """
    if precision is not None:
        return precision
    if figure.spelled_out:
        return Fraction(0)
    if unit_default is not None:
        return max(written_step(figure), min(unit_default, figure.step))
    return figure.step


class Statement(NamedTuple):
    """One statement of a quantity: its stated value, its step (None when hedged:
    a bound or an estimate is not a rounding) and the interval it allows."""

    value: Fraction
    step: Fraction | None
    interval: Interval


class Disagreement(NamedTuple):
    """Statements ``first`` and ``second`` (indices) cannot state one value.

    ``kind``: "digits" (one step, other digits), "apart" (disjoint intervals),
    "rounds" (an exact figure ``at`` that both conventions round elsewhere) or
    "tie" (finer digits ``at`` that half up and half to even round apart: a warning).
    """

    first: int
    second: int
    kind: str
    at: Fraction | None = None


def disagreement(statements: Sequence[Statement]) -> Disagreement | None:
    """Why these statements cannot all state one value, or None when they can.

    A disjoint pair comes first, then a same-step pair with other digits, then a tie.
    """
    digits = tie = None
    for i, a in enumerate(statements):
        for j in range(i + 1, len(statements)):
            b = statements[j]
            if not a.interval.intersects(b.interval):
                return Disagreement(i, j, "apart")
            if a.step is None or b.step is None:
                continue  # a hedge keeps its bounds: meeting is all it can say
            if a.step == b.step:
                if a.value != b.value and digits is None:
                    digits = Disagreement(i, j, "digits")
            else:
                fine, coarse = (a, b) if a.step < b.step else (b, a)
                if abs(fine.value - coarse.value) != coarse.step / 2:
                    continue
                roundings = {_half_up(fine.value, coarse.step), round(fine.value / coarse.step) * coarse.step}
                if coarse.value not in roundings and fine.step == 0:
                    return Disagreement(i, j, "rounds", fine.value)
                if len(roundings) == 2 and tie is None:
                    tie = Disagreement(i, j, "tie", fine.value)
    return digits or tie


def _half_up(value: Fraction, step: Fraction) -> Fraction:
    """``value`` rounded to a multiple of ``step``, halves away from zero."""
    magnitude = floor(abs(value) / step + Fraction(1, 2)) * step
    return magnitude if value >= 0 else -magnitude
