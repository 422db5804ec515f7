"""How a conflict reads: the one place that turns a failed requirement into words.

The first line shows the arithmetic (README, "Findings"):

    stated 4.9 pp, figures allow 4.6 … 4.8 pp (off by 0.1 pp; nearest consistent statement 4.8 pp)

* "figures allow" is the interval the operands' stated intervals allow ("stated
  digits give" under ``exact: true``), shown as `checks.rules._render` says.
* "off by" is the distance from the stated number to that interval (for an
  order, how far apart its two sides are).
* "nearest consistent statement" is left out for literals, for "nearly"/"about"
  results and when no figure at the result's precision fits.

The evidence is one aligned line per operand, then the result, then the options
that shape the arithmetic.
"""

from __future__ import annotations

from fractions import Fraction
from string import ascii_lowercase
from typing import Any, Mapping, NamedTuple

from checks.findings import Severity
from checks.interval import Interval, format_decimal
from checks.model import Relation
from checks.rounding import Disagreement
from checks.rules._registry import Rule
from checks.rules._render import Style, nearest_statement, number, said, span
from checks.rules._types import Conflict, Operand, Order

SYMBOLS = {"=": "=", "<": "<", "<=": "≤", ">": ">", ">=": "≥"}
_SHOWN_OPTIONS = ("formula", "tolerance", "weights", "op", "exact")


class Facts(NamedTuple):
    """Everything a message may quote about one evaluation."""

    rule: Rule
    relation: Relation
    operands: tuple[Operand, ...]
    result: Operand | None
    intervals: tuple[Interval, ...]  # as used: stated digits under exact
    exact: bool
    options: Mapping[str, Any]

    @property
    def verb(self) -> str:
        return "stated digits give" if self.exact else "figures allow"


# -- the four failures ----------------------------------------------------------------


def result(facts: Facts, allowed: Interval, *, material: bool) -> Conflict:
    stated = facts.result
    assert stated is not None
    style = Style.of(stated)
    off = _distance(stated.exact, allowed) or stated.interval.gap(allowed)
    notes = [f"off by {style.amount(off)}"]
    nearest = nearest_statement(stated, allowed)
    if nearest is not None:
        notes.append(f"nearest consistent statement {nearest}")
    message = f"stated {said(stated)}, {facts.verb} {style.span(allowed)} ({'; '.join(notes)})"
    return Conflict(message, evidence(facts), material)


def bound(facts: Facts, order: Order, *, material: bool) -> Conflict:
    """The result is a bound (`op`) that the computed value breaks."""
    stated = facts.result
    assert stated is not None
    style = Style.of(stated)
    message = (
        f"stated {said(stated)}, {facts.verb} {style.span(order.left)}, "
        f"but the {facts.rule.name} must be {SYMBOLS[order.op]} it ({_shortfall(order, style)})"
    )
    return Conflict(message, evidence(facts), material)


def order(facts: Facts, failed: Order, *, material: bool) -> Conflict:
    left, right = (facts.operands[i] for i in failed.sides)
    style = Style.of(left)
    style = style._replace(places=max(style.places, Style.of(right).places))
    message = (
        f"{said(left)} {SYMBOLS[failed.op]} {said(right)} cannot hold: {facts.verb} "
        f"{style.span(failed.left)} and {style._replace(unit=right.unit).span(failed.right)} "
        f"({_shortfall(failed, style)})"
    )
    return Conflict(message, evidence(facts), material)


def restated(facts: Facts, failed: Order, found: Disagreement) -> Conflict:
    """Two statements of one value whose digits no single rounding gives."""
    left, right = (facts.operands[i] for i in failed.sides)
    if found.kind == "tie":
        message = (f"{said(left)} = {said(right)} holds only through a rounding tie at {format_decimal(found.at)}: "
                   "half up and half to even round it apart")
        return Conflict(message, evidence(facts), False, Severity.WARNING)
    if found.kind == "rounds":
        message = (f"{said(left)} = {said(right)} cannot hold: exactly {format_decimal(found.at)} rounds to neither "
                   "under half up or half to even")
    else:
        message = (f"{said(left)} = {said(right)} cannot hold: both are rounded at the same digit, "
                   "and one value rounds to one figure")
    return Conflict(message, evidence(facts), False)


def not_whole(facts: Facts, index: int) -> Conflict:
    operand = facts.operands[index]
    message = (
        f"{said(operand)} is not a whole count: {facts.verb} "
        f"{Style.of(operand).span(facts.intervals[index])}, which holds no whole number"
    )
    return Conflict(message, evidence(facts), False)


def _shortfall(failed: Order, style: Style) -> str:
    gap = failed.shortfall
    return f"off by {style.amount(gap)}" if gap else "at best equal"


def _distance(x: Fraction, interval: Interval) -> Fraction:
    if interval.hi is not None and x > interval.hi:
        return x - interval.hi
    if interval.lo is not None and x < interval.lo:
        return interval.lo - x
    return Fraction(0)


# -- evidence ---------------------------------------------------------------------------


def evidence(facts: Facts) -> tuple[str, ...]:
    """One aligned line per operand (then the result): id, stated, interval, place."""
    named = "formula" in facts.relation.options
    rows = []
    for index, (operand, interval) in enumerate(zip(facts.operands, facts.intervals)):
        label = f"{ascii_lowercase[index]} = {operand.id}" if named and index < 26 else operand.id
        rows.append((label, operand, interval))
    if facts.result is not None:
        rows.append((facts.result.id, facts.result, facts.result.interval))
    cells = [(label, f'"{operand.stated}"', *_ends(interval), _place(operand)) for label, operand, interval in rows]
    widths = [max(len(cell[column]) for cell in cells) for column in range(4)]
    lines = []
    for label, stated, lo, hi, place in cells:
        middle = f" … {hi.ljust(widths[3])}" if hi else " " * (3 + widths[3]) if widths[3] else ""
        line = f"{label.ljust(widths[0])}  {stated.ljust(widths[1])}  {lo.rjust(widths[2])}{middle}  {place}"
        lines.append(line.rstrip())
    shown = [f"{name}: {_option_text(facts.relation.options[name])}"
             for name in _SHOWN_OPTIONS if name in facts.relation.options]
    if shown:
        lines.append("with " + ", ".join(shown))
    if facts.exact:
        lines.extend(f"{operand.id}: {operand.stated!r} restates the recorded {operand.recorded!r} coarser, "
                     "so its interval is used, not its digits" for operand in facts.operands if operand.recorded)
    return tuple(lines)


def _ends(interval: Interval) -> tuple[str, str]:
    if interval.is_bounded and not interval.is_point:
        return number(interval.lo), number(interval.hi)  # type: ignore[arg-type]
    return span(interval, None), ""


def _place(operand: Operand) -> str:
    if not operand.locations:
        return "literal"
    first = operand.locations[0]
    text = str(first) + (f" ({first.note})" if first.note else "")
    more = len(operand.locations) - 1
    return text + (f" (+{more} more)" if more else "")


def _option_text(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(str(item) for item in value) + "]"
    return str(value)
