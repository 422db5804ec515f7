"""Periods guessed from the words of a sentence, in the ledger's notation."""

from __future__ import annotations

import re

import pytest

from checks.draft.passages import Passages
from checks.draft.periods import PeriodReader
from checks.schema import PERIOD_PATTERN

DATED = "Briefing of July 18, 2025.\n\n"
AUTUMN = "Briefing of October 20, 2025.\n\n"


def period_of(text: str, figure: str, *, stock: bool = False, occurrence: int = 0):
    start = [m.start() for m in re.finditer(re.escape(figure), text)][occurrence]
    return PeriodReader(text, Passages(text)).period(start, start + len(figure), stock=stock)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("In the first half of the year, output rose 6.4%.", "2025-H1"),
        ("In the first half of 2024, output rose 6.4%.", "2024-H1"),
        ("In the second quarter, output rose 6.4%.", "2025-Q2"),
        ("In the first five months, output rose 6.4%.", "2025-01..05"),
        ("From January to May, output rose 6.4%.", "2025-01..05"),
        ("By the end of June, output reached 6.4%.", "2025-06-30"),
        ("As of the end of March, output reached 6.4%.", "2025-03-31"),
        ("As of late June, output reached 6.4%.", "2025-06-30"),
        ("By mid-year, output reached 6.4%.", "2025-06-30"),
        ("In May, output rose 6.4%.", "2025-05"),
        ("In 2024, output rose 6.4%.", "2024"),
        ("Currently, output is 6.4%.", "2025-07-18"),
        ("We will reach 6.4% by 2027.", "2027"),
    ],
)
def test_period_words_give_a_period_in_the_ledgers_notation(sentence, expected):
    found = period_of(DATED + sentence, "6.4%")
    assert (found.value, found.how) == (expected, "stated")
    assert re.match(PERIOD_PATTERN, found.value)


def test_the_first_three_quarters_are_january_to_september():
    found = period_of(AUTUMN + "In the first three quarters, output rose 6.4%.", "6.4%")
    assert found.value == "2025-01..09"


def test_words_naming_a_reference_period_are_not_the_figures_period():
    text = DATED + "In the first five months, revenue rose 9.3%, 3.4 points higher than the same period last year."
    assert period_of(text, "9.3%").value == "2025-01..05"
    text = DATED + "Enterprises reached 520,000, more than 8,000 above the end of last year."
    assert period_of(text, "520,000", stock=True).how != "stated"


def test_words_right_after_a_figure_belong_to_it():
    text = AUTUMN + ("In the third quarter, journeys grew 7.0%, "
                     "after 5.9% in the second quarter and 5.6% in the first quarter.")
    assert [period_of(text, f).value for f in ("7.0%", "5.9%", "5.6%")] == ["2025-Q3", "2025-Q2", "2025-Q1"]


def test_framing_words_carry_to_later_sentences_of_the_paragraph_only():
    text = DATED + "In the first half of the year, output rose 6.4%. Exports rose 3.1%.\n\nImports rose 2.0%."
    carried = period_of(text, "3.1%")
    assert (carried.value, carried.how, carried.words) == ("2025-H1", "carried", "the first half of the year")
    assert period_of(text, "2.0%").how == "usual"


def test_now_and_targets_do_not_frame_later_sentences():
    text = DATED + ("Centers are now open, with 5.5 million entries. Robot output rose 35.6%. "
                    "Output rose 1.0% in the first half.")
    assert period_of(text, "35.6%").how == "usual"


def test_without_period_words_a_level_is_dated_and_a_rate_is_in_the_usual_period():
    text = DATED + "In the first half of the year, output rose 6.4%.\n\nThere are 809 companies. Sales rose 3%."
    assert period_of(text, "809", stock=True).value == "2025-07-18"
    assert period_of(text, "3%").value == "2025-H1"


def test_a_period_that_would_end_after_the_document_is_last_years():
    text = "Release of 9 January 2025.\n\nIn the fourth quarter, cargo grew 5.9%. In the first half, it grew 3%."
    assert period_of(text, "5.9%").value == "2024-Q4"
    assert period_of(text, "3%").value == "2024-H1"


def test_without_any_year_the_period_is_none():
    found = period_of("Output rose 6.4% in the first half.", "6.4%")
    assert (found.value, found.how) == ("none", "none")
    assert "placeholder" in found.note()


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("Embargoed until 8:30 a.m. (ET) Friday, April 7, 2023\n\n  THE EMPLOYMENT SITUATION -- MARCH 2023\n", "2023-03"),
        ("SCIO briefing on industry in the first half of 2025\n\nBeijing | 3 p.m. July 18, 2025\n", "2025-H1"),
        ("For release Thursday, January 26, 2017\n\nUNION MEMBERS - 2016\n", "2016"),
        ("GDP up by 0.2% in the second quarter of 2019\n", "2019-Q2"),
        ("Beijing | July 18, 2025\n\nThe briefing was held.\n", None),
    ],
)
def test_the_reference_period_is_what_the_title_names(opening, expected):
    assert PeriodReader(opening, Passages(opening)).reference == expected


def test_without_period_words_a_release_figure_takes_the_titles_period_but_a_spoken_level_the_day_said():
    text = "For release Thursday, January 26, 2017\n\nUNION MEMBERS - 2016\n\nThe rate was 34.4 percent.\n"
    assert period_of(text, "34.4 percent", stock=True).value == "2016"
    spoken = PeriodReader(text, Passages(text)).period(text.index("34.4"), text.index("34.4") + 12, True, True)
    assert spoken.value == "2017-01-26"


def test_months_counted_back_end_at_the_reference_month_and_later_months_are_last_years():
    text = "Released April 7, 2023\n\nTHE EMPLOYMENT SITUATION -- MARCH 2023\n\n"
    assert period_of(text + "A gain of 334,000 over the prior 6 months.", "334,000").value == "2022-09..2023-02"
    assert period_of(text + "Earnings rose 4.2% over the past 12 months.", "4.2%").value == "2022-04..2023-03"
    assert period_of(text + "In November, prices rose 0.4%.", "0.4%").value == "2022-11"
    assert period_of(text + "The change for January was revised to +472,000.", "472,000").value == "2023-01"


def test_a_comparison_names_the_period_of_the_figures_in_its_parenthesis_only():
    text = ("Released April 7, 2023\n\nTHE EMPLOYMENT SITUATION -- MARCH 2023\n\nThe rate, at 62.6 percent, changed "
            "little in March. It remains below its pre-pandemic February 2020 level (63.3 percent).")
    assert period_of(text, "62.6 percent").value == "2023-03"
    assert period_of(text, "63.3 percent").value == "2020-02"


def test_period_words_of_a_compared_figure_do_not_reach_back_to_the_one_before_it():
    text = ("GDP: second quarter of 2014\n\nEnergy supply increased by 4.7% following a decrease of 6.4% in Q1 2014. "
            "GDP rose 0.3% after +0.8% in the previous quarter.")
    assert [period_of(text, f).value for f in ("4.7%", "6.4%", "0.8%")] == ["2014-Q2", "2014-Q1", "2014-Q1"]
