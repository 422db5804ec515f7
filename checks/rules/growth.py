"""`growth`: (value / prior − 1) × 100 is the stated rate in percent.

    nev.sales_growth:
      growth: [nev.sales, nev.sales_2024h1]
      is: nev.sales_growth          # 40.3%
"""

from __future__ import annotations

from checks.interval import Interval
from checks.rules import Units, relation


@relation(
    "growth",
    summary="(value / prior − 1) × 100 is the stated rate",
    arity=2,
    result="required",
    units=Units(operands="same", result="percent"),
    periods="first",
)
def growth(value: Interval, prior: Interval) -> Interval:
    return (value / prior - 1) * 100
