"""phrase-typo: stock phrases misspelled, found by closeness, never flagging correct text."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from checks.lint import LintConfig, default_config
from checks.lint.rules.phrases import _distance, phrase_typos


def found(text: str, config: LintConfig | None = None) -> list[tuple[str, str | None]]:
    return [(hit.text, hit.suggestion) for hit in phrase_typos(text, config or default_config())]


def test_the_two_typos_of_the_briefing_are_found():
    text = (
        "The value added of equipment manufacturing increased by 10.2% yearon year, driving industrial "
        "enterprises. Investment in equipment and tools increased by 17.3% yea on year, with a growth rate"
    )
    assert found(text) == [("yearon year", "year on year"), ("yea on year", "year on year")]


def test_the_message_names_the_stock_phrase():
    (hit,) = phrase_typos("increased by 10.2% yearon year", default_config())
    assert hit.message == 'misspelled stock phrase "year on year"; write "year on year"'


@pytest.mark.parametrize(
    "typo, fixed",
    [
        ("year onyear", "year on year"),
        ("yearonyear", "year on year"),
        ("ye ar on year", "year on year"),
        ("yaer on year", "year on year"),  # two letters swapped
        ("yeaar on year", "year on year"),
        ("year-onyear", "year-on-year"),  # the hyphenated form keeps its hyphens
        ("Yeaar on year", "Year on year"),  # and the capital
        ("percentage pints", "percentage points"),
        ("percentagepoints", "percentage points"),
        ("above designed size", "above designated size"),
        ("compared to the same period lastyear", "compared to the same period last year"),
        ("quarter on quater", "quarter on quarter"),
    ],
)
def test_variants_of_stock_phrases_not_in_the_briefing_are_found(typo, fixed):
    assert found(f"Output grew 6.4% {typo}, the bureau said.") == [(typo, fixed)]


@pytest.mark.parametrize(
    "text",
    [
        "Output grew 6.4% year on year and 3.2% month on month.",
        "a year-on-year increase of 51.6%",
        "It happens year in, year out; year to year; year after year.",
        "the same year in year two",  # "in" is not "on": short words must match exactly
        "enterprises above the designated size",  # a word more is another wording (glossary)
        "compared with the same period last year; compared to the same period of last year",
        "which was a 0.9 percentage point increase, 3.4 percentage points higher",
        "in the first half of this year",
        "value-added telecom services and the value added of industry",
        "years of growth on year-end figures",
        "yearon\nyear",  # a line break is not a typo of a space
        "the values added by industry; a 1 percentage point as well",  # a plural; a merged word
    ],
)
def test_correct_text_near_stock_phrases_produces_nothing(text):
    assert found(text) == []


def test_stock_phrases_come_from_the_configuration():
    own = LintConfig(stock_phrases=("pilot-scale testing",))
    assert found("the pilot-scal testing platforms", own) == [("pilot-scal testing", "pilot-scale testing")]
    assert found("increased by 10.2% yearon year", own) == []


def test_a_clean_passage_of_the_briefing_produces_nothing():
    passage = (
        "In the first half of the year, the value added of the computer, communications and other "
        "electronic equipment manufacturing enterprises above designated size rose 11.1% year on year, "
        "4.7 percentage points higher than overall industrial growth in the same period. From January to "
        "May, total profits reached 216.2 billion yuan, up 11.9% year on year. The software and information "
        "technology services sector has also made solid progress, showing consistent growth, improved "
        "efficiency and enhanced capabilities."
    )
    assert found(passage) == []


WORDS = st.sampled_from(
    "the output of key industries rose sharply while profits and sales grew in most provinces and "
    "cities during the period under review as demand recovered".split()
)


@given(before=st.lists(WORDS, max_size=6), after=st.lists(WORDS, max_size=6),
       phrase=st.sampled_from(default_config().stock_phrases))
@example(before=[], after=["as"], phrase="percentage point")  # "percentage point as" is not "percentage points"
@example(before=["the"], after=["by"], phrase="values added")
def test_a_stock_phrase_in_ordinary_words_produces_nothing(before, after, phrase):
    assert found(" ".join([*before, phrase, *after])) == []


@given(phrase=st.sampled_from([p for p in default_config().stock_phrases if " " in p]), data=st.data())
def test_a_stock_phrase_with_one_space_dropped_is_reported_as_that_phrase(phrase, data):
    spaces = [index for index, char in enumerate(phrase) if char == " "]
    cut = data.draw(st.sampled_from(spaces))
    typo = phrase[:cut] + phrase[cut + 1:]
    (hit,) = phrase_typos(f"Output grew 6.4% {typo}, officials said.", default_config())
    assert (hit.text, hit.suggestion) == (typo, phrase)


def naive_distance(a: str, b: str) -> int:
    """Optimal string alignment distance, written out recursively."""
    if not a or not b:
        return len(a) + len(b)
    options = [naive_distance(a[1:], b) + 1, naive_distance(a, b[1:]) + 1,
               naive_distance(a[1:], b[1:]) + (a[0] != b[0])]
    if len(a) > 1 and len(b) > 1 and a[0] == b[1] and a[1] == b[0]:
        options.append(naive_distance(a[2:], b[2:]) + 1)
    return min(options)


@given(st.text("ayeorn", max_size=6), st.text("ayeorn", max_size=6))
@example("yaer", "year")
@example("ca", "abc")
def test_the_edit_distance_counts_a_swap_as_one_edit(a, b):
    assert _distance(a, b) == naive_distance(a, b)


@given(st.text("ayeorn", max_size=6), st.text("ayeorn", max_size=6), st.integers(0, 3))
@example("ee", "aaaaa", 3)
def test_a_limited_distance_is_exact_up_to_the_limit(a, b, limit):
    assert _distance(a, b, limit) == min(naive_distance(a, b), limit + 1)
