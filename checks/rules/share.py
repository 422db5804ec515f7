"""`share`: part / whole × 100 is the stated percent.

    nev.share_of_sales:
      share: [nev.sales, vehicles.sales]      # 6.937 m / 15.653 m
      is: nev.share                           # 44.3%
"""

from __future__ import annotations

from checks.interval import Interval
from checks.rules import Units, relation


@relation(
    "share",
    summary="part / whole × 100 is the stated percent",
    arity=2,
    result="required",
    units=Units(operands="dimension", result="percent"),
    pivots=(0, 100),
)
def share(part: Interval, whole: Interval) -> Interval:
    return part / whole * 100
