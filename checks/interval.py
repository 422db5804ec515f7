"""Exact rational intervals and their arithmetic; no I/O, no floats.

An :class:`Interval` is a closed set of rationals ``[lo, hi]``; a ``None`` end is
unbounded on that side (the interval is then open there: it holds finite values
only). Arithmetic is ordinary interval arithmetic over :class:`fractions.Fraction`,
so it is *sound*: the result of ``a op b`` contains ``x op y`` for every ``x`` in
``a`` and ``y`` in ``b``. For bounded operands (and a divisor that excludes 0) the
result is also *tight*: both of its ends are attained by some ``x op y``.

Operands may be an :class:`Interval`, ``int``, :class:`~fractions.Fraction` or
:class:`~decimal.Decimal` on either side. ``float`` (and ``bool``) are refused with
:class:`TypeError`: a binary float cannot state a decimal figure exactly.

Division by an interval that contains 0 gives :meth:`Interval.everything` — the
quotient cannot be constrained. Division by an unbounded interval (e.g. ``≥ 2``)
uses the closed reciprocal ``[0, 1/2]``, a sound over-approximation of ``(0, 1/2]``.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Union

from checks.values import Value

__all__ = ["Interval", "Number", "as_fraction", "format_decimal"]

Number = Union[int, Fraction, Decimal]

_SIGNIFICANT = 6  # digits shown for a value with no finite decimal expansion


def as_fraction(x: object, what: str = "value") -> Fraction:
    """``x`` as an exact Fraction; TypeError for floats, bools and non-numbers."""
    if isinstance(x, bool) or isinstance(x, float):
        raise TypeError(
            f"{what} must be int, Fraction or Decimal, not {type(x).__name__} {x!r}: "
            "binary floats are not exact"
        )
    if isinstance(x, Fraction):
        return x
    if isinstance(x, int):
        return Fraction(x)
    if isinstance(x, Decimal):
        if not x.is_finite():
            raise ValueError(f"{what} must be finite, got Decimal {x}")
        return Fraction(x)
    raise TypeError(f"{what} must be int, Fraction or Decimal, not {type(x).__name__} {x!r}")


# -- extended reals for the endpoint arithmetic -----------------------------------
# An endpoint is a Fraction, or one of the two sentinels below. They never escape
# this module: Interval stores None for an unbounded end.

_NEG, _POS = "-inf", "+inf"
_End = Union[Fraction, str]


def _sign(e: _End) -> int:
    if e == _NEG:
        return -1
    if e == _POS:
        return 1
    return (e > 0) - (e < 0)  # type: ignore[operator]


def _mul_ends(a: _End, b: _End) -> _End:
    """Product of two endpoints; 0 × ∞ = 0 (interval elements are finite)."""
    if isinstance(a, Fraction) and isinstance(b, Fraction):
        return a * b
    s = _sign(a) * _sign(b)
    if s == 0:
        return Fraction(0)
    return _POS if s > 0 else _NEG


def _key(e: _End) -> tuple[int, Fraction]:
    if e == _NEG:
        return (-1, Fraction(0))
    if e == _POS:
        return (1, Fraction(0))
    return (0, e)  # type: ignore[return-value]


def _lo_end(e: _End) -> Fraction | None:
    if e == _POS:  # pragma: no cover - cannot happen for a non-empty product
        raise AssertionError("lower end at +inf")
    return None if e == _NEG else e  # type: ignore[return-value]


def _hi_end(e: _End) -> Fraction | None:
    if e == _NEG:  # pragma: no cover - cannot happen for a non-empty product
        raise AssertionError("upper end at -inf")
    return None if e == _POS else e  # type: ignore[return-value]


class Interval(Value):
    """The closed rational interval ``[lo, hi]``; ``None`` = unbounded there."""

    __slots__ = ("lo", "hi")
    lo: Fraction | None
    hi: Fraction | None

    def __init__(self, lo: Number | None, hi: Number | None) -> None:
        lo = None if lo is None else as_fraction(lo, "Interval.lo")
        hi = None if hi is None else as_fraction(hi, "Interval.hi")
        if lo is not None and hi is not None and lo > hi:
            raise ValueError(f"Interval.lo must be <= Interval.hi, got {lo} > {hi}")
        self._set(lo=lo, hi=hi)

    # -- constructors ------------------------------------------------------------
    @classmethod
    def point(cls, x: Number) -> Interval:
        """The single value ``x``."""
        f = as_fraction(x)
        return cls(f, f)

    @classmethod
    def around(cls, x: Number, half_width: Number) -> Interval:
        """``[x - half_width, x + half_width]``; ``half_width`` must be >= 0."""
        f, h = as_fraction(x), as_fraction(half_width, "half_width")
        if h < 0:
            raise ValueError(f"half_width must be >= 0, got {h}")
        return cls(f - h, f + h)

    @classmethod
    def everything(cls) -> Interval:
        """Every rational: a value that cannot be constrained."""
        return cls(None, None)

    @classmethod
    def at_least(cls, x: Number) -> Interval:
        """``[x, +inf)``."""
        return cls(as_fraction(x), None)

    @classmethod
    def at_most(cls, x: Number) -> Interval:
        """``(-inf, x]``."""
        return cls(None, as_fraction(x))

    # -- properties --------------------------------------------------------------
    @property
    def is_bounded(self) -> bool:
        return self.lo is not None and self.hi is not None

    @property
    def is_point(self) -> bool:
        return self.is_bounded and self.lo == self.hi

    @property
    def width(self) -> Fraction | None:
        """``hi - lo``, or ``None`` when unbounded."""
        if self.lo is None or self.hi is None:
            return None
        return self.hi - self.lo

    @property
    def midpoint(self) -> Fraction | None:
        """``(lo + hi) / 2``, or ``None`` when unbounded."""
        if self.lo is None or self.hi is None:
            return None
        return (self.lo + self.hi) / 2

    # -- set operations ----------------------------------------------------------
    def contains(self, x: Number | Interval) -> bool:
        """Whether the value ``x`` (or the whole interval ``x``) lies inside."""
        if isinstance(x, Interval):
            lo_ok = self.lo is None or (x.lo is not None and self.lo <= x.lo)
            hi_ok = self.hi is None or (x.hi is not None and x.hi <= self.hi)
            return lo_ok and hi_ok
        f = as_fraction(x)
        return (self.lo is None or self.lo <= f) and (self.hi is None or f <= self.hi)

    def __contains__(self, x: object) -> bool:
        return self.contains(x)  # type: ignore[arg-type]

    def intersects(self, other: Interval | Number) -> bool:
        return self.gap(other) == 0

    def intersection(self, other: Interval | Number) -> Interval | None:
        """The common part, or ``None`` when they are disjoint."""
        o = _coerce(other)
        lo = _max_lo(self.lo, o.lo)
        hi = _min_hi(self.hi, o.hi)
        if lo is not None and hi is not None and lo > hi:
            return None
        return Interval(lo, hi)

    def hull(self, other: Interval | Number) -> Interval:
        """The smallest interval holding both."""
        o = _coerce(other)
        lo = None if self.lo is None or o.lo is None else min(self.lo, o.lo)
        hi = None if self.hi is None or o.hi is None else max(self.hi, o.hi)
        return Interval(lo, hi)

    def gap(self, other: Interval | Number) -> Fraction:
        """0 when the two intersect, else the distance between them."""
        o = _coerce(other)
        if self.hi is not None and o.lo is not None and self.hi < o.lo:
            return o.lo - self.hi
        if o.hi is not None and self.lo is not None and o.hi < self.lo:
            return self.lo - o.hi
        return Fraction(0)

    # -- arithmetic --------------------------------------------------------------
    def __neg__(self) -> Interval:
        lo = None if self.hi is None else -self.hi
        hi = None if self.lo is None else -self.lo
        return Interval(lo, hi)

    def __pos__(self) -> Interval:
        return self

    def __abs__(self) -> Interval:
        if self.lo is not None and self.lo >= 0:
            return self
        if self.hi is not None and self.hi <= 0:
            return -self
        hi = None if self.lo is None or self.hi is None else max(-self.lo, self.hi)
        return Interval(Fraction(0), hi)

    def __add__(self, other: Interval | Number) -> Interval:
        o = _coerce(other)
        lo = None if self.lo is None or o.lo is None else self.lo + o.lo
        hi = None if self.hi is None or o.hi is None else self.hi + o.hi
        return Interval(lo, hi)

    def __radd__(self, other: Number) -> Interval:
        return self + other

    def __sub__(self, other: Interval | Number) -> Interval:
        return self + -_coerce(other)

    def __rsub__(self, other: Number) -> Interval:
        return _coerce(other) + -self

    def __mul__(self, other: Interval | Number) -> Interval:
        o = _coerce(other)
        products = [
            _mul_ends(a, b)
            for a in (_NEG if self.lo is None else self.lo, _POS if self.hi is None else self.hi)
            for b in (_NEG if o.lo is None else o.lo, _POS if o.hi is None else o.hi)
        ]
        return Interval(_lo_end(min(products, key=_key)), _hi_end(max(products, key=_key)))

    def __rmul__(self, other: Number) -> Interval:
        return self * other

    def reciprocal(self) -> Interval:
        """``1 / self``; everything when ``self`` contains 0."""
        if self.contains(0):
            return Interval.everything()
        # 0 is excluded, so both ends share a sign; an unbounded end maps to 0.
        lo = Fraction(0) if self.hi is None else 1 / self.hi
        hi = Fraction(0) if self.lo is None else 1 / self.lo
        return Interval(lo, hi)

    def __truediv__(self, other: Interval | Number) -> Interval:
        o = _coerce(other)
        if o.contains(0):
            return Interval.everything()
        return self * o.reciprocal()

    def __rtruediv__(self, other: Number) -> Interval:
        return _coerce(other) / self

    # -- rendering ---------------------------------------------------------------
    def __str__(self) -> str:
        if self.lo is None and self.hi is None:
            return "any"
        if self.lo is None:
            return f"≤ {format_decimal(self.hi)}"  # type: ignore[arg-type]
        if self.hi is None:
            return f"≥ {format_decimal(self.lo)}"
        if self.lo == self.hi:
            return format_decimal(self.lo)
        return f"{format_decimal(self.lo)} … {format_decimal(self.hi)}"


def _coerce(x: Interval | Number) -> Interval:
    if isinstance(x, Interval):
        return x
    return Interval.point(as_fraction(x, "operand"))


def _max_lo(a: Fraction | None, b: Fraction | None) -> Fraction | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


def _min_hi(a: Fraction | None, b: Fraction | None) -> Fraction | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def _terminating_places(q: Fraction) -> int | None:
    """Decimal places of ``q``'s finite expansion, or None if it has none."""
    d = q.denominator
    twos = fives = 0
    while d % 2 == 0:
        d //= 2
        twos += 1
    while d % 5 == 0:
        d //= 5
        fives += 1
    return max(twos, fives) if d == 1 else None


def _round_to_places(q: Fraction, places: int, half_up: bool = False) -> int:
    """``q * 10**places`` rounded to an integer (half to even, or half away from 0)."""
    scaled = q * Fraction(10) ** places
    n, rem = divmod(scaled.numerator, scaled.denominator)
    twice = 2 * rem
    if twice > scaled.denominator or (
        twice == scaled.denominator and (half_up and scaled >= 0 or not half_up and n % 2)
    ):
        n += 1
    return n


def _digits(n: int, places: int) -> str:
    """The integer ``n / 10**places`` written as plain decimal text."""
    sign, text = ("-" if n < 0 else ""), str(abs(n))
    if places <= 0:
        return sign + text + "0" * -places
    text = text.rjust(places + 1, "0")
    return f"{sign}{text[:-places]}.{text[-places:]}"


def format_decimal(x: Number, places: int | None = None) -> str:
    """Render ``x`` as a plain decimal string (never scientific notation).

    With ``places=None`` an exact decimal is shown trimmed of trailing zeros
    (``Fraction(709, 20)`` -> ``"35.45"``); a value with no finite decimal
    expansion is rounded to 6 significant digits and marked ``≈``
    (``Fraction(1, 3)`` -> ``"≈0.333333"``).

    With ``places=n`` the value is rounded half away from zero to ``n`` places
    and shown with exactly ``n`` places, unmarked (``"4.70"``).
    """
    q = as_fraction(x)
    if places is not None:
        if places < 0:
            raise ValueError(f"places must be >= 0, got {places}")
        return _unsigned_zero(_digits(_round_to_places(q, places, half_up=True), places))
    exact = _terminating_places(q)
    if exact is not None:
        return _unsigned_zero(_trim(_digits(_round_to_places(q, exact), exact)))
    magnitude = len(str(abs(q.numerator) // q.denominator)) - 1 if abs(q) >= 1 else 0
    if abs(q) < 1:  # count the zeros after the point
        a = abs(q)
        while a < 1:
            a *= 10
            magnitude -= 1
    shown = _SIGNIFICANT - 1 - magnitude  # places kept; negative: round left of the point
    n = _round_to_places(q, shown)
    return "≈" + _unsigned_zero(_trim(_digits(n, shown)))


def _trim(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def _unsigned_zero(text: str) -> str:
    return text[1:] if text.startswith("-") and not text.strip("-0.") else text
