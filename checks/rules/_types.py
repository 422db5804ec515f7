"""The values that cross the rules' boundary: what the engine passes in, what a
rule function returns, and what `check` / `validate` hand back.

A rule function returns a *verdict*: one requirement or a tuple of them, tested
in order (the first that fails is the conflict):

* an :class:`Interval` — the interval the stated result must meet (with the
  relation's `op`, when the kind takes one, comparing it with the result);
* an :class:`Order` — "left op right" must hold for some values in the two
  intervals (a predicate over its operands: `compare`, `part_of`);
* a :class:`Whole` — the operand at that position must hold a whole number.
"""

from __future__ import annotations

from fractions import Fraction
from typing import NamedTuple, Union

from checks.findings import Location, Severity
from checks.interval import Interval
from checks.values import Value

OPS = ("=", "<", "<=", ">", ">=")


class Operand(NamedTuple):
    """One figure as read from the document (or an external claim, or a literal)."""

    id: str  # claim id, or the literal text
    stated: str  # the stated text, e.g. "11.1%"
    interval: Interval  # what the stated figure allows (rounding + qualifier)
    exact: Fraction  # the stated digits as a rational (for `exact: true`)
    unit: str  # canonical unit: percent, pp, count, yuan, units, tons, times, ...
    period: str  # 2025-H1, 2025-Q1, 2025-01..05, 2025-06-30, none
    locations: tuple[Location, ...]  # where it is stated; () for a literal
    step: Fraction | None = None  # the step it was rounded to (0: exact); None when hedged
    recorded: str | None = None  # the ledger's value, when this figure restates it coarser or hedged


class Conflict(NamedTuple):
    """A relation the stated figures cannot satisfy."""

    message: str  # one line: stated, allowed, how far off, nearest consistent statement
    evidence: tuple[str, ...]  # one aligned line per operand (and the result)
    material: bool  # the figures say the opposite direction or order
    severity: Severity = Severity.ERROR  # WARNING: the figures agree only at a rounding tie


class Problem(NamedTuple):
    """A load-time typing or shape error in one relation."""

    field: str  # the relation's key it is about: "difference", "is", "op", ...
    message: str  # one line: what was found, what is expected


class Order(Value):
    """``left op right`` must hold for some values of the two intervals.

    ``sides`` names which operands (by position) stand on each side, so that the
    message can quote what they stated; a rule's Order compares its first
    operand with its second unless it says otherwise.
    """

    __slots__ = ("left", "op", "right", "sides")
    left: Interval
    op: str
    right: Interval
    sides: tuple[int, int]

    def __init__(self, left: Interval, op: str, right: Interval, sides: tuple[int, int] = (0, 1)) -> None:
        if op not in OPS:
            raise ValueError(f"Order.op must be one of {', '.join(OPS)}, got {op!r}")
        self._set(left=left, op=op, right=right, sides=sides)

    @property
    def possible(self) -> bool:
        """Whether some x in left and y in right satisfy ``x op y``."""
        lo, hi = self.left, self.right
        if self.op == "=":
            return lo.intersects(hi)
        if self.op in ("<", "<="):
            if lo.lo is None or hi.hi is None:
                return True
            return lo.lo < hi.hi if self.op == "<" else lo.lo <= hi.hi
        if lo.hi is None or hi.lo is None:
            return True
        return lo.hi > hi.lo if self.op == ">" else lo.hi >= hi.lo

    @property
    def reversed(self) -> bool:
        """Whether the figures establish the opposite strict order for all values."""
        lo, hi = self.left, self.right
        if self.op in ("<", "<="):
            return lo.lo is not None and hi.hi is not None and lo.lo > hi.hi
        if self.op in (">", ">="):
            return lo.hi is not None and hi.lo is not None and lo.hi < hi.lo
        return False

    @property
    def shortfall(self) -> Fraction:
        """How far the two sides are from allowing the order (0 if it holds, or
        if only equality stands in the way of a strict order)."""
        lo, hi = self.left, self.right
        if self.op == "=":
            return lo.gap(hi)
        if self.op in ("<", "<="):
            if lo.lo is None or hi.hi is None:
                return Fraction(0)
            return max(Fraction(0), lo.lo - hi.hi)
        if lo.hi is None or hi.lo is None:
            return Fraction(0)
        return max(Fraction(0), hi.lo - lo.hi)


class Whole(Value):
    """The operand at ``index`` must hold a whole number (a count)."""

    __slots__ = ("index",)
    index: int

    def __init__(self, index: int) -> None:
        self._set(index=index)


Requirement = Union[Interval, Order, Whole]
Verdict = Union[Requirement, tuple[Requirement, ...]]
