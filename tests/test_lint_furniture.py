"""markup and page-furniture: what the web page left in the text."""

from __future__ import annotations

import pytest
import regex

from checks.findings import Severity
from checks.lint import RULES, LintConfig, default_config
from checks.lint.config import Furniture
from checks.lint.rules.furniture import markup, page_furniture
from checks.patterns import compile_pattern


def found_markup(text: str) -> list[tuple[str, str | None]]:
    return [(hit.text, hit.suggestion) for hit in markup(text, default_config())]


def found_furniture(text: str, config: LintConfig | None = None) -> list[str]:
    return [hit.text for hit in page_furniture(text, config or default_config())]


def test_the_editors_page_break_tag_is_reported_for_deletion():
    (hit,) = markup("Thank you.\n\n_ueditor_page_break_tag_\n\nJimu News:", default_config())
    assert (hit.text, hit.suggestion, hit.key) == ("_ueditor_page_break_tag_", "", "")
    assert hit.message == 'editor tag left in the text; delete "_ueditor_page_break_tag_"'


@pytest.mark.parametrize(
    "text, left",
    [
        ("first line<br>second", "<br>"),
        ("a paragraph</p>", "</p>"),
        ('a photo <img src="x.jpg" alt="Xie Cun"> here', '<img src="x.jpg" alt="Xie Cun">'),
        ("Beijing&nbsp;July 18", "&nbsp;"),
        ("&#8220;little giant&#8221;", "&#8220;"),
    ],
)
def test_html_tags_and_entities_are_reported(text, left):
    assert found_markup(text)[0] == (left, "")


@pytest.mark.parametrize(
    "text",
    [
        "R&D tools, AT&T and Q&A sessions",
        "if a < b and c > d then",
        "press <Esc> or <key>",
        "snake_case_name and __init__ and _private",
    ],
)
def test_text_that_looks_like_markup_produces_nothing(text):
    assert found_markup(text) == []


def test_gallery_captions_are_page_furniture_by_default():
    text = "Goodbye, everyone.\n\n/5\u00a0\u00a0\u00a0\u00a0Zhou Jianshe\n\n3/5 Group photo"
    assert found_furniture(text) == ["/5\u00a0\u00a0\u00a0\u00a0Zhou Jianshe", "3/5 Group photo"]


@pytest.mark.parametrize(
    "text",
    [
        "1/5 of the budget went to research.",
        "Beijing | 3 p.m. July 18, 2025",
        "Output rose 6.4% in 2025/26 and 24/7 services",
    ],
)
def test_ordinary_lines_are_not_furniture(text):
    assert found_furniture(text) == []


def test_furniture_patterns_come_from_the_configuration_with_their_note():
    own = LintConfig(furniture=(Furniture(compile_pattern("^Read in Chinese$", regex.M), "link to the Chinese text"),))
    (hit,) = page_furniture("Chairperson\n\nRead in Chinese\n\nSpeakers:", own)
    assert (hit.text, hit.suggestion) == ("Read in Chinese", "")
    assert hit.message == "link to the Chinese text; delete it"


def test_leftovers_are_info():
    assert RULES["markup"].severity is Severity.INFO
    assert RULES["page-furniture"].severity is Severity.INFO


def test_an_invisible_character_inside_a_number_is_markup_to_delete():
    hits = markup("Revenue rose 1\u00ad9.3% and 9\u200b.3%, a soft\u00adhyphen in a word is fine", default_config())
    assert [(hit.start, hit.text, hit.message) for hit in hits] == [
        (14, "\u00ad", "invisible character (U+00AD) inside a number; delete it"),
        (25, "\u200b", "invisible character (U+200B) inside a number; delete it"),
    ]
