"""figure-unit (a unit doubled or missing) and percentage-point (agreement)."""

from __future__ import annotations

import pytest

from checks.lint import default_config
from checks.lint.rules.units import point_agreement, unit_problems


def units(text: str) -> list[tuple[str, str | None]]:
    return [(hit.text, hit.suggestion) for hit in unit_problems(text, default_config())]


def points(text: str) -> list[tuple[str, str | None]]:
    return [(hit.text, hit.suggestion) for hit in point_agreement(text, default_config())]


@pytest.mark.parametrize(
    "text, extra",
    [
        ("output rose 6.4% percent in May", " percent"),
        ("output rose 6.4 percent % in May", " %"),
        ("output rose 6.4%% in May", "%"),
        ("revenue of 3 billion million yuan", " million"),
        ("a loan of $5 million dollars", " dollars"),
        ("a loan of RMB 5 billion yuan", " yuan"),
        ("a loan of ¥300 yuan", " yuan"),
    ],
)
def test_a_unit_said_twice_is_reported_with_the_extra_one_to_delete(text, extra):
    assert units(text) == [(extra, "")]


def test_the_message_of_a_doubled_unit_says_what_to_delete():
    (hit,) = unit_problems("output rose 6.4% percent in May", default_config())
    assert hit.message == 'percent twice: delete "percent"'


def test_a_scale_word_repeated_is_left_to_repeated_words():
    assert units("revenue of 3 billion billion yuan") == []


@pytest.mark.parametrize(
    "text, bare, fixed",
    [
        ("raise their proportions to 22%, 30 and 25%, respectively", "30", "30%"),
        ("robots increased by 35.6% and 25.5, respectively.", "25.5", "25.5%"),
        ("robots increased by 35.6% and 25.5 year on year", "25.5", "25.5%"),
        ("gaps of 1.2 percentage points, 0.8 and 0.5 percentage points", "0.8", "0.8 percentage points"),
        ("sales of 4.55 million, 1.2 and 3.4 million", "1.2", "1.2 million"),
    ],
)
def test_a_later_figure_of_a_list_that_drops_the_unit_is_reported(text, bare, fixed):
    assert units(text) == [(bare, fixed)]


@pytest.mark.parametrize(
    "text",
    [
        "raise their proportions to 22, 30 and 25%, respectively",  # the unit given once, last
        "We aim to increase their proportions to 22%, 30% and 25%, respectively, by 2027.",
        "accounting for 35.5%, 2 of which were new",  # the bare figure counts something else
        "growth of 5%, 2024: 4.8%",  # a year
        "up 7.6% year on year, 1.2 percentage points higher than the average",
        "recycling aluminum requires only 5% to 8% of the energy",
        "with 1.118 billion 5G mobile subscribers",
    ],
)
def test_a_list_with_its_units_in_place_produces_nothing(text):
    assert units(text) == []


def test_a_decimal_growth_figure_without_its_unit_is_reported():
    assert units("Output rose 6.4 year on year in June.") == [("6.4", "6.4%")]


@pytest.mark.parametrize(
    "text",
    [
        "Output rose 6.4% year on year in June.",
        "sales increased sevenfold year on year",
        "sales rose 2.5 times year on year",
        "the fleet grew by 12 year on year",  # a whole number may count units
    ],
)
def test_growth_figures_with_a_unit_or_a_count_produce_nothing(text):
    assert units(text) == []


def test_percentage_without_points_is_reported():
    assert units("which was 3.4 percentage higher") == [("percentage", "percentage points")]


def test_a_count_with_decimals_and_no_scale_word_is_reported_without_a_guess():
    (hit,) = unit_problems("production reached 6.968 units", default_config())
    assert (hit.text, hit.suggestion) == ("6.968 units", None)
    assert hit.message == 'a count with decimals lacks its scale word; write "6.968 million units" or the scale meant'


@pytest.mark.parametrize(
    "text",
    [
        "production reached 6.968 million units",
        "an average of 2.5 users per account",
        "households of 2.8 people per home",
        "3.4 percentage points higher, a 0.9-percentage-point rise",
    ],
)
def test_counts_with_their_scale_and_averages_produce_nothing(text):
    assert units(text) == []


@pytest.mark.parametrize(
    "text, wrong, right",
    [
        ("which was 3.4 percentage point higher", "percentage point", "percentage points"),
        ("which was 1 percentage points lower", "percentage points", "percentage point"),
        ("which was one percentage points lower", "percentage points", "percentage point"),
        ("which was a 0.9 percentage points increase", "percentage points", "percentage point"),
        ("a 3.4 percentage points rise in the share", "percentage points", "percentage point"),
        ("which was 2 percent points higher", "percent points", "percentage points"),
        ("which was 2.5 per cent point higher", "per cent point", "percentage points"),
    ],
)
def test_percentage_points_that_disagree_with_their_number_are_reported(text, wrong, right):
    assert points(text) == [(wrong, right)]


@pytest.mark.parametrize(
    "text",
    [
        "accounting for 35.5%, which was a 0.9 percentage point increase year on year",
        "which was 3.4 percentage points higher than the same period last year",
        "contributed 3.4 percentage points to the overall growth",
        "a growth rate 14.5 percentage points higher than the national fixed asset investment",
        "which was 1 percentage point lower",
        "the gap narrowed by 0.5 percentage point",  # AP style below 1
        "the gap narrowed by 0.5 percentage points",
        "a 3.4 percentage point increase",
    ],
)
def test_agreeing_percentage_points_produce_nothing(text):
    assert points(text) == []


def test_figures_below_one_written_both_ways_follow_the_majority():
    text = "up 0.5 percentage point, down 0.3 percentage points and 0.2 percentage points lower"
    (hit,) = point_agreement(text, default_config())
    assert (hit.text, hit.suggestion) == ("percentage point", "percentage points")
    assert hit.message == (
        'figures below 1 take "percentage points" elsewhere in this document; write "0.5 percentage points"'
    )
