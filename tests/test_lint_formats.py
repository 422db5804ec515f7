"""figure-format: thousands separators, decimal marks and percent notation kept consistent."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.lint import default_config
from checks.lint.rules.formats import mixed_formats


def found(text: str) -> list[tuple[str, str | None]]:
    return [(hit.text, hit.suggestion) for hit in mixed_formats(text, default_config())]


def test_a_space_grouped_figure_among_comma_grouped_ones_is_rewritten_with_commas():
    text = "There were 520,000 firms, 18,500 projects and 1 234 567 users."
    assert found(text) == [("1 234 567", "1,234,567")]


def test_the_message_shows_the_documents_style_and_where_it_is_used():
    (hit,) = mixed_formats("There were 520,000 firms, 18,500 projects and 2345678 users.", default_config())
    assert hit.message == (
        'thousands not separated, but thousands separated by commas elsewhere (twice, e.g. "520,000"); '
        'write "2,345,678"'
    )
    assert hit.related == ((11, "the document's style: 520,000"),)


def test_the_style_used_most_is_the_documents_style():
    text = "Some 520 000 firms, 18 500 projects, 2 600 companies and 3,000 websites."
    assert found(text) == [("3,000", "3 000")]


def test_on_a_tie_the_style_used_first_is_the_documents_style():
    assert found("Some 520 000 firms and 18,500 projects.") == [("18,500", "18 500")]


def test_full_stops_as_thousands_separators_are_a_style_of_their_own():
    text = "Some 1,234,567 firms, 2,345,678 jobs and 3.456.789 users; 1.234.567,5 tons."
    assert found(text) == [("3.456.789", "3,456,789"), ("1.234.567,5", "1,234,567.5")]


def test_a_decimal_comma_among_decimal_points_is_reported():
    assert found("Rates were 6,4% and 5.2% and 3.1%.") == [("6,4", "6.4")]


def test_percent_spacing_and_the_word_percent_follow_the_document():
    text = "Rates were 6.4 % and 5.2% and 3.1% and 2 percent and 1 per cent."
    assert found(text) == [("6.4 %", "6.4%"), ("2 percent", "2%"), ("1 per cent", "1%")]


@pytest.mark.parametrize(
    "text",
    [
        "In 2025, 1200 firms and 520,000 workers; in 2027, 3,000 more.",  # four digits are not judged
        "Chapters 1,2 and 3 list 22, 30 and 25 items.",  # commas in lists are not decimal marks
        "It rose 1.118 billion, 4.55 million and 520,000 in all.",  # decimals with three places
        "See www.chinasme.cn, call 010-12345678 or read report 20250718/12345.",  # codes
    ],
)
def test_consistent_or_unjudged_figures_produce_nothing(text):
    assert found(text) == []


def test_the_figures_of_the_briefing_are_consistent():
    passage = (
        "In the first five months, the number of industrial enterprises above designated size reached "
        "520,000, an increase of more than 8,000 compared to the end of last year. By deadweight tonnage, "
        "China accounted for 51.7% of global ship completions, 68.3% of new orders, and 64.9% of orders "
        "on hand. We aim to increase their proportions to 22%, 30% and 25%, respectively, by 2027. More "
        "than 18,500 5G+industrial internet projects have been built; 1,241 \"little giant\" enterprises."
    )
    assert found(passage) == []


STYLES = {
    "comma": lambda n: f"{n:,}",
    "space": lambda n: f"{n:,}".replace(",", "\u00a0"),
    "none": lambda n: str(n),
}


@given(style=st.sampled_from(sorted(STYLES)), numbers=st.lists(st.integers(10_000, 10**9), min_size=1, max_size=8))
def test_a_document_written_in_one_style_produces_nothing(style, numbers):
    text = " ".join(f"We counted {STYLES[style](n)} units." for n in numbers)
    assert found(text) == []


@given(numbers=st.lists(st.integers(10_000, 10**9), min_size=2, max_size=8), odd=st.integers(10_000, 10**9))
def test_one_figure_in_another_style_is_the_only_one_reported(numbers, odd):
    text = " ".join(f"We counted {n:,} units." for n in numbers) + f" And {odd} more."
    assert found(text) == [(str(odd), f"{odd:,}")]
