"""Shared word helpers: ids, excerpts, capitals, phrase patterns."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.lint.words import excerpt, match_case, phrase_pattern, slug


@pytest.mark.parametrize(
    "text, name",
    [
        ("6.4%year", "6.4-pct-year"),
        ("yearon year", "yearon-year"),
        ("5G+ industrial", "5g+-industrial"),
        ("_ueditor_page_break_tag_", "ueditor-page-break-tag"),
        ("/5\u00a0\u00a0\u00a0\u00a0Zhou Jianshe", "5-zhou-jianshe"),
        ("State Council Information Office (SCIO)", "state-council-information-office-scio"),
        ("…", "text"),
    ],
)
def test_a_slug_is_the_text_lower_cased_with_other_characters_as_hyphens(text, name):
    assert slug(text) == name


@given(st.text(max_size=200))
def test_a_slug_is_short_and_free_of_spaces_and_line_numbers(text):
    name = slug(text)
    assert 0 < len(name) <= 60
    assert re.fullmatch(r"[a-z0-9.+&-]+", name)
    assert slug(text) == name


def test_an_excerpt_brackets_the_hit_in_whole_words_of_its_line():
    text = "first line\nthe value added of equipment manufacturing increased by 10.2% yearon year, driving industry\nlast"
    start = text.index("yearon")
    assert excerpt(text, start, start + len("yearon year"), width=30) == (
        "… increased by 10.2% [yearon year], driving industry")


def test_a_fix_takes_the_capital_of_the_text_it_replaces():
    assert match_case("Nonferrous", "non-ferrous") == "Non-ferrous"
    assert match_case("nonferrous", "non-ferrous") == "non-ferrous"
    assert match_case("SMEs", "small enterprises") == "small enterprises"


def test_a_phrase_pattern_matches_whole_words_across_any_spaces():
    pattern = phrase_pattern("value added")
    assert [m.group() for m in pattern.finditer("Value\u00a0added, value-added, value  added, value addedness")] == [
        "Value\u00a0added", "value  added"]
