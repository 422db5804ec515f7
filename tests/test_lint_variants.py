"""term-variant: one term written two ways, found without a glossary, without false alarms."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.lint import LintConfig, default_config
from checks.lint.config import GlossaryEntry
from checks.lint.rules.variants import term_variants

BRIEFING = Path(__file__).parent.parent / "data" / "scio-2025-07-18-miit-h1.en.txt"


def found(text: str, config: LintConfig | None = None) -> list[tuple[str, str | None]]:
    return [(hit.text, hit.suggestion) for hit in term_variants(text, config or default_config())]


def test_hyphenated_and_closed_forms_report_the_less_used_one():
    text = ("steel, non-ferrous metals; the non-ferrous metal industry; nonferrous metals; "
            "multi-tiered systems; a multitiered system; multitiered finance")
    assert found(text) == [("nonferrous", "non-ferrous"), ("multi-tiered", "multitiered")]


def test_the_message_and_place_of_the_other_form_are_given():
    text = "the multi-tiered system, the multi-tiered network and the multitiered financial system"
    (hit,) = term_variants(text, default_config())
    assert hit.message == 'written "multi-tiered" elsewhere (twice); write "multi-tiered"'
    assert hit.related == ((4, '"multi-tiered"'),)


@pytest.mark.parametrize(
    "text, variant, fixed",
    [
        ("Data sets are in use; the datasets grew; data sets help.", "datasets", "data sets"),
        ("health care and healthcare and health care", "healthcare", "health care"),
        ("More than 18,500 5G+industrial internet projects; 5G+ industrial internet projects; "
         "5G+industrial internet", "5G+ industrial", "5G+industrial"),
        ("R&D tools, R & D teams and R&D loans", "R & D", "R&D"),
        ("We organise training and organize fairs; we organise events.", "organize", "organise"),
        ("innovation centers, a center and the centre", "centre", "center"),
        ("aluminum, aluminum and aluminium", "aluminium", "aluminum"),
        ("labelled, labelled and labeled", "labeled", "labelled"),
        ("co-operation and cooperation and cooperation", "co-operation", "cooperation"),
        ("send an e-mail or an email, or emails by email", "e-mail", "email"),
    ],
)
def test_spacing_and_spelling_variants_not_in_the_briefing_are_found(text, variant, fixed):
    assert found(text) == [(variant, fixed)]


@pytest.mark.parametrize(
    "text",
    [
        "set up a setup; break through to a breakthrough; roll out the rollout",  # particles
        "every day is an everyday matter; it may be, maybe; any one of anyone",  # function words
        "the fields were filled and filed; polling and poling",  # two words each
        "four hours for the tour",
        "a driving licence, licensed to license; practice and practise",  # distinct in British English
        "a computer program and a programme of work; a metre on the meter",
        "re-form the committee for reform; re-sign the contract or resign",
        "SpecialKey and the special key; 'statusline' and the status line",  # names
        "Visit www.chinasme.cn for the China SME Development Fund; JD.com and jd com",  # addresses
        "5G+ industrial internet projects",  # one form only
        "press C-L or type cl; M-A and ma",  # key names
    ],
)
def test_different_words_names_and_single_forms_produce_nothing(text):
    assert found(text) == []


def test_an_open_compound_before_a_noun_is_reported_where_the_hyphenated_one_is_used_before_that_noun():
    text = ("saw a 7.5% year on year increase in investment; rose 6.4% year on year, and a year-on-year "
            "increase of 51.6%")
    (hit,) = term_variants(text, default_config())
    assert (hit.text, hit.suggestion) == ("year on year", "year-on-year")
    assert hit.message == 'before a noun this compound is written "year-on-year" elsewhere; write "year-on-year"'


def test_a_hyphenated_compound_used_as_a_noun_is_reported_where_the_open_one_is():
    text = "the overall growth of industrial value-added, and the value added of industry; value-added services"
    (hit,) = term_variants(text, default_config())
    assert (hit.text, hit.suggestion) == ("value-added", "value added")
    assert hit.message == ('where it does not qualify a noun this compound is written "value added" elsewhere; '
                           'write "value added"')


@pytest.mark.parametrize(
    "text",
    [
        "rose 6.4% year on year, a year-on-year increase",  # each right in its place
        "value-added telecom services; the value added of industry",
        "33 national-level manufacturing innovation centers; factories at the national level now",
        "opening-up policies. Opening up has become more pragmatic.",  # ends in a particle
        "consumer goods trade-in programs; trade in your car",
        "the file changed outside the editor; a file-changed warning",  # not the same noun after
        "a high-level meeting at a high level; long-term loans in the long term",
        "increased 6.4% year on year reflecting stable performance; a year-on-year increase",
    ],
)
def test_compounds_each_right_in_their_position_produce_nothing(text):
    assert found(text) == []


def test_a_pair_named_in_the_glossary_is_left_to_the_glossary():
    own = LintConfig(glossary=(GlossaryEntry("prefer", ("non-ferrous", "nonferrous")),))
    assert found("non-ferrous metals and nonferrous metals and non-ferrous ores", own) == []


def test_the_briefing_without_its_glossary_shows_exactly_its_variants():
    text = BRIEFING.read_text(encoding="utf-8")
    assert sorted({hit for hit in found(text)}) == [
        ("5G+ industrial", "5G+industrial"),
        ("foreign-invested", "foreign-funded"),  # one paragraph, two renderings of 外资
        ("multitiered", "multi-tiered"),
        ("nonferrous", "non-ferrous"),
        ("value-added", "value added"),
        ("year on year", "year-on-year"),
    ]
