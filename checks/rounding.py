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
  their intervals must share more than a point (35.5% and 36%, 15.653 and 15.65
  agree; 15.653 and 15.66 conflict);
* sharing **only a point** that is a rounding boundary ("2,500" exact and
  "3,000" at thousands meet only at 2,500) they agree only if that tie was
  rounded one way rather than the other: a warning, not a pass;
* a hedged statement ("about 36%", "more than 35%") keeps its bounds: its
  interval must meet the others.

Intervals merely meeting remains the test between *different* quantities in a
relation (`checks.rules`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from fractions import Fraction
from typing import Sequence

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


@dataclass(frozen=True)
class Statement:
    """One statement of a quantity: its stated value, its step (None when hedged:
    a bound or an estimate is not a rounding) and the interval it allows."""

    value: Fraction
    step: Fraction | None
    interval: Interval


@dataclass(frozen=True)
class Disagreement:
    """Statements ``first`` and ``second`` (indices) cannot state one value.

    ``kind``: "digits" (one step, other digits), "apart" (disjoint intervals) or
    "tie" (they meet only at ``at``, a rounding boundary: a warning).
    """

    first: int
    second: int
    kind: str
    at: Fraction | None = None


def disagreement(statements: Sequence[Statement]) -> Disagreement | None:
    """Why these statements cannot all state one value, or None when they can."""
    digits = None
    for i, a in enumerate(statements):
        for j in range(i + 1, len(statements)):
            b = statements[j]
            if not a.interval.intersects(b.interval):
                return Disagreement(i, j, "apart")
            if digits is None and a.step is not None and a.step == b.step and a.value != b.value:
                digits = Disagreement(i, j, "digits")
    if digits is not None or len(statements) < 2:
        return digits
    common = statements[0].interval
    for statement in statements[1:]:
        common = common.intersection(statement.interval)  # type: ignore[assignment]
    if not common.is_point:
        return None
    point = common.lo
    for i, statement in enumerate(statements):
        if statement.step and point in (statement.value - statement.step / 2, statement.value + statement.step / 2):
            others = [k for k, other in enumerate(statements) if k != i]
            pinning = [k for k in others if point in (statements[k].interval.lo, statements[k].interval.hi)]
            return Disagreement(*sorted((i, (pinning or others)[0])), "tie", point)
    return None
