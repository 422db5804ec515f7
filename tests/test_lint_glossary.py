"""term-glossary: one thing, one rendering, as the user's glossary says."""

from __future__ import annotations

from checks.lint import LintConfig
from checks.lint.config import GlossaryEntry
from checks.lint.rules.glossary import glossary_terms


def config(*entries: GlossaryEntry) -> LintConfig:
    return LintConfig(glossary=entries)


def found(text: str, *entries: GlossaryEntry) -> list[tuple[str, str | None]]:
    return [(hit.text, hit.suggestion) for hit in glossary_terms(text, config(*entries))]


NONFERROUS = GlossaryEntry("prefer", ("non-ferrous", "nonferrous"), "有色金属")
AG600 = GlossaryEntry("terms", ("production certificate", "production license"), "CAAC's Production Certificate")


def test_a_variant_of_a_preferred_term_is_reported_with_the_preferred_form():
    text = "steel, nonferrous metals and building materials; the non-ferrous metal industry"
    (hit,) = glossary_terms(text, config(NONFERROUS))
    assert (hit.text, hit.suggestion, hit.key) == ("nonferrous", "non-ferrous", "nonferrous")
    assert hit.message == 'the glossary prefers "non-ferrous" (used once here); write "non-ferrous"'
    assert hit.note == "有色金属"
    assert hit.related == ((text.index("non-ferrous"), '"non-ferrous"'),)


def test_a_variant_is_reported_even_where_the_preferred_form_is_never_used():
    (hit,) = glossary_terms("the nonferrous metal industry", config(NONFERROUS))
    assert hit.message == 'the glossary prefers "non-ferrous"; write "non-ferrous"'


def test_the_fix_keeps_a_capital_first_letter():
    assert found("Nonferrous metals rose.", NONFERROUS) == [("Nonferrous", "Non-ferrous")]


def test_terms_match_whole_words_across_any_spacing():
    text = "a production\u00a0license, production  licenses, reproduction licensed"
    entry = GlossaryEntry("prefer", ("production certificate", "production license"))
    assert found(text, entry) == [("production\u00a0license", "production certificate")]


def test_a_variant_inside_the_preferred_form_is_not_reported():
    entry = GlossaryEntry("prefer", ("pilot-scale testing platforms", "testing platforms"))
    assert found("pilot-scale testing platforms and testing platforms", entry) == [
        ("testing platforms", "pilot-scale testing platforms")]


def test_terms_of_one_thing_used_both_ways_report_the_less_used_rendering():
    text = ("received its type certificate and production certificate ... obtained its type certificate "
            "and production license from the Civil Aviation Administration of China")
    (hit,) = glossary_terms(text, config(AG600))
    assert (hit.text, hit.suggestion) == ("production license", "production certificate")
    assert hit.message == 'one term, two renderings: "production certificate" elsewhere (once); write "production certificate"'


def test_on_a_tie_the_rendering_used_first_is_kept():
    assert found("production license, then production certificate", AG600) == [
        ("production certificate", "production license")]


def test_the_rendering_used_most_is_kept():
    text = "production license, production certificate, production certificate"
    assert found(text, AG600) == [("production license", "production certificate")]


def test_terms_used_one_way_only_produce_nothing():
    assert found("production license and production license", AG600) == []


def test_distinct_entries_report_nothing():
    entry = GlossaryEntry("distinct", ("licence", "license"))
    assert found("a driving licence; licensed to license", entry) == []
