"""The qualifier table: every phrase reads as its qualifier, in either language,
before or after the number; words that only look like hedges do not."""

from __future__ import annotations

import re

import pytest

from checks.numbers import FigureError, find_numbers, parse_figure
from checks.qualifiers import BUILT_IN, NUMERAL_SUFFIXES, QUALIFIERS, Qualifiers

_CJK = re.compile("[\u3400-\u9fff]")


def _stated(phrase: str, place: str) -> str:
    joint = "" if _CJK.search(phrase) else " "
    return f"{phrase}{joint}50%" if place == "before" else f"50%{joint}{phrase}"


@pytest.mark.parametrize(("place", "phrase", "qualifier"),
                         [("before", *row) for row in BUILT_IN.before] + [("after", *row) for row in BUILT_IN.after])
def test_every_phrase_of_the_table_reads_as_its_qualifier(place, phrase, qualifier):
    figure = parse_figure(_stated(phrase, place))
    assert (figure.qualifier, figure.value) == (qualifier, 50)


@pytest.mark.parametrize(
    ("stated", "qualifier"),
    [
        ("more than 8,000", "over"), ("over 8,000", "over"), ("above 500", "over"), ("exceeding 79%", "over"),
        ("topping 1 million", "over"), ("topped 1 million", "over"), ("north of 40%", "over"),
        ("upward of 100", "over"), ("upwards of 100", "over"), ("in excess of 100", "over"),
        ("well over 100", "over"), ("just over 100", "over"),
        ("at least 5", "at_least"), ("no less than 5", "at_least"),
        ("up to 60 days", "at_most"), ("as many as 60", "at_most"), ("under 5%", "at_most"),
        ("below 5%", "at_most"), ("fewer than 5", "at_most"), ("less than 5%", "at_most"),
        ("at most 60 days", "at_most"), ("no more than 60 days", "at_most"), ("just under 5%", "at_most"),
        ("nearly 410,000", "nearly"), ("almost 5%", "nearly"), ("close to 5%", "nearly"),
        ("just shy of 2,100 tonnes", "nearly"), ("not quite 5%", "nearly"),
        ("about 5%", "about"), ("around 5%", "about"), ("approximately 5%", "about"), ("roughly 5%", "about"),
        ("some 300", "about"), ("more or less 300", "about"), ("300 more or less", "about"), ("300 or so", "about"),
        ("超过3万亿元", "over"), ("逾300家", "over"), ("8000多家", "over"), ("1万余家", "over"), ("80%以上", "over"),
        ("近41万", "nearly"), ("将近41万", "nearly"), ("约5%", "about"), ("3万吨左右", "about"),
        ("不到5%", "at_most"), ("5%以下", "at_most"),
        ("Topped 1 million", "over"), ("NORTH OF 40%", "over"), ("as\u00a0many\u00a0as 60", "at_most"),
    ],
)
def test_the_hedges_of_english_and_chinese_read_as_their_bounds(stated, qualifier):
    assert parse_figure(stated).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "numeral"),
    [
        ("Under the plan, 50 firms will move.", "50"),
        ("Sales rose over the past 12 months.", "12"),
        ("For some, 12 weeks was enough.", "12"),
        ("It was over: 12 firms left.", "12"),
        ("It cost more or less nothing; 12 joined.", "12"),
        ("turnover 5% higher", "5"),
        ("最近3年", "3"),
        ("签约5项", "5"),
    ],
)
def test_words_that_only_look_like_hedges_are_not_read_as_one(text, numeral):
    [figure] = [f for f in find_numbers(text) if f.numeral == numeral]
    assert figure.qualifier is None


@pytest.mark.parametrize("stated", ["50 some", "or so 50", "50 under"])
def test_a_phrase_on_the_wrong_side_of_the_number_is_no_qualifier(stated):
    with pytest.raises(FigureError):
        parse_figure(stated)


def test_every_phrase_means_one_of_the_canonical_qualifiers():
    rows = BUILT_IN.before + BUILT_IN.after + tuple(NUMERAL_SUFFIXES.items())
    assert {qualifier for _, qualifier in rows} == set(QUALIFIERS)


def test_a_ledger_phrase_extends_the_table_and_reads_in_context():
    table = BUILT_IN.with_phrases("before", {"about": ["in  the region of"]}).with_phrases("after", {"at_least": ["plus"]})
    assert parse_figure("in the region of 300", table).qualifier == "about"
    assert parse_figure("300 plus", table).qualifier == "at_least"
    assert [f.qualifier for f in find_numbers("we hired in the region of 300 people", table)] == ["about"]
    with pytest.raises(FigureError):
        parse_figure("in the region of 300")


def test_a_value_read_under_one_table_is_read_again_under_another():
    """parse_figure keeps its readings per (value, table): never one table's reading for another."""
    table = BUILT_IN.with_phrases("before", {"about": ["circa"]})
    other = BUILT_IN.with_phrases("before", {"at_most": ["circa"]})
    assert parse_figure("circa 300", table).qualifier == "about"
    assert parse_figure("circa 300", other).qualifier == "at_most"
    assert parse_figure("circa 300", BUILT_IN.with_phrases("before", {"about": ["circa"]})).qualifier == "about"
    with pytest.raises(FigureError):
        parse_figure("circa 300")
    with pytest.raises(TypeError):
        parse_figure(["circa 300"], table)  # type: ignore[arg-type]


def test_a_ledger_phrase_is_text_never_a_pattern():
    table = BUILT_IN.with_phrases("before", {"about": ["c. (est.)"]})
    assert parse_figure("c. (est.) 300", table).qualifier == "about"
    with pytest.raises(FigureError):
        parse_figure("cx (est!) 300", table)


@pytest.mark.parametrize(
    ("place", "added", "message"),
    [
        ("before", {"abut": ["x"]}, "unknown qualifier 'abut'; one of: over, at_least, nearly, about, at_most"),
        ("before", {"about": ["  "]}, "a qualifier phrase is empty; write its words"),
        ("inside", {"about": ["x"]}, "place must be one of before, after, got 'inside'"),
    ],
)
def test_a_bad_addition_to_the_table_says_what_is_wrong(place, added, message):
    with pytest.raises(ValueError) as error:
        BUILT_IN.with_phrases(place, added)
    assert str(error.value) == message


def test_tables_are_values_equal_by_their_phrases():
    assert BUILT_IN.with_phrases("after", {}) == BUILT_IN
    assert isinstance(hash(BUILT_IN.with_phrases("after", {"about": ["odd"]})), int)
    assert Qualifiers((), ()) != BUILT_IN


def test_the_documented_table_lists_every_phrase_under_its_qualifier():
    with open("docs/ledger.md", encoding="utf-8") as handle:
        rows = {line.split("|")[1].strip(" `"): line for line in handle if line.startswith("| `")}
    for phrase, qualifier in BUILT_IN.before + BUILT_IN.after + tuple(NUMERAL_SUFFIXES.items()):
        cells = re.split(r"[|,;:()]", rows[qualifier])
        assert phrase in {cell.strip() for cell in cells}, (phrase, qualifier)


def test_a_long_ledger_phrase_is_found_as_far_back_as_it_reaches():
    phrase = "by the most conservative estimate of the statistics bureau"
    table = BUILT_IN.with_phrases("before", {"at_least": [phrase]})
    assert parse_figure(f"{phrase}   300", table).qualifier == "at_least"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("The index increased less\nthan 0.1 percent.", "at_most"), ("sales topped\n2 million", "over"),
     ("hired 300\nor so", "about"), ("rose more than\r\n5%", "over"), ("sales topped\n\n2 million", None),
     ("近\n41万", "nearly")],
)
def test_a_hedge_wrapped_over_one_line_break_is_read_but_not_across_a_blank_line(text, qualifier):
    [figure] = find_numbers(text)
    assert figure.qualifier == qualifier
