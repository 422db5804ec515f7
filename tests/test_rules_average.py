"""`average`: the mean of the parts is the whole (Q1 6.5% and Q2 6.3% average 6.4% in H1)."""

from __future__ import annotations

from checks.rules import check
from strategies import operand, relation_of

Q1 = operand("industry.va_growth_q1", "6.5%", "percent", period="2025-Q1")
Q2 = operand("industry.va_growth_q2", "6.3%", "percent", period="2025-Q2")


def average(result, **options):
    return check(relation_of("average", [Q1, Q2], result, **options), [Q1, Q2], result)


def h1(stated):
    return operand("industry.va_growth", stated, "percent")


def test_the_half_year_growth_is_the_mean_of_the_quarters():
    assert average(h1("6.4%")) is None


def test_a_half_year_growth_above_both_quarters_is_a_conflict():
    conflict = average(h1("6.6%"))
    assert conflict.message == (
        "stated 6.6%, figures allow 6.35 … 6.45% (off by 0.15 pp; nearest consistent statement 6.5%)"
    )
    assert conflict.material is False


def test_weights_pull_the_mean_towards_the_heavier_quarter():
    assert average(h1("6.45%"), weights=["3", "1"]) is None
    assert average(h1("6.3%"), weights=["3", "1"]) is not None
    assert average(h1("6.3%"), weights=["1", "3"]) is None


def test_a_weighted_mean_far_from_the_stated_whole_is_a_conflict():
    conflict = average(h1("6.3%"), weights=["9", "1"])
    assert conflict.message == (
        "stated 6.3%, figures allow 6.43 … 6.53% (off by 0.13 pp; nearest consistent statement 6.4%)"
    )
    assert conflict.evidence[-1] == "with weights: [9, 1]"
