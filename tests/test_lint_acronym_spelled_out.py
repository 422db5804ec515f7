"""acronym-spelled-out: the long form written again after its acronym was defined."""

from __future__ import annotations

from checks.lint import default_config
from checks.lint.rules.acronym_spelled_out import spelled_out

DEFINED = "Support for small- and medium-sized enterprises (SMEs) grew.\n"


def found(text: str) -> list[tuple[str, str | None]]:
    return [(hit.text, hit.suggestion) for hit in spelled_out(text, default_config())]


def test_the_long_form_after_the_definition_is_reported_with_the_acronym():
    text = DEFINED + "We lowered the entry barrier for small and medium-sized enterprises.\n"
    hits = list(spelled_out(text, default_config()))
    assert [(hit.text, hit.suggestion) for hit in hits] == [("small and medium-sized enterprises", "SMEs")]
    assert hits[0].message == '"SMEs" was defined for this at line 1; write "SMEs"'
    assert hits[0].related == ((12, "definition of SME"),)


def test_a_capital_at_the_start_of_a_sentence_is_the_same_long_form():
    assert found(DEFINED + "Small and medium-sized enterprises employ most people.\n") == [
        ("Small and medium-sized enterprises", "SMEs")]


def test_uses_before_the_definition_a_second_definition_and_a_capitalised_name_are_left_alone():
    assert found("small and medium-sized enterprises matter. " + DEFINED) == []
    assert found(DEFINED + "Again, small and medium-sized enterprises (SMEs) grew.\n") == []
    assert found(DEFINED + "the United Nations' Micro, Small and Medium-sized Enterprises Day\n") == []
