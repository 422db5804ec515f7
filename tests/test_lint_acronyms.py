"""acronym-redefined and acronym-before-definition."""

from __future__ import annotations

import pytest

from checks.lint import default_config
from checks.lint.rules import acronyms
from checks.lint.rules.acronyms import definitions, redefined, used_before_definition


@pytest.mark.parametrize(
    "text, base, long",
    [
        ("the Ministry of Industry and Information Technology (MIIT)", "MIIT",
         "Ministry of Industry and Information Technology"),
        ("the development of small- and medium-sized enterprises (SMEs) has", "SME",
         "small- and medium-sized enterprises"),
        ("production of new energy vehicles (NEVs) reached", "NEV", "new energy vehicles"),
        ("the civil unmanned aerial vehicle (UAV) product information system", "UAV", "unmanned aerial vehicle"),
        ("the producer price index (PPI) for five industries", "PPI", "producer price index"),
        ("its first domestically built 16,000-TEU (twenty-foot equivalent unit) ship", "TEU",
         "twenty-foot equivalent unit"),
        ("the Central Committee of the Communist Party of China (CPC) with", "CPC", "Communist Party of China"),
    ],
)
def test_definitions_are_read_in_both_orders(text, base, long):
    assert [(d.base, d.long) for d in definitions(text)] == [(base, long)]


@pytest.mark.parametrize(
    "text",
    [
        "an action plan for manufacturing (2025-2027)",
        "the national SMEs service network (www.chinasme.cn)",
        "the media outlet you represent (CMG)",
        "as planned (see Table 3) and (in part) done",
        "the AG600 large amphibious firefighting aircraft (AG)",
    ],
)
def test_parentheses_that_define_nothing_are_not_definitions(text):
    assert definitions(text) == []


def test_a_second_definition_is_reported_with_the_acronym_alone_as_the_fix():
    text = ("The State Council Information Office (SCIO) held a press conference. Welcome to this press "
            "conference held by the State Council Information Office (SCIO).")
    (hit,) = redefined(text, default_config())
    assert (hit.text, hit.suggestion, hit.key) == ("State Council Information Office (SCIO)", "SCIO", "scio")
    assert hit.message == '"SCIO" is defined again; write "SCIO" alone'
    assert hit.related == ((4, "first definition of SCIO"),)


def test_a_definition_with_another_long_form_says_so():
    text = "new energy vehicles (NEVs) ... sales of new-energy vehicles (NEVs) and new electric vehicles (NEVs)"
    hits = list(redefined(text, default_config()))
    assert [hit.message for hit in hits] == [
        '"NEV" is defined again; write "NEVs" alone',
        '"NEV" is defined again, as "new electric vehicles" (first as "new energy vehicles"); write "NEVs" alone',
    ]


def test_an_acronym_used_before_its_definition_is_reported_at_its_first_use():
    text = ("launching digital transformation initiatives for SMEs. Payment arrears to SMEs. The development "
            "of small- and medium-sized enterprises (SMEs) has drawn attention.")
    (hit,) = used_before_definition(text, default_config())
    assert (hit.start, hit.text) == (text.index("SMEs"), "SMEs")
    assert hit.suggestion == "small- and medium-sized enterprises (SMEs)"
    assert hit.message == ('"SMEs" is used before its definition; define it here: '
                           '"small- and medium-sized enterprises (SMEs)"')


def test_the_suggested_definition_starts_a_sentence_with_a_capital():
    text = "SMEs are an important force. The support of small- and medium-sized enterprises (SMEs) matters."
    (hit,) = used_before_definition(text, default_config())
    assert hit.suggestion == "Small- and medium-sized enterprises (SMEs)"


def test_the_singular_and_the_plural_are_one_acronym():
    text = "SME authorities ... small- and medium-sized enterprises (SMEs) ... SME growth"
    assert [hit.text for hit in used_before_definition(text, default_config())] == ["SME"]


@pytest.mark.parametrize(
    "text",
    [
        "The State Council Information Office (SCIO) held a briefing; the SCIO said.",
        "Large AI models, R&D tools, 5G, GDP and IPOs are never defined here.",
        "The Civil Aviation Administration of China (CAAC) granted it; CAAC rules apply.",
        "SMEC and SMEA are other acronyms; small- and medium-sized enterprises (SMEs) came later.",
    ],
)
def test_acronyms_defined_once_before_use_or_never_defined_produce_nothing(text):
    assert list(redefined(text, default_config())) == []
    assert list(used_before_definition(text, default_config())) == []


# -- work on hostile text: bounded, not timed --------------------------------------


def test_a_parenthesis_on_a_long_line_reads_only_the_stretch_a_long_form_can_span(monkeypatch):
    """Was 84 s for 3,000 parentheses on one 2.7 MB line: each read the line before it."""
    read = []
    trailing = acronyms._TRAILING_ACRONYM

    class Probe:
        def search(self, text):
            read.append(len(text))
            return trailing.search(text)

    monkeypatch.setattr(acronyms, "_TRAILING_ACRONYM", Probe())
    text = "word " * 100_000 + "the UN (United Nations) and small and medium-sized enterprises (SMEs) met"
    found = definitions(text)
    assert [(d.base, d.long) for d in found] == [("UN", "United Nations"), ("SME", "small and medium-sized enterprises")]
    assert read and max(read) <= acronyms._REACH


def test_a_use_before_its_definition_is_looked_for_only_before_it(monkeypatch):
    """Was 51 s for 3,000 acronyms over 2.7 MB: each scanned the whole text."""
    ends = []
    compile_ = acronyms.re.compile

    class Bounded:
        def __init__(self, pattern):
            self.pattern = compile_(pattern)

        def search(self, text, pos, endpos):
            ends.append(endpos)
            return self.pattern.search(text, pos, endpos)

    text = "SMEs grew. Small and medium-sized enterprises (SMEs) " + "grew again. " * 50_000
    monkeypatch.setattr(acronyms.re, "compile", Bounded)
    [hit] = used_before_definition(text, default_config())
    assert (hit.start, hit.text) == (0, "SMEs")
    assert ends and max(ends) < 100
