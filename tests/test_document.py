"""checks.document: decoding, positions, turns and speakers, the normalised view."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from checks.document import _SPACES, Document, DocumentError, Turn, load_document, normalize
from checks.findings import Location

BRIEFING = Path(__file__).resolve().parent.parent / "data" / "scio-2025-07-18-miit-h1.en.txt"
LINE_BREAK = re.compile(r"\r\n|\r|\n")


@pytest.fixture(scope="module")
def briefing() -> Document:
    return load_document(BRIEFING)


def offsets_of(text: str, needle: str) -> list[int]:
    return [match.start() for match in re.finditer(re.escape(needle), text)]


# -- decoding -----------------------------------------------------------------------


@pytest.mark.parametrize("data, text, column", [
    (b"\xef\xbb\xbfGrowth was 6.4%.\n", "Growth was 6.4%.\n", 12),
    (b"\xef\xbb\xbf\xef\xbb\xbfGrowth was 6.4%.\n", "\ufeffGrowth was 6.4%.\n", 13),  # was B16: both dropped
], ids=["one-bom", "two-boms"])
def test_a_bom_is_dropped_and_columns_count_from_the_first_character(tmp_path, data, text, column):
    path = tmp_path / "bom.txt"
    path.write_bytes(data)
    document = load_document(path)
    assert document.text == text
    assert document.position(document.text.index("6.4")) == (1, column)


def test_crlf_line_endings_read_as_lf_and_keep_lines_and_columns(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Tao Qing:\r\n\r\nIt rose 5.2%.\r\n")
    document = load_document(path)
    assert document.text == "Tao Qing:\n\nIt rose 5.2%.\n"
    assert document.position(document.text.index("5.2")) == (3, 9)


def test_a_lone_cr_ends_a_line_too(tmp_path):
    path = tmp_path / "cr.txt"
    path.write_bytes(b"first\rsecond 7%\r\nthird\n")
    document = load_document(path)
    assert document.text == "first\nsecond 7%\nthird\n"
    assert document.position(document.text.index("7%")) == (2, 8)
    assert document.position(document.text.index("third")) == (3, 1)


def test_invalid_utf8_names_the_line_and_column_of_the_first_bad_byte(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Growth:\r\nthe café grew 5%\n".encode("latin-1"))
    with pytest.raises(DocumentError) as raised:
        load_document(path)
    assert str(raised.value) == (
        f"{path}:2:8: byte 0xE9 is not valid UTF-8; save the file as UTF-8 (e.g. iconv -f GB18030 -t UTF-8)")
    assert (raised.value.path, raised.value.line, raised.value.column) == (str(path), 2, 8)


def test_the_column_of_a_bad_byte_counts_characters_not_bytes(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"\xef\xbb\xbf\xe5\xa2\x9e\xe9\x95\xbf 6.4%\xff")
    with pytest.raises(DocumentError) as raised:
        load_document(path)
    assert (raised.value.line, raised.value.column) == (1, 8)


def test_a_utf16_file_is_told_to_be_saved_as_utf8(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("Growth 6.4%".encode("utf-16"))
    with pytest.raises(DocumentError) as raised:
        load_document(path)
    assert str(raised.value) == (
        f"{path}:1:1: the file is UTF-16 (it starts with byte-order mark 0xFF 0xFE); save it as UTF-8")


def test_a_missing_file_is_an_os_error_for_the_caller_to_report(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_document(tmp_path / "missing.txt")


def test_text_given_directly_drops_its_bom_and_line_ending_variants_too():
    document = Document.from_text("\ufeffa\r\nb\rc", path="inline.txt")
    assert document.text == "a\nb\nc"
    assert document.location(4) == Location("inline.txt", 3, 1)


# -- positions ----------------------------------------------------------------------


def test_the_35_5_percent_in_tao_qings_answer_is_at_line_112_column_152(briefing):
    offset = offsets_of(briefing.text, "35.5%")[1]
    assert briefing.position(offset) == (112, 152)
    assert str(briefing.location(offset)) == f"{BRIEFING}:112:152"


def test_every_35_5_percent_of_the_briefing_has_its_line_column_and_speaker(briefing):
    places = [(*briefing.position(offset), briefing.speaker_at(offset))
              for offset in offsets_of(briefing.text, "35.5%")]
    assert places == [(52, 365, "Xie Shaofeng"), (112, 152, "Tao Qing"), (150, 445, "Xie Shaofeng")]


def test_a_location_carries_its_note():
    document = Document.from_text("one\ntwo 2", path="memo.txt")
    assert document.location(8, "Xie Cun") == Location("memo.txt", 2, 5, "Xie Cun")


def test_the_end_of_the_text_has_a_position_and_beyond_it_is_an_error():
    document = Document.from_text("ab\ncd")
    assert document.position(5) == (2, 3)
    with pytest.raises(IndexError) as raised:
        document.position(6)
    assert str(raised.value) == "offset 6 outside <text> (0..5)"


# -- turns and speakers -------------------------------------------------------------


def test_the_briefing_speakers_are_the_labels_of_its_exchange_not_its_header(briefing):
    assert briefing.speakers == {
        "Zhou Jianshe", "Xie Shaofeng", "Tao Qing", "Xie Cun", "Jimu News", "National Business Daily",
        "Daxiang News", "Xinhua Finance", "CMG", "CNR", "Yicai", "Cover News", "China Electronics News",
        "China Securities Journal",
    }


def test_the_briefing_header_belongs_to_no_speaker(briefing):
    first = briefing.turns[0]
    assert first.speaker is None and first.start == 0
    assert briefing.position(first.end) == (38, 1)
    for header in ("Speakers:", "Chairperson:", "Date:", "July 18, 2025"):
        assert briefing.speaker_at(briefing.text.index(header)) is None


def test_the_cmg_turn_runs_from_its_label_to_the_answer(briefing):
    (cmg,) = [turn for turn in briefing.turns if turn.speaker == "CMG"]
    after = briefing.turns[briefing.turns.index(cmg) + 1]
    assert briefing.position(cmg.start) == (142, 1)
    assert (after.speaker, briefing.position(after.start)) == ("Xie Shaofeng", (146, 1))
    assert briefing.speaker_at(briefing.text.index("6.4%year")) == "CMG"


def test_the_briefing_has_its_header_and_27_turns_that_tile_its_text(briefing):
    assert len(briefing.turns) == 28
    assert [turn.end for turn in briefing.turns[:-1]] == [turn.start for turn in briefing.turns[1:]]
    assert briefing.turns[-1].end == len(briefing.text)


def test_a_label_used_once_above_a_list_is_a_header_not_a_speaker():
    document = Document.from_text("Date:\n\nJuly 18, 2025\n\nAlice:\n\nHello there.\n\nBob:\n\nHi.\n")
    assert document.turns == (Turn(None, 0, 22), Turn("Alice", 22, 44), Turn("Bob", 44, 54))
    assert document.speaker_at(document.text.index("July")) is None


def test_a_label_used_twice_is_a_speaker_whatever_follows_it():
    document = Document.from_text("Moderator:\n\n- agenda\n\nGuest:\n\nThanks.\n\nModerator:\n\nBye\n")
    assert document.speakers == {"Moderator", "Guest"}


def test_a_sentence_ending_in_a_colon_is_not_a_label_but_reads_as_prose():
    document = Document.from_text("Alice:\n\nThe measures are as follows:\n\nFirst, more.\n")
    assert [turn.speaker for turn in document.turns] == ["Alice"]


def test_a_label_with_a_no_break_space_names_the_same_speaker():
    document = Document.from_text("Xie\u00a0Shaofeng:\n\nFirst.\n\nXie Shaofeng:\n\nAgain.\n")
    assert [turn.speaker for turn in document.turns] == ["Xie Shaofeng", "Xie Shaofeng"]


def test_a_chinese_label_with_a_full_width_colon_is_a_speaker():
    document = Document.from_text("谢少锋：\n\n工业经济稳中向好。\n")
    assert document.speakers == {"谢少锋"}


def test_a_speaker_pattern_of_your_own_replaces_the_default():
    text = "Q. How big? A. Big.\nQ. Sure? A. Yes.\n"
    document = Document.from_text(text, speaker_pattern=r"\b(?P<speaker>[QA])\. ")
    assert [(turn.speaker, text[turn.start:turn.end]) for turn in document.turns] == [
        ("Q", "Q. How big? "), ("A", "A. Big.\n"), ("Q", "Q. Sure? "), ("A", "A. Yes.\n")]


def test_text_without_labels_is_one_turn_of_nobody():
    document = Document.from_text("Industry grew 6.4%.")
    assert document.turns == (Turn(None, 0, 19),)
    assert document.speakers == set()


# -- the normalised view ------------------------------------------------------------


def test_every_kind_of_space_becomes_one_ascii_space():
    assert normalize("a\u00a0\u00a0b\u2009c\u202fd\u3000e\tf\n\ng  h")[0] == "a b c d e f g h"


def test_the_spaces_found_below_u3001_at_import_are_all_the_spaces_of_unicode():
    # The module stops its scan at U+3000 to import fast; this scan does not stop.
    spaces = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
    assert _SPACES == spaces
    assert normalize("a" + spaces + "b")[0] == "a b"


def test_curly_quotes_become_straight_ones():
    assert normalize("\u201cquoted\u201d \u2018single\u2019 it\u2019s")[0] == "\"quoted\" 'single' it's"


def test_every_dash_becomes_a_hyphen_minus():
    assert normalize("a\u2013b\u2014c\u22125\u2011d\u2012e\u2010f")[0] == "a-b-c-5-d-e-f"


def test_full_width_ascii_becomes_ascii():
    assert normalize("\uff21\uff22\uff11\uff12\uff0e\uff15\uff05\uff0c")[0] == "AB12.5%,"


def test_invisible_characters_disappear():
    assert normalize("manu\u00adfac\u200bturing \u2060x")[0] == "manufacturing x"


def test_normalised_indices_map_back_to_the_original_characters():
    normalized, offsets = normalize("a \u00a0\t b\u200b\u201cc")
    assert normalized == 'a b"c'
    assert list(offsets) == [0, 1, 5, 7, 8]
    assert offsets.original(len(normalized)) == 9
    assert offsets.span(2, 5) == (5, 9)
    assert [offsets.normalized_index(i) for i in range(10)] == [0, 1, 2, 2, 2, 2, 3, 3, 4, 5]


def test_the_briefing_gallery_captions_normalise_and_map_back(briefing):
    index = briefing.normalized.index("/5 Tao Qing")
    start = briefing.original_offset(index)
    assert briefing.text[start:start + 14] == "/5\u00a0\u00a0\u00a0\u00a0Tao Qing"
    assert briefing.position(briefing.original_offset(index + 3)) == (260, 7)


# -- properties ---------------------------------------------------------------------

SPECIAL = ["\u00a0", "\u2009", "\u202f", "\u3000", "\t", "\n", "\r", "  ", "\u2018", "\u2019", "\u201c",
           "\u201d", "\u2013", "\u2014", "\u2212", "\u2011", "\u2012", "\uff11", "\uff05", "\u200b", "\u00ad",
           "\ufeff", "a", "B", "7", ".", ",", "%", " "]
TEXTS = st.one_of(st.text(max_size=80), st.lists(st.sampled_from(SPECIAL), max_size=40).map("".join))


@given(text=TEXTS)
@example(text="\u200b \u200b")
@example(text=" \u00ad\t")
def test_each_normalised_character_comes_from_one_original_character_that_normalises_to_it(text):
    normalized, offsets = normalize(text)
    assert len(offsets) == len(normalized)
    assert "  " not in normalized
    mapped = list(offsets)
    assert mapped == sorted(set(mapped)), "strictly increasing"
    for index, offset in enumerate(mapped):
        assert normalize(text[offset])[0] == normalized[index]
    assert offsets.original(len(normalized)) == len(text)
    for offset in range(len(text) + 1):
        first = offsets.normalized_index(offset)
        assert all(source < offset for source in mapped[:first])
        assert all(source >= offset for source in mapped[first:])


@given(text=TEXTS)
def test_every_offset_has_the_line_and_column_of_the_original_text(text):
    document = Document.from_text(text)
    lines = LINE_BREAK.split(text.removeprefix("\ufeff"))
    for offset, character in enumerate(document.text):
        line, column = document.position(offset)
        if character != "\n":
            assert lines[line - 1][column - 1] == character
    assert document.position(len(document.text)) == (len(lines), len(lines[-1]) + 1)
