"""missing-denominator: an intensity compared without the "per ..." it was given with."""

from __future__ import annotations

import pytest

from checks.lint import default_config
from checks.lint.rules.missing_denominator import missing_denominators


def found(text: str) -> list[tuple[str, str | None]]:
    return [(hit.text, hit.suggestion) for hit in missing_denominators(text, default_config())]


def test_a_comparison_after_a_figure_per_tonne_is_reported_with_the_denominator():
    text = ("Power consumption was 13,300 kilowatt-hours per tonne of aluminum, "
            "700 kilowatt-hours lower than the global average.")
    hits = list(missing_denominators(text, default_config()))
    assert [(hit.text, hit.suggestion) for hit in hits] == [("700 kilowatt-hours", "700 kilowatt-hours per tonne")]
    assert hits[0].message == ('compared without its denominator; the paragraph gives kilowatt-hours per tonne: '
                               'write "700 kilowatt-hours per tonne"')


@pytest.mark.parametrize(
    "text",
    [
        "Power use is 700 kilowatt-hours lower than the global average.",  # no denominator given: not plain
        "It was 300 yuan per square meter, 20 yuan per square meter higher than last year.",
        "Output was 10 million tonnes per year, 2 million tonnes more than in 2020.",  # a yearly figure
        "It was 5 tonnes per hectare.\nThe farm made 20 tonnes more than last year.",  # another paragraph
        "Income was 20,733 yuan per capita, 1,200 yuan more than the same period last year.",  # over time
        "Use fell to 13,300 kilowatt-hours per tonne, 200 kilowatt-hours lower than in 2020.",
    ],
)
def test_comparisons_with_their_denominator_or_without_a_plain_one_are_left_alone(text):
    assert found(text) == []


def test_the_unit_must_be_the_one_given_with_the_denominator():
    assert found("Emissions were 2.1 tonnes per person, and 3 kilograms below the target.") == []
    assert found("Emissions were 2.1 tonnes per person, 0.3 tonnes below the target.") == [
        ("0.3 tonnes", "0.3 tonnes per person")]
