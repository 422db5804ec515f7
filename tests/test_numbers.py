"""checks.numbers: reading a stated figure."""

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from checks.interval import Interval, format_decimal
from checks.numbers import (
    NUMERAL,
    QUALIFIERS,
    UNITS,
    Figure,
    FigureError,
    Slacks,
    find_numbers,
    parse_figure,
    read_figure,
)
from strategies import SEPARATORS, StatedFigure, StatedNumber, stated_figures, stated_numbers

BRIEFING = (Path(__file__).parent.parent / "data" / "scio-2025-07-18-miit-h1.en.txt").read_text(
    encoding="utf-8"
)
F = Fraction


def the_figure(text: str, stated: str) -> Figure:
    """The one figure read from ``text`` whose text is ``stated``."""
    found = [f for f in find_numbers(text) if f.text == stated]
    assert len(found) == 1, [f.text for f in find_numbers(text)]
    return found[0]


def parts(f: Figure) -> tuple:
    return (f.text, f.value, f.unit, f.qualifier, f.exponent)


# -- every figure format in the briefing ------------------------------------------
# (verbatim snippet, the figure's text, value, unit, qualifier, exponent)

BRIEFING_FIGURES = [
    ("increased by 6.4% year on year, showing strong", "6.4%", "6.4", "percent", None, -1),
    ("accounted for 25.7% of GDP", "25.7%", "25.7", "percent", None, -1),
    ("saw a 7.5% year on year increase", "7.5%", "7.5", "percent", None, -1),
    ("In the first five months, the number", "five months", "5", "months", None, 0),
    ("above designated size reached 520,000, an increase", "520,000", "520000", "count", None, 4),
    ("an increase of more than 8,000 compared", "more than 8,000", "8000", "count", "over", 3),
    ("which was 3.4 percentage points higher than the same period last year",
     "3.4 percentage points", "3.4", "pp", None, -1),
    ("with over 5.5 million open-source training data entries",
     "over 5.5 million", "5500000", "count", "over", 5),
    ("increased by 35.6% and 25.5% year on year, respectively", "25.5%", "25.5", "percent", None, -1),
    ("nearly 410,000 technology contracts", "nearly 410,000", "410000", "count", "nearly", 4),
    ("with transaction value exceeding 3 trillion yuan",
     "exceeding 3 trillion yuan", "3000000000000", "yuan", "over", 12),
    ("a total of 33 national-level", "33", "33", "count", None, 0),
    ("Over 100 types of AI-powered devices", "Over 100", "100", "count", "over", 2),
    ("accounting for 35.5%, which was a 0.9 percentage point increase",
     "0.9 percentage point", "0.9", "pp", None, -1),
    ("contributing 23.3% to the overall growth", "23.3%", "23.3", "percent", None, -1),
    ("now accounting for over 20% of total manufacturing output", "over 20%", "20", "percent", "over", 1),
    ("Seventeen automobile manufacturers", "Seventeen", "17", "count", None, 0),
    ("to no more than 60 days", "no more than 60 days", "60", "days", "at_most", 1),
    ("totaled 905.5 billion yuan, up 9.3%", "905.5 billion yuan", "905500000000", "yuan", None, 8),
    ("had reached 4.55 million, with", "4.55 million", "4550000", "count", None, 4),
    ("with 1.118 billion 5G mobile subscribers", "1.118 billion", "1118000000", "count", None, 6),
    ("a user penetration rate exceeding 79%.", "exceeding 79%", "79", "percent", "over", 0),
    ("gigabit broadband users reached 226 million.", "226 million", "226000000", "count", None, 6),
    ("China had 10.43 million standard computing power racks",
     "10.43 million", "10430000", "count", None, 4),
    ("reaching 748 EFLOPS, providing", "748 EFLOPS", "748", "EFLOPS", None, 0),
    ("double-digit growth for six consecutive months", "six consecutive months", "6", "months", None, 0),
    ("into 86 of the 97 major categories", "97", "97", "count", None, 0),
    ("More than 18,500 5G+industrial internet projects",
     "More than 18,500", "18500", "count", "over", 2),
    ("has exceeded 2,600, up 27%", "exceeded 2,600", "2600", "count", "over", 2),
    ("increased by 10.2% yearon year", "10.2%", "10.2", "percent", None, -1),
    ("with a growth rate 14.5 percentage points higher",
     "14.5 percentage points", "14.5", "pp", None, -1),
    ("production reached 15.621 million units, up 12.5%",
     "15.621 million units", "15621000", "units", None, 3),
    ("exports totaling 1.06 million units", "1.06 million units", "1060000", "units", None, 4),
    ("welcomed over 470,000 tourists", "over 470,000", "470000", "count", "over", 4),
    ("16,000-TEU (twenty-foot equivalent unit)", "16,000-TEU", "16000", "TEU", None, 3),
    ("has dropped by more than 14% over the past two years",
     "more than 14%", "14", "percent", "over", 0),
    ("has dropped by more than 14% over the past two years", "two years", "2", "years", None, 0),
    ("grew 6.4%year on year", "6.4%", "6.4", "percent", None, -1),
    ("reached 40.319 million tons, an increase", "40.319 million tons", "40319000", "tons", None, 3),
    ("above 500 kiloamperes has exceeded 40%",
     "above 500 kiloamperes", "500", "kiloamperes", "over", 2),
    ("above 500 kiloamperes has exceeded 40%", "exceeded 40%", "40", "percent", "over", 1),
    ("is 700 kilowatt-hours lower", "700 kilowatt-hours", "700", "kilowatt-hours", None, 2),
    ("compared to the end of 2020. Nine excellent", "Nine", "9", "count", None, 0),
    ("for five consecutive years", "five consecutive years", "5", "years", None, 0),
    ("visited more than 23 million times",
     "more than 23 million times", "23000000", "times", "over", 6),
    ("exceeding 51 billion yuan", "exceeding 51 billion yuan", "51000000000", "yuan", "over", 9),
    ("worth nearly 8.2 billion yuan", "nearly 8.2 billion yuan", "8200000000", "yuan", "nearly", 8),
    ("increased sevenfold year on year", "sevenfold", "7", "times", None, 0),
    ("totaling over 1.19 billion units",
     "over 1.19 billion units", "1190000000", "units", "over", 7),
    ("an average of nearly 34 million yuan",
     "nearly 34 million yuan", "34000000", "yuan", "nearly", 6),
    ("a year-on-year increase of 51.6%.", "51.6%", "51.6", "percent", None, -1),
    ("maximum loan terms reaching 10 years", "10 years", "10", "years", None, 1),
    ("requires only 5% to 8% of the energy", "5%", "5", "percent", None, 0),
    ("requires only 5% to 8% of the energy", "8%", "8", "percent", None, 0),
    ("generates only about 5% of the greenhouse", "about 5%", "5", "percent", "about", 0),
    ("manufacturing (2025-2027)", "2025", "2025", "count", None, 0),
    ("manufacturing (2025-2027)", "2027", "2027", "count", None, 0),
    ("1.2 percentage points higher than the average", "1.2 percentage points", "1.2", "pp", None, -1),
    ('development of 1,241 "little giant" enterprises', "1,241", "1241", "count", None, 0),
    ("financing of over 150 billion yuan",
     "over 150 billion yuan", "150000000000", "yuan", "over", 10),
    ("business revenue reached 5.58 trillion yuan",
     "5.58 trillion yuan", "5580000000000", "yuan", None, 10),
    ("cultivate more than five national-level", "more than five", "5", "count", "over", 0),
    ("a three-year action plan", "three-year", "3", "years", None, 0),
    ("sophisticated SMEs, with 14,600 classified", "14,600", "14600", "count", None, 2),
    ("more than 3,100 financial and investment institutions",
     "more than 3,100", "3100", "count", "over", 2),
    ("The cumulative financing scale has exceeded 1.2 trillion yuan",
     "exceeded 1.2 trillion yuan", "1200000000000", "yuan", "over", 11),
    ("increase their proportions to 22%, 30% and 25%, respectively", "30%", "30", "percent", None, 1),
]


@pytest.mark.parametrize(
    ("snippet", "text", "value", "unit", "qualifier", "exponent"),
    BRIEFING_FIGURES,
    ids=[f"{row[1]}" for row in BRIEFING_FIGURES],
)
def test_every_figure_format_in_the_briefing_is_read(snippet, text, value, unit, qualifier, exponent):
    assert snippet in BRIEFING
    assert parts(the_figure(snippet, text)) == (text, Decimal(value), unit, qualifier, exponent)


def test_the_briefing_figures_read_the_same_in_the_whole_document():
    read = {(f.text, f.value, f.unit, f.qualifier, f.exponent) for f in find_numbers(BRIEFING)}
    for _, text, value, unit, qualifier, exponent in BRIEFING_FIGURES:
        assert (text, Decimal(value), unit, qualifier, exponent) in read


def test_every_numeral_in_the_briefing_is_read_as_one_figure():
    figures = find_numbers(BRIEFING)
    assert [f.number_start for f in figures] == [m.start() for m in NUMERAL.finditer(BRIEFING)]
    for f in figures:
        assert BRIEFING[f.start : f.end] == f.text
        assert f.start <= f.number_start < f.number_end <= f.end
        assert "\n" not in f.text


def test_a_figure_text_never_overlaps_the_next_numeral_in_the_briefing():
    figures = find_numbers(BRIEFING)
    for f, g in zip(figures, figures[1:]):
        assert f.end <= g.number_start


# -- numerals that are part of names ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "numerals"),
    [
        ("Digital technologies such as 5G and large AI models", ["5"]),
        ("The independently developed AG600 large amphibious", ["600"]),
        ("manufacturing (2025-2027).", ["2025", "2027"]),
        ("under the 14th Five-Year Plan", ["Five"]),
        ("This year marks the 10th anniversary", []),
        ("achieving double-digit growth", []),
        ("all-in-one AI machines", []),
        ("In the first half of the year", []),
        ("COVID-19", ["19"]),
    ],
)
def test_numerals_inside_names_are_matched_alone(text, numerals):
    assert [m.group(0) for m in NUMERAL.finditer(text)] == numerals


def test_a_digit_glued_to_a_letter_reads_as_a_bare_count():
    f = the_figure("such as 5G and large AI models", "5")
    assert (f.value, f.unit, f.scale, f.qualifier) == (Decimal(5), "count", None, None)


# -- qualifiers -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stated", "qualifier"),
    [
        ("more than 8,000", "over"),
        ("over 8,000", "over"),
        ("exceeding 79%", "over"),
        ("exceeded 2,600", "over"),
        ("above 500 kiloamperes", "over"),
        ("upwards of 100", "over"),
        ("in excess of 100", "over"),
        ("at least 5", "at_least"),
        ("no less than 5", "at_least"),
        ("8,000 or more", "at_least"),
        ("nearly 410,000", "nearly"),
        ("almost 5%", "nearly"),
        ("close to 5%", "nearly"),
        ("about 5%", "about"),
        ("around 5%", "about"),
        ("approximately 5%", "about"),
        ("roughly 5%", "about"),
        ("some 300", "about"),
        ("5% or so", "about"),
        ("up to 60 days", "at_most"),
        ("no more than 60 days", "at_most"),
        ("at most 60 days", "at_most"),
        ("less than 5%", "at_most"),
        ("under 5%", "at_most"),
        ("below 5%", "at_most"),
        ("60 days or less", "at_most"),
        ("5%", None),
        ("More than 18,500", "over"),
        ("NEARLY 5%", "nearly"),
        ("more\u00a0than 8,000", "over"),
    ],
)
def test_qualifiers_are_read_into_their_canonical_names(stated, qualifier):
    f = parse_figure(stated)
    assert f.qualifier == qualifier
    assert f.qualifier is None or f.qualifier in QUALIFIERS


def test_a_qualifier_a_few_words_before_the_figure_is_found():
    f = the_figure("an increase of more than 8,000 compared to the end", "more than 8,000")
    assert (f.start, f.number_start) == (15, 25)


def test_a_qualifier_must_stand_right_before_the_number():
    f = the_figure("has dropped by more than 14% over the past two years", "two years")
    assert f.qualifier is None


def test_a_qualifier_word_inside_another_word_is_not_a_qualifier():
    assert parse_figure("5%").qualifier is None
    assert the_figure("moreover 5%", "5%").qualifier is None
    assert the_figure("turnover 5%", "5%").qualifier is None


# -- number words -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("stated", "value", "unit"),
    [
        ("Seventeen", 17, "count"),
        ("zero", 0, "count"),
        ("twenty", 20, "count"),
        ("twenty-five", 25, "count"),
        ("twenty five", 25, "count"),
        ("ninety-nine", 99, "count"),
        ("one hundred", 100, "count"),
        ("one hundred and five", 105, "count"),
        ("two hundred thirty-four", 234, "count"),
        ("sevenfold", 7, "times"),
        ("seven-fold", 7, "times"),
        ("tenfold", 10, "times"),
        ("twofold", 2, "times"),
        ("10-fold", 10, "times"),
        ("three times", 3, "times"),
        ("five million", 5000000, "count"),
        ("six consecutive months", 6, "months"),
    ],
)
def test_number_words_are_read(stated, value, unit):
    f = parse_figure(stated)
    assert (f.value, f.unit) == (Decimal(value), unit)


def test_a_whole_number_word_is_an_exact_count_as_the_readme_says():
    assert parse_figure("Seventeen").exponent == 0
    assert parse_figure("Seventeen").interval() == Interval.point(17)
    assert parse_figure("one hundred and five").interval() == Interval.point(105)
    assert str(parse_figure("17").interval()) == "16.5 … 17.5"


@pytest.mark.parametrize(
    "text", ["first", "fourth", "double", "triple", "twice", "half", "dozen", "hundreds", "someone"]
)
def test_ordinals_and_vague_multiples_are_not_numerals(text):
    assert NUMERAL.search(text) is None


# -- Chinese ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stated", "value", "unit", "qualifier", "exponent", "scale"),
    [
        ("9055亿元", "905500000000", "yuan", None, 8, "亿"),
        ("454.9万", "4549000", "count", None, 3, "万"),
        ("11.18亿", "1118000000", "count", None, 6, "亿"),
        ("1.2个百分点", "1.2", "pp", None, -1, None),
        ("3.4百分点", "3.4", "pp", None, -1, None),
        ("6.4%", "6.4", "percent", None, -1, None),
        ("6.4％", "6.4", "percent", None, -1, None),
        ("3万亿元", "3000000000000", "yuan", None, 12, "万亿"),
        ("1.2万亿元", "1200000000000", "yuan", None, 11, "万亿"),
        ("超过3万亿元", "3000000000000", "yuan", "over", 12, "万亿"),
        ("逾8000家", "8000", "count", "over", 3, None),
        ("52万家", "520000", "count", None, 4, "万"),
        ("8000多", "8000", "count", "over", 3, None),
        ("1万余", "10000", "count", "over", 4, "万"),
        ("3000余万元", "30000000", "yuan", "over", 7, "万"),
        ("80%以上", "80", "percent", "over", 1, None),
        ("近41万", "410000", "count", "nearly", 4, "万"),
        ("将近3000", "3000", "count", "nearly", 3, None),
        ("约5%", "5", "percent", "about", 0, None),
        ("5%左右", "5", "percent", "about", 0, None),
        ("不超过60天", "60", "days", "at_most", 1, None),
        ("至少5台", "5", "units", "at_least", 0, None),
        ("三千二百", "3200", "count", None, 2, None),
        ("一千二百万", "12000000", "count", None, 6, None),
        ("两百", "200", "count", None, 2, None),
        ("十五", "15", "count", None, 0, None),
        ("三点五亿元", "350000000", "yuan", None, 7, "亿"),
        ("一亿二千万", "120000000", "count", None, 7, None),
        ("700千瓦时", "700", "kilowatt-hours", None, 2, None),
        ("1.6倍", "1.6", "times", None, -1, None),
        ("6个月", "6", "months", None, 0, None),
        ("4031.9万吨", "40319000", "tons", None, 3, "万"),
    ],
)
def test_chinese_figures_are_read(stated, value, unit, qualifier, exponent, scale):
    f = parse_figure(stated)
    assert (f.value, f.unit, f.qualifier, f.exponent, f.scale) == (
        Decimal(value), unit, qualifier, exponent, scale
    )


def test_chinese_text_is_read_without_word_boundaries():
    text = "规模以上工业增加值同比增长6.4%，比上年同期高3.4个百分点；企业达52万家，比上年末增加8000多家"
    assert [(f.text, f.value, f.unit, f.qualifier) for f in find_numbers(text)] == [
        ("6.4%", Decimal("6.4"), "percent", None),
        ("3.4个百分点", Decimal("3.4"), "pp", None),
        ("52万家", Decimal(520000), "count", None),
        ("8000多家", Decimal(8000), "count", "over"),
    ]


def test_chinese_percent_written_before_the_number():
    f = the_figure("占比百分之五", "百分之五")
    assert (f.value, f.unit) == (Decimal(5), "percent")


@pytest.mark.parametrize(
    ("text", "stated"),
    [("最近3年", "3"), ("附近5公里", "5公里"), ("节约3吨", "3吨"), ("签约5项", "5项")],
)
def test_chinese_words_ending_in_a_qualifier_character_are_not_qualifiers(text, stated):
    assert the_figure(text, stated).qualifier is None


def test_percent_characters_are_not_a_chinese_numeral():
    assert [m.group(0) for m in NUMERAL.finditer("高3.4个百分点")] == ["3.4"]


# -- Unicode ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stated", "value", "unit"),
    [
        ("5\u00a0000", "5000", "count"),
        ("5\u2009000 tons", "5000", "tons"),
        ("1\u202f234\u202f567", "1234567", "count"),
        ("35.5\u00a0%", "35.5", "percent"),
        ("35.5\u2009%", "35.5", "percent"),
        ("905.5\u00a0billion\u00a0yuan", "905500000000", "yuan"),
        ("35.5\u2007%", "35.5", "percent"),  # figure space
        ("905.5\u2002billion\u3000yuan", "905500000000", "yuan"),  # en space, ideographic space
        ("82\u3000万", "820000", "count"),
        ("more\u2003than\t8,000", "8000", "count"),  # em space and a tab inside the qualifier
        ("−3.5%", "-3.5", "percent"),
        ("-3.5%", "-3.5", "percent"),
        ("３５.５％", "35.5", "percent"),
        ("５２万", "520000", "count"),
        ("US$5 billion", "5000000000", "USD"),
        ("¥300", "300", "yuan"),
    ],
)
def test_unicode_spaces_digits_and_signs_are_read(stated, value, unit):
    f = parse_figure(stated)
    assert (f.value, f.unit) == (Decimal(value), unit)


@pytest.mark.parametrize("text", ["35.5\n%", "905.5\r\nbillion yuan", "82\n万"])
def test_no_line_break_is_a_space_inside_a_figure(text):
    """Every other white space may sit between a number and its unit or scale; a line
    break ends the figure (a hard-wrapped qualifier is another matter)."""
    [first, *_] = find_numbers(text)
    assert first.text == text[: len(text.split()[0])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5%–8%", [("5%", "percent"), ("8%", "percent")]),
        ("5% to 8%", [("5%", "percent"), ("8%", "percent")]),
        ("5–8%", [("5", "percent"), ("8%", "percent")]),
        ("5 to 8 billion yuan", [("5", "yuan"), ("8 billion yuan", "yuan")]),
        ("2025–2027", [("2025", "count"), ("2027", "count")]),
    ],
)
def test_a_range_reads_as_two_figures(text, expected):
    assert [(f.text, f.unit) for f in find_numbers(text)] == expected


def test_the_first_end_of_a_range_borrows_the_scale_of_the_second():
    low, high = find_numbers("5 to 8 billion yuan")
    assert (low.value, low.exponent, low.scale) == (Decimal(5000000000), 9, "billion")


def test_a_hyphen_between_two_numbers_is_not_a_minus_sign():
    assert [f.value for f in find_numbers("2025-2027")] == [Decimal(2025), Decimal(2027)]


def test_a_thousands_separator_needs_groups_of_exactly_three():
    assert [f.text for f in find_numbers("1,2345 and 12,34")] == ["1", "2345", "12", "34"]


def test_a_long_chain_of_ranges_reads_without_deep_recursion():
    figures = find_numbers("–".join(str(n) for n in range(3000)) + "%")
    assert len(figures) == 3000 and figures[-2].unit == "percent" and figures[0].unit == "count"


def test_a_figure_with_more_digits_than_the_decimal_context_stays_exact():
    f = parse_figure("1.23456789012345678901234567890123 trillion")
    assert f.stated_value == Fraction("1.23456789012345678901234567890123") * 10**12
    assert f.exponent == -20


def test_chinese_digits_written_positionally_read_as_one_number():
    assert find_numbers("二〇二五年")[0].value == Decimal(2025)


def test_a_sentence_ending_period_is_not_a_decimal_point():
    assert the_figure("reached 520,000.", "520,000").exponent == 4


# -- units ------------------------------------------------------------------------


def test_points_are_percentage_points_when_the_sentence_speaks_of_percent():
    assert the_figure("the share rose 0.9 points to 35.5%", "0.9 points").unit == "pp"


def test_points_alone_are_index_points():
    assert the_figure("The index rose 0.9 points.", "0.9 points").unit == "points"


def test_a_counted_noun_is_not_part_of_the_figure():
    f = the_figure("China had 10.43 million standard computing power racks", "10.43 million")
    assert (f.unit, f.end - f.start) == ("count", len("10.43 million"))


def test_every_unit_name_is_a_key_of_the_vocabulary():
    for row in BRIEFING_FIGURES:
        assert row[3] in UNITS


def test_abbreviated_units_match_their_exact_case():
    assert parse_figure("5 kA").unit == "kiloamperes"
    assert the_figure("5 ka", "5").unit == "count"


# -- offsets ----------------------------------------------------------------------


def test_read_figure_reports_the_offsets_of_the_whole_text_and_of_the_numeral():
    text = "sales reached 15.653 million units, up 11.4%"
    f = read_figure(text, text.index("15"))
    assert f is not None
    assert (text[f.start : f.end], text[f.number_start : f.number_end], f.numeral) == (
        "15.653 million units",
        "15.653",
        "15.653",
    )


def test_read_figure_is_none_where_no_numeral_starts():
    assert read_figure("sales reached 15.653 million", 0) is None
    assert read_figure("sales reached 15.653 million", 15) is None


def test_parse_figure_offsets_are_in_the_string_given():
    f = parse_figure("  more than 8,000 ")
    assert (f.start, f.end, f.number_start, f.number_end) == (2, 17, 12, 17)


# -- parse_figure errors -------------------------------------------------------------

EXPECTED = 'expected one figure such as "35.5%", "more than 8,000" or "1.118 billion yuan", got '


@pytest.mark.parametrize(
    ("stated", "message"),
    [
        ("", EXPECTED + "'': the string is empty"),
        ("   ", EXPECTED + "'   ': the string is empty"),
        ("percent", EXPECTED + "'percent': there is no number in it"),
        ("5% to 8%", EXPECTED + "'5% to 8%': it holds 2 numbers ('5', '8')"),
        ("35.5% of GDP", EXPECTED + "'35.5% of GDP': 'of GDP' is not a scale or unit"),
        ("reached 35.5%", EXPECTED + "'reached 35.5%': 'reached' is not a qualifier"),
        ("5G", EXPECTED + "'5G': 'G' is not a scale or unit"),
        ("10.43 million racks", EXPECTED + "'10.43 million racks': 'racks' is not a scale or unit"),
    ],
)
def test_parse_figure_rejects_what_is_not_exactly_one_figure(stated, message):
    with pytest.raises(FigureError) as e:
        parse_figure(stated)
    assert str(e.value) == message
    assert e.value.stated == stated
    assert isinstance(e.value, ValueError)


def test_parse_figure_refuses_a_non_string():
    with pytest.raises(TypeError) as e:
        parse_figure(35.5)  # type: ignore[arg-type]
    assert str(e.value) == "stated figure must be a str, not float"


# -- the interval a figure stands for -------------------------------------------------


@pytest.mark.parametrize(
    ("stated", "interval"),
    [
        ("35.5%", "35.45 … 35.55"),
        ("1.118 billion", "1117500000 … 1118500000"),
        ("520,000", "515000 … 525000"),
        ("0.9 percentage point", "0.85 … 0.95"),
        ("9055亿元", "905450000000 … 905550000000"),
        ("more than 8,000", "≥ 8000"),
        ("at least 5", "≥ 5"),
        ("no more than 60 days", "≤ 65"),
        ("nearly 410,000", "389500 … 410000"),
        ("nearly 8.2 billion yuan", "7790000000 … 8200000000"),
        ("about 5%", "4.25 … 5.75"),
        ("nearly −12%", "-12 … -11.4"),
        ("sevenfold", "7"),
    ],
)
def test_a_figure_stands_for_an_interval(stated, interval):
    assert str(parse_figure(stated).interval()) == interval


def test_precision_says_the_value_is_exact_to_that_step():
    f = parse_figure("520,000")
    assert str(f.interval(precision=Decimal(1))) == "519999.5 … 520000.5"
    assert str(f.interval(precision=1000)) == "519500 … 520500"
    assert f.interval(precision=0) == Interval.point(520000)


def test_precision_also_narrows_a_qualified_figure():
    assert str(parse_figure("nearly 410,000").interval(precision=1)) == "389500 … 410000"


def test_a_negative_precision_is_refused():
    with pytest.raises(ValueError) as e:
        parse_figure("5%").interval(precision=-1)
    assert str(e.value) == "precision must be >= 0, got -1"


def test_a_float_precision_is_refused():
    with pytest.raises(TypeError):
        parse_figure("5%").interval(precision=0.1)


def test_slacks_may_be_overridden():
    slack = Slacks(nearly=F(1, 100), about=F(1, 10))
    assert str(parse_figure("about 5%").interval(slack)) == "4 … 6"
    assert str(parse_figure("nearly 410,000").interval(slack)) == "405900 … 410000"


def test_slacks_default_to_five_percent():
    assert Slacks() == Slacks(nearly=F(5, 100), about=F(5, 100))


def test_slacks_are_read_from_a_ledger_percent_text():
    assert Slacks.from_percent_text("2.5%", "10%") == Slacks(nearly=F(1, 40), about=F(1, 10))


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"nearly": F(1)}, ValueError, "Slacks.nearly must be >= 0 and < 1, got 1"),
        ({"about": F(-1, 10)}, ValueError, "Slacks.about must be >= 0 and < 1, got -1/10"),
        ({"about": 0.05}, TypeError,
         "Slacks.about must be int, Fraction or Decimal, not float 0.05: binary floats are not exact"),
    ],
)
def test_slacks_outside_zero_to_one_are_refused(kwargs, error, message):
    with pytest.raises(error) as e:
        Slacks(**kwargs)
    assert str(e.value) == message


def test_a_slack_text_that_is_not_a_percent_is_refused():
    with pytest.raises(ValueError) as e:
        Slacks.from_percent_text("five", "5%")
    assert str(e.value) == 'slack.nearly must be a percent such as "5%", got \'five\''


def test_the_stated_value_is_the_exact_stated_digits():
    assert parse_figure("35.5%").stated_value == F(71, 2)
    assert parse_figure("1.118 billion").stated_value == F(1118000000)


# -- properties -------------------------------------------------------------------


def rounds_back(x: Fraction, figure: Figure) -> bool:
    """Whether ``x`` rounds (half up or half down) to the figure's stated digits."""
    n = x / figure.step
    stated = figure.stated_value / figure.step
    floor = n.numerator // n.denominator
    return stated in {floor, floor + 1} and abs(n - stated) <= F(1, 2)


@given(number=stated_numbers(), t=st.fractions(min_value=0, max_value=1, max_denominator=1000))
@example(number=StatedNumber("520,000", Decimal(520000), 0), t=F(1))
@example(number=StatedNumber("0", Decimal(0), 0), t=F(0))
def test_every_value_in_the_interval_rounds_back_to_the_stated_text(number, t):
    figure = parse_figure(number.text)
    assert figure.value == number.value
    interval = figure.interval()
    x = interval.lo + (interval.hi - interval.lo) * t
    assert rounds_back(x, figure)
    rounded = round(x / figure.step) * figure.step if interval.contains(x) else None
    if t not in (0, 1):  # ties at the ends may round either way
        written = number.text
        for sep in SEPARATORS:
            written = written.replace(sep, "")
        assert format_decimal(rounded, number.places) == written


@given(number=stated_numbers())
def test_the_interval_is_exactly_one_rounding_step_wide(number):
    figure = parse_figure(number.text)
    assert figure.interval().width == figure.step
    assert figure.interval().midpoint == figure.stated_value


@given(figure=stated_figures())
def test_a_stated_figure_is_read_into_its_parts(figure: StatedFigure):
    f = parse_figure(figure.text)
    assert (f.text, f.value, f.qualifier, f.scale, f.unit) == (
        figure.text, figure.value, figure.qualifier, figure.scale, figure.unit
    )


@given(figure=stated_figures(), before=st.sampled_from(["", "It reached ", "(", "total: "]),
       after=st.sampled_from(["", ".", ", up 9.3% year on year", " in June"]))
def test_a_stated_figure_is_found_inside_a_sentence(figure: StatedFigure, before, after):
    text = before + figure.text + after
    f = find_numbers(text)[0]
    assert (f.text, f.start, f.value) == (figure.text, len(before), figure.value)


@given(figure=stated_figures(), nearly=st.fractions(0, F(99, 100)), about=st.fractions(0, F(99, 100)))
def test_the_stated_value_lies_in_its_interval_and_no_float_appears(figure: StatedFigure, nearly, about):
    f = parse_figure(figure.text)
    interval = f.interval(Slacks(nearly=nearly, about=about))
    assert type(f.value) is Decimal and type(f.stated_value) is Fraction
    assert all(end is None or type(end) is Fraction for end in (interval.lo, interval.hi))
    assert interval.contains(f.stated_value)


@given(figure=stated_figures(), small=st.fractions(0, F(1, 2)), extra=st.fractions(0, F(1, 2)))
@example(figure=StatedFigure("332 percentage points", StatedNumber("332", Decimal(332), 0), None, None, "pp"),
         small=F(1, 2), extra=F(1, 2))  # a slack of 1 is refused: cap the wider one below 1
def test_a_wider_slack_never_narrows_the_interval(figure: StatedFigure, small, extra):
    f = parse_figure(figure.text)
    narrow = f.interval(Slacks(nearly=small, about=small))
    wider = min(small + extra, F(99, 100))
    wide = f.interval(Slacks(nearly=wider, about=wider))
    assert wide.contains(narrow)


@given(number=stated_numbers(), coarse=st.integers(0, 3))
def test_a_coarser_precision_never_narrows_the_interval(number, coarse):
    f = parse_figure(number.text)
    fine = f.interval(precision=f.step)
    assert f.interval(precision=f.step * 10**coarse).contains(fine)
    assert fine == f.interval()


def test_a_unit_with_odd_spaces_between_its_words_reads_as_its_canonical_unit():
    """Found by the fuzzer: "percentage\u00a0 points" (two kinds of space) raised KeyError."""
    [figure] = find_numbers("3.4 percentage\u00a0 points higher")
    assert (figure.text, figure.unit) == ("3.4 percentage\u00a0 points", "pp")
