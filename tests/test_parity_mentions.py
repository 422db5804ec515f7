"""What each numeral of a text is to the comparison: a figure, a marker or a weak word."""

from __future__ import annotations

import pytest

from checks.numbers import find_numbers
from checks.parity.mentions import FIGURE, MARKER, role_of


def roles(text: str) -> list[tuple[str, str]]:
    return [(figure.text, role_of(text, figure)) for figure in find_numbers(text)]


@pytest.mark.parametrize("text, expected", [
    ("电信业务收入累计完成9055亿元", [("9055亿元", FIGURE)]),
    ("中国有超过 82 万艾滋病感染患者", [("超过 82 万", FIGURE)]),
    ("16,000 多人被疏散", [("16,000 多人", FIGURE)]),
    ("至少有 60％ 的情况下", [("至少有 60％", FIGURE)]),
    ("worth more than half a billion dollars", [("more than half a billion dollars", FIGURE)]),
    ("the UK's £2.8bn beauty market", [("£2.8bn", FIGURE)]),
])
def test_quantities_are_figures(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize("text", [
    "“十四五”规划", "第二季度", "2018 年第二季度", "5G网络", "建城 40 周年", "十九大精神", "20 世纪 30 年代",
    "A 7.5 magnitude quake", "in the 1930s", "the 1950-53 Korea War", "a 5-2 win", "以 2 比 1 落后",
    "September 27", "at 5.30pm", "No10", "GJ 3512", "周六两场比赛", "21 岁生日",
    "in 2017, the kingdom", "第 34 次首发",
])
def test_dates_ordinals_plans_technologies_and_names_are_markers(text):
    assert {role for _, role in roles(text)} == {MARKER}, roles(text)


@pytest.mark.parametrize("text", ["一名民族党 AM", "one of the islands", "唯一一支不败的球队", "一两处亮点",
                                  "数十亿美元的项目", "1 名中国维权人士", "three-day weekend"])
def test_small_number_words_and_vague_quantities_are_never_reported_figures(text):
    assert roles(text) and FIGURE not in {role for _, role in roles(text)}, roles(text)


def test_a_conversion_in_brackets_is_a_marker_after_its_figure():
    assert roles("长达约 130 英里（210 公里）的海岸线") == [("约 130", FIGURE), ("210 公里", MARKER)]


def test_a_duration_in_years_is_a_figure_but_a_year_is_not():
    assert roles("完成 30 年合格服务") == [("30", FIGURE)]
    assert roles("2017 年当时估计人口为 299,200 人") == [("2017", MARKER), ("299,200 人", FIGURE)]
