"""`part_of`: a part is no more than its whole (14,600 "little giants" of more than 140,000)."""

from __future__ import annotations

from checks.rules import check
from strategies import operand, relation_of

LITTLE_GIANTS = operand("smes.little_giants", "14,600", "count")
SPECIALIZED = operand("smes.specialized", "more than 140,000", "count")


def part_of(part, whole, **options):
    return check(relation_of("part_of", [part, whole], **options), [part, whole], None)


def test_the_little_giants_are_part_of_the_specialized_smes():
    assert part_of(LITTLE_GIANTS, SPECIALIZED) is None


def test_a_part_above_its_whole_is_a_material_conflict():
    part, whole = operand("smes.little_giants", "146,000", "count"), operand("smes.specialized", "140,000", "count")
    conflict = part_of(part, whole)
    assert conflict.message == (
        "146,000 ≤ 140,000 cannot hold: figures allow 145,500 … 146,500 and 135,000 … 145,000 (off by 500)"
    )
    assert conflict.material is True


def test_operands_swapped_by_mistake_are_caught():
    conflict = part_of(SPECIALIZED, LITTLE_GIANTS)
    assert conflict.message == (
        "more than 140,000 ≤ 14,600 cannot hold: figures allow ≥ 140,000 and 14,550 … 14,650 (off by 125,350)"
    )


def test_a_part_equal_to_its_whole_within_rounding_holds():
    assert part_of(operand("a", "14,700", "count"), operand("b", "14,600", "count")) is None


def test_on_the_stated_digits_a_rounded_tie_no_longer_helps():
    conflict = part_of(operand("a", "14,700", "count"), operand("b", "14,600", "count"), exact=True)
    assert conflict.message == "14,700 ≤ 14,600 cannot hold: stated digits give 14,700 and 14,600 (off by 100)"
