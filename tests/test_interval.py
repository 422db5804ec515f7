"""checks.interval: exact rational intervals and their arithmetic."""

import operator
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from checks.interval import Interval, as_fraction, format_decimal
from strategies import (
    grid,
    grid_intervals,
    interval_and_member,
    intervals,
    scalars,
    widenings,
)

F = Fraction
OPERATORS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def members(i: Interval) -> list[Fraction]:
    """The grid points inside a bounded grid interval."""
    return [x for x in grid() if i.contains(x)]


def is_exact(i: Interval) -> bool:
    return all(end is None or type(end) is Fraction for end in (i.lo, i.hi))


# -- constructing -----------------------------------------------------------------


def test_point_is_a_closed_interval_of_one_value():
    assert Interval.point(F(71, 2)) == Interval(F(71, 2), F(71, 2))


def test_around_spans_half_width_either_side():
    assert Interval.around(Decimal("35.5"), Decimal("0.05")) == Interval(F(709, 20), F(711, 20))


def test_one_sided_constructors_leave_the_other_end_unbounded():
    assert Interval.at_least(8000) == Interval(F(8000), None)
    assert Interval.at_most(410000) == Interval(None, F(410000))
    assert Interval.everything() == Interval(None, None)


def test_ends_given_as_int_or_decimal_are_stored_as_fractions():
    i = Interval(1, Decimal("2.5"))
    assert (type(i.lo), type(i.hi)) == (Fraction, Fraction)
    assert i == Interval(F(1), F(5, 2))


def test_a_float_end_is_refused_with_a_type_error():
    with pytest.raises(TypeError) as e:
        Interval(0.5, 1)
    assert str(e.value) == (
        "Interval.lo must be int, Fraction or Decimal, not float 0.5: binary floats are not exact"
    )


def test_a_bool_end_is_refused_with_a_type_error():
    with pytest.raises(TypeError):
        Interval(True, 2)


def test_an_infinite_decimal_is_refused_with_a_value_error():
    with pytest.raises(ValueError) as e:
        Interval.point(Decimal("Infinity"))
    assert str(e.value) == "value must be finite, got Decimal Infinity"


def test_reversed_ends_are_refused_with_a_value_error():
    with pytest.raises(ValueError) as e:
        Interval(2, 1)
    assert str(e.value) == "Interval.lo must be <= Interval.hi, got 2 > 1"


def test_a_negative_half_width_is_refused():
    with pytest.raises(ValueError) as e:
        Interval.around(1, -1)
    assert str(e.value) == "half_width must be >= 0, got -1"


def test_an_interval_is_frozen_and_hashable():
    i = Interval(F(1), F(2))
    with pytest.raises(AttributeError):
        i.lo = F(0)  # type: ignore[misc]
    assert {i: 1}[Interval(1, 2)] == 1


# -- measuring --------------------------------------------------------------------


def test_width_and_midpoint_of_a_bounded_interval():
    i = Interval(F(709, 20), F(711, 20))
    assert (i.width, i.midpoint, i.is_bounded) == (F(1, 10), F(71, 2), True)


def test_width_and_midpoint_of_an_unbounded_interval_are_none():
    i = Interval.at_least(1)
    assert (i.width, i.midpoint, i.is_bounded) == (None, None, False)


def test_contains_includes_both_finite_ends():
    i = Interval(1, 2)
    assert i.contains(1) and i.contains(2) and i.contains(Decimal("1.5"))
    assert not i.contains(F(5, 2))
    assert 2 in i


def test_contains_accepts_a_whole_interval():
    assert Interval.at_least(0).contains(Interval(1, 2))
    assert not Interval(0, 5).contains(Interval.at_least(1))


def test_contains_refuses_a_float():
    with pytest.raises(TypeError):
        Interval(0, 1).contains(0.5)


# -- set operations ---------------------------------------------------------------


def test_gap_is_zero_when_intervals_touch():
    assert Interval(1, 2).gap(Interval(2, 3)) == 0
    assert Interval(1, 2).intersects(Interval(2, 3))


def test_gap_is_the_distance_between_disjoint_intervals():
    assert Interval(F(46, 10), F(48, 10)).gap(Interval(F(485, 100), F(495, 100))) == F(1, 20)
    assert Interval.at_most(1).gap(Interval.at_least(4)) == 3


def test_intersection_of_disjoint_intervals_is_none():
    assert Interval(1, 2).intersection(Interval(3, 4)) is None


def test_intersection_with_an_unbounded_interval_keeps_the_finite_ends():
    assert Interval(1, 5).intersection(Interval.at_least(3)) == Interval(3, 5)


def test_hull_spans_both_intervals():
    assert Interval(1, 2).hull(Interval(4, 5)) == Interval(1, 5)
    assert Interval(1, 2).hull(Interval.at_most(0)) == Interval(None, 2)


# -- arithmetic -------------------------------------------------------------------


def test_difference_of_two_rounded_percents():
    gap = Interval.around(Decimal("11.1"), Decimal("0.05")) - Interval.around(Decimal("6.4"), Decimal("0.05"))
    assert gap == Interval(F(46, 10), F(48, 10))


def test_share_of_two_rounded_counts_as_a_percent():
    share = Interval.around(Decimal("6.937"), Decimal("0.0005")) / Interval.around(
        Decimal("15.653"), Decimal("0.0005")
    ) * 100
    assert share.intersects(Interval.around(Decimal("44.3"), Decimal("0.05")))
    assert str(share) == "≈44.3128 … ≈44.322"


def test_numbers_mix_with_intervals_on_either_side():
    i = Interval(1, 2)
    assert 1 + i == i + 1 == Interval(2, 3)
    assert 3 - i == Interval(1, 2)
    assert Decimal("1.5") * i == i * Decimal("1.5") == Interval(F(3, 2), 3)
    assert 1 / i == Interval(F(1, 2), 1)
    assert F(1, 2) - i == Interval(F(-3, 2), F(-1, 2))


def test_negation_swaps_and_negates_the_ends():
    assert -Interval(1, 2) == Interval(-2, -1)
    assert -Interval.at_least(1) == Interval.at_most(-1)


def test_absolute_value_of_an_interval_straddling_zero_starts_at_zero():
    assert abs(Interval(-3, 2)) == Interval(0, 3)
    assert abs(Interval(-3, -2)) == Interval(2, 3)
    assert abs(Interval.at_most(1)) == Interval.at_least(0)


def test_division_by_an_interval_containing_zero_is_unconstrained():
    assert Interval(1, 2) / Interval(-1, 1) == Interval.everything()
    assert Interval(1, 2) / Interval(0, 0) == Interval.everything()
    assert Interval(1, 2) / 0 == Interval.everything()


def test_division_by_an_unbounded_positive_interval_reaches_zero():
    assert Interval(1, 2) / Interval.at_least(2) == Interval(0, 1)


def test_zero_times_an_unbounded_interval_is_zero():
    assert Interval.point(0) * Interval.everything() == Interval.point(0)


def test_a_product_with_an_unbounded_interval_is_unbounded_on_the_right_side():
    assert Interval(1, 2) * Interval.at_least(3) == Interval.at_least(3)
    assert Interval(-2, -1) * Interval.at_least(3) == Interval.at_most(-3)
    assert Interval(-1, 2) * Interval.at_least(3) == Interval.everything()


@pytest.mark.parametrize("op", ["+", "-", "*", "/"])
@pytest.mark.parametrize("side", ["left", "right"])
def test_a_float_operand_is_refused_with_a_type_error(op, side):
    fn = OPERATORS[op]
    with pytest.raises(TypeError):
        fn(Interval(1, 2), 0.5) if side == "left" else fn(0.5, Interval(1, 2))


def test_the_float_message_names_the_operand():
    with pytest.raises(TypeError) as e:
        Interval(1, 2) + 0.1
    assert str(e.value) == (
        "operand must be int, Fraction or Decimal, not float 0.1: binary floats are not exact"
    )


# -- rendering --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("interval", "text"),
    [
        (Interval(F(709, 20), F(711, 20)), "35.45 … 35.55"),
        (Interval.at_least(8000), "≥ 8000"),
        (Interval.at_most(410000), "≤ 410000"),
        (Interval.everything(), "any"),
        (Interval.point(F(7, 2)), "3.5"),
        (Interval(F(1117500000), F(1118500000)), "1117500000 … 1118500000"),
        (Interval(F(-1, 3), F(2, 3)), "≈-0.333333 … ≈0.666667"),
        (Interval(F(46, 10), F(48, 10)), "4.6 … 4.8"),
    ],
)
def test_str_renders_trimmed_decimals(interval, text):
    assert str(interval) == text


@pytest.mark.parametrize(
    ("value", "places", "text"),
    [
        (F(709, 20), None, "35.45"),
        (F(100), None, "100"),
        (F(0), None, "0"),
        (Decimal("35.50"), None, "35.5"),
        (F(1, 3), None, "≈0.333333"),
        (F(2, 3), None, "≈0.666667"),
        (F(10**9, 3), None, "≈333333000"),
        (F(1, 300000), None, "≈0.00000333333"),
        (F(47, 10), 2, "4.70"),
        (F(1, 3), 2, "0.33"),
        (F(5, 8), 2, "0.63"),
        (F(-1, 1000), 1, "0.0"),
        (F(-5, 8), 2, "-0.63"),
        (F(1118000000), 0, "1118000000"),
    ],
)
def test_format_decimal(value, places, text):
    assert format_decimal(value, places) == text


def test_format_decimal_is_exact_beyond_the_decimal_context_precision():
    assert format_decimal(F(10**40) + F(1, 2)) == "1" + "0" * 40 + ".5"
    assert format_decimal(F(10**40) + F(1, 3)) == "≈10000000000000000000000000000000000000000"


def test_format_decimal_refuses_negative_places():
    with pytest.raises(ValueError) as e:
        format_decimal(F(1), -1)
    assert str(e.value) == "places must be >= 0, got -1"


def test_as_fraction_refuses_a_string():
    with pytest.raises(TypeError) as e:
        as_fraction("1.5")
    assert str(e.value) == "value must be int, Fraction or Decimal, not str '1.5'"


# -- properties -------------------------------------------------------------------


@pytest.mark.parametrize("op", ["+", "-", "*", "/"])
@given(a=grid_intervals(), b=grid_intervals())
def test_arithmetic_agrees_with_brute_force_on_a_grid(op, a, b):
    fn = OPERATORS[op]
    result = fn(a, b)
    assert is_exact(result)
    if op == "/" and b.contains(0):
        assert result == Interval.everything()
        return
    pointwise = [fn(x, y) for x in members(a) for y in members(b)]
    assert all(result.contains(v) for v in pointwise)
    ends = [fn(x, y) for x in (a.lo, a.hi) for y in (b.lo, b.hi)]  # attained: ends are members
    assert (result.lo, result.hi) == (min(ends), max(ends))


@pytest.mark.parametrize("op", ["+", "-", "*", "/"])
@given(a=interval_and_member(), b=interval_and_member())
@example(a=(Interval.at_least(0), F(0)), b=(Interval.everything(), F(5)))
def test_arithmetic_is_sound_on_unbounded_intervals(op, a, b):
    (i, x), (j, y) = a, b
    fn = OPERATORS[op]
    if op == "/" and y == 0:
        assert fn(i, j) == Interval.everything()
        return
    assert fn(i, j).contains(fn(x, y))


@pytest.mark.parametrize("op", ["+", "-", "*", "/"])
@given(pair=widenings(), other=intervals(unbounded=True))
def test_widening_an_operand_never_shrinks_the_result(op, pair, other):
    narrow, wide = pair
    fn = OPERATORS[op]
    assert fn(wide, other).contains(fn(narrow, other))
    assert fn(other, wide).contains(fn(other, narrow))


@pytest.mark.parametrize("op", ["+", "-", "*", "/"])
@given(i=intervals(unbounded=True), k=scalars())
def test_a_number_operand_acts_as_a_point_interval(op, i, k):
    fn = OPERATORS[op]
    assert fn(i, k) == fn(i, Interval.point(k))
    assert fn(k, i) == fn(Interval.point(k), i)
    assert is_exact(fn(i, k)) and is_exact(fn(k, i))


@given(a=intervals(unbounded=True), b=intervals(unbounded=True))
def test_intersects_gap_and_intersection_agree(a, b):
    assert a.intersects(b) == (a.gap(b) == 0) == (a.intersection(b) is not None)
    assert a.gap(b) == b.gap(a) >= 0
    h = a.hull(b)
    assert h.contains(a) and h.contains(b)


@given(i=intervals(unbounded=True))
def test_negation_is_an_involution(i):
    assert -(-i) == i
    assert i - i == i + -i


@given(x=st.fractions(max_denominator=10**6).filter(lambda q: abs(q) < 10**12))
@example(x=F(3064135, 3))  # rounding left of the point once used 10**-k, a float
def test_format_decimal_is_exact_or_marked_approximate(x):
    text = format_decimal(x)
    if text.startswith("≈"):
        shown = Fraction(text[1:])
        assert shown != x and abs(shown - x) <= abs(x) / 10**5
    else:
        assert Fraction(text) == x
