"""`check`: run a relation's rule on its operands and decide whether it holds.

The relation holds when SOME values inside the stated intervals satisfy it. The
rule function computes (see `checks.rules._types` for its verdicts); this module
alone decides whether a relation holds (the engine compares mentions with the
ledger, never a relation), and `checks.rules._conflict` alone phrases what it found.

``exact: true`` replaces every operand by the point of its stated digits
(``Operand.exact``: "11.1%" is exactly 11.1, whatever its rounding or qualifier);
the result keeps its interval. So an exact relation holds when the value
computed from the stated digits lies in the result's interval, i.e. the stated
result is a correct rounding of it (a value exactly half-way between two
statements accepts both). Orders and whole-number checks then compare the
stated digits themselves. An operand restated coarser than the ledger recorded
it ("6%" for "6.4%": ``Operand.recorded``) keeps its interval: the relation was
written for the finer digits, which the coarse ones do not give back.

An ``=`` order between two plain statements (`compare` with ``op: "="``) says
they state one value, so `checks.rounding` decides it: the same digits at one
step, correct roundings of one value at different steps; meeting only at a
rounding tie is a warning.
"""

from __future__ import annotations

from math import ceil
from typing import Sequence

from checks.interval import Interval
from checks.model import Relation
from checks.rounding import Statement, disagreement
from checks.rules import _conflict
from checks.rules._registry import RULES, Rule
from checks.rules._types import Conflict, Operand, Order, Whole


def check(relation: Relation, operands: Sequence[Operand], result: Operand | None) -> Conflict | None:
    """The conflict the stated figures make with ``relation``, or None if it holds.

    Expects a relation that `validate` accepted; raises ValueError otherwise.
    """
    rule = RULES.get(relation.kind)
    if rule is None:
        raise ValueError(f"unknown relation kind {relation.kind!r}; run validate first")
    if not rule.accepts(len(operands)):
        raise ValueError(f"{relation.id}: {rule.name} takes {rule.arity_text}, got {len(operands)}")
    if rule.result == "required" and result is None:
        raise ValueError(f"{relation.id}: {rule.name} needs a result")
    options = rule.read_options(relation)
    exact = bool(options["exact"])
    intervals = [Interval.point(operand.exact) if exact and operand.recorded is None else operand.interval
                 for operand in operands]
    facts = _conflict.Facts(rule, relation, tuple(operands), result, tuple(intervals), exact, options)
    for requirement in rule.evaluate(intervals, options):
        if isinstance(requirement, Whole):
            if not holds_whole(intervals[requirement.index]):
                return _conflict.not_whole(facts, requirement.index)
        elif isinstance(requirement, Order):
            if not requirement.possible:
                return _conflict.order(facts, requirement, material=_order_material(rule, requirement))
            if requirement.op == "=" and not exact:
                found = _restatement(operands, requirement)
                if found is not None:
                    return _conflict.restated(facts, requirement, found)
        elif result is not None:
            op = _result_op(rule, options)
            if op == "=":
                if not requirement.intersects(result.interval):
                    material = _swapped(rule.pivots, result.interval, requirement)
                    return _conflict.result(facts, requirement, material=material)
            else:
                bound = Order(requirement, op, result.interval)
                if not bound.possible:
                    return _conflict.bound(facts, bound, material=bound.reversed)
    return None


def _restatement(operands: Sequence[Operand], order: Order):
    """Why the two sides of an ``=`` cannot state one value, or None (`checks.rounding`)."""
    sides = [operands[index] for index in order.sides]
    return disagreement([Statement(side.exact, side.step, side.interval) for side in sides])


def holds_whole(interval: Interval) -> bool:
    """Whether ``interval`` contains a whole number."""
    if interval.lo is None or interval.hi is None:
        return True
    return ceil(interval.lo) <= interval.hi


def _result_op(rule: Rule, options: dict) -> str:
    """A kind with an `op` its function does not take compares the result with it."""
    if "op" in rule.options and "op" not in rule.keywords:
        return options["op"]
    return "="


def _order_material(rule: Rule, order: Order) -> bool:
    if order.op == "=":
        return _swapped(rule.pivots, order.left, order.right)
    return order.reversed


def _swapped(pivots: tuple[int, ...], stated: Interval, allowed: Interval) -> bool:
    """Whether some pivot lies strictly between the two: the stated side says
    "above" where the figures say "below", or the reverse."""
    for pivot in pivots:
        if stated.lo is not None and stated.lo > pivot and allowed.hi is not None and allowed.hi < pivot:
            return True
        if stated.hi is not None and stated.hi < pivot and allowed.lo is not None and allowed.lo > pivot:
            return True
    return False
