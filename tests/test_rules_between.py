"""`between`: the whole lies between its parts (H1 6.4% between Q1 6.5% and Q2 6.3%)."""

from __future__ import annotations

from checks.rules import check
from strategies import operand, relation_of

Q1 = operand("industry.va_growth_q1", "6.5%", "percent", period="2025-Q1")
Q2 = operand("industry.va_growth_q2", "6.3%", "percent", period="2025-Q2")


def between(result, *parts):
    parts = list(parts) or [Q1, Q2]
    return check(relation_of("between", parts, result), parts, result)


def test_the_half_year_lies_between_the_quarters():
    assert between(operand("industry.va_growth", "6.4%", "percent")) is None


def test_a_half_year_above_both_quarters_is_a_conflict():
    conflict = between(operand("industry.va_growth", "6.7%", "percent"))
    assert conflict.message == (
        "stated 6.7%, figures allow 6.25 … 6.55% (off by 0.15 pp; nearest consistent statement 6.6%)"
    )
    assert conflict.material is False


def test_rounding_of_the_parts_widens_what_is_between_them():
    assert between(operand("industry.va_growth", "6.55%", "percent")) is None


def test_a_whole_of_the_other_sign_than_every_part_is_material():
    conflict = between(operand("industry.va_growth", "-6.4%", "percent"))
    assert conflict.material is True
