"""repeated-words: the same run of words written twice in a row."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from checks.lint import default_config
from checks.lint.rules.repetition import repeated_words


def found(text: str) -> list[tuple[str, str | None]]:
    return [(hit.text, hit.suggestion) for hit in repeated_words(text, default_config())]


def test_the_doubled_phrase_of_the_briefing_is_found_once_with_its_single_copy_as_the_fix():
    text = ("recycling aluminum requires only 5% to 8% of the energy and generates only about 5% of the "
            "greenhouse gas emissions of the greenhouse gas emissions of primary aluminum production.")
    (hit,) = repeated_words(text, default_config())
    assert hit.text == "of the greenhouse gas emissions of the greenhouse gas emissions"
    assert hit.suggestion == "of the greenhouse gas emissions"
    assert hit.key == "of-the-greenhouse-gas-emissions"
    assert hit.message == '"of the greenhouse gas emissions" is written twice in a row; write it once'


@pytest.mark.parametrize(
    "text, doubled, once",
    [
        ("the the value added", "the the", "the"),
        ("The the value added", "The the", "The"),
        ("we will we will promote", "we will we will", "we will"),
        ("output rose 6.4% 6.4% year on year", "6.4% 6.4%", "6.4%"),
        ("in the non-ferrous non-ferrous metal industry", "non-ferrous non-ferrous", "non-ferrous"),
        ("a a new round", "a a", "a"),
    ],
)
def test_doubled_words_not_in_the_briefing_are_found(text, doubled, once):
    assert found(text) == [(doubled, once)]


@pytest.mark.parametrize(
    "text",
    [
        "He said that that was enough; they had had enough.",
        "It was very, very good. Thanks. Thanks again.",
        "again and again, step by step, one city, one policy, one month, one chain",
        "Speakers\n\nSpeakers:\n\nMr. Xie",
        "Name\tName\nValue\tValue",  # table columns
        "no     no",  # aligned columns
        "press CTRL-R ctrl-r to repeat",
        "In the first half of the year, output rose. In the first half of the year, sales rose.",
    ],
)
def test_repetitions_that_are_grammar_style_or_layout_produce_nothing(text):
    assert found(text) == []


WORD = st.sampled_from("growth output profit sales rose fell steadily in the first half of year".split())


@given(st.lists(WORD, min_size=1, max_size=20))
def test_text_without_adjacent_repeats_produces_nothing(words):
    for size in range(1, len(words) // 2 + 1):
        for start in range(len(words) - 2 * size + 1):
            assume(words[start:start + size] != words[start + size:start + 2 * size])
    assume("that" not in words)
    assert found(" ".join(words)) == []


@given(before=st.lists(st.sampled_from(["alpha", "beta"]), max_size=3),
       run=st.lists(st.sampled_from(["gamma", "delta", "epsilon"]), min_size=1, max_size=8, unique=True),
       after=st.lists(st.sampled_from(["zeta", "eta"]), max_size=3, unique=True))
def test_a_run_written_twice_is_found_with_the_run_as_the_fix(before, run, after):
    text = " ".join([*before, *run, *run, *after])
    hits = [hit for hit in repeated_words(text, default_config()) if hit.suggestion == " ".join(run)]
    assert len(hits) == 1
    assert hits[0].text == " ".join(run + run)
