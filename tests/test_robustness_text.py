"""Text: the spellings of one figure all read the same, and every reported
line:column points at the right character of the original file.

Decisions (docs/robustness.md): a line ends at CRLF, CR or LF (not at U+2028,
U+2029 or NEL); a leading BOM is not a character of line 1; a column counts
Unicode code points (a tab is one column, an emoji is one column).
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from memo import DOCUMENT, GOOD, write

from checks import numbers
from checks.anchors import Anchor, AnchorIndex
from checks.cli import main
from checks.document import Document, load_document
from checks.engine import check_ledger
from checks.findings import Kind
from checks.numbers import find_numbers, parse_figure, read_figure

# -- figures ------------------------------------------------------------------------


@pytest.mark.parametrize("text, value, unit", [
    ("1\u00a0234.5 yuan", "1234.5", "yuan"),  # no-break space between digit groups
    ("1\u2009234", "1234", "count"),  # thin space
    ("1\u202f234 units", "1234", "units"),  # narrow no-break space
    ("12\u00a0345\u00a0678", "12345678", "count"),
    ("\uff13\uff15\uff0e\uff15\uff05", "35.5", "percent"),  # full-width digits, point and percent sign
    ("\u22123.2%", "-3.2", "percent"),  # the minus sign
    ("\u22120.5 percentage points", "-0.5", "pp"),
])
def test_every_spelling_of_a_figure_reads_as_its_value(text, value, unit):
    figure = read_figure(text, 0)
    assert (figure.text, figure.value, figure.unit) == (text, Decimal(value), unit)


@pytest.mark.parametrize("text, first, second", [
    ("5\u20138%", ("5", "percent"), ("8%", "percent")),  # en dash
    ("5\u20148%", ("5", "percent"), ("8%", "percent")),  # em dash
    ("5% to 8%", ("5%", "percent"), ("8%", "percent")),
    ("5 to 8%", ("5", "percent"), ("8%", "percent")),
    ("5\u20138 billion yuan", ("5", "yuan"), ("8 billion yuan", "yuan")),
    ("5\uff5e8%", ("5", "percent"), ("8%", "percent")),  # full-width tilde
])
def test_the_first_end_of_a_range_borrows_the_unit_of_the_second(text, first, second):
    assert [(figure.text, figure.unit) for figure in find_numbers(text)] == [first, second]


def test_a_range_first_end_borrows_the_scale_too():
    low, high = find_numbers("5\u20138 billion yuan")
    assert (low.value, high.value) == (Decimal(5_000_000_000), Decimal(8_000_000_000))


def test_a_long_chain_of_ranges_is_read_with_two_readings_per_link(monkeypatch):
    """Was a recursion per link: RecursionError at ~1,000 links, quadratic before.
    Each numeral is read once as itself and at most once as the end a range borrows from."""
    readings = []
    read = numbers._read
    monkeypatch.setattr(numbers, "_read", lambda *args, **kwargs: readings.append(1) or read(*args, **kwargs))
    for joiner in ("-", " to ", "\u2013"):
        readings.clear()
        text = joiner.join(str(n) for n in range(1, 5001))
        assert len(find_numbers(text)) == 5000
        assert 5000 <= len(readings) <= 2 * 5000


@pytest.mark.parametrize("stated", ["1234567890123456789012345678901", "1" * 60, "0." + "1" * 40,
                                    "5 trillion trillion trillion"])
def test_a_numeral_with_more_than_28_digits_is_read(stated):
    """Was decimal.InvalidOperation (the default context holds 28 digits)."""
    figure = parse_figure(stated)
    assert figure.value == Decimal(stated.replace(" trillion", "000000000000"))


def test_mutation_analysis_reads_a_figure_of_more_than_28_digits(tmp_path, capsys):
    """Was bug B8: decimal.InvalidOperation in mutation.perturbations."""
    write(tmp_path, GOOD, DOCUMENT.replace("9.3%", "1" * 40 + "%"))
    assert main(["mutate", str(tmp_path / "claims.yaml")]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_a_long_numeral_before_a_chinese_multiplier_keeps_every_digit():
    """Was bug B15: rounded to 28 digits in numbers._read_zh."""
    assert parse_figure("1234567890123456789012345678901\u4e07").value == Decimal(
        12345678901234567890123456789010000)


def test_an_anchor_written_with_plain_characters_matches_every_variant_in_the_document():
    document = Document.from_text(
        "It fell by \u22123.2%\u00a0year\u2013on\u2013year, \u201cabout\u201d \uff13\uff15\uff0e\uff15\uff05 "
        "of\u2009the total.")
    (resolution,) = AnchorIndex(document).resolve([Anchor('fell by [-3.2%] year-on-year, "about" 35.5% of the')])
    (match,) = resolution.matches
    assert document.text[match.figure_start:match.figure_end] == "\u22123.2%"


# -- positions ----------------------------------------------------------------------

DOCUMENT_LINES = [
    "Revenue rose 9.4% in the opening line.",
    "",
    "Xie Cun:",
    "",
    "Total revenue reached 1\u00a0234.6 yuan this half, while costs fell by \u22123.1% year on year.",
    "The share was \uff13\uff15\uff0e\uff14\uff05 of the total,\tand savings were 6\u20138% of energy.",
    "\U0001f600 An index rose 7.5 points.",
]
LEDGER = """\
version: 1
documents:
  memo:
    path: memo.txt
claims:
  memo.first:
    metric: revenue growth
    period: 2025-H1
    unit: percent
    value: 9.3%
    mentions:
      - anchor: "Revenue rose [9.3%] in the opening line"
  revenue.total:
    metric: revenue
    period: 2025-H1
    unit: yuan
    value: 1,234.5 yuan
    mentions:
      - anchor: "revenue reached [1 234.5 yuan] this half"
  costs.growth:
    metric: cost growth
    period: 2025-H1
    unit: percent
    value: "-3.2%"
    mentions:
      - anchor: "costs fell by [-3.2%] year on year"
  share:
    metric: share
    period: 2025-H1
    unit: percent
    value: 35.5%
    mentions:
      - anchor: "The share was [35.5%] of the total"
  savings.low:
    metric: savings, low end
    period: none
    unit: percent
    value: 5%
    mentions:
      - anchor: "savings were [5]-8% of energy"
  savings.high:
    metric: savings, high end
    period: none
    unit: percent
    value: 9%
    mentions:
      - anchor: "savings were 5-[9%] of energy"
  index.points:
    metric: index change
    period: 2025-H1
    unit: points
    value: 7.4 points
    mentions:
      - anchor: "An index rose [7.4 points]"
"""
STATED = {  # what the original file says where each `changed` finding points
    "memo.first": "9.4%", "revenue.total": "1\u00a0234.6 yuan", "costs.growth": "\u22123.1%",
    "share": "\uff13\uff15\uff0e\uff14\uff05", "savings.low": "6", "savings.high": "8%", "index.points": "7.5",
}


@pytest.fixture
def crlf_bom_document(tmp_path):
    (tmp_path / "memo.txt").write_bytes(b"\xef\xbb\xbf" + "\r\n".join(DOCUMENT_LINES).encode() + b"\r\n")
    (tmp_path / "claims.yaml").write_text(LEDGER, encoding="utf-8")
    return tmp_path


def character_at(path, line: int, column: int) -> str:
    """The rest of `line` from `column` in the original file (BOM dropped, CRLF lines)."""
    lines = re.split(r"\r\n|\r|\n", path.read_bytes().decode("utf-8-sig"))
    return lines[line - 1][column - 1:]


def test_findings_in_a_crlf_bom_nbsp_document_point_at_the_original_characters(crlf_bom_document):
    findings = check_ledger(str(crlf_bom_document / "claims.yaml")).findings()
    changed = {finding.id: finding.locations[0] for finding in findings if finding.kind is Kind.CHANGED}
    assert set(changed) == set(STATED), [finding.headline for finding in findings]
    for claim, location in changed.items():
        assert location.path.endswith("memo.txt")
        assert character_at(crlf_bom_document / "memo.txt", location.line, location.column).startswith(STATED[claim])


def test_the_cli_prints_the_same_original_line_and_column(crlf_bom_document, capsys):
    document = crlf_bom_document / "memo.txt"
    assert main(["check", str(crlf_bom_document / "claims.yaml")]) == 1
    places = re.findall(rf"^{re.escape(str(document))}:(\d+):(\d+): changed grounding ([\w.]+):",
                        capsys.readouterr().out, re.MULTILINE)
    assert {claim for _, _, claim in places} == set(STATED)
    for line, column, claim in places:
        assert character_at(document, int(line), int(column)).startswith(STATED[claim])


@pytest.mark.parametrize("text, figure, place", [
    ("\ufeffRevenue 9.3%", "9.3%", (1, 9)),  # the BOM is not a column
    ("a\r\nb\r\n\tRevenue 9.3%", "9.3%", (3, 10)),  # CRLF is one line end; a tab is one column
    ("a\rb\rRevenue 9.3%", "9.3%", (3, 9)),  # so is a lone CR
    ("\U0001f600 Revenue 9.3%", "9.3%", (1, 11)),  # an emoji is one column (a code point)
    ("a\u2028Revenue 9.3%", "9.3%", (1, 11)),  # U+2028 does not end a line
    ("a\x85Revenue 9.3%", "9.3%", (1, 11)),  # nor does NEL
])
def test_a_position_counts_lines_and_code_points_of_the_original_file(tmp_path, text, figure, place):
    path = tmp_path / "document.txt"
    path.write_bytes(text.encode())
    document = load_document(path)
    assert document.position(document.text.index(figure)) == place


def test_a_second_bom_is_a_character_of_line_one(tmp_path):
    path = tmp_path / "document.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "\ufeffRevenue 9.3%".encode())
    document = load_document(path)
    assert document.position(document.text.index("9.3%")) == (1, 10)


def _python_lines_run(function, *args) -> int:
    """How many lines of checks/ code run for `function(*args)` (a measure of work, not of time)."""
    import sys

    count = 0

    def trace(frame, event, arg):
        nonlocal count
        if "/checks/" in frame.f_code.co_filename:
            count += event == "line"
            return trace
        return None

    sys.settrace(trace)
    try:
        function(*args)
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize("numeral", ["1{zeros}", "1,{groups}", "1{zeros}万", "3{zeros}.5%"])
def test_reading_a_long_numeral_runs_the_same_code_whatever_its_length(numeral):
    """The trailing-zeros scan was a loop per digit (a 240 KB numeral: 34 s of `coverage`)."""
    def text(size: int) -> str:
        return numeral.format(zeros="0" * size, groups=",".join(["000"] * (size // 3)))

    assert _python_lines_run(find_numbers, text(3_000)) == _python_lines_run(find_numbers, text(6_000))


@pytest.mark.parametrize("text, numeral, value", [
    ("rose 1\u00ad9.3% year", "1\u00ad9.3%", "19.3"),  # soft hyphen: was read as 1
    ("rose 9\u200b.3% year", "9\u200b.3%", "9.3"),  # zero-width space
    ("1,2\u200d34,567 units", "1,2\u200d34,567 units", "1234567"),
    ("in 20\ufeff25", "20\ufeff25", "2025"),
])
def test_an_invisible_character_inside_a_numeral_is_read_through_never_a_split_figure(text, numeral, value):
    (figure,) = find_numbers(text)
    assert (figure.text, figure.value) == (numeral, Decimal(value))


def test_accept_writes_the_figure_without_the_invisible_character(tmp_path, capsys):
    path = write(tmp_path, GOOD, DOCUMENT.replace("9.3%", "1\u00ad9.3%"))
    assert main(["accept", str(path)]) == 0
    assert "value: 19.3%\n" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("text, value", [
    ("٩٫٣٪", "9.3"),  # Arabic-Indic digits and decimal separator
    ("۱۲۳", "123"),  # extended Arabic-Indic
    ("९.३%", "9.3"),  # Devanagari
    ("𝟗.𝟑%", "9.3"),  # mathematical bold digits
    ("৪২", "42"),  # Bengali
])
def test_digits_of_any_script_are_numbers_and_so_never_invisible_to_coverage(tmp_path, text, value):
    (figure,) = find_numbers(f"Exports rose {text}.")
    assert figure.value == Decimal(value)
    path = write(tmp_path, GOOD, DOCUMENT + f"Exports rose {text}.\n")
    assert main(["coverage", str(path)]) == 1  # an uncovered number, not coverage 100%
