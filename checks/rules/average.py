"""`average`: the mean of the operands is the stated whole (weighted with `weights`).

    industry.h1_from_quarters:
      average: [industry.va_growth_q1, industry.va_growth_q2]   # 6.5% and 6.3%
      is: industry.va_growth                                     # 6.4%
"""

from __future__ import annotations

from fractions import Fraction
from functools import reduce
from operator import add

from checks.interval import Interval
from checks.rules import WEIGHTS, Units, relation


@relation(
    "average",
    summary="the mean of the operands is the result (weights: one positive number each)",
    arity=(2, None),
    result="required",
    options={"weights": WEIGHTS},
    units=Units(operands="same", result="same"),
    periods="within",
)
def average(*values: Interval, weights: tuple[Fraction, ...] | None = None) -> Interval:
    weights = weights or (Fraction(1),) * len(values)
    return reduce(add, (value * weight for value, weight in zip(values, weights))) / sum(weights)
