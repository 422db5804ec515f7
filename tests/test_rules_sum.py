"""`sum`: parts add up to the result, or stay within it with `op`."""

from __future__ import annotations

from checks.rules import check
from strategies import literal, operand, relation_of

EXPORTS = operand("nev.exports", "1.06 million units", "units")
DOMESTIC = operand("nev.domestic", "5.877 million units", "units")
EQUIPMENT = operand("equipment.va_share", "35.5%", "percent")
HIGH_TECH = operand("high_tech.va_share", "16.4%", "percent")
WHOLE = literal("100%")


def total(parts, result, **options):
    return check(relation_of("sum", parts, result, **options), parts, result)


def test_nev_exports_and_domestic_sales_add_up_to_nev_sales():
    assert total([EXPORTS, DOMESTIC], operand("nev.sales", "6.937 million units", "units")) is None


def test_a_total_off_by_a_hundred_thousand_is_shown_in_millions():
    conflict = total([EXPORTS, DOMESTIC], operand("nev.sales", "6.837 million units", "units"))
    assert conflict.message == (
        "stated 6.837 million units, figures allow 6.9315 … 6.9425 million units "
        "(off by 0.0945 million units; nearest consistent statement 6.931 million units)"
    )
    assert conflict.material is False


def test_two_shares_of_one_whole_stay_within_100_percent():
    assert total([EQUIPMENT, HIGH_TECH], WHOLE, op="<=") is None


def test_shares_adding_up_to_more_than_100_percent_are_material():
    big = operand("equipment.va_share", "85.5%", "percent")
    conflict = total([big, HIGH_TECH], WHOLE, op="<=")
    assert conflict.message == "stated 100%, figures allow 101.8 … 102%, but the sum must be ≤ it (off by 1.8 pp)"
    assert conflict.material is True


def test_a_lower_bound_that_the_parts_cannot_reach_fails():
    conflict = total([EQUIPMENT, HIGH_TECH], literal("60%"), op=">=")
    assert conflict.message == "stated 60%, figures allow 51.8 … 52%, but the sum must be ≥ it (off by 8 pp)"


def test_three_or_more_parts_add_up():
    parts = [operand(f"p{i}", text, "count") for i, text in enumerate(["26", "35", "241"])]
    assert total(parts, operand("all", "302", "count")) is None
    assert total(parts, operand("all", "305", "count")).message == (
        "stated 305, figures allow 300.5 … 303.5 (off by 1.5; nearest consistent statement 304)"
    )
