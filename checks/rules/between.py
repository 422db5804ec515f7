"""`between`: the stated whole lies between the smallest and largest operand.

    industry.h1_between_quarters:
      between: [industry.va_growth_q1, industry.va_growth_q2]   # 6.5%, 6.3%
      is: industry.va_growth                                     # 6.4%
"""

from __future__ import annotations

from checks.interval import Interval
from checks.rules import Units, relation


@relation(
    "between",
    summary="min(operands) ≤ result ≤ max(operands)",
    arity=(2, None),
    result="required",
    units=Units(operands="same", result="same"),
    periods="within",
)
def between(*values: Interval) -> Interval:
    lows = [value.lo for value in values]
    highs = [value.hi for value in values]
    lo = None if None in lows else min(lows)
    hi = None if None in highs else max(highs)
    return Interval(lo, hi)
