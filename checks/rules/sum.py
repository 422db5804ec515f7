"""`sum`: the operands add up to the stated result, or stay within it with `op`.

    nev.exports_and_domestic:
      sum: [nev.exports, nev.domestic_sales]
      is: nev.sales
    sectors.within_total:
      sum: [sector.a, sector.b]
      is: "100%"
      op: "<="                     # the parts may not add up to more than the whole
"""

from __future__ import annotations

from functools import reduce
from operator import add

from checks.interval import Interval
from checks.rules import OP, Units, relation


@relation(
    "sum",
    summary="the operands add up to the result (op: =, <=, >=, <, >; default =)",
    arity=(2, None),
    result="required",
    options={"op": OP},
    units=Units(operands="same", result="same"),
    periods="within",
)
def add_up(*parts: Interval) -> Interval:
    return reduce(add, parts)
