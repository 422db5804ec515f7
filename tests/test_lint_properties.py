"""Properties of the second round's rules: a fix removes its finding; a copy is always seen."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from checks.lint import default_config
from checks.lint.rules.duplicated_block import duplicated_blocks
from checks.lint.rules.glued import glued_figures
from checks.lint.rules.rate_change_unit import rate_change_units

figures = st.one_of(
    st.integers(1, 999).map(lambda n: f"{n}.{n % 10}"),
    st.integers(1000, 9_999_999).map(lambda n: f"{n:,}"),
    st.integers(1, 99).map(lambda n: f"{n}%"),
)
words = st.sampled_from(["in", "of", "year", "million", "enterprises", "units", "March", "people"])


@given(figures, words)
def test_writing_the_suggestion_of_a_glued_figure_leaves_nothing_to_report(figure, word):
    assume(word != "in" or "," in figure)  # "1.1in" is a size, "236,000in" is glued
    text = f"It reached {figure}{word} last time."
    hits = list(glued_figures(text, default_config()))
    assert [hit.text for hit in hits] == [f"{figure}{word}"]
    fixed = text.replace(hits[0].text, hits[0].suggestion)
    assert list(glued_figures(fixed, default_config())) == []


@given(st.sampled_from(["rate", "share", "ratio", "proportion"]),
       st.sampled_from(["increased", "rose", "fell", "declined"]),
       st.decimals(min_value=0, max_value=99, places=1).map(str))
def test_a_rate_is_reported_in_percent_and_never_in_points(noun, verb, figure):
    assert len(list(rate_change_units(f"The {noun} of exports {verb} {figure}% this year.", default_config()))) == 1
    for points in ("percentage points", "points", "percentage point"):
        assert list(rate_change_units(f"The {noun} of exports {verb} {figure} {points}.", default_config())) == []


lines = st.text(alphabet="abcdefghij ", min_size=25, max_size=40).map(lambda line: "Line " + line.strip() + ".")


@given(st.lists(lines, min_size=3, max_size=6, unique=True), st.lists(lines, max_size=3))
def test_a_block_printed_twice_is_reported_at_its_copy(block, between):
    text = "\n".join(block + [f"Other {index} {line}" for index, line in enumerate(between)] + block) + "\n"
    hits = list(duplicated_blocks(text, default_config()))
    assert [text[:hit.start].count("\n") for hit in hits] == [len(block) + len(between)]
