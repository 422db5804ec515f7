"""Relation options: how each one is read from the ledger, and what it must be.

The ledger hands options over as YAML source text (strings, lists of strings) or
booleans; a reader turns the raw value into what the rule uses, or raises
:class:`OptionError` with a one-line "found ..., expected ..." message. Numbers
are read as decimals from their text, never through binary floats.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, Callable, NamedTuple

from checks.literals import LiteralError, check_bounds
from checks.rules._formula import Formula, FormulaError
from checks.rules._types import OPS


class OptionError(ValueError):
    """An option value that cannot be used; the message says what is expected."""


class Option(NamedTuple):
    """One option a kind accepts.

    ``read(value, operands)`` turns the raw ledger value into the rule's value
    (``operands`` is how many operands the relation lists) or raises OptionError.
    """

    expected: str  # what a valid value looks like, for messages and docs
    read: Callable[[Any, int], Any]
    required: bool = False
    default: Any = None

    def needed(self) -> Option:
        """The same option, but mandatory for this kind."""
        return self._replace(required=True)


def _reason(value: Any, operands: int) -> str:
    if not isinstance(value, str) or not value.strip():
        raise OptionError(f"found {_show(value)}, expected one line of text")
    return value.strip()


def _flag(value: Any, operands: int) -> bool:
    if not isinstance(value, bool):
        raise OptionError(f"found {_show(value)}, expected true or false")
    return value


def _op(value: Any, operands: int) -> str:
    if value not in OPS:
        raise OptionError(f"found {_show(value)}, expected one of: {', '.join(OPS)}")
    return value


def decimal_number(value: Any, what: str = "a decimal number") -> Fraction:
    """A number written as text (or an int / Decimal) as an exact Fraction.

    A float is read through its shortest repr, which gives back the digits a
    YAML author wrote for any literal of up to 15 significant digits.
    """
    if isinstance(value, bool):
        raise OptionError(f"found {_show(value)}, expected {what}")
    if isinstance(value, (int, Decimal, Fraction)):
        parsed = value
    elif isinstance(value, (str, float)):
        try:
            parsed = Decimal(value.strip() if isinstance(value, str) else repr(value))
        except InvalidOperation:
            raise OptionError(f"found {_show(value)}, expected {what}") from None
        if not parsed.is_finite():
            raise OptionError(f"found {_show(value)}, expected {what}")
    else:
        raise OptionError(f"found {_show(value)}, expected {what}")
    try:
        return parsed if isinstance(parsed, Fraction) else Fraction(check_bounds(Decimal(parsed)))
    except LiteralError as error:
        raise OptionError(f"found {_show(value)}, expected {what}; {error}") from None


def _tolerance(value: Any, operands: int) -> Fraction:
    expected = "a decimal number >= 0 in the result's unit, e.g. '0.5'"
    number = decimal_number(value, expected)
    if number < 0:
        raise OptionError(f"found {_show(value)}, expected {expected}")
    return number


def _weights(value: Any, operands: int) -> tuple[Fraction, ...]:
    expected = f"a list of {operands} positive numbers, one per operand"
    if not isinstance(value, (list, tuple)):
        raise OptionError(f"found {_show(value)}, expected {expected}")
    if len(value) != operands:
        raise OptionError(f"found {len(value)} weight(s), expected {expected}")
    weights = tuple(decimal_number(item, expected) for item in value)
    for item, weight in zip(value, weights):
        if weight <= 0:
            raise OptionError(f"found weight {_show(item)}, expected {expected}")
    return weights


def _formula(value: Any, operands: int) -> Formula:
    if not isinstance(value, str):
        raise OptionError(f"found {_show(value)}, expected an arithmetic expression such as 'a * b / 100'")
    try:
        return Formula.parse(value, operands)
    except FormulaError as error:
        raise OptionError(str(error)) from None


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "nothing"
    return repr(value) if isinstance(value, str) else str(value)


# -- the options --------------------------------------------------------------------

WHY = Option("one line: the words of the text this relation comes from", _reason)
PERIODS = Option("one line: why the operands' periods differ on purpose", _reason)
UNITS = Option("one line: why the operands' units differ on purpose", _reason)
EXACT = Option("true or false: compute on the stated digits", _flag, default=False)
OP = Option(f"one of {', '.join(OPS)}", _op, default="=")
TOLERANCE = Option("a decimal number >= 0 in the result's unit", _tolerance)
WEIGHTS = Option("a list of positive numbers, one per operand", _weights)
FORMULA = Option("arithmetic over a, b, c, ... with + - * / and parentheses", _formula)

COMMON: dict[str, Option] = {"why": WHY, "periods": PERIODS, "units": UNITS, "exact": EXACT}
"""Options every kind accepts; a kind may make one mandatory with `.needed()`."""
