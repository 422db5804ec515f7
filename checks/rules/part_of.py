"""`part_of`: a part is no more than its whole.

    smes.little_giants_within:
      part_of: [smes.little_giants, smes.specialized]   # 14,600 of more than 140,000
"""

from __future__ import annotations

from checks.interval import Interval
from checks.rules import Order, Units, relation


@relation(
    "part_of",
    summary="part ≤ whole (possible when the part's lowest value is at most the whole's highest)",
    arity=2,
    result="none",
    units=Units(operands="same", result="any"),
)
def part_of(part: Interval, whole: Interval) -> Order:
    return Order(part, "<=", whole)
