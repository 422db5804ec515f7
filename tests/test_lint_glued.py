"""figure-glued: a figure written against the word next to it."""

from __future__ import annotations

import pytest

from checks.lint import default_config
from checks.lint.rules.glued import glued_figures


def found(text: str) -> list[tuple[str, str | None]]:
    return [(hit.text, hit.suggestion) for hit in glued_figures(text, default_config())]


def test_a_percent_glued_to_the_next_word_is_reported_with_the_space_restored():
    hits = list(glued_figures("grew 6.4%year on year in the first half", default_config()))
    assert [(hit.start, hit.end, hit.text, hit.suggestion) for hit in hits] == [(5, 13, "6.4%year", "6.4% year")]
    assert hits[0].message == 'figure glued to the next word; write "6.4% year"'


@pytest.mark.parametrize(
    "text, glued, fixed",
    [
        ("rose 9.3%yoy in May", "9.3%yoy", "9.3% yoy"),
        ("a 27%rise", "27%rise", "27% rise"),
        ("exceeded 1,200%of the target", "1,200%of", "1,200% of"),
        ("reached 1.2billion yuan", "1.2billion", "1.2 billion"),
        ("it grew 6.4year on year", "6.4year", "6.4 year"),
        ("reached 520,000enterprises", "520,000enterprises", "520,000 enterprises"),
        ("sold 5million units", "5million", "5 million"),
        ("limited to 60days", "60days", "60 days"),
        ("loan terms reaching 10Years", "10Years", "10 Years"),
    ],
)
def test_a_figure_glued_to_the_next_word_is_reported(text, glued, fixed):
    assert found(text) == [(glued, fixed)]


@pytest.mark.parametrize(
    "text, glued, fixed",
    [
        ("increased by6.4% in May", "by6.4%", "by 6.4%"),
        ("revenues up9.3 points", "up9.3", "up 9.3"),
        ("totaled1,200 firms", "totaled1,200", "totaled 1,200"),
    ],
)
def test_a_figure_glued_to_the_previous_word_is_reported(text, glued, fixed):
    assert found(text) == [(glued, fixed)]


def test_the_message_names_the_side_the_word_is_glued_to():
    (hit,) = glued_figures("increased by6.4%", default_config())
    assert hit.message == 'figure glued to the previous word; write "by 6.4%"'


@pytest.mark.parametrize(
    "text",
    [
        "Digital technologies such as 5G and large AI models, 5G-A and 6G.",
        "The AG600 and the AS700D completed their flights under the 14th Five-Year Plan.",
        "the 10th anniversary, the 2nd phase, H1 and Q1 figures",
        "its first domestically built 16,000-TEU (twenty-foot equivalent unit) ship",
        "10-gigabit optical networks and 748 EFLOPS of computing power",
        "a 3.5mm jack, 1.5kWh batteries, 2.4GHz radios and 100Mbps links",
        "rose 6.4% year on year, 3.4 percentage points higher",
        "More than 18,500 5G+industrial internet projects have been built.",
    ],
)
def test_names_ordinals_and_unit_symbols_that_mix_letters_and_digits_are_left_alone(text):
    assert found(text) == []


def test_a_clean_passage_of_the_briefing_produces_nothing():
    passage = (
        "In the first half of the year, automobile production reached 15.621 million units, up 12.5% "
        "year on year, while sales reached 15.653 million units, up 11.4% year on year. Among them, "
        "production of new energy vehicles (NEVs) reached 6.968 million units, up 41.4% year on year, "
        "while sales hit 6.937 million units, rising 40.3% year on year. NEVs accounted for 44.3% of "
        "total new car sales, with cumulative exports totaling 1.06 million units, up 75.2% year on year."
    )
    assert found(passage) == []


@pytest.mark.parametrize(
    "text, glued, fixed",
    [
        ("payrolls rose by 236,000in March", "236,000in", "236,000 in"),
        ("reached 5.8million units", "5.8million", "5.8 million"),
        ("in the year 2025in China", "2025in", "2025 in"),
        ("firms founded in2024 grew", "in2024", "in 2024"),
    ],
)
def test_every_grouped_or_decimal_figure_glued_to_a_word_is_reported(text, glued, fixed):
    assert found(text) == [(glued, fixed)]


@pytest.mark.parametrize("text", ["a 20in screen", "a 6.1in display", "1.5bn", "the 1990s", "at 12pm", "an mp3 file", "covid19"])
def test_sizes_symbols_and_names_are_left_alone(text):
    assert found(text) == []
