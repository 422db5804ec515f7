"""Fuzzing the anchor matcher.

Any anchor text gives an Anchor or one AnchorSyntaxError line; resolving any
anchors against any document gives matches inside the document, in order,
never an exception; and an anchor cut verbatim from a real paragraph (figure
bracketed, literal brackets and backslashes escaped) matches where it was cut.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, reject
from hypothesis import strategies as st
from strategies import (
    anchor_texts,
    figure_texts,
    fuzz,
    known_bug,
    ledger_samples,
    no_hang,
)

from checks.anchors import Anchor, AnchorIndex, AnchorSyntaxError
from checks.document import Document
from checks.numbers import NUMERAL

PARAGRAPHS = [document for _, document in ledger_samples()]
SPEAKERS = st.one_of(st.none(), st.sampled_from(["Xie Cun", "Tao Qing", "", " ", "Nobody", "xie cun"]))


def anchor_or_none(text: str, speaker: str | None) -> Anchor | None:
    try:
        with no_hang():
            return Anchor(text, speaker)
    except AnchorSyntaxError as error:
        message = str(error)
        assert message.strip() and "\n" not in message, message
        return None
    except Exception as error:
        if known_bug(error):
            reject()
        raise


def assert_matches_inside(document: Document, resolutions) -> None:
    for resolution in resolutions:
        previous = -1
        for match in resolution.matches:
            assert 0 <= match.start <= match.figure_start < match.figure_end <= match.end <= len(document.text), match
            assert match.start > previous, "matches are distinct and in document order"
            previous = match.start
            document.position(match.figure_start)  # every offset has a line and column


@fuzz
@given(text=anchor_texts(), speaker=SPEAKERS)
def test_any_anchor_text_is_an_anchor_or_one_clear_error(text, speaker):
    anchor_or_none(text, speaker)


@fuzz
@given(
    texts=st.lists(anchor_texts(), min_size=1, max_size=4),
    speaker=SPEAKERS,
    document=st.one_of(figure_texts(), anchor_texts(max_pieces=40)),
)
def test_resolving_any_anchors_in_any_document_gives_matches_inside_it(texts, speaker, document):
    anchors = [anchor for anchor in (anchor_or_none(text, speaker) for text in texts) if anchor is not None]
    # the document holds each anchor's unbracketed text, so some anchors do match
    body = "\n".join([document, *(text.replace("[", "").replace("]", "") for text in texts), document])
    doc = Document.from_text(body)
    try:
        with no_hang():
            resolutions = AnchorIndex(doc).resolve(anchors)
    except Exception as error:
        if known_bug(error):
            reject()
        raise
    assert [resolution.anchor for resolution in resolutions] == anchors
    assert_matches_inside(doc, resolutions)


def escape(text: str) -> str:
    return re.sub(r"([\\\[\]])", r"\\\1", text)


@st.composite
def cut_anchors(draw):
    """(paragraph, anchor, where): an excerpt of a real paragraph around one numeral,
    cut on whitespace, the numeral bracketed; `where` is (start, figure start, figure end)."""
    paragraph = draw(st.sampled_from(PARAGRAPHS))
    numerals = list(NUMERAL.finditer(paragraph))
    numeral = draw(st.sampled_from(numerals))
    cuts_before = [0] + [m.end() for m in re.finditer(r"\s+", paragraph[:numeral.start()])]
    cuts_after = [numeral.end() + m.start() for m in re.finditer(r"\s+", paragraph[numeral.end():])]
    start = draw(st.sampled_from(cuts_before[-6:]))
    end = draw(st.sampled_from(cuts_after[:6] or [len(paragraph)]))
    anchor = (escape(paragraph[start:numeral.start()]) + "[" + escape(numeral.group()) + "]"
              + escape(paragraph[numeral.end():end]))
    return paragraph, anchor, (start, numeral.start(), numeral.end())


@fuzz
@given(case=cut_anchors())
def test_an_anchor_cut_from_a_real_paragraph_matches_where_it_was_cut(case):
    paragraph, text, (start, figure_start, figure_end) = case
    document = Document.from_text(paragraph)
    try:
        with no_hang():
            anchor = Anchor(text)
            (resolution,) = AnchorIndex(document).resolve([anchor])
    except AnchorSyntaxError as error:
        raise AssertionError(f"a verbatim excerpt is a valid anchor: {text!r}: {error}") from None
    except Exception as error:
        if known_bug(error):
            reject()
        raise
    assert_matches_inside(document, [resolution])
    assert (start, figure_start, figure_end) in [(m.start, m.figure_start, m.figure_end) for m in resolution.matches], (
        text, resolution.matches)


@pytest.mark.parametrize("text", ["[\\[\n:]", "Revenue [rose\nby] 9.3%", "[a\r\nb] 5"])
def test_an_anchor_error_is_one_line_whatever_the_brackets_hold(text):
    anchor_or_none(text, None)
