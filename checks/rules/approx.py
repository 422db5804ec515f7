"""`approx`: a formula over the operands is the result within a stated tolerance.

For economic identities that only hold approximately; `tolerance` (absolute, in
the result's unit) and `why` are mandatory, never defaulted.

    equipment.contribution:
      approx: [equipment.va_share, equipment.va_growth]   # 35.5%, 10.2%
      formula: a * b / 100
      is: equipment.contribution                           # 3.4 pp
      tolerance: "0.3"
      why: the contribution weights growth by last year's share, a little lower than 35.5%
"""

from __future__ import annotations

from fractions import Fraction

from checks.interval import Interval
from checks.rules import FORMULA, TOLERANCE, WHY, Formula, Units, relation


@relation(
    "approx",
    summary="formula over a, b, c, ... is the result within tolerance (why is required)",
    arity=(1, 26),
    result="required",
    options={"formula": FORMULA.needed(), "tolerance": TOLERANCE.needed(), "why": WHY.needed()},
    units=Units(operands="any", result="any"),
)
def approx(*values: Interval, formula: Formula, tolerance: Fraction) -> Interval:
    return formula.evaluate(values) + Interval(-tolerance, tolerance)
