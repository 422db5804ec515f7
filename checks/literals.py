"""Decimal literals a ledger writes (tolerance, precision, formula numbers): bounded.

Figures are exact, so a literal becomes a fraction: `1e-9999999` a fraction with a
ten-million-digit denominator (minutes of CPU in every comparison), `1e9999999` a
ten-million-digit integer. A literal is read only with at most `MAX_DIGITS`
significant digits and a magnitude between 10**-MAX_EXPONENT and 10**MAX_EXPONENT
(or zero); anything else is a `LiteralError` whose message says what to write.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

MAX_DIGITS = 100
MAX_EXPONENT = 100


class LiteralError(ValueError):
    """A literal that is not a decimal number within the bounds; the message says why."""


def bounded_decimal(text: str) -> Decimal:
    """`text` as a finite Decimal within the bounds (zero is plain 0), or LiteralError."""
    try:
        value = Decimal(text.strip()) if len(text) <= 4 * MAX_DIGITS else None
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise LiteralError("not a decimal number such as 0.5 or 1e-6")
    return check_bounds(value)


def check_bounds(value: Decimal) -> Decimal:
    """`value` itself if it is within the bounds (zero as plain 0), else LiteralError."""
    if not value:
        return Decimal(0)
    digits = len(value.as_tuple().digits)
    if digits > MAX_DIGITS:
        raise LiteralError(f"it has {digits} digits; write at most {MAX_DIGITS}")
    if not -MAX_EXPONENT <= value.adjusted() <= MAX_EXPONENT:
        raise LiteralError(f"it is of the order of 1e{value.adjusted()}; write a number between "
                           f"1e-{MAX_EXPONENT} and 1e{MAX_EXPONENT}")
    return value
