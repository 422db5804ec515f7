"""`compare`: a op b (equipment growth 10.2% > industry growth 6.4%)."""

from __future__ import annotations

import pytest

from checks.rules import check
from strategies import operand, relation_of

EQUIPMENT = operand("equipment.va_growth", "10.2%", "percent")
INDUSTRY = operand("industry.va_growth", "6.4%", "percent")


def compare(a, b, op, **options):
    return check(relation_of("compare", [a, b], op=op, **options), [a, b], None)


@pytest.mark.parametrize("op", [">", ">="])
def test_equipment_grew_faster_than_industry(op):
    assert compare(EQUIPMENT, INDUSTRY, op) is None


def test_an_order_the_figures_reverse_is_material():
    conflict = compare(EQUIPMENT, INDUSTRY, "<")
    assert conflict.message == (
        "10.2% < 6.4% cannot hold: figures allow 10.15 … 10.25% and 6.35 … 6.45% (off by 3.7 pp)"
    )
    assert conflict.material is True


def test_equal_mentions_must_overlap():
    assert compare(operand("a", "35.5%", "percent"), operand("b", "35.5%", "percent"), "=") is None
    conflict = compare(operand("a", "35.5%", "percent"), operand("b", "35.3%", "percent"), "=")
    assert conflict.message == (
        "35.5% = 35.3% cannot hold: figures allow 35.45 … 35.55% and 35.25 … 35.35% (off by 0.1 pp)"
    )
    assert conflict.material is False


def test_a_strict_order_between_equal_statements_still_holds_within_rounding():
    assert compare(operand("a", "6.4%", "percent"), INDUSTRY, "<") is None


def test_a_strict_order_between_equal_stated_digits_fails_only_at_best_equal():
    conflict = compare(operand("a", "6.4%", "percent"), INDUSTRY, "<", exact=True)
    assert conflict.message == "6.4% < 6.4% cannot hold: stated digits give 6.4% and 6.4% (at best equal)"
    assert conflict.material is False
