"""Hits -> findings: places, stable ids, severities, acceptances."""

from __future__ import annotations

from dataclasses import replace

from checks.document import Document
from checks.findings import Kind, Location, Severity
from checks.lint import LintFinding, default_config, lint_document, review
from checks.lint.config import Acceptance

TEXT = (
    "Xie Cun:\n\n"
    "Revenue rose 9.3% yearon year. Profits rose 5.1% yearon year, and sales rose 4.2% yea on year.\n"
)


def findings_of(text: str, config=None, path: str = "memo.txt"):
    return lint_document(Document.from_text(text, path), config or default_config())


def test_a_hit_becomes_a_lint_finding_with_its_place_text_fix_and_an_excerpt():
    first = findings_of(TEXT)[0]
    assert isinstance(first, LintFinding)
    assert (first.kind, first.rule, first.id, first.severity) == (Kind.LINT, "phrase-typo", "yearon-year", Severity.ERROR)
    assert first.locations == (Location("memo.txt", 3, 19),)
    assert (first.text, first.suggestion) == ("yearon year", "year on year")
    assert first.evidence == ("Revenue rose 9.3% [yearon year]. Profits rose 5.1% yearon year, and …",)
    assert first.render() == (
        'memo.txt:3:19: lint phrase-typo yearon-year: misspelled stock phrase "year on year"; write "year on year"\n'
        "    Revenue rose 9.3% [yearon year]. Profits rose 5.1% yearon year, and …"
    )


def test_ids_number_repeated_texts_in_reading_order_and_carry_no_line_numbers():
    assert [f.id for f in findings_of(TEXT)] == ["yearon-year", "yearon-year#2", "yea-on-year"]


def test_ids_do_not_change_when_the_text_around_them_changes():
    edited = TEXT.replace("Xie Cun:\n\n", "Xie Cun:\n\nThank you for your question. Here are the figures.\n\n")
    before = [(f.rule, f.id) for f in findings_of(TEXT)]
    after = [(f.rule, f.id) for f in findings_of(edited)]
    assert after == before
    assert [f.locations[0].line for f in findings_of(edited)] == [5, 5, 5]


def test_related_places_are_extra_locations_with_notes():
    text = "the non-ferrous metal industry\nand the nonferrous metal industry, non-ferrous ores\n"
    (finding,) = findings_of(text)
    assert finding.locations == (Location("memo.txt", 2, 9), Location("memo.txt", 1, 5, '"non-ferrous"'))


def accepting(*acceptances: Acceptance, **changes):
    return replace(default_config(), accept=acceptances, **changes)


def test_an_accepted_finding_is_kept_marked_with_its_reason_and_no_longer_fails():
    config = accepting(Acceptance("phrase-typo", "yea-on-year", "as published", None, Location("review.yaml", 3, 5)))
    findings = findings_of(TEXT, config)
    assert [(f.id, f.accepted, f.fails) for f in findings] == [
        ("yearon-year", None, True), ("yearon-year#2", None, True), ("yea-on-year", "as published", False)]
    assert findings[2].render().endswith("    accepted: as published")


def test_an_acceptance_id_may_be_a_pattern():
    config = accepting(Acceptance("phrase-typo", "yearon-year*", "as published"))
    assert [f.accepted for f in findings_of(TEXT, config)] == ["as published", "as published", None]


def test_an_acceptance_names_its_rule_and_optionally_its_document():
    config = accepting(Acceptance("figure-glued", "yea-on-year", "wrong rule"),
                       Acceptance("phrase-typo", "yearon-year", "other document", "other.txt"))
    findings = findings_of(TEXT, config)
    assert [f.accepted for f in findings if f.rule == "phrase-typo"] == [None, None, None]


def test_an_acceptance_that_matches_nothing_is_reported_at_its_place_in_the_configuration():
    config = accepting(Acceptance("phrase-typo", "yeaar-on-year", "as published", None, Location("review.yaml", 7, 5)))
    unused = [f for f in findings_of(TEXT, config) if f.rule == "unused-acceptance"]
    assert [f.headline for f in unused] == [
        "review.yaml:7:5: lint unused-acceptance phrase-typo.yeaar-on-year: accepts phrase-typo yeaar-on-year, "
        "which is not found; remove the entry or correct its id"]
    assert unused[0].severity is Severity.WARNING and not unused[0].fails


def test_an_acceptance_for_a_document_not_reviewed_is_not_reported_as_unused():
    config = accepting(Acceptance("phrase-typo", "x", "elsewhere", "other.txt", Location("review.yaml", 7, 5)))
    assert [f for f in findings_of(TEXT, config) if f.rule == "unused-acceptance"] == []


def test_severities_come_from_the_configuration_and_off_skips_the_rule():
    config = replace(default_config(), severities={"phrase-typo": Severity.INFO, "term-variant": None})
    text = TEXT + "the non-ferrous metal industry and the nonferrous metal industry, non-ferrous ores\n"
    findings = findings_of(text, config)
    assert {f.rule: f.severity for f in findings} == {"phrase-typo": Severity.INFO}


def test_several_documents_share_the_acceptances_and_each_keeps_its_own_ids():
    config = accepting(Acceptance("phrase-typo", "yea-on-year", "both", None, Location("review.yaml", 3, 5)))
    documents = [Document.from_text(TEXT, "a.txt"), Document.from_text(TEXT, "b.txt")]
    findings = review(documents, config)
    assert [(f.locations[0].path, f.id, bool(f.accepted)) for f in findings] == [
        ("a.txt", "yearon-year", False), ("a.txt", "yearon-year#2", False), ("a.txt", "yea-on-year", True),
        ("b.txt", "yearon-year", False), ("b.txt", "yearon-year#2", False), ("b.txt", "yea-on-year", True)]


def test_a_clean_text_has_no_findings():
    assert findings_of("Xie Cun:\n\nRevenue rose 9.3% year on year, 3.4 percentage points higher.\n") == []
