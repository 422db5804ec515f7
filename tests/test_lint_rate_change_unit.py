"""rate-change-unit: a rate or share said to have changed by a percent."""

from __future__ import annotations

import pytest

from checks.lint import default_config
from checks.lint.rules.rate_change_unit import rate_change_units


def found(text: str) -> list[str]:
    return [hit.text for hit in rate_change_units(text, default_config())]


def test_a_rate_that_increased_by_a_percent_is_reported_with_both_readings():
    hits = list(rate_change_units("The numerical control rate of key processes increased 20% while", default_config()))
    assert [(hit.text, hit.suggestion) for hit in hits] == [("increased 20%", None)]
    assert hits[0].message == ('a rate increased 20%: if it moved 20 percentage points, write "increased 20 '
                               'percentage points"; if it changed by 20% of its own level, say "by 20% of its level"')


@pytest.mark.parametrize(
    "text, change",
    [
        ("the digitization rate of production equipment in the industry rose 10% compared to 2020", "rose 10%"),
        ("Its market share grew by 3.5 percent.", "grew by 3.5 percent"),
        ("The proportion of renewables has increased 4 per cent.", "increased 4 per cent"),
        ("the utilization rate fell 2% year on year", "fell 2%"),
        ("The ratio of debt to assets dropped by 1.5%.", "dropped by 1.5%"),
    ],
)
def test_rates_shares_ratios_and_proportions_are_reported(text, change):
    assert found(text) == [change]


@pytest.mark.parametrize(
    "text",
    [
        "the rate rose 2 percentage points",
        "the utilization rate rose 2.1 points",
        "The share price rose 10%.",  # a price, not a share
        "The exchange rate fell 2%.",  # a price of money
        "the rate of firms that rose 5%",  # the verb belongs to the clause
        "the number of enterprises in the rate table rose 5%",
        "Sales rose 10%.",
        "the rate was 20%",
    ],
)
def test_points_prices_counts_and_levels_are_left_alone(text):
    assert found(text) == []
