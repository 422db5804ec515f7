"""`ratio`: a / b is the stated multiple (vehicle sales are 2.26 times NEV sales)."""

from __future__ import annotations

from checks.rules import check
from strategies import operand, relation_of

VEHICLES = operand("vehicles.sales", "15.653 million units", "units")
NEV = operand("nev.sales", "6.937 million units", "units")


def ratio(result):
    return check(relation_of("ratio", [VEHICLES, NEV], result), [VEHICLES, NEV], result)


def test_vehicle_sales_are_2_26_times_nev_sales():
    assert ratio(operand("vehicles.per_nev", "2.26 times", "times")) is None


def test_a_ratio_off_by_a_tenth_is_a_conflict():
    conflict = ratio(operand("vehicles.per_nev", "2.16 times", "times"))
    assert conflict.message == (
        "stated 2.16 times, figures allow 2.2562 … 2.2567 times "
        "(off by ≈0.0962 times; nearest consistent statement 2.26 times)"
    )
    assert conflict.material is False


def test_a_ratio_below_one_for_a_larger_numerator_is_material():
    conflict = ratio(operand("vehicles.per_nev", "0.44 times", "times"))
    assert conflict.material is True


def test_dividing_by_a_figure_that_may_be_zero_constrains_nothing():
    zero = operand("tiny", "0", "units")
    result = operand("r", "12345 times", "times")
    assert check(relation_of("ratio", [VEHICLES, zero], result), [VEHICLES, zero], result) is None
