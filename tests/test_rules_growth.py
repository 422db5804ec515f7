"""`growth`: (value / prior − 1) × 100 is the rate (NEV sales 6.937 m, up 40.3%).

The prior-year figure (4.944 m) is derived from the briefing, as an external
release would state it.
"""

from __future__ import annotations

from checks.rules import check
from strategies import operand, relation_of

SALES = operand("nev.sales", "6.937 million units", "units")
PRIOR = operand("nev.sales_2024h1", "4.944 million units", "units", period="2024-H1")


def growth(stated, **options):
    rate = operand("nev.sales_growth", stated, "percent")
    return check(relation_of("growth", [SALES, PRIOR], rate, **options), [SALES, PRIOR], rate)


def test_nev_sales_rose_40_3_percent():
    assert growth("40.3%") is None
    assert growth("40.3%", exact=True) is None


def test_a_rate_one_point_high_is_a_conflict():
    conflict = growth("41.3%")
    assert conflict.message == (
        "stated 41.3%, figures allow 40.287 … 40.336% (off by ≈0.964 pp; nearest consistent statement 40.3%)"
    )
    assert conflict.material is False


def test_a_decline_reported_for_a_rise_is_material():
    conflict = growth("-40.3%")
    assert conflict.message.startswith("stated -40.3%, figures allow 40.287 … 40.336%")
    assert conflict.material is True


def test_a_qualified_rate_is_met_by_its_open_side():
    assert growth("more than 40%") is None
    assert growth("more than 41%").message == (
        "stated more than 41%, figures allow 40.28 … 40.34% "
        "(off by ≈0.66 pp; nearest consistent statement more than 40%)"
    )
