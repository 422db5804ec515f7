"""`multiple`: now / before is the stated multiple ("sevenfold").

Whether "increased sevenfold" means now = 7 × before or now = 8 × before is the
ledger's decision, written in its `why:`; the rule divides.

    ai_glasses.jd_618:
      multiple: [ai_glasses.sales_2025, ai_glasses.sales_2024]
      is: ai_glasses.growth_fold        # "sevenfold"
      why: '"increased sevenfold year on year": read as 7 × last year'
"""

from __future__ import annotations

from checks.interval import Interval
from checks.rules import Units, relation


@relation(
    "multiple",
    summary="now / before is the stated multiple (the ledger's why says how to read -fold)",
    arity=2,
    result="required",
    units=Units(operands="same", result="times"),
    periods="first",
    pivots=(0, 1),
)
def multiple(now: Interval, before: Interval) -> Interval:
    return now / before
