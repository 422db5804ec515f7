"""Metric placeholders and claim ids; the words, passages and weights they rest on."""

from __future__ import annotations

import pytest

from checks.draft.metrics import describe
from checks.draft.passages import Passages
from checks.draft.words import Weights, content, stem
from checks.numbers import find_numbers
from checks.schema import ID_PATTERN


def metric(text: str, numeral: str):
    figure = next(f for f in find_numbers(text) if f.numeral == numeral)
    return describe(text, Passages(text), figure)


def test_the_placeholder_is_the_clause_with_the_figure_elided():
    found = metric("In the first half, the value added of industry increased by 6.4% year on year.", "6.4")
    assert found.text == "the value added of industry increased by … year on year."
    assert (found.kind, found.name) == ("growth", "industry.growth")


def test_a_clause_without_a_subject_borrows_the_one_before_it():
    found = metric("Telecom revenues totaled 905.5 billion yuan, up 9.3% year on year.", "9.3")
    assert found.text == "Telecom revenues totaled: up … year on year."
    assert found.name == "telecom_revenues.growth"


@pytest.mark.parametrize(
    "text, numeral, kind",
    [
        ("NEVs accounted for 44.3% of sales.", "44.3", "share"),
        ("Over 90% of villages have access.", "90", "share"),
        ("The rate was 78% complete.", "78", "rate"),
        ("It was 4.7 percentage points higher.", "4.7", "gap"),
        ("Profits reached 216.2 billion yuan.", "216.2", "amount"),
        ("An increase of more than 8,000 firms.", "8,000", "increase"),
        ("We opened 26 new pilot cities.", "26", "count"),
        ("Output reached 40.319 million tons.", "40.319", "tons"),
    ],
)
def test_the_kind_comes_from_the_unit_and_the_words(text, numeral, kind):
    assert metric(text, numeral).kind == kind


def test_a_count_is_named_by_what_it_counts():
    assert metric("We designated 26 new pilot cities for transformation.", "26").name == "pilot_cities.count"


def test_names_are_valid_claim_ids():
    import re

    for text, numeral in [("The 5G-A rate hit 3%.", "3"), ("Nothing else: 12.", "12"), ("It's 7 o'clock's 8%.", "8")]:
        assert re.match(ID_PATTERN, metric(text, numeral).name)


def test_stems_tie_word_forms_together():
    assert stem("industrial") == stem("industries") == stem("Industry")
    assert content("the pilot-scale platforms increased") == ["pilot-", "pilot", "scale", "platfo"]


def test_rare_words_weigh_more_than_common_ones():
    weights = Weights(["revenue grew", "revenue fell", "revenue of NEVs rose"])
    assert weights("nevs") > weights("revenu")
    assert weights.similarity(["revenu", "softwa"], ["revenu", "cloud"]) < 0.3
    assert weights.coverage(["nevs"], ["nevs", "sales"]) == 1


def test_sentences_do_not_end_after_abbreviations_or_inside_numbers():
    text = "Mr. Xie spoke at 3 p.m. on Friday. Output rose 6.4%. No. 5 opened.\n\nNew paragraph here."
    passages = Passages(text)
    sentences = [text[s.start : s.end] for s in passages.sentences]
    assert sentences == [
        "Mr. Xie spoke at 3 p.m. on Friday.", "Output rose 6.4%.", "No. 5 opened.", "New paragraph here."]
    assert len(passages.paragraphs) == 2


def test_clauses_are_cut_at_commas_but_not_inside_numbers():
    text = "Firms reached 520,000, an increase of 8,000, while sales grew."
    passages = Passages(text)
    clauses = [text[c.start : c.end] for c in passages.clauses(passages.sentences[0])]
    assert clauses == ["Firms reached 520,000", "an increase of 8,000", "while sales grew."]
