"""Comparing two readings of one figure: kinds of unit, agreement, powers of ten, qualifiers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.numbers import parse_figure
from checks.parity.values import (
    agree,
    nearest_statement,
    power_of_ten_off,
    qualifier_clash,
    unit_clash,
    units_compatible,
)


@pytest.mark.parametrize("a, b", [
    ("9055亿元", "905.5 billion yuan"), ("26.8万", "268,000"), ("超过 82 万", "more than 820,000"),
    ("2.26亿", "226 million"), ("约 300 人", "around 300"), ("16,000 多人", "more than 16,000"),
    ("16,000 多人", "16,000"),
])
def test_correct_renderings_agree(a, b):
    assert agree(parse_figure(a), parse_figure(b))


@pytest.mark.parametrize("a, b", [
    ("超过 82 万", "more than 280,000"),   # two lower bounds always meet: compare what they state
    ("高达3300亿美元", "2017"),             # an upper bound is not any smaller number
    ("94.9%", "94.4%"),
])
def test_different_statements_do_not_agree(a, b):
    assert not agree(parse_figure(a), parse_figure(b))


def test_a_power_of_ten_within_rounding_is_found_and_an_unrelated_ratio_is_not():
    assert power_of_ten_off(parse_figure("9055亿元"), parse_figure("905.5 million yuan")) == -3
    assert power_of_ten_off(parse_figure("455万"), parse_figure("45.5 million")) == 1
    assert power_of_ten_off(parse_figure("455万"), parse_figure("3 million")) is None


def test_units_clash_only_between_rates_or_between_currencies():
    assert unit_clash(parse_figure("9.3%"), parse_figure("9.3 percentage points")) == \
        "% in one text, percentage points in the other"
    assert unit_clash(parse_figure("9055亿元"), parse_figure("905.5 billion US dollars")) == \
        "yuan in one text, USD in the other"
    assert unit_clash(parse_figure("300 公里"), parse_figure("300")) is None
    assert units_compatible(parse_figure("300 公里"), parse_figure("300"))
    assert not units_compatible(parse_figure("9.3%"), parse_figure("9.3"))


def test_qualifier_clash_says_which_text_holds_which_bound():
    assert qualifier_clash(parse_figure("超过79%"), parse_figure("79%")) == \
        "the original states a lower bound, the translation a plain figure"
    assert qualifier_clash(parse_figure("约79%"), parse_figure("79%")) is None


def test_the_nearest_statement_is_written_the_translations_way():
    assert nearest_statement(parse_figure("11.18亿"), parse_figure("1.181 billion")) == "1.118 billion"
    assert nearest_statement(parse_figure("26.8万"), parse_figure("286,000")) == "268,000"
    assert nearest_statement(parse_figure("94.9%"), parse_figure("94.4%")) == "94.9%"


@given(st.integers(1, 10**9), st.integers(-3, 3))
def test_a_value_and_itself_times_a_power_of_ten_are_scale_apart(digits, k):
    a = parse_figure(f"{digits:,}")
    b = parse_figure(format(Decimal(digits).scaleb(k).normalize(), "f"))
    assert power_of_ten_off(a, b) == (k or None)
