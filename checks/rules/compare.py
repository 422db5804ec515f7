"""`compare`: a op b for op one of =, <, <=, >, >= ("=": the intervals meet).

    growth.equipment_above_industry:
      compare: [equipment.va_growth, industry.va_growth]   # 10.2% vs 6.4%
      op: ">"
"""

from __future__ import annotations

from checks.interval import Interval
from checks.rules import OP, Order, Units, relation


@relation(
    "compare",
    summary="a op b holds for some values (op: =, <, <=, >, >=; '=' means the intervals meet)",
    arity=2,
    result="none",
    options={"op": OP.needed()},
    units=Units(operands="same", result="any"),
)
def compare(a: Interval, b: Interval, *, op: str) -> Order:
    return Order(a, op, b)
