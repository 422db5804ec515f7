"""`difference`: a − b is the stated result.

    electronics.gap:
      difference: [electronics.va_growth, industry.va_growth]   # 11.1% − 6.4%
      is: electronics.gap_over_industry                           # 4.7 pp
"""

from __future__ import annotations

from checks.interval import Interval
from checks.rules import Units, relation


@relation(
    "difference",
    summary="a − b is the stated result (percent − percent is in pp)",
    arity=2,
    result="required",
    units=Units(operands="same", result="pp"),
)
def difference(a: Interval, b: Interval) -> Interval:
    return a - b
