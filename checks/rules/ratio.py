"""`ratio`: a / b is the stated result (a multiple, unit `times`).

    exports.to_imports:
      ratio: [trade.exports, trade.imports]
      is: trade.cover          # "exports were 1.3 times imports"
"""

from __future__ import annotations

from checks.interval import Interval
from checks.rules import Units, relation


@relation(
    "ratio",
    summary="a / b is the stated multiple",
    arity=2,
    result="required",
    units=Units(operands="dimension", result="times"),
    pivots=(0, 1),
)
def ratio(a: Interval, b: Interval) -> Interval:
    return a / b
