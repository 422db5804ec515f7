"""repeated-opening: two sentences in a row opening with the same phrase."""

from __future__ import annotations

from checks.lint import default_config
from checks.lint.rules.repeated_opening import repeated_openings


def found(text: str) -> list[str]:
    return [hit.text for hit in repeated_openings(text, default_config())]


def test_the_second_of_two_sentences_with_the_same_four_word_opening_is_reported():
    text = ("In the first half of the year, the sector showed resilience. "
            "In the first half of the year, value added rose 11.1%.\n")
    hits = list(repeated_openings(text, default_config()))
    assert [(hit.start, hit.text) for hit in hits] == [(61, "In the first half of the year")]
    assert hits[0].message == ('this sentence opens like the one before it ("In the first half of the year"); '
                               "vary or merge the two")


def test_parallel_lists_of_briefings_are_left_alone():
    assert found("We will ensure supply. We will also advance reform. In terms of policies, A. "
                 "In terms of standards, B.\n") == []


def test_sentences_of_different_paragraphs_or_with_another_sentence_between_are_left_alone():
    assert found("In the first half of the year, A.\nIn the first half of the year, B.\n") == []
    assert found("In the first half of the year, A. Then B. In the first half of the year, C.\n") == []


def test_titles_do_not_end_a_sentence():
    assert found("Thanks, Mr. Xie, for the data. Thanks, Mr. Xie, for the data again.\n") == [
        "Thanks, Mr. Xie, for the data"]
