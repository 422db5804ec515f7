"""checks.anchors: number-agnostic anchors resolved against one index of a document."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import checks.anchors as anchors_module
from checks.anchors import (
    NUM,
    Anchor,
    AnchorIndex,
    AnchorSyntaxError,
    Match,
    resolve_anchors,
)
from checks.document import Document, load_document

BRIEFING = Path(__file__).resolve().parent.parent / "data" / "scio-2025-07-18-miit-h1.en.txt"


@pytest.fixture(scope="module")
def briefing() -> Document:
    return load_document(BRIEFING)


@pytest.fixture(scope="module")
def index(briefing) -> AnchorIndex:
    return AnchorIndex(briefing)


def figures(document: Document, resolution) -> list[str]:
    return [document.text[match.figure_start:match.figure_end] for match in resolution.matches]


def places(document: Document, resolution) -> list[tuple[int, int]]:
    return [document.position(match.figure_start) for match in resolution.matches]


def resolve_one(document: Document, text: str, speaker: str | None = None):
    (resolution,) = AnchorIndex(document).resolve([Anchor(text, speaker)])
    return resolution


def revised(briefing: Document, old: str, new: str) -> Document:
    assert briefing.text.count(old) == 1, old
    return Document.from_text(briefing.text.replace(old, new), path="revised.txt")


# -- the briefing's own anchors -------------------------------------------------------


@pytest.mark.parametrize(("text", "speaker", "figure", "place"), [
    ("accounting for [35.5%], which was a 0.9 percentage point increase", None, "35.5%", (52, 365)),
    ("maintained good growth momentum, accounting for [35.5%] of the value", "Tao Qing", "35.5%", (112, 152)),
    ("with the value added accounting for [35.5%] and 16.4% of", None, "35.5%", (150, 445)),
    ("above designated size reached [520,000], an increase of", None, "520,000", (48, 1013)),
    ("[Seventeen] automobile manufacturers have committed", None, "Seventeen", (52, 1419)),
    ("AI glasses on JD.com increased [sevenfold] year on year", None, "sevenfold", (220, 666)),
])
def test_each_ledger_anchor_matches_its_one_place_in_the_briefing(index, briefing, text, speaker, figure, place):
    (resolution,) = index.resolve([Anchor(text, speaker)])
    assert figures(briefing, resolution) == [figure]
    assert places(briefing, resolution) == [place]


def test_a_match_spans_the_excerpt_and_the_bracketed_figure(index, briefing):
    (resolution,) = index.resolve([Anchor("accounting for [35.5%], which was")])
    (match,) = resolution.matches
    assert briefing.text[match.start:match.end] == "accounting for 35.5%, which was"
    assert resolution.unique == match


# -- surviving a revision -------------------------------------------------------------


def test_an_anchor_survives_a_changed_figure_and_reads_the_new_one(briefing):
    document = revised(briefing, "accounting for 35.5%, which", "accounting for 35.3%, which")
    resolution = resolve_one(document, "accounting for [35.5%], which was a 0.9 percentage point increase")
    assert figures(document, resolution) == ["35.3%"]
    assert places(document, resolution) == [(52, 365)]


def test_an_anchor_survives_a_number_word_changed_to_digits(briefing):
    document = revised(briefing, "Seventeen automobile", "18 automobile")
    resolution = resolve_one(document, "[Seventeen] automobile manufacturers have committed")
    assert figures(document, resolution) == ["18"]


def test_an_anchor_survives_every_number_of_its_excerpt_changing(briefing):
    document = revised(briefing, "accounting for 35.5% and 16.4% of", "accounting for 36% and 15.95% of")
    resolution = resolve_one(document, "with the value added accounting for [35.5%] and 16.4% of")
    assert figures(document, resolution) == ["36%"]


def test_an_anchor_survives_extra_spaces_no_break_spaces_and_line_breaks(briefing):
    document = revised(briefing, "accounting for 35.5%, which was a 0.9",
                       "accounting\u00a0for   35.5%,\nwhich\u2009was a\u202f0.9")
    resolution = resolve_one(document, "accounting for [35.5%], which was a 0.9 percentage point increase")
    assert figures(document, resolution) == ["35.5%"]
    assert places(document, resolution) == [(52, 367)]


def test_an_anchor_survives_curly_quotes_in_the_document(briefing):
    document = revised(briefing, 'of 1,241 "little giant"', "of 1,241 \u201clittle giant\u201d")
    resolution = resolve_one(document, 'development of [1,241] "little giant" enterprises')
    assert figures(document, resolution) == ["1,241"]


def test_an_anchor_survives_a_dash_variant_and_a_no_break_hyphen(briefing):
    document = revised(briefing, "AI-powered devices \u2014 such", "AI\u2011powered devices - such")
    resolution = resolve_one(document, "[100] types of AI-powered devices \u2014 such as")
    assert figures(document, resolution) == ["100"]


def test_a_space_between_a_figure_and_the_next_word_is_not_significant(briefing):
    typo = resolve_one(briefing, "size grew [6.4%] year on year in the first half of 2025")
    fixed = resolve_one(revised(briefing, "grew 6.4%year on", "grew 6.4% year on"),
                        "size grew [6.4%]year on year in the first half of 2025")
    assert places(briefing, typo) == [(144, 89)]
    assert len(fixed.matches) == 1


# -- zero, several, speakers ----------------------------------------------------------


def test_an_anchor_whose_words_changed_matches_nowhere(briefing):
    document = revised(briefing, "accounting for 35.5%, which", "representing 35.5%, which")
    resolution = resolve_one(document, "accounting for [35.5%], which was a 0.9 percentage point increase")
    assert resolution.matches == ()
    assert resolution.unique is None


def test_an_anchor_that_matches_twice_gives_both_places_in_document_order():
    document = Document.from_text("Growth was 5% in Q1.\nGrowth was 6% in Q2.\n")
    resolution = resolve_one(document, "Growth was [5%] in")
    assert places(document, resolution) == [(1, 12), (2, 12)]
    assert resolution.unique is None


def test_a_speaker_picks_one_of_four_places(index, briefing):
    anywhere, tao = index.resolve([Anchor("increased by [6.4%] year on year"),
                                   Anchor("increased by [6.4%] year on year", "Tao Qing")])
    assert places(briefing, anywhere) == [(48, 268), (48, 1159), (52, 517), (114, 347)]
    assert figures(briefing, tao) == ["7.2%"]


def test_a_short_anchor_matches_all_three_mentions(index, briefing):
    (resolution,) = index.resolve([Anchor("accounting for [35.5%]")])
    assert places(briefing, resolution) == [(52, 365), (112, 152), (150, 445)]


def test_a_speaker_restricts_the_matches_to_that_speakers_turns(index, briefing):
    tao, xie = index.resolve([Anchor("accounting for [35.5%]", "Tao Qing"),
                              Anchor("accounting for [35.5%]", "Xie Shaofeng")])
    assert places(briefing, tao) == [(112, 152)]
    assert places(briefing, xie) == [(52, 365), (150, 445)]


def test_a_speaker_who_never_speaks_matches_nowhere(index):
    (resolution,) = index.resolve([Anchor("accounting for [35.5%]", "Nobody")])
    assert resolution.matches == ()


def test_a_match_across_two_turns_counts_for_neither_speaker():
    document = Document.from_text("Alice:\n\nIt rose 5%.\n\nBob:\n\nIndeed, 6% more.\n")
    anchor_text = "rose [5%]. Bob: Indeed"
    assert len(resolve_one(document, anchor_text).matches) == 1
    assert resolve_one(document, anchor_text, "Alice").matches == ()
    assert resolve_one(document, anchor_text, "Bob").matches == ()


# -- tokens ---------------------------------------------------------------------------


def test_an_anchor_matches_whole_tokens_only():
    document = Document.from_text("accounting for 35.5% of it")
    assert resolve_one(document, "ccounting for [35.5%]").matches == ()
    assert resolve_one(document, "[35.5%] of i").matches == ()


def test_words_match_case_sensitively():
    document = Document.from_text("Growth was 5%.")
    assert resolve_one(document, "growth was [5%]").matches == ()


def test_a_number_in_the_anchor_matches_any_numeral_but_not_a_word():
    document = Document.from_text("up twenty-five percent, up some percent")
    resolution = resolve_one(document, "up [3] percent")
    assert figures(document, resolution) == ["twenty-five"]


def test_a_sign_inside_the_brackets_is_where_the_figure_starts():
    document = Document.from_text("profit fell \u22125.2% and rose 3%")
    assert figures(document, resolve_one(document, "fell [-5.2%]")) == ["\u22125.2%"]
    assert figures(document, resolve_one(document, "fell -[5.2%]")) == ["5.2%"]


def test_the_figure_starts_at_the_first_numeral_inside_the_brackets():
    document = Document.from_text("it grew by more than 8,000 to 520,000")
    (match,) = resolve_one(document, "grew by [more than 8,000] to").matches
    assert document.text[match.figure_start:match.figure_end] == "8,000"
    assert match.figure_end == document.text.index(" to")


def test_escaped_brackets_match_literal_brackets():
    document = Document.from_text("see [note 3] for 12.5% and note 3 for 12.5%")
    resolution = resolve_one(document, r"see \[note 3\] for [12.5%]")
    assert figures(document, resolution) == ["12.5%"]
    assert places(document, resolution) == [(1, 18)]


def test_an_anchor_matches_in_chinese_text_with_a_changed_figure():
    document = Document.from_text("上半年，规模以上工业增加值同比增长6.5%，比一季度回落。")
    resolution = resolve_one(document, "工业增加值同比增长[6.4%]，")
    assert figures(document, resolution) == ["6.5%"]


def test_full_width_digits_in_the_document_are_numerals():
    document = Document.from_text("增长\uff16.\uff14%，")
    assert figures(document, resolve_one(document, "增长[6.4%]，")) == ["\uff16.\uff14%"]


# -- the index ------------------------------------------------------------------------


def test_resolutions_come_back_in_the_order_of_the_anchors(index):
    anchors = [Anchor("accounting for [35.5%]", "Tao Qing"), Anchor("[Eighteen] nonsense words"),
               Anchor("accounting for [35.5%]")]
    resolutions = index.resolve(anchors)
    assert [resolution.anchor for resolution in resolutions] == anchors
    assert [len(resolution.matches) for resolution in resolutions] == [1, 0, 3]


def test_one_index_resolves_again_with_the_same_answer(briefing):
    index = AnchorIndex(briefing)
    anchor = Anchor("accounting for [35.5%], which was")
    assert index.resolve([anchor]) == index.resolve([anchor]) == resolve_anchors(briefing, [anchor])


def test_a_one_token_anchor_matches_every_numeral(briefing, index):
    (resolution,) = index.resolve([Anchor("[5]")])
    assert len(resolution.matches) == 243
    assert resolution.matches[0] == Match(89, 93, 89, 93)


def test_anchors_compare_by_text_and_speaker():
    assert Anchor("a [1]") == Anchor("a [1]")
    assert Anchor("a [1]", "Tao Qing") != Anchor("a [1]")


# -- syntax errors --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "message"), [
    ("", "the anchor is empty; write a short excerpt of the document with the figure in [brackets]"),
    ("accounting for 35.5%",
     'the anchor marks no figure; put the figure in square brackets, e.g. "accounting for [35.5%]"'),
    ("[35.5%] and [16.4%]",
     'the anchor has 2 "[" and 2 "]"; bracket exactly one figure and write a literal bracket as \\[ or \\]'),
    ("for [35.5%",
     'the anchor has "[" without "]"; close the figure with "]" or write a literal bracket as \\['),
    ("for 35.5%]",
     'the anchor has "]" without "["; open the figure with "[" or write a literal bracket as \\]'),
    ("for ]35.5%[", 'the anchor has "]" before "["; write the figure as "[35.5%]"'),
    ("[percentage] point",
     "the brackets hold no number ('[percentage]'); put them around the figure itself, e.g. \"[35.5%]\""),
    ("for [] 35.5%", 'the brackets are empty; put the figure inside them, e.g. "[35.5%]"'),
    ("for [35].5%",
     'the brackets cut "35.5" in two; put them around whole words and numbers, e.g. "[35.5%]"'),
    ("acc[ounting 35.5%]",
     'the brackets cut "accounting" in two; put them around whole words and numbers, e.g. "[35.5%]"'),
    (r"see \[note 3\] only",
     'the anchor marks no figure; put the figure in square brackets, e.g. "accounting for [35.5%]"'),
], ids=["empty", "no brackets", "two figures", "unclosed", "unopened", "reversed", "no number", "empty brackets",
        "numeral cut", "word cut", "escaped brackets only"])
def test_an_unusable_anchor_is_one_line_that_says_what_to_write(text, message):
    with pytest.raises(AnchorSyntaxError) as raised:
        Anchor(text)
    assert str(raised.value) == message


# -- properties -----------------------------------------------------------------------

WORDS = ["growth", "Industry", "value", "added", "of", "the", "rose", "year", "on", "accounting", "for",
         "share", "enterprises", "AI", "H1", "MIIT", "percentage", "points", "up", "by", "Q2", "5G", "and"]
PUNCTUATION = [",", ".", "%", "(", ")", ":", ";", "\u201c", "\u201d", "\u2014", "-", "?", "'", "\u2019"]
UNSIGNED = ["35.5", "6.4", "520,000", "1,118", "0.9", "2025", "17", "Seventeen", "six", "twenty-five",
            "sevenfold", "100", "\uff13\uff15.\uff15", "44.3"]
SIGNED = ["-5", "\u22122.4", "-0.3"]
SEPARATORS = [" ", "  ", "\u00a0", "\n", "\t", "\u2009", " \n ", "\n\n", "\u3000"]


@st.composite
def documents_with_an_excerpt(draw):
    """(pieces, separators, first, figure, last): a document of words, punctuation and
    numbers, every two pieces apart by some space, no two numbers side by side; the
    excerpt runs from piece `first` to piece `last` and brackets number `figure`."""
    size = draw(st.integers(3, 40))
    pieces = []
    for _ in range(size):
        kind = draw(st.sampled_from(["word", "word", "punctuation", "number"]))
        if kind == "number" and not (pieces and pieces[-1] in UNSIGNED + SIGNED):
            pieces.append(draw(st.sampled_from(UNSIGNED + SIGNED)))
        else:
            pieces.append(draw(st.sampled_from(WORDS + PUNCTUATION)))
    numbers = [index for index, piece in enumerate(pieces) if piece in UNSIGNED + SIGNED]
    if not numbers:
        pieces.append(draw(st.sampled_from(UNSIGNED + SIGNED)))
        numbers = [len(pieces) - 1]
    separators = [draw(st.sampled_from(SEPARATORS)) for _ in range(len(pieces) - 1)]
    figure = draw(st.sampled_from(numbers))
    first = draw(st.integers(max(0, figure - 6), figure))
    last = draw(st.integers(figure, min(len(pieces) - 1, figure + 6)))
    return pieces, separators, first, figure, last


def lay_out(pieces: list[str], separators: list[str]) -> tuple[str, list[tuple[int, int]]]:
    text, spans = "", []
    for index, piece in enumerate(pieces):
        spans.append((len(text), len(text) + len(piece)))
        text += piece + (separators[index] if index < len(separators) else "")
    return text, spans


def excerpt(text: str, spans, first: int, figure: int, last: int) -> str:
    return (text[spans[first][0]:spans[figure][0]] + "[" + text[spans[figure][0]:spans[figure][1]] + "]"
            + text[spans[figure][1]:spans[last][1]])


@given(case=documents_with_an_excerpt())
def test_an_anchor_cut_verbatim_from_a_document_matches_where_it_was_cut(case):
    pieces, separators, first, figure, last = case
    text, spans = lay_out(pieces, separators)
    resolution = resolve_one(Document.from_text(text), excerpt(text, spans, first, figure, last))
    assert Match(spans[first][0], spans[last][1], *spans[figure]) in resolution.matches


def where(spans, match: Match) -> tuple:
    """A match as piece indices and offsets within pieces, to compare across documents."""
    def start(offset):
        (index,) = [i for i, (a, b) in enumerate(spans) if a <= offset < b]
        return index, offset - spans[index][0]

    def end(offset):
        (index,) = [i for i, (a, b) in enumerate(spans) if a < offset <= b]
        return index, offset - spans[index][1]

    return start(match.start), end(match.end), start(match.figure_start), end(match.figure_end)


@given(case=documents_with_an_excerpt(), data=st.data())
def test_changing_every_number_in_the_excerpt_keeps_exactly_the_same_matches(case, data):
    pieces, separators, first, figure, last = case
    text, spans = lay_out(pieces, separators)
    anchor = Anchor(excerpt(text, spans, first, figure, last))
    changed = [data.draw(st.sampled_from(SIGNED if piece in SIGNED else UNSIGNED))
               if first <= index <= last and piece in UNSIGNED + SIGNED else piece
               for index, piece in enumerate(pieces)]
    changed_text, changed_spans = lay_out(changed, separators)
    (before,) = AnchorIndex(Document.from_text(text)).resolve([anchor])
    (after,) = AnchorIndex(Document.from_text(changed_text)).resolve([anchor])
    assert Match(changed_spans[first][0], changed_spans[last][1], *changed_spans[figure]) in after.matches
    assert [where(spans, match) for match in before.matches] == [
        where(changed_spans, match) for match in after.matches]


@given(st.lists(st.sampled_from([*"ab9 .,-%\x00中文", "\u3000", "12.5", "word", "  "]), max_size=80).map("".join),
       st.integers(1, 40))
def test_tokenising_in_slices_gives_the_tokens_of_one_pass(skeleton, size):
    """A large document is tokenised a slice at a time, cut before a space or a CJK
    character; the tokens and their ends are those of one pass over the whole text."""
    whole = anchors_module._tokenize(skeleton, {})
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(anchors_module, "_SLICE", size)
        sliced = anchors_module._tokenize(skeleton, {})
    assert sliced[0] == whole[0]
    assert list(sliced[1]) == list(whole[1])


def test_a_document_without_spaces_is_cut_before_its_cjk_characters(monkeypatch):
    text = "工业增加值增长" * 50 + "abc"
    whole = anchors_module._tokenize(text, {})
    monkeypatch.setattr(anchors_module, "_SLICE", 7)
    assert anchors_module._tokenize(text, {}) == whole


def test_the_index_counts_only_the_token_pairs_its_anchors_have():
    """Counting every adjacent pair held each distinct pair of the document: 122 MB of
    a 7 MB text of varied words, against 51 MB now (tracemalloc peak of index+resolve)."""
    words = [f"w{i}" for i in range(5_000)]
    document = Document(" ".join(words) + " grew 5.2% in the first half", "varied.txt")
    index = AnchorIndex(document)
    anchor = Anchor("grew [5.2%] in the first")
    [resolution] = index.resolve([anchor])
    assert resolution.unique is not None
    assert ("grew", NUM) in index._pair_counts
    assert set(index._pair_counts) <= set(zip(anchor.tokens, anchor.tokens[1:]))
