"""Shortest unique anchors (checked with the real AnchorIndex) and ignore patterns."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checks.anchors import Anchor, AnchorIndex
from checks.document import Document
from checks.draft.excerpts import MIN_CONTEXT, Excerpts
from checks.draft.passages import Passages, Span
from checks.numbers import find_numbers, read_figure


def anchors_of(text: str, speaker_pattern=None):
    document = Document(text, "doc.txt", speaker_pattern)
    figures = find_numbers(text)
    return figures, Excerpts(document, Passages(text)).anchors(figures), document


def resolves_at(document: Document, anchor, figure) -> bool:
    resolution = AnchorIndex(document).resolve([Anchor(anchor.text, anchor.speaker)])[0]
    return resolution.unique is not None and resolution.unique.figure_start == figure.number_start


def test_an_anchor_grows_word_by_word_until_it_is_unique():
    text = "Sales rose 5% in May. Costs rose 5% in May. Sales rose 7% in June."
    figures, anchors, document = anchors_of(text)
    assert [a.text for a in anchors] == ["[5%] in May. Costs", "Costs rose [5%] in", "May. Sales rose [7%]"]
    assert all(resolves_at(document, a, f) for a, f in zip(anchors, figures))


def test_an_anchor_is_number_agnostic_so_other_numbers_do_not_tell_places_apart():
    text = "Output rose 3% in May and fell. Output rose 4% in May and fell. Output rose 4% in May, then."
    figures, anchors, document = anchors_of(text)
    assert [a.text for a in anchors] == [
        "[3%] in May and fell. Output rose 4% in May and", "fell. Output rose [4%] in May and", "rose [4%] in May,"]
    assert all(resolves_at(document, a, f) for a, f in zip(anchors, figures))


def test_a_word_glued_to_the_figure_stays_in_the_anchor():
    figures, anchors, _ = anchors_of("Output grew 6.4%year on year in the first half.")
    assert anchors[0].text == "Output grew [6.4%]year on"


def test_brackets_and_backslashes_of_the_text_are_escaped():
    text = "The index [base] rose 5% in May, a\\b test."
    figures, anchors, document = anchors_of(text)
    assert anchors[0].text == "\\[base\\] rose [5%] in"
    assert resolves_at(document, anchors[0], figures[0])


def test_an_identical_passage_said_by_two_speakers_is_told_apart_by_the_speaker():
    text = "Xie Cun:\n\nRevenue rose 9.3% this year.\n\nTao Qing:\n\nRevenue rose 9.3% this year.\n"
    figures, anchors, document = anchors_of(text)
    assert [(a.text, a.speaker) for a in anchors] == [
        ("Revenue rose [9.3%] this", "Xie Cun"), ("Revenue rose [9.3%] this", "Tao Qing")]
    assert all(resolves_at(document, a, f) for a, f in zip(anchors, figures))


def test_a_passage_repeated_word_for_word_reaches_past_its_paragraph_or_has_no_anchor():
    text = "Intro.\n\n" + "Revenue rose 9.3% this year.\n\n" * 8
    figures, anchors, document = anchors_of(text)
    assert anchors[1].text == "Intro. Revenue rose 9.3% this year. Revenue rose [9.3%]"
    assert anchors[4:] == [None] * 4  # twelve words either side are the same everywhere
    assert all(resolves_at(document, a, f) for a, f in zip(anchors, figures) if a is not None)


def test_an_anchor_keeps_some_context_even_when_the_figure_alone_is_unique():
    figures, anchors, _ = anchors_of("Seventeen automobile manufacturers have committed to it.")
    assert len(anchors[0].text.replace("[Seventeen]", "").split()) >= MIN_CONTEXT


WORDS = st.sampled_from(["sales", "rose", "fell", "by", "the", "firms", "in", "May", "output", "and"])
NUMBERS = st.sampled_from(
    ["5%", "12", "3.4 million", "more than 8,000", "6.4%year", "Seventeen", "0.9 percentage point"])
SENTENCE = st.lists(st.one_of(WORDS, NUMBERS), min_size=2, max_size=9).map(lambda ws: " ".join(ws).capitalize() + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)
TEXT = st.lists(PARAGRAPH, min_size=1, max_size=4).map("\n\n".join)


@settings(max_examples=60, deadline=None)
@given(TEXT)
def test_every_anchor_found_matches_exactly_once_and_at_its_own_figure(text):
    figures, anchors, document = anchors_of(text)
    for figure, anchor in zip(figures, anchors):
        if anchor is not None:
            assert resolves_at(document, anchor, figure), anchor
            match = AnchorIndex(document).resolve([Anchor(anchor.text, anchor.speaker)])[0].unique
            assert read_figure(document.text, match.figure_start).text == figure.text


@settings(max_examples=60, deadline=None)
@given(TEXT, st.data())
def test_an_ignore_pattern_matches_its_words_and_no_claimed_number(text, data):
    figures = find_numbers(text)
    ignored = data.draw(st.sampled_from(figures)) if figures else None
    if ignored is None:
        return
    claimed = [(f.number_start, f.number_end) for f in figures if f.numeral != ignored.numeral]
    excerpts = Excerpts(Document(text), Passages(text))
    pattern = excerpts.pattern(Span(ignored.number_start, ignored.number_end), claimed)
    assert any(m.start() <= ignored.number_start and ignored.number_end <= m.end() for m in re.finditer(pattern, text))
    covered = [m.span() for m in re.finditer(pattern, text)]
    grown_enough = all(not (s < e2 and s2 < e) for s, e in claimed for s2, e2 in covered)
    assert grown_enough or len(pattern) > 40  # growth stops after a few words, then says so by its length


def test_a_numeral_with_no_break_spaces_inside_is_one_word_of_the_anchor():
    text = "The firms numbered 520\u00a0000 in May and 480\u00a0000 in June."
    figures, anchors, document = anchors_of(text)
    assert [f.numeral for f in figures] == ["520\u00a0000", "480\u00a0000"]
    assert [a.text for a in anchors] == ["firms numbered [520 000] in", "May and [480 000] in"]
    assert all(resolves_at(document, a, f) for a, f in zip(anchors, figures))
