"""Fuzzing the document reader.

Any bytes give a Document or a DocumentError that names the line and column of
the first byte that is not UTF-8, counted in characters of the original file
(BOM dropped; CRLF, CR and LF each end one line). A Document's positions, turns
and normalised view stay consistent for any text.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, reject
from hypothesis import strategies as st
from strategies import (
    document_bytes,
    excerpts,
    fuzz,
    known_bug,
    mutated_documents,
    no_hang,
)

from checks.document import Document, DocumentError, load_document, normalize

LINE_BREAK = re.compile(r"\r\n|\r|\n")


@pytest.fixture(scope="module")
def path(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz-document") / "document.txt"


def expected_position(data: bytes, bad: int) -> tuple[int, int]:
    """Line and column of byte `bad`, counted independently of checks.document."""
    body_start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    before = data[body_start:bad].decode("utf-8")
    lines = LINE_BREAK.split(before)
    return len(lines), len(lines[-1]) + 1


def first_bad_byte(data: bytes) -> int:
    body_start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        data[body_start:].decode("utf-8")
    except UnicodeDecodeError as error:
        return body_start + error.start
    raise AssertionError("the bytes are valid UTF-8")


def read_or_explain(path, data: bytes) -> Document | None:
    path.write_bytes(data)
    try:
        with no_hang():
            document = load_document(path)
    except DocumentError as error:
        assert (error.line, error.column) == expected_position(data, first_bad_byte(data)), str(error)
        assert str(error).startswith(f"{path}:{error.line}:{error.column}: ")
        assert "\n" not in str(error)
        return None
    except Exception as error:
        if known_bug(error):
            reject()
        raise
    assert_consistent(document, data)
    return document


def assert_consistent(document: Document, data: bytes) -> None:
    original = data.decode("utf-8-sig")
    lines = LINE_BREAK.split(original)
    assert document.text.count("\n") == len(lines) - 1
    for offset in range(0, len(document.text) + 1, max(1, len(document.text) // 50)):
        line, column = document.position(offset)
        if offset < len(document.text) and document.text[offset] != "\n":
            assert lines[line - 1][column - 1] == document.text[offset]
    assert_turns_tile(document)


def assert_turns_tile(document: Document) -> None:
    end = 0
    for turn in document.turns:
        assert turn.start == end and turn.end > turn.start
        end = turn.end
    assert end == len(document.text)


@fuzz
@given(data=document_bytes())
def test_any_bytes_read_as_a_document_or_an_error_at_the_first_bad_byte(path, data):
    read_or_explain(path, data)


@fuzz
@given(data=mutated_documents(excerpts(size=800), max_mutations=5))
def test_a_mutated_real_document_reads_or_the_error_points_at_the_bad_byte(path, data):
    read_or_explain(path, data)


@fuzz
@given(text=st.text(max_size=200))
def test_the_normalised_view_maps_every_character_back_into_the_text(text):
    with no_hang():
        document = Document.from_text(text)
        normalized, offsets = normalize(document.text)
    assert len(offsets) == len(normalized)
    previous = -1
    for index in range(len(normalized)):
        source = offsets[index]
        assert previous < source < len(document.text)
        previous = source
        if normalized[index] not in " -'\"" and not document.text[source].isspace():
            folded = document.text[source]
            assert normalized[index] == folded or ord(folded) - 0xFEE0 == ord(normalized[index])
    assert offsets.original(len(normalized)) == len(document.text)
    assert_turns_tile(document)
    assert [document.speaker_at(turn.start) for turn in document.turns] == [turn.speaker for turn in document.turns]
