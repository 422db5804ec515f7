"""Fuzzing the number reader.

`read_figure` at every NUMERAL match of any text reads a figure that covers the
numeral, with a known unit and qualifier and an interval that holds the stated
value; `find_numbers` never raises; `parse_figure` gives a figure or FigureError.
Texts are dense in what the reader looks at: digits with every separator,
full-width digits, minus signs, ranges, qualifiers, scales, units, number words
and Chinese numerals, plus random characters.
"""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import given, reject
from hypothesis import strategies as st
from strategies import (
    excerpts,
    figure_texts,
    fuzz,
    known_bug,
    mutated_documents,
    no_hang,
)

from checks import numbers
from checks.numbers import (
    NUMERAL,
    QUALIFIERS,
    UNITS,
    Figure,
    FigureError,
    find_numbers,
    parse_figure,
    read_figure,
)


def assert_well_formed(text: str, figure: Figure) -> None:
    assert 0 <= figure.start <= figure.number_start < figure.number_end <= figure.end <= len(text)
    assert figure.text == text[figure.start:figure.end]
    assert figure.unit in UNITS or figure.unit == "EUR", figure.unit
    assert figure.qualifier is None or figure.qualifier in QUALIFIERS
    assert isinstance(figure.value, Decimal) and figure.value.is_finite()
    assert "E" not in str(figure.value), "values are written without exponent notation"
    assert figure.interval().contains(figure.stated_value)


def read_everything(text: str) -> None:
    try:
        with no_hang():
            matches = list(NUMERAL.finditer(text))
            for match in matches:
                figure = read_figure(text, match.start())
                assert figure is not None, f"a NUMERAL match at {match.start()} reads as nothing"
                assert (figure.number_start, figure.number_end) == match.span()
                assert_well_formed(text, figure)
            found = find_numbers(text)
    except Exception as error:
        if known_bug(error):
            reject()
        raise
    assert [figure.number_start for figure in found] == [match.start() for match in matches]


@fuzz
@given(text=figure_texts())
def test_every_numeral_of_any_text_reads_as_a_well_formed_figure(text):
    read_everything(text)


@fuzz
@given(data=mutated_documents(excerpts(), max_mutations=6))
def test_every_numeral_of_a_mutated_real_paragraph_reads_as_a_well_formed_figure(data):
    read_everything(data.decode("utf-8", "replace"))


@fuzz
@given(stated=st.one_of(figure_texts(max_pieces=6), st.text(max_size=20)))
def test_a_ledger_value_parses_as_one_figure_or_says_why_not(stated):
    try:
        with no_hang():
            figure = parse_figure(stated)
    except FigureError as error:
        assert error.stated == stated and error.reason
        return
    except Exception as error:
        if known_bug(error):
            reject()
        raise
    assert_well_formed(stated, figure)
    assert not stated[:figure.start].strip() and not stated[figure.end:].strip()


_UNGUARDED_ARABIC = numbers._ARABIC.removeprefix(r"(?=[\-−\d])")
_UNGUARDED_WORD = numbers._WORD.removeprefix(numbers._WORD_GUARD)
_UNGUARDED = re.compile(rf"(?P<arabic>{_UNGUARDED_ARABIC})|(?P<word>{_UNGUARDED_WORD})|(?P<zh>{numbers._ZH})")


@fuzz
@given(data=st.one_of(figure_texts(), mutated_documents(excerpts(), max_mutations=6),
                      st.just("fell (-3%), −4.5 and ５,000; 2025-2027, twenty-five and 三千二百"),
                      st.just("Twenty-Five, ſeven-fold, HALF a million, one hundred and six, often nine")))
def test_the_first_character_guards_change_no_numeral(data):
    """NUMERAL's digit and word branches first check the character a numeral can
    start with (a speed-up only)."""
    text = data if isinstance(data, str) else data.decode("utf-8", "replace")
    assert _UNGUARDED_ARABIC != numbers._ARABIC and _UNGUARDED_WORD != numbers._WORD
    assert [(m.span(), m.lastgroup) for m in NUMERAL.finditer(text)] == \
        [(m.span(), m.lastgroup) for m in _UNGUARDED.finditer(text)]



@fuzz
@given(data=st.one_of(figure_texts(), mutated_documents(excerpts(), max_mutations=6),
                      st.just("fell (-3%), −4.5 and ５,000; 2025-2027, twenty-five and 三千二百"),
                      st.just("Twenty-Five, ſeven-fold, HALF a million, one hundred and six, often nine; 1st, 2nd "
                              "- -- −, 3-4, -5, re-six, ten-fold, TEN, tEn, a-one")))
def test_numerals_finds_what_numeral_finditer_finds(data):
    """`numerals` tries NUMERAL only where a candidate pattern says one may start (a speed-up only)."""
    text = data if isinstance(data, str) else data.decode("utf-8", "replace")
    assert [(m.span(), m.lastgroup) for m in numbers.numerals(text)] == \
        [(m.span(), m.lastgroup) for m in NUMERAL.finditer(text)]


def test_a_number_word_whatever_the_case_of_its_first_letter_is_a_candidate():
    """Case-insensitive matching reads ſ as s (and nothing else beyond ASCII as one of
    these letters): every such first letter must be in the candidate class."""
    first_letter = re.compile("(?i)[efhnostz]").fullmatch
    words = {word[0]: word for word in [*numbers._ONES, *numbers._TENS, "half"]}
    for character in filter(first_letter, map(chr, range(0x110000))):
        word = words["s" if character == "ſ" else character.lower()]
        assert numbers._WORD_START.match(character + word[1:]) is not None, character
