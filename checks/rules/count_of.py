"""`count_of`: n of m — both whole counts, n ≤ m; with `is`, n / m × 100.

    fiveg.categories:
      count_of: [fiveg.categories_covered, economy.major_categories]   # 86 of the 97
"""

from __future__ import annotations

from math import ceil, floor

from checks.interval import Interval
from checks.rules import Order, Units, Whole, relation


def whole_numbers(interval: Interval) -> Interval:
    """The smallest interval with whole-number ends holding the whole numbers of
    ``interval`` (``interval`` itself when it holds none: `Whole` reports that)."""
    lo = None if interval.lo is None else ceil(interval.lo)
    hi = None if interval.hi is None else floor(interval.hi)
    if lo is not None and hi is not None and lo > hi:
        return interval
    return Interval(lo, hi)


@relation(
    "count_of",
    summary="n of m: whole counts with n ≤ m; with is, n / m × 100 is the stated percent",
    arity=2,
    result="optional",
    units=Units(operands="count", result="percent"),
    pivots=(0, 100),
)
def count_of(n: Interval, m: Interval) -> tuple:
    n, m = whole_numbers(n), whole_numbers(m)
    return Whole(0), Whole(1), Order(n, "<=", m), n / m * 100
