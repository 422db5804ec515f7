"""Unit typing of a relation: which units its operands may have, and its result.

Units are the ledger's canonical names (percent, pp, count, yuan, units, ...).
A literal written as a bare number ("7", "0") has no unit and fits any.
A relation with a `units:` reason skips these checks.
"""

from __future__ import annotations

from typing import Optional, Sequence

from checks.rules._types import Problem
from checks.values import Value

COUNTED = ("count", "units")
"""Units of things counted one by one (whole numbers)."""

Typed = tuple[str, Optional[str]]  # (operand id, unit or None for a bare literal)

_OPERANDS = {
    "same": "needs its operands in one unit",
    "dimension": "needs its operands in one unit (percent and pp count as one)",
    "count": "counts whole things, expected unit count or units",
    "any": "",
}
_RESULTS = ("same", "pp", "percent", "times", "any")


class Units(Value):
    """A kind's unit rule.

    ``operands``: "same" (one unit), "dimension" (one unit, percent ~ pp),
    "count" (one unit, and it counts whole things) or "any".
    ``result``: "same" (the operands' unit), "pp" (pp for percent operands, else
    the operands' unit), "percent", "times" or "any".
    """

    __slots__ = ("operands", "result")
    operands: str
    result: str

    def __init__(self, operands: str = "same", result: str = "same") -> None:
        if operands not in _OPERANDS:
            raise ValueError(f"Units.operands must be one of {', '.join(_OPERANDS)}, got {operands!r}")
        if result not in _RESULTS:
            raise ValueError(f"Units.result must be one of {', '.join(_RESULTS)}, got {result!r}")
        self._set(operands=operands, result=result)

    def problems(self, kind: str, operands: Sequence[Typed], result: Typed | None) -> list[Problem]:
        found: list[Problem] = []
        typed = [(ref, unit) for ref, unit in operands if unit is not None]
        if self.operands == "count":
            for ref, unit in typed:
                if unit not in COUNTED:
                    found.append(Problem(kind, f"{ref} is in {unit}; {kind} {_OPERANDS['count']}"))
            if found:
                return found
        key = _dimension if self.operands == "dimension" else (lambda unit: unit)
        if self.operands != "any" and len({key(unit) for _, unit in typed}) > 1:
            listing = ", ".join(f"{ref} is {unit}" for ref, unit in dict.fromkeys(typed))
            needs = _OPERANDS["same" if self.operands == "count" else self.operands]
            found.append(Problem(kind, f"operands differ in unit: {listing}; {kind} {needs} "
                                       "(or say why in 'units:')"))
        if result is None or result[1] is None or found:
            return found
        expected, why = self._expected(kind, {unit for _, unit in typed})
        if expected is not None and result[1] != expected:
            found.append(Problem("is", f"{result[0]} is in {result[1]}, expected {expected}: {why} "
                                       "(or say why in 'units:')"))
        return found

    def _expected(self, kind: str, units: set[str]) -> tuple[str | None, str]:
        if self.result == "percent":
            return "percent", f"{kind} gives a percent"
        if self.result == "times":
            return "times", f"{kind} gives a multiple"
        if self.result == "any" or len(units) != 1:
            return None, ""
        (unit,) = units
        if self.result == "pp" and unit == "percent":
            return "pp", f"a {kind} of percents is in percentage points"
        return unit, f"a {kind} of {unit} figures is in {unit}"


def _dimension(unit: str) -> str:
    return "percent" if unit == "pp" else unit
