"""`count_of`: n of m whole counts, n ≤ m ("86 of the 97 major categories")."""

from __future__ import annotations

from checks.rules import check
from strategies import operand, relation_of

COVERED = operand("fiveg.categories", "86", "count")
ALL = operand("economy.categories", "97", "count", period="none")


def count_of(n, m, result=None, **options):
    return check(relation_of("count_of", [n, m], result, **options), [n, m], result)


def test_86_of_the_97_categories_holds():
    assert count_of(COVERED, ALL) is None


def test_more_covered_categories_than_there_are_is_material():
    conflict = count_of(operand("fiveg.categories", "98", "count"), ALL)
    assert conflict.message == "98 ≤ 97 cannot hold: figures allow 98 and 97 (off by 1)"
    assert conflict.material is True


def test_a_count_that_cannot_be_a_whole_number_is_a_conflict():
    conflict = count_of(operand("fiveg.categories", "86.5", "count"), ALL)
    assert conflict.message == (
        "86.5 is not a whole count: figures allow 86.45 … 86.55, which holds no whole number"
    )
    assert conflict.material is False


def test_with_a_percent_86_of_97_is_88_7_percent():
    assert count_of(COVERED, ALL, operand("fiveg.share", "88.7%", "percent")) is None


def test_the_percent_is_checked_on_whole_counts_grim_style():
    conflict = count_of(COVERED, ALL, operand("fiveg.share", "89.7%", "percent"))
    assert conflict.message == (
        "stated 89.7%, figures allow ≈88.66% (off by ≈1.04 pp; nearest consistent statement 88.7%)"
    )


def test_a_rounded_count_stands_for_every_whole_number_it_may_round():
    assert count_of(operand("n", "about 90", "count"), ALL, operand("p", "95%", "percent")) is None
